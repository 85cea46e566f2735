import { describe, expect, it } from 'vitest';
import { createEngine, createMemoryStore, createVirtualClock, parseDefinitionText, validateDefinition, type Actor } from '../src/index.js';

/** Names of Object.prototype members that the name pattern allows for states, roles, forms, effects and actions. */
const MEMBER_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

/**
 * A workflow whose every name is an Object.prototype member, written as JSON text (so that
 * `__proto__` keys are own properties, as a definition read from a file has them): a claimable
 * state with a deadline, an action with a form, field permissions, data updates and a host call,
 * and a forEach state whose units reply on their branches.
 */
function hostileDefinition(rotation: number) {
  const pick = (position: number) => MEMBER_NAMES[(position + rotation) % MEMBER_NAMES.length]!;
  const names = { claimable: pick(0), forEach: pick(1), working: pick(2), replied: pick(3), event: pick(4), role: pick(5), thing: pick(6) };
  const { claimable, forEach, working, replied, event, role, thing } = names;
  const text = `{
    "id": "hostile", "version": 1, "title": "原型名称",
    "roles": { "${role}": { "title": "角色" }, "${thing}": { "title": "单位", "scope": "unit" } },
    "data": { "type": "object", "properties": {
      "units": { "type": "array", "items": { "type": "string" } }, "${thing}": { "type": "string" } } },
    "forms": { "${thing}": { "title": "表单", "schema": { "type": "object", "required": ["${thing}"],
      "properties": { "${thing}": { "type": "string" }, "${role}": { "type": "string" } },
      "additionalProperties": false } } },
    "effects": { "${thing}": { "title": "外部动作" } },
    "initial": "start",
    "states": {
      "start": { "on": { "${event}": { "to": "${claimable}", "roles": ["${role}"], "form": "${thing}",
        "fields": { "/${thing}": "required", "/${role}": "hidden" },
        "set": { "/units": "['甲', '乙']", "/${thing}": "'t'" },
        "effects": [{ "call": { "name": "${thing}", "with": { "__proto__": "1", "${thing}": "2" } } }] } } },
      "${claimable}": { "assignment": { "claim": ["${role}"] },
        "deadline": { "within": "P1D", "onExpire": { "effects": [{ "notify": { "roles": ["${role}"], "message": "超期" } }] } },
        "on": { "${event}": { "to": "${forEach}", "roles": ["${role}"] } } },
      "${forEach}": { "forEach": { "in": "/units", "role": "${thing}" }, "initial": "${working}",
        "states": { "${working}": { "deadline": { "within": "P2D" }, "on": { "${event}": { "to": "${replied}", "roles": ["${thing}"] } } },
                    "${replied}": { "type": "final" } },
        "onDone": { "to": "end" } },
      "end": { "type": "final" }
    }
  }`;
  return { text, names };
}

describe('names that are Object.prototype members', () => {
  it.each(MEMBER_NAMES.map((_, rotation) => rotation))('work everywhere a definition names something (rotation %i)', async (rotation) => {
    const { text, names } = hostileDefinition(rotation);
    const parsed = parseDefinitionText(text);
    expect(parsed.issues).toEqual([]);
    expect(validateDefinition(parsed.value).issues).toEqual([]);
    const calls: unknown[] = [];
    const clock = createVirtualClock('2026-03-02T09:00:00+08:00');
    const engine = createEngine({
      definitions: [parsed.value],
      store: createMemoryStore(),
      clock,
      notify: () => undefined,
      effects: { [names.thing]: (args: unknown) => void calls.push(args) },
    });
    const staff: Actor = { id: 'li', roles: [names.role] };
    const colleague: Actor = { id: 'wang', roles: [names.role] };
    const { id } = await engine.start('hostile', { actor: staff });
    const payload = JSON.parse(`{"${names.thing}": "y"}`);
    const entered = await engine.send(id, { type: names.event, actor: staff, payload });
    expect(entered.state).toBe(names.claimable);
    expect(Object.hasOwn(entered.data, names.thing) && entered.data[names.thing]).toBe('t');
    expect(calls).toEqual([JSON.parse(`{"__proto__": 1, "${names.thing}": 2}`)]);
    expect(Object.hasOwn(calls[0] as object, '__proto__')).toBe(true);
    expect(entered.actions.map((action) => action.event).sort()).toEqual(['claimTask', names.event].sort());
    expect(await engine.tasks({ actor: colleague })).toEqual([expect.objectContaining({ instanceId: id, state: names.claimable })]);
    expect(Object.keys(entered.deadlines)).toEqual([names.claimable]);

    // Before anyone claims it, anyone in the role may act; once claimed, only the claimant.
    await engine.send(id, { type: 'claimTask', actor: staff });
    expect(await engine.tasks({ actor: staff })).toEqual([expect.objectContaining({ state: names.claimable, assignee: 'li' })]);
    await expect(engine.send(id, { type: names.event, actor: colleague })).rejects.toMatchObject({ code: 'actor.forbidden' });

    clock.advance('P2D');
    expect(await engine.runDueTimers()).toMatchObject({ fired: 1 });

    const branching = await engine.send(id, { type: names.event, actor: staff });
    expect(branching.branches[names.forEach]?.map((branch) => [branch.key, branch.state])).toEqual([
      ['甲', names.working],
      ['乙', names.working],
    ]);
    for (const unit of ['甲', '乙']) {
      await engine.send(id, { type: names.event, actor: { id: unit, roles: [names.thing], unit } });
    }
    const done = await engine.get(id);
    expect(done.state).toBe('end');
    expect(done.status).toBe('done');
    expect((await engine.verifyHistory(id)).ok).toBe(true);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_NAMES);
  });

  it('a field named __proto__ in a form or data schema is refused at its pointer: the validator would skip it', () => {
    const definition = JSON.parse(`{
      "id": "w", "version": 1, "title": "t", "roles": { "clerk": { "title": "c" } }, "initial": "a",
      "data": { "type": "object", "properties": { "__proto__": { "type": "string" } } },
      "forms": { "f": { "title": "f", "schema": { "type": "object", "required": ["__proto__"],
        "properties": { "x": { "type": "object", "properties": { "__proto__": { "type": "number" } } } } } } },
      "states": { "a": { "on": { "go": { "to": "b", "roles": ["clerk"], "form": "f" } } }, "b": { "type": "final" } }
    }`);
    expect(validateDefinition(definition).issues.map(({ code, pointer }) => ({ code, pointer }))).toEqual([
      { code: 'data.schemaInvalid', pointer: '/data/properties/__proto__' },
      { code: 'form.schemaInvalid', pointer: '/forms/f/schema/required/0' },
      { code: 'form.schemaInvalid', pointer: '/forms/f/schema/properties/x/properties/__proto__' },
    ]);
  });

  it('an undeclared role, form, effect or target named like a member is reported, not found on Object.prototype', () => {
    for (const name of MEMBER_NAMES) {
      const definition = JSON.parse(`{
        "id": "w", "version": 1, "title": "t", "roles": { "clerk": { "title": "c" } }, "initial": "a",
        "states": {
          "a": { "on": { "go": { "to": "${name}", "roles": ["${name}"], "form": "${name}",
            "effects": [{ "call": { "name": "${name}" } }] } } },
          "b": { "forEach": { "in": "/u", "role": "${name}" }, "initial": "c", "states": { "c": { "type": "final" } }, "onDone": { "to": "a" } }
        }
      }`);
      const codes = validateDefinition(definition).issues.map(({ code, pointer }) => `${code} ${pointer}`);
      expect(codes).toEqual(expect.arrayContaining([
        'target.unknown /states/a/on/go/to',
        'role.undeclared /states/a/on/go/roles/0',
        'form.undeclared /states/a/on/go/form',
        'effect.undeclared /states/a/on/go/effects/0/call/name',
        'role.undeclared /states/b/forEach/role',
      ]));
      expect(codes.filter((code) => code.startsWith('forEach.roleNotUnitScoped'))).toEqual([]);
    }
  });
});

const OBJECT_PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
