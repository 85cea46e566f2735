import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DefinitionError, LimitError, validateDefinition } from '../src/index.js';
import { generateWorkflowTypes, valueLiteral } from '../src/typegen/index.js';
import { typeCheck } from './support/typescript-check.js';

const readJson = (url: URL): Record<string, unknown> => JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
const fixture = (name: string) => readJson(new URL(`./fixtures/valid/${name}.json`, import.meta.url));
/** The example proposal: deadlines with extension, claimed tasks and forEach branches enable built-in actions. */
const example = () => readJson(new URL('../../../examples/proposal/proposal.workflow.json', import.meta.url));

/** A small valid workflow: one state `draft` whose actions take the given forms, and `done`. */
function workflow(id: string, data: Record<string, unknown> | undefined, forms: Record<string, Record<string, unknown>>, actions: Record<string, string | undefined>) {
  const on: Record<string, unknown> = {};
  for (const [action, form] of Object.entries(actions)) on[action] = { to: 'done', roles: ['member'], ...(form === undefined ? {} : { form }) };
  return {
    id,
    version: 1,
    title: { 'zh-CN': '测试流程', en: 'Test workflow' },
    roles: { member: { title: '委员' } },
    ...(data === undefined ? {} : { data }),
    forms: Object.fromEntries(Object.entries(forms).map(([name, schema]) => [name, { title: { 'zh-CN': `表单${name}`, en: name }, schema }])),
    initial: 'draft',
    states: { draft: { on }, done: { type: 'final' } },
  };
}

const text = { type: 'object', required: ['text'], properties: { text: { type: 'string' } } };

describe('luzhi typegen types', () => {
  it('compile, and reject a payload of the wrong shape for each form of the example proposal', async () => {
    const generated = await generateWorkflowTypes([example(), fixture('motion-participants')]);
    expect(generated.workflows.map((workflow) => workflow.workflowType)).toEqual(['ProposalWorkflow', 'MotionWorkflow']);
    const usage = `
import { typedEngine, type Actor, type Engine } from '@luzhi/engine';
import type { ProposalWorkflow, MotionWorkflow, ProposalCommands } from './generated.js';
declare const engine: Engine;
declare const actor: Actor;
const typed = typedEngine<ProposalWorkflow | MotionWorkflow>(engine);
export async function run(id: string): Promise<void> {
  const started = await typed.start('proposal', { actor });
  await typed.send(started.id, { type: 'extendDeadline', actor, payload: { by: 'P1M', reason: '需要调研' } });
  // @ts-expect-error a field of the wrong type
  await typed.send(id, { type: 'submit', actor, payload: { title: 1 } });
  // @ts-expect-error an action neither workflow has
  await typed.send(id, { type: 'approve', actor });
}
export const actions: Array<keyof ProposalCommands> = ['submit', 'claimTask'];
`;
    expect(typeCheck({ 'generated.ts': generated.source, 'usage.ts': usage })).toEqual([]);
  }, 60_000);

  it("apply a step's field permissions on top-level fields: hidden and read-only ones may not be sent, required ones must be", async () => {
    const definition = workflow('review', undefined, { opinion: { type: 'object', properties: { reason: { type: 'string' }, note: { type: 'string' } } } }, {});
    definition.states.draft.on = {
      approve: { to: 'done', roles: ['member'], form: 'opinion', fields: { '/reason': 'hidden', '/note': 'readonly' } },
      reject: { to: 'done', roles: ['member'], form: 'opinion', fields: { '/reason': 'required' } },
      comment: { to: 'done', roles: ['member'], form: 'opinion' },
    };
    expect(validateDefinition(definition).issues).toEqual([]);
    const generated = await generateWorkflowTypes([definition]);
    const usage = `
import type { TypedCommand } from '@luzhi/engine';
import type { ReviewCommands } from './generated.js';
const actor = { id: 'u1', roles: ['member'] };
export const approve: TypedCommand<ReviewCommands> = { type: 'approve', actor, payload: {} };
export const reject: TypedCommand<ReviewCommands> = { type: 'reject', actor, payload: { reason: '理由' } };
export const comment: TypedCommand<ReviewCommands> = { type: 'comment', actor, payload: { reason: '理由', note: '备注' } };
// @ts-expect-error reason is hidden when approving
export const hidden: TypedCommand<ReviewCommands> = { type: 'approve', actor, payload: { reason: '理由' } };
// @ts-expect-error note is read-only when approving
export const readonly: TypedCommand<ReviewCommands> = { type: 'approve', actor, payload: { note: '备注' } };
// @ts-expect-error reason is required when rejecting
export const required: TypedCommand<ReviewCommands> = { type: 'reject', actor, payload: {} };
`;
    expect(typeCheck({ 'generated.ts': generated.source, 'usage.ts': usage })).toEqual([]);
  }, 60_000);

  it('are the same text each time they are generated', async () => {
    const first = await generateWorkflowTypes([fixture('proposal')]);
    const second = await generateWorkflowTypes([structuredClone(fixture('proposal'))]);
    expect(second.source).toBe(first.source);
    expect(first.source).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('list each action with the forms its alternatives take, the built-in actions a state enables, and transferRole where a role can be handed on', async () => {
    const generated = await generateWorkflowTypes([example()]);
    const commands = /export interface ProposalCommands \{([\s\S]*?)\n\}/.exec(generated.source)?.[1] ?? '';
    expect(commands).toContain('submit: ProposalSubmitPayload;');
    expect(commands).toContain('withdraw: undefined;');
    expect(commands).toContain("extendDeadline: BuiltinPayloads['extendDeadline'];");
    expect(commands).toContain("transferRole: BuiltinPayloads['transferRole'];");
    const plain = await generateWorkflowTypes([workflow('plain', undefined, { note: text }, { go: 'note', skip: undefined })]);
    expect(/export interface PlainCommands \{([\s\S]*?\n)\}/.exec(plain.source)?.[1]).toBe('\n  go: PlainNotePayload;\n  skip: undefined;\n');
  });

  it('give names made from the definition, unique even when names differ only in punctuation or case', async () => {
    const definition = workflow('Array', undefined, { 'a-b': text, a_b: text, aB: text, Data: text, Commands: text, a2b: text, x_1y: text }, {
      one: 'a-b', two: 'a_b', three: 'aB', four: 'Data', five: 'Commands', six: undefined, seven: 'a2b', eight: 'x_1y',
    });
    expect(validateDefinition(definition).issues).toEqual([]);
    const generated = await generateWorkflowTypes([definition, { ...definition, id: 'array' }, { ...definition, id: 'p2q.v3' }]);
    const [first, second, third] = generated.workflows;
    expect(third!.payloadTypes.get('a2b')).toBe('P2QV3A2BPayload');
    const all = [first!, second!, third!].flatMap((workflow) => [workflow.dataType, workflow.commandsType, workflow.workflowType, workflow.definitionType, ...workflow.payloadTypes.values()]);
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    const usage = `
import type { ${first!.commandsType}, ${second!.commandsType}, ${third!.commandsType} } from './generated.js';
export const ok: ${first!.commandsType}['two'] = { text: 't' };
export const digits: ${third!.commandsType}['seven'] | ${third!.commandsType}['eight'] = { text: 't' };
// @ts-expect-error text is a string
export const bad: ${second!.commandsType}['one'] = { text: 1 };
`;
    expect(typeCheck({ 'generated.ts': generated.source, 'usage.ts': usage })).toEqual([]);
  }, 60_000);

  it('take no code from schemas and keep keys that name Object members, with recursive data typed as any value', async () => {
    const data = {
      type: 'object',
      title: '数据 */ export const fromTitle = 1; /*',
      $defs: { node: { type: 'object', title: 'Node', properties: { children: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
      properties: {
        tree: { $ref: '#/$defs/node' },
        code: { type: 'string', tsType: 'string; export const fromTsType = 1' },
        constructor: { type: 'string' },
        "a'b\"c": { type: 'number', description: 'ends */ here' },
        pick: {
          enum: [{ $ref: '/etc/passwd' }, { __proto__: { polluted: true } }, 'x\u2028y', 1e300, null, [1, 'two']],
        },
        exact: { const: 'kept' },
        $ref: { type: 'string' },
        tsType: { type: ['boolean', 'null'] },
        scores: { type: 'object', patternProperties: { '^n': { type: 'number' } } },
        closed: { type: 'object', patternProperties: { '^n': { type: 'number' } }, additionalProperties: false },
        pair: { type: 'array', prefixItems: [{ type: 'string' }], minItems: 1, maxItems: 1 },
      },
      required: ['$ref'],
    };
    const definition = JSON.parse(JSON.stringify(workflow('hostile', data, { note: text }, { go: 'note' })).replace('"pick":{"enum":[{"$ref":"/etc/passwd"},{}', '"pick":{"enum":[{"$ref":"/etc/passwd"},{"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(validateDefinition(definition).issues).toEqual([]);
    const generated = await generateWorkflowTypes([definition]);
    expect(generated.source).not.toMatch(/^\s*export const/m);
    expect(generated.source).not.toContain('fromTsType');
    expect(generated.source).toContain('{__proto__: {polluted: true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const usage = `
import type { HostileData } from './generated.js';
export const data: HostileData = {
  tree: { children: [{ children: [] }], anything: 1 },
  code: 'c',
  constructor: 'k',
  "a'b\\"c": 2,
  pick: { $ref: '/etc/passwd' },
  exact: 'kept',
  $ref: 'a field named $ref',
  tsType: null,
  scores: { n1: 1, other: 'text' },
  closed: { n1: 1 },
  pair: ['first'],
};
// @ts-expect-error only numbers where no other key is allowed
export const closed: HostileData['closed'] = { n1: 'one' };
// @ts-expect-error the field named $ref is required
export const missing: HostileData = {};
export const proto: HostileData['pick'] = JSON.parse('{"__proto__":{"polluted":true}}') as { "__proto__": { polluted: true } };
export const tuple: HostileData['pick'] = [1, 'two'];
export const big: HostileData['pick'] = 1e300;
// @ts-expect-error not one of the enum values
export const wrong: HostileData['pick'] = 'z';
// @ts-expect-error const is 'kept'
export const changed: HostileData['exact'] = 'other';
`;
    expect(typeCheck({ 'generated.ts': generated.source, 'usage.ts': usage })).toEqual([]);
  }, 60_000);

  it('write definitions as literals whose keys naming Object members stay own keys', () => {
    const value = JSON.parse('{"a":{"__proto__":{"polluted":1},"constructor":[1,"two\'s",null,true,-0.5,"\\u2028"]},"b-c":{}}') as unknown;
    const evaluated = new Function(`return ${valueLiteral(value)};`)() as { a: object };
    expect(Object.hasOwn(evaluated.a, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(evaluated.a)).toBe(Object.prototype);
    expect(JSON.stringify(evaluated)).toBe(JSON.stringify(value));
  });

  it('cover a large enum', async () => {
    const values = Array.from({ length: 3000 }, (_, index) => `选项${index}`);
    const definition = workflow('big', { type: 'object', properties: { choice: { enum: values } } }, {}, { go: undefined });
    const generated = await generateWorkflowTypes([definition]);
    expect(generated.source).toContain("'选项2999'");
  });

  it('refuse schemas whose references multiply beyond the limit, with a typed error at the schema', async () => {
    const $defs: Record<string, unknown> = { d40: { type: 'string' } };
    for (let level = 0; level < 40; level++) {
      $defs[`d${level}`] = { type: 'object', properties: { left: { $ref: `#/$defs/d${level + 1}` }, right: { $ref: `#/$defs/d${level + 1}` } } };
    }
    const definition = workflow('bomb', { type: 'object', $defs, properties: { root: { $ref: '#/$defs/d0' } } }, {}, { go: undefined });
    expect(validateDefinition(definition).issues).toEqual([]);
    const refused = await generateWorkflowTypes([definition]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LimitError);
    expect(refused).toMatchObject({ code: 'typegen.tooLarge', issues: [{ code: 'typegen.tooLarge' }] });
    expect((refused as LimitError).issues[0]!.pointer).toMatch(/^\/data\//);
    expect((refused as LimitError).messages['zh-CN']).toMatch(/生成类型/);

    const deep = await generateWorkflowTypes([definition], { limits: { maxSchemaNodes: 1e9, maxSchemaDepth: 10 } }).catch((error: unknown) => error);
    expect(deep).toMatchObject({ code: 'typegen.tooLarge' });
  });

  it('refuse an invalid definition with the issues validate reports', async () => {
    const definition = { ...workflow('broken', undefined, {}, { go: 'missing' }) };
    const refused = await generateWorkflowTypes([definition]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DefinitionError);
    expect((refused as DefinitionError).issues).toEqual(validateDefinition(definition).issues);
  });
});
