import { DIAGRAM_THEME } from '@luzhi/engine/diagram';
import { css, unsafeCSS } from 'lit';

// The fallbacks are the default theme the CLI's SVG is drawn with.
const theme = Object.fromEntries(Object.entries(DIAGRAM_THEME).map(([key, value]) => [key, unsafeCSS(value)])) as Record<keyof typeof DIAGRAM_THEME, ReturnType<typeof unsafeCSS>>;

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
    fill: var(--luzhi-diagram-state, var(--luzhi-color-surface, ${theme.state}));
    stroke: var(--luzhi-color-border, ${theme.border});
    stroke-width: 1;
  }
  .container > .box {
    fill: var(--luzhi-diagram-container, ${theme.container});
  }
  .stack {
    fill: none;
    stroke: var(--luzhi-color-border, ${theme.border});
  }
  .final > .inner {
    fill: none;
    stroke: var(--luzhi-color-border, ${theme.border});
  }
  .active > .box {
    stroke: var(--luzhi-diagram-active, var(--luzhi-color-accent, ${theme.accent}));
    stroke-width: 2;
  }
  .current > .box {
    fill: var(--luzhi-diagram-current, var(--luzhi-color-accent, ${theme.accent}));
    stroke: var(--luzhi-diagram-current, var(--luzhi-color-accent, ${theme.accent}));
  }
  text {
    fill: var(--luzhi-color-text, ${theme.text});
  }
  .current > text {
    fill: var(--luzhi-diagram-current-text, var(--luzhi-color-accent-text, ${theme.accentText}));
    font-weight: 600;
  }
  .note,
  .edge-label {
    font-size: 11px;
    fill: var(--luzhi-color-muted, ${theme.muted});
  }
  .edge {
    fill: none;
    stroke: var(--luzhi-diagram-edge, ${theme.edge});
    stroke-width: 1.25;
  }
  .edge.back {
    stroke-dasharray: 5 3;
  }
  .arrow,
  .start {
    fill: var(--luzhi-diagram-edge, ${theme.edge});
  }
  .count circle {
    fill: var(--luzhi-diagram-count, ${theme.count});
  }
  .count text {
    fill: #fff;
    font-size: 11px;
    font-weight: 600;
  }
  figcaption {
    margin-top: calc(var(--luzhi-space, 8px) / 2);
    color: var(--luzhi-color-muted, ${theme.muted});
  }
`;
