import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, compile, DefinitionError, PayloadError } from '../src/index.js';
import { proposalDefinition } from './support/proposal.js';

const handlers = { notify: () => undefined, effects: { 'push-oa': () => undefined } };

describe('creating an engine', () => {
  it('refuses an effect the host has no handler for, naming it', () => {
    const error = (() => {
      try {
        createEngine({ definitions: [proposalDefinition], notify: () => undefined });
      } catch (e) {
        return e;
      }
    })() as DefinitionError;
    expect(error).toBeInstanceOf(DefinitionError);
    expect(error.issues).toEqual([expect.objectContaining({ pointer: '/effects/push-oa', code: 'effect.unregistered' })]);
  });

  it('refuses an invalid definition, saying which one and where', () => {
    const broken = structuredClone(proposalDefinition) as Record<string, any>;
    broken.states.review.on.accept.to = 'nowhere';
    expect(() => createEngine({ definitions: [proposalDefinition, broken], ...handlers })).toThrow(DefinitionError);
    try {
      createEngine({ definitions: [broken], ...handlers });
    } catch (error) {
      expect((error as DefinitionError).issues).toContainEqual(
        expect.objectContaining({ pointer: '/states/review/on/accept/to', code: 'target.unknown' }),
      );
      expect((error as DefinitionError).messages.en).toContain('Definition #1 (proposal)');
    }
  });

  it('refuses two different definitions under one id and version', () => {
    const changed = structuredClone(proposalDefinition) as Record<string, any>;
    changed.title = '提案办理（修订）';
    expect(() => createEngine({ definitions: [proposalDefinition, changed], ...handlers })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'definition.versionReused' })] }),
    );
  });

  it('keeps instances on the version they started with', async () => {
    const next = structuredClone(proposalDefinition) as Record<string, any>;
    next.version = proposalDefinition.version + 1;
    next.title = { 'zh-CN': '提案办理（新版）', en: 'Proposal handling, next version' };
    const engine = createEngine({ definitions: [proposalDefinition, next], ...handlers });
    const old = await engine.start('proposal', { actor: { id: 'm', roles: ['member'] }, version: proposalDefinition.version });
    const fresh = await engine.start('proposal', { actor: { id: 'm', roles: ['member'] } });
    expect(old.definition).toEqual({ id: 'proposal', version: proposalDefinition.version });
    expect(fresh.definition).toEqual({ id: 'proposal', version: next.version });
  });

  it('refuses malformed options with pointers', () => {
    expect(() => createEngine({ definitions: [] })).toThrow(PayloadError);
    try {
      createEngine({ definitions: [proposalDefinition], tenant: '' } as never);
    } catch (error) {
      expect((error as PayloadError).issues[0]).toMatchObject({ pointer: '/tenant' });
    }
  });
});

describe('compile', () => {
  it('caches per id and version and content', () => {
    expect(compile(proposalDefinition)).toBe(compile(structuredClone(proposalDefinition)));
  });

  it('rejects extending a forEach child state’s deadline, which this engine cannot execute yet, at its pointer', () => {
    const definition = JSON.parse(readFileSync(new URL('./fixtures/valid/proposal.json', import.meta.url), 'utf8'));
    definition.states.handling.states.working.deadline = { within: 'P1M', extend: { roles: ['handling-unit'] } };
    try {
      compile(definition);
      expect.unreachable();
    } catch (error) {
      expect((error as DefinitionError).issues).toEqual([
        expect.objectContaining({ pointer: '/states/handling/states/working/deadline/extend', code: 'compile.notSupported' }),
      ]);
    }
  });
});
