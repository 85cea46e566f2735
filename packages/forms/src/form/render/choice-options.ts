import { noChange } from 'lit';
import { Directive, directive, type ChildPart, type PartInfo, PartType } from 'lit/directive.js';
import type { Choice } from '@luzhi/engine';

/**
 * The `<option>`s of a select, one per choice (value: the choice's index, text: its label, the
 * `selected` attribute on the chosen one). Built with plain DOM calls and kept while the choices
 * stay the same: a select of a long repeatable group costs no template per option.
 */
class ChoiceOptions extends Directive {
  #options: HTMLOptionElement[] = [];
  #choices: readonly Choice[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('choiceOptions belongs inside a <select>');
  }

  render(_choices: readonly Choice[], _selected: unknown): unknown {
    return noChange;
  }

  override update(_part: ChildPart, [choices, selected]: [readonly Choice[], unknown]): unknown {
    if (sameChoices(this.#choices, choices)) {
      choices.forEach((choice, index) => this.#options[index]!.toggleAttribute('selected', choice.value === selected));
      return noChange;
    }
    const fragment = document.createDocumentFragment();
    this.#choices = choices;
    this.#options = choices.map((choice, index) => {
      const option = document.createElement('option');
      option.value = String(index);
      option.textContent = choice.label;
      if (choice.value === selected) option.setAttribute('selected', '');
      fragment.append(option);
      return option;
    });
    return fragment;
  }
}

function sameChoices(before: readonly Choice[], now: readonly Choice[]): boolean {
  return before.length === now.length && before.every((choice, index) => choice.value === now[index]!.value && choice.label === now[index]!.label);
}

/** Renders the options of a select's choices; see {@link ChoiceOptions}. */
export const choiceOptions = directive(ChoiceOptions);
