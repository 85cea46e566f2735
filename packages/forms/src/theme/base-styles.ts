import { css } from 'lit';

/**
 * Styles every Luzhi element shares. Themed through CSS custom properties, each with a default:
 * `--luzhi-font`, `--luzhi-color-text`, `--luzhi-color-muted`, `--luzhi-color-border`,
 * `--luzhi-color-accent`, `--luzhi-color-accent-text`, `--luzhi-color-error`,
 * `--luzhi-color-surface`, `--luzhi-radius`, `--luzhi-space`, `--luzhi-focus-ring`.
 * Finer changes go through the `::part` names each element documents.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    font-family: var(--luzhi-font, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color: var(--luzhi-color-text, #1f2329);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    min-height: 2.25rem;
    padding: 0.25rem 0.875rem;
    border-radius: var(--luzhi-radius, 6px);
    border: 1px solid var(--luzhi-color-border, #8f959e);
    background: var(--luzhi-color-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  button.primary {
    background: var(--luzhi-color-accent, #1456f0);
    border-color: var(--luzhi-color-accent, #1456f0);
    color: var(--luzhi-color-accent-text, #fff);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: var(--luzhi-focus-ring, 2px solid #1456f0);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
