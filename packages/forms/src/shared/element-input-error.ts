import { LuzhiError, text } from '@luzhi/engine';

/**
 * A property handed to a Luzhi element cannot be shown: `property` names it (`view`, `tasks`,
 * `events`, `definition`), `pointer` says where inside it (a JSON pointer), and the message what
 * was expected, in Chinese and English. Code: `element.inputInvalid`.
 */
export class ElementInputError extends LuzhiError {
  override name = 'ElementInputError';
  /** The element's tag, such as `luzhi-inbox`. */
  readonly element: string;
  /** The property holding the bad value. */
  readonly property: string;
  /** Where inside the property's value (`''` is the whole value). */
  readonly pointer: string;

  constructor(element: string, property: string, pointer: string, zhCN: string, en: string) {
    const where = `${property}${pointer}`;
    super('element.inputInvalid', text(`<${element}> 的 ${where} 有误：${zhCN}`, `<${element}>: ${where} is invalid: ${en}`));
    this.element = element;
    this.property = property;
    this.pointer = pointer;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), element: this.element, property: this.property, pointer: this.pointer };
  }
}
