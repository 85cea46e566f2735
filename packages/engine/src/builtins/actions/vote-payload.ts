import type { Ballot } from '../../definition/workflow-definition.generated.js';
import { pickTitle } from '../../localized-text.js';
import { emptyRecord, setOwn } from '../../own-keys.js';

/**
 * The JSON Schema of a vote on `ballot` (投票的表单): one answer per question — `{ q: answer, … }`,
 * or with `items`, `{ answers: [{ item, q: answer, … }] }`, one entry per item. The engine checks
 * votes with it (and then that each item is answered once); a form renders it. Titles are picked
 * for `locale`; `items`, when given (the items of an open ballot), become the choices of `item`.
 * No engine logic: a browser bundle that renders votes imports only this.
 */
export function votePayloadSchema(ballot: Ballot, options: { locale?: string; items?: readonly string[] } = {}): Record<string, unknown> {
  const locale = options.locale ?? 'zh-CN';
  const properties = emptyRecord<unknown>();
  const required: string[] = [];
  for (const [name, question] of Object.entries(ballot.questions)) {
    const title = pickTitle(question.title, locale);
    setOwn(
      properties,
      name,
      question.choices !== undefined
        ? { title, enum: [...question.choices] }
        : { title, type: 'number', minimum: question.score?.minimum ?? 0, maximum: question.score?.maximum ?? 0 },
    );
    if (!question.optional) required.push(name);
  }
  const answer = { type: 'object', required, properties, additionalProperties: false };
  if (ballot.items === undefined) return answer;
  const item = options.items === undefined ? { type: 'string', minLength: 1 } : { type: 'string', enum: [...options.items] };
  return {
    type: 'object',
    required: ['answers'],
    properties: {
      answers: {
        type: 'array',
        ...(options.items === undefined ? {} : { minItems: options.items.length, maxItems: options.items.length }),
        items: { ...answer, required: ['item', ...required], properties: { item, ...properties } },
      },
    },
    additionalProperties: false,
  };
}
