import { css } from 'lit';

/**
 * Styles of `<luzhi-task-panel>`: the content and the actions stacked, or side by side when the
 * body has the class `side-by-side`.
 */
export const panelStyles = css`
  .measure {
    height: 0;
  }
  .panel {
    display: grid;
    gap: var(--luzhi-space, 8px);
  }
  h2 {
    font-size: 1.125em;
    margin: 0;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--luzhi-space, 8px);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--luzhi-space, 8px);
    align-items: start;
  }
  .work {
    display: grid;
    gap: var(--luzhi-space, 8px);
    min-width: 0;
  }
  .body.side-by-side {
    grid-template-columns: minmax(0, 3fr) var(--luzhi-panel-side-width, minmax(18rem, 2fr));
  }
  .side-by-side .work {
    position: sticky;
    top: 0;
    max-height: var(--luzhi-panel-content-height, min(60vh, 40rem));
    overflow: auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--luzhi-space, 8px);
  }
  button[aria-pressed='true'] {
    border-color: var(--luzhi-color-accent, #1456f0);
    box-shadow: inset 0 0 0 1px var(--luzhi-color-accent, #1456f0);
  }
  .chosen {
    border-top: 1px solid var(--luzhi-color-border, #8f959e);
    padding-top: var(--luzhi-space, 8px);
    display: grid;
    gap: var(--luzhi-space, 8px);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--luzhi-space, 8px);
  }
  p {
    margin: 0;
  }
`;

/** Styles of the panel's content: the instance's data in review mode, in a part that scrolls on its own. */
export const contentStyles = css`
  .content {
    display: flex;
    flex-direction: column;
    gap: calc(var(--luzhi-space, 8px) * 2);
    min-width: 0;
    max-height: var(--luzhi-panel-content-height, min(60vh, 40rem));
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--luzhi-space, 8px);
    border: 1px solid var(--luzhi-color-border, #d0d3d6);
    border-radius: var(--luzhi-radius, 6px);
    overflow-wrap: anywhere;
  }
  .content section {
    display: flex;
    flex-direction: column;
    gap: var(--luzhi-space, 8px);
    min-width: 0;
  }
  .content h3,
  .content h4 {
    margin: 0;
    font-size: 1em;
  }
  .content h4 {
    color: var(--luzhi-color-muted, #646a73);
  }
  .content .vertical {
    display: flex;
    flex-direction: column;
    gap: var(--luzhi-space, 8px);
    min-width: 0;
  }
  .content .horizontal {
    display: flex;
    flex-wrap: wrap;
    gap: var(--luzhi-space, 8px);
  }
  .content .horizontal > * {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .content fieldset {
    margin: 0;
    min-width: 0;
    border: 1px solid var(--luzhi-color-border, #d0d3d6);
    border-radius: var(--luzhi-radius, 6px);
    padding: 0.5rem 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .content legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .content .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }
  .content .review-label {
    font-weight: 600;
    font-size: 0.875em;
    color: var(--luzhi-color-muted, #646a73);
  }
  .content .review-value {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .content .row {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--luzhi-color-border, #d0d3d6);
    border-radius: var(--luzhi-radius, 6px);
  }
  .content .files,
  .content ol,
  .content .values {
    margin: 0;
    padding-left: 1.25rem;
  }
  .content .values dt {
    font-weight: 600;
  }
  .content .values dd {
    margin: 0 0 0.25rem;
  }
  .content .reply {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: var(--luzhi-space, 8px);
  }
  .content .reply-by {
    font-weight: 600;
  }
  .content .empty {
    color: var(--luzhi-color-muted, #646a73);
  }
`;
