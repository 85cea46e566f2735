import { ShapeChecker } from '@luzhi/engine/diagram';
import { ElementInputError } from './element-input-error.js';

/**
 * Checks the shape of a value handed to an element, one place at a time, and throws an
 * {@link ElementInputError} naming the first place that is wrong. Elements check only what they
 * read, so an engine that adds fields to its rows does not break them.
 */
export class InputChecker extends ShapeChecker {
  constructor(
    readonly element: string,
    readonly property: string,
  ) {
    super();
  }

  /** Throws the error for `pointer`. */
  override fail(pointer: string, zhCN: string, en: string): never {
    throw new ElementInputError(this.element, this.property, pointer, zhCN, en);
  }
}
