import { css } from 'lit';

/** Styles of `<luzhi-inbox>`. Custom property: `--luzhi-inbox-selected` (the selected row). */
export const inboxStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--luzhi-space, 8px);
    align-items: end;
    margin-bottom: var(--luzhi-space, 8px);
  }
  label {
    display: flex;
    flex-direction: column;
    font-size: 0.875em;
    gap: 2px;
  }
  input,
  select {
    font: inherit;
    min-height: 2.25rem;
    padding: 0 0.5rem;
    border: 1px solid var(--luzhi-color-border, #8f959e);
    border-radius: var(--luzhi-radius, 6px);
    background: var(--luzhi-color-surface, #fff);
    color: inherit;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--luzhi-color-border, #8f959e);
    border-radius: var(--luzhi-radius, 6px);
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 2px var(--luzhi-space, 8px);
    padding: var(--luzhi-space, 8px);
    cursor: pointer;
  }
  li + li {
    border-top: 1px solid var(--luzhi-color-border, #8f959e);
  }
  li[aria-selected='true'] {
    background: var(--luzhi-inbox-selected, #e8f0fe);
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--luzhi-space, 8px);
    font-size: 0.875em;
  }
  .empty {
    padding: var(--luzhi-space, 8px);
  }
`;
