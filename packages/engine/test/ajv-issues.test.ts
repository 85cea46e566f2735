import { describe, expect, it } from 'vitest';
import { createAjv, ajvErrorsToIssues, validateDefinition } from '../src/index.js';
import { proposalDefinition } from './support/proposal.js';

describe('ajv errors as issues', () => {
  const ajv = createAjv();
  const validate = ajv.compile({
    type: 'object',
    properties: {
      title: { anyOf: [{ type: 'string', minLength: 2 }, { type: 'object', required: ['zh-CN'] }] },
      units: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    },
  });
  const issuesOf = (value: unknown) => {
    validate(value);
    return ajvErrorsToIssues(validate.errors, 'payload').map((issue) => [issue.pointer, issue.code, issue.message.en]);
  };

  it('reports the alternative the value meant, not "no alternative matched"', () => {
    expect(issuesOf({ title: {} })).toEqual([['/title/zh-CN', 'payload.required', 'missing required property "zh-CN"']]);
    expect(issuesOf({ title: 'x' })).toEqual([['/title', 'payload.minLength', 'must NOT have fewer than 2 characters']]);
    expect(issuesOf({ units: ['a', 3] })).toEqual([['/units/1', 'payload.type', 'must be string']]);
  });

  it('says which types were expected when no alternative fits the value at all', () => {
    expect(issuesOf({ title: 5 })).toEqual([['/title', 'payload.anyOf', 'value does not match; expected string or object']]);
  });

  it('points at the missing property of a transition reached through $ref', () => {
    const definition = structuredClone(proposalDefinition) as Record<string, any>;
    delete definition.states.review.on.accept.roles;
    expect(validateDefinition(definition).issues.map((issue) => [issue.pointer, issue.code])).toEqual([
      ['/states/review/on/accept/roles', 'schema.required'],
    ]);
  });
});
