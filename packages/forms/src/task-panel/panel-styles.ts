import { css } from 'lit';

/** Styles of `<luzhi-task-panel>`. */
export const panelStyles = css`
  section {
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
