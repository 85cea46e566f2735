import { nothing, type TemplateResult } from 'lit';
import { html } from '../../shared/compact-html.js';
import type { CategorizationView, CategoryView, View } from '../resolve-view.js';
import type { RenderContext } from './render-context.js';

type RenderView = (view: View, context: RenderContext) => TemplateResult | typeof nothing;

/**
 * A Categorization: its categories as tabs (the ARIA tabs pattern: arrow keys, Home and End move
 * between tabs) or, with `variant: "stepper"`, as numbered steps with previous and next buttons.
 * Every category's fields stay in the DOM (hidden ones with `hidden`), so each is validated and
 * submitted; a tab or step whose fields have errors is marked.
 */
export function categorizationView(view: CategorizationView, context: RenderContext, renderView: RenderView): TemplateResult | typeof nothing {
  const { categories } = view;
  if (categories.length === 0) return nothing;
  const chosen = context.category(view.id);
  const current = categories.find((category) => category.index === chosen) ?? categories[0]!;
  const position = categories.indexOf(current);
  const move = (to: number, focus: boolean) => context.selectCategory(view.id, categories[(to + categories.length) % categories.length]!.index, focus);
  const marker = (category: CategoryView) =>
    category.pointers.some((pointer) => context.errorsAt(pointer).length > 0)
      ? html`<span class="tab-error" aria-hidden="true"> !</span><span class="visually-hidden">（${context.messages.hasErrors}）</span>`
      : nothing;
  const panels = categories.map(
    (category) => html`<div
      class="category"
      part="category"
      id="${view.id}-panel-${category.index}"
      role=${view.variant === 'tabs' ? 'tabpanel' : 'group'}
      aria-labelledby="${view.id}-tab-${category.index}"
      data-categorization=${view.id}
      data-category=${category.index}
      ?hidden=${category !== current}
    >
      ${category.children.map((child) => renderView(child, context))}
    </div>`,
  );
  if (view.variant === 'stepper') {
    return html`<div class="categorization stepper" part="categorization">
      <ol class="steps" part="steps" aria-label=${view.label ?? nothing}>
        ${categories.map(
          (category, index) => html`<li>
            <button
              type="button"
              part="step"
              id="${view.id}-tab-${category.index}"
              aria-current=${category === current ? 'step' : nothing}
              @click=${() => context.selectCategory(view.id, category.index, false)}
            >
              <span class="visually-hidden">${context.messages.step(index + 1, categories.length)}：</span><span aria-hidden="true">${index + 1}. </span>${category.label}${marker(category)}
            </button>
          </li>`,
        )}
      </ol>
      ${panels}
      ${view.navButtons
        ? html`<div class="step-nav" part="step-nav">
            <button type="button" part="button previous" ?disabled=${position === 0} @click=${() => move(position - 1, false)}>${context.messages.previous}</button>
            <button type="button" part="button next" ?disabled=${position === categories.length - 1} @click=${() => move(position + 1, false)}>${context.messages.next}</button>
          </div>`
        : nothing}
    </div>`;
  }
  const onKey = (event: KeyboardEvent) => {
    const to = { ArrowRight: position + 1, ArrowLeft: position - 1, Home: 0, End: categories.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(to, true);
  };
  return html`<div class="categorization" part="categorization">
    <div class="tabs" part="tabs" role="tablist" aria-label=${view.label ?? nothing} @keydown=${onKey}>
      ${categories.map(
        (category) => html`<button
          type="button"
          part="tab"
          role="tab"
          id="${view.id}-tab-${category.index}"
          aria-controls="${view.id}-panel-${category.index}"
          aria-selected=${category === current ? 'true' : 'false'}
          tabindex=${category === current ? '0' : '-1'}
          @click=${() => context.selectCategory(view.id, category.index, false)}
        >
          ${category.label}${marker(category)}
        </button>`,
      )}
    </div>
    ${panels}
  </div>`;
}
