import { LuzhiError, text } from '@luzhi/engine';

/**
 * A schema or UI schema handed to an element cannot be rendered: `pointer` says where (a JSON
 * pointer into the schema, or into the UI schema when `source` is `"ui"`), the message what was
 * expected, in Chinese and English. The codes are those of the engine's `checkFormLayout`
 * (`form.notObject`, `form.schemaInvalid`, `form.refUnsupported`, `form.tooDeep`, `form.uiInvalid`,
 * `form.scopeUnknown`, `form.optionUnsupported`, `form.controlUnsupported`), which `luzhi validate`
 * reports at the same pointers.
 */
export class FormSchemaError extends LuzhiError {
  override name = 'FormSchemaError';
  readonly pointer: string;
  readonly source: 'schema' | 'ui';
  constructor(code: string, source: 'schema' | 'ui', pointer: string, zhCN: string, en: string) {
    const where = `${source === 'ui' ? 'ui' : 'schema'}${pointer || '/'}`;
    super(code, text(`表单${where} 处有误：${zhCN}`, `The form is invalid at ${where}: ${en}`));
    this.pointer = pointer;
    this.source = source;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), pointer: this.pointer, source: this.source };
  }
}
