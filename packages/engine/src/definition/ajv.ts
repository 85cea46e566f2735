import Ajv2020Module from 'ajv/dist/2020.js';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { linearRegExp } from './linear-regexp.js';

// ajv and ajv-formats are CommonJS: under ESM their default export may sit one level deeper.
const Ajv2020 = (Ajv2020Module.default ?? Ajv2020Module) as typeof Ajv2020Module.default;
const addFormats = (addFormatsModule.default ?? addFormatsModule) as typeof addFormatsModule.default;

// ajv wants the engine's source text only for standalone code, which Luzhi does not generate.
const patternEngine = Object.assign((pattern: string, flags: string) => linearRegExp(pattern, flags), { code: 'linearRegExp' });

/** The ajv instance type Luzhi uses (JSON Schema draft 2020-12); named, so it reads the same from ESM and CommonJS declarations. */
export type LuzhiAjv = Ajv2020Class;
export type { ErrorObject, ValidateFunction };

/**
 * Creates the ajv instance that validates payloads and data: draft 2020-12, strict mode, every
 * error reported, own properties only, standard formats (date, date-time, email, uri, …). The engine and the browser
 * forms both compile form schemas with an instance made here, so a form accepts exactly what the
 * engine will. Patterns run on a linear-time matcher (`linearRegExp`): no `pattern` can make
 * a payload's validation take exponential time.
 */
export function createAjv(): LuzhiAjv {
  const ajv = new Ajv2020({
    strict: true,
    // Conditional requirements (`then: { required: [...] }`) are how forms make a field required
    // on another's value; strict "required" would demand the property be redefined in each branch.
    strictRequired: false,
    allErrors: true,
    allowUnionTypes: true,
    // Field names are data: `required: ["constructor"]` must not be met by Object.prototype's
    // member, nor `properties.toString` check the inherited function.
    ownProperties: true,
    // Keeps each failing keyword's schema on the error, so unions can say what they expected.
    verbose: true,
    // Committee staff write titles and UI hints inside schemas; these keywords are annotations.
    keywords: ['tsType'],
    // ajv's optimizing pass over generated code costs about a third of each compile and saves
    // hundredths of a microsecond per validation; engines compile every form of every definition.
    code: { regExp: patternEngine, optimize: false },
  });
  addFormats(ajv);
  return ajv;
}

/**
 * Creates the ajv instance for conditions (an `if`, a UI rule's condition): they only decide what
 * a form shows and marks, and are fragments lifted out of their schema (an `if` relies on the
 * type around it), so they are compiled without strict mode, formats or a meta-schema check.
 * Payloads are always checked by {@link createAjv}'s validators.
 */
export function createConditionAjv(): LuzhiAjv {
  return new Ajv2020({ strict: false, validateFormats: false, validateSchema: false });
}
