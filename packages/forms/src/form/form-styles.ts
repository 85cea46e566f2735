import { css } from 'lit';

/** The layout of `<luzhi-form>`: one column that fits a 375-px phone, rows that wrap. */
export const formStyles = css`
  form,
  .vertical {
    display: flex;
    flex-direction: column;
    gap: var(--luzhi-space, 1rem);
    min-width: 0;
  }
  .horizontal {
    display: flex;
    flex-wrap: wrap;
    gap: var(--luzhi-space, 1rem);
  }
  .horizontal > * {
    flex: 1 1 12rem;
    min-width: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
  }
  fieldset {
    margin: 0;
    min-width: 0;
    border: 1px solid var(--luzhi-color-border, #d0d3d6);
    border-radius: var(--luzhi-radius, 6px);
    padding: 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  label,
  .review-label {
    font-weight: 600;
  }
  .choice,
  .field.checkbox {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
    font-weight: normal;
  }
  .field.checkbox {
    flex-wrap: wrap;
  }
  .choice {
    display: flex;
  }
  input:not([type='checkbox']):not([type='radio']):not([type='file']),
  select,
  textarea {
    font: inherit;
    width: 100%;
    min-width: 0;
    max-width: 100%;
    min-height: 2.5rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--luzhi-color-border, #8f959e);
    border-radius: var(--luzhi-radius, 6px);
    background: var(--luzhi-color-surface, #fff);
    color: inherit;
  }
  input[type='file'] {
    max-width: 100%;
    font: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--luzhi-color-accent, #1456f0);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:not([type='checkbox']):not([type='radio']):not(button) {
    border-color: var(--luzhi-color-error, #c4231c);
  }
  .required,
  .error {
    color: var(--luzhi-color-error, #c4231c);
  }
  .error,
  .hint {
    margin: 0;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .hint,
  .empty,
  .size {
    color: var(--luzhi-color-muted, #4e5969);
  }
  .item {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .item > input,
  .item > select {
    flex: 1;
  }
  .item > button {
    flex: none;
  }
  .row {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--luzhi-color-border, #d0d3d6);
    border-radius: var(--luzhi-radius, 6px);
  }
  .row-title {
    font-weight: 600;
  }
  .row > button,
  .add {
    align-self: flex-start;
  }
  .files {
    margin: 0;
    padding-left: 1.25rem;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    overflow-wrap: anywhere;
  }
  .review-value {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .summary {
    border: 1px solid var(--luzhi-color-error, #c4231c);
    border-radius: var(--luzhi-radius, 6px);
    padding: 0.5rem 0.75rem;
    color: var(--luzhi-color-error, #c4231c);
  }
  .summary p,
  .summary ul {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .categorization,
  .category {
    display: flex;
    flex-direction: column;
    gap: var(--luzhi-space, 1rem);
    min-width: 0;
  }
  .category[hidden] {
    display: none;
  }
  .tabs,
  .steps,
  .step-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tabs {
    border-bottom: 1px solid var(--luzhi-color-border, #d0d3d6);
  }
  [role='tab'][aria-selected='true'],
  .steps [aria-current='step'] {
    border-color: var(--luzhi-color-accent, #1f5fbf);
    font-weight: 600;
  }
  .tab-error {
    color: var(--luzhi-color-error, #b3261e);
    font-weight: 700;
  }
`;
