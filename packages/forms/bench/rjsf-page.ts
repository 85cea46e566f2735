import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders react-jsonschema-form (default theme, ajv8 validator) into the page. */
(window as unknown as { renderForm: unknown }).renderForm = (schema: object, uiSchema: Record<string, never>, formData: unknown, host: HTMLElement) => {
  createRoot(host).render(createElement(Form, { schema, uiSchema, formData, validator }));
};

/** Counts the controls rendered. */
(window as unknown as { countControls: unknown }).countControls = (host: HTMLElement) => host.querySelectorAll('input, select, textarea').length;
