import { describe, expect, it } from 'vitest';
import { createEngine, setAtPointer, type Actor } from '../src/index.js';

const clerk: Actor = { id: 'clerk', roles: ['office'] };

/** A workflow whose only action appends a note to a list the data does not hold yet. */
function notesWorkflow(notes: Record<string, unknown>) {
  return {
    id: 'notes',
    version: 1,
    title: '记事',
    roles: { office: { title: '办公室' } },
    data: { type: 'object', properties: { notes, log: { type: 'object', properties: { entries: notes } } } },
    forms: { note: { title: '记一笔', schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } } } },
    initial: 'open',
    states: {
      open: {
        on: {
          note: { roles: ['office'], form: 'note', set: { '/notes/-': 'payload.text', '/log/entries/-': 'payload.text' } },
          close: { to: 'closed', roles: ['office'] },
        },
      },
      closed: { type: 'final' },
    },
  };
}

describe('appending with "/-" to a list that is not there yet', () => {
  it.each([
    ['declared as an array of strings', { type: 'array', items: { type: 'string' } }],
    ['declared without a type', {}],
  ])('creates the list (%s), then appends to it', async (_, notes) => {
    const engine = createEngine({ definitions: [notesWorkflow(notes)] });
    const { id } = await engine.start('notes', { actor: clerk });
    await engine.send(id, { type: 'note', actor: clerk, payload: { text: '第一条' } });
    const view = await engine.send(id, { type: 'note', actor: clerk, payload: { text: '第二条' } });
    expect(view.data).toEqual({ notes: ['第一条', '第二条'], log: { entries: ['第一条', '第二条'] } });
  });

  it('writes "-" as a key only into an object that is there', () => {
    expect(setAtPointer(undefined, ['-'], 1)).toEqual([1]);
    expect(setAtPointer({ list: undefined }, ['list', '-', 'name'], 'x')).toEqual({ list: [{ name: 'x' }] });
    expect(setAtPointer({ map: {} }, ['map', '-'], 1)).toEqual({ map: { '-': 1 } });
  });
});
