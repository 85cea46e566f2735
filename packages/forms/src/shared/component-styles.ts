import { css } from 'lit';

/**
 * Styles the task panel, inbox, timeline and diagram share: the input-error box and the colour
 * badge of 三色管理. Custom properties: `--luzhi-color-green`, `--luzhi-color-yellow`,
 * `--luzhi-color-red` (badge backgrounds) and `--luzhi-color-error`.
 */
export const componentStyles = css`
  .input-error,
  .send-error {
    color: var(--luzhi-color-error, #d83931);
    border: 1px solid currentColor;
    border-radius: var(--luzhi-radius, 6px);
    padding: calc(var(--luzhi-space, 8px) / 2) var(--luzhi-space, 8px);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    font-size: 0.8125em;
    line-height: 1.6;
    white-space: nowrap;
    color: #fff;
  }
  .badge.green {
    background: var(--luzhi-color-green, #1a7f37);
  }
  .badge.yellow {
    background: var(--luzhi-color-yellow, #8a5a00);
  }
  .badge.red {
    background: var(--luzhi-color-red, #c4251c);
  }
  .muted {
    color: var(--luzhi-color-muted, #646a73);
  }
`;
