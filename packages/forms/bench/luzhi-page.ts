import '../src/define/luzhi-form.js';

/** Renders a `<luzhi-form>` into the page (the benchmark page calls it). */
(window as unknown as { renderForm: unknown }).renderForm = (schema: unknown, ui: unknown, value: unknown, host: HTMLElement) => {
  const form = document.createElement('luzhi-form');
  form.schema = schema;
  form.uiSchema = ui as never;
  form.value = value as Record<string, unknown>;
  host.append(form);
};

/** Counts the controls rendered, inside the element's shadow root. */
(window as unknown as { countControls: unknown }).countControls = (host: HTMLElement) =>
  host.querySelector('luzhi-form')?.shadowRoot?.querySelectorAll('input, select, textarea').length ?? 0;
