import { css } from 'lit';

/**
 * Styles of `<luzhi-diagram>`. Custom properties: `--luzhi-diagram-state` (box fill),
 * `--luzhi-diagram-current` and `--luzhi-diagram-current-text` (the current states),
 * `--luzhi-diagram-active` (their containers' outline), `--luzhi-diagram-edge` (arrows).
 */
export const diagramStyles = css`
  figure {
    margin: 0;
    overflow-x: auto;
  }
  svg {
    display: block;
    max-width: 100%;
    height: auto;
    font-size: 13px;
  }
  .box {
    fill: var(--luzhi-diagram-state, var(--luzhi-color-surface, #fff));
    stroke: var(--luzhi-color-border, #8f959e);
    stroke-width: 1;
  }
  .container > .box {
    fill: var(--luzhi-diagram-container, #f5f6f7);
  }
  .stack {
    fill: none;
    stroke: var(--luzhi-color-border, #8f959e);
  }
  .final > .inner {
    fill: none;
    stroke: var(--luzhi-color-border, #8f959e);
  }
  .active > .box {
    stroke: var(--luzhi-diagram-active, var(--luzhi-color-accent, #1456f0));
    stroke-width: 2;
  }
  .current > .box {
    fill: var(--luzhi-diagram-current, var(--luzhi-color-accent, #1456f0));
    stroke: var(--luzhi-diagram-current, var(--luzhi-color-accent, #1456f0));
  }
  text {
    fill: var(--luzhi-color-text, #1f2329);
  }
  .current > text {
    fill: var(--luzhi-diagram-current-text, var(--luzhi-color-accent-text, #fff));
    font-weight: 600;
  }
  .note,
  .edge-label {
    font-size: 11px;
    fill: var(--luzhi-color-muted, #646a73);
  }
  .edge {
    fill: none;
    stroke: var(--luzhi-diagram-edge, #646a73);
    stroke-width: 1.25;
  }
  .edge.back {
    stroke-dasharray: 5 3;
  }
  .arrow,
  .start {
    fill: var(--luzhi-diagram-edge, #646a73);
  }
  .count circle {
    fill: var(--luzhi-diagram-count, #c4251c);
  }
  .count text {
    fill: #fff;
    font-size: 11px;
    font-weight: 600;
  }
  figcaption {
    margin-top: calc(var(--luzhi-space, 8px) / 2);
    color: var(--luzhi-color-muted, #646a73);
  }
`;
