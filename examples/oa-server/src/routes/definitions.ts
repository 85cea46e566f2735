import { z } from 'zod';
import {
  NotFoundError,
  isOverlayDocument,
  issueSchema,
  resolveOverlay,
  storedDefinitionSchema,
  text,
  titleSchema,
  validateDefinition,
  type Engine,
  type Issue,
  type LoadedDocument,
  type Store,
} from '@luzhi/engine';
import { committeeDefinitions, presetWorkflow } from '../committees.js';
import type { ServerContext } from '../server-context.js';
import { route } from './route.js';

const idParams = z.strictObject({ id: z.string().min(1).max(200) });

/** A workflow served: its newest version and every version the committee has. */
export const definitionSummarySchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  title: titleSchema,
  versions: z.array(z.number().int().min(1)),
});

/** A workflow definition as JSON (see docs/dsl.md for every field). */
export const definitionSchema = z.looseObject({ id: z.string(), version: z.number().int().min(1) });

/** What validating a workflow or an overlay gives: whether it is valid, and every issue with its pointer. */
export const validationSchema = z.object({ valid: z.boolean(), issues: z.array(issueSchema) });

/** What publishing gives: whether this call stored it (false when the same content was there). */
export const publishedSchema = z.object({ id: z.string(), version: z.number().int().min(1), published: z.boolean() });

type Definition = { id: string; version: number; title: unknown };

/** The stored definition `id@version` (the newest without a version) of a committee, or undefined. */
async function stored(store: Store, committee: string, id: string, version?: number): Promise<Definition | undefined> {
  const row = await store.loadDefinition(committee, id, version);
  if (row === undefined || row === null) return undefined;
  return storedDefinitionSchema.parse(row).definition as unknown as Definition;
}

/**
 * How many published versions below the newest the list looks for: the store finds a version by
 * number and keeps no list, so the look-up is bounded however large the newest version number is.
 */
export const LISTED_PUBLISHED_VERSIONS = 50;

/**
 * The definitions of `id` the committee has: those given to its engine at start, the newest in the
 * store, and the published ones among the {@link LISTED_PUBLISHED_VERSIONS} versions below it.
 */
async function versionsOf(server: ServerContext, engine: Engine, committee: string, id: string): Promise<Map<number, Definition>> {
  const found = new Map<number, Definition>();
  for (const compiled of engine.definitions.values()) {
    if (compiled.definition.id === id) found.set(compiled.definition.version, compiled.definition as unknown as Definition);
  }
  const newest = await stored(server.store, committee, id);
  if (newest !== undefined) {
    found.set(newest.version, newest);
    const lowest = Math.max(1, newest.version - LISTED_PUBLISHED_VERSIONS);
    for (let version = newest.version - 1; version >= lowest; version--) {
      if (found.has(version)) continue;
      const definition = await stored(server.store, committee, id, version);
      if (definition !== undefined) found.set(version, definition);
    }
  }
  return found;
}

/** The ids a committee serves: its presets' and those published through this server. */
function servedIds(server: ServerContext, engine: Engine, committee: string): string[] {
  const ids = new Set<string>();
  for (const compiled of engine.definitions.values()) ids.add(compiled.definition.id);
  for (const id of server.publishedIds.get(committee) ?? []) ids.add(id);
  return [...ids].sort();
}

/** `GET /api/definitions`: the workflows the caller's committee serves. */
export const listDefinitionsRoute = route({
  method: 'GET',
  path: '/api/definitions',
  operationId: 'listDefinitions',
  tag: 'definitions',
  summary: { 'zh-CN': '本委员会提供的流程（最新版本和全部版本）', en: "The committee's workflows (newest version and every version)" },
  responses: { 200: z.object({ items: z.array(definitionSummarySchema) }) },
  errors: [],
  handler: async ({ server, engine, caller }) => {
    const items = [];
    for (const id of servedIds(server, engine, caller.committee)) {
      const versions = await versionsOf(server, engine, caller.committee, id);
      const numbers = [...versions.keys()].sort((a, b) => a - b);
      const newest = versions.get(numbers.at(-1)!)!;
      items.push({ id, version: newest.version, title: newest.title, versions: numbers });
    }
    return { body: { items } };
  },
});

/** `GET /api/definitions/{id}`: one workflow definition, the newest unless `version` is given. */
export const getDefinitionRoute = route({
  method: 'GET',
  path: '/api/definitions/{id}',
  operationId: 'getDefinition',
  tag: 'definitions',
  summary: { 'zh-CN': '一个流程定义（默认最新版本）', en: 'One workflow definition (the newest unless a version is given)' },
  params: idParams,
  query: z.strictObject({ version: z.number().int().min(1).max(2_147_483_647).optional() }),
  responses: { 200: definitionSchema },
  errors: [400, 404],
  handler: async ({ server, engine, caller, params, query }) => {
    const given = [...engine.definitions.values()].filter((compiled) => compiled.definition.id === params.id);
    const newestGiven = given.reduce<(typeof given)[number] | undefined>((best, compiled) => (best && best.definition.version >= compiled.definition.version ? best : compiled), undefined);
    let definition: unknown;
    if (query.version === undefined) {
      const published = await stored(server.store, caller.committee, params.id);
      definition = published && (!newestGiven || published.version > newestGiven.definition.version) ? published : newestGiven?.definition;
    } else {
      definition = engine.definitions.get(`${params.id}@${query.version}`)?.definition ?? (await stored(server.store, caller.committee, params.id, query.version));
    }
    if (definition === undefined) throw new NotFoundError('definition', query.version === undefined ? params.id : `${params.id}@${query.version}`);
    return { body: definition };
  },
});

/** The name an overlay sent to the server goes by in its issues. */
export const OVERLAY_FILE = 'request-body';

/**
 * Reads what an overlay's `extends` names, without touching the file system: a workflow the
 * caller's committee serves (by id), or a preset's workflow `@luzhi/presets/<preset>/<id>`.
 */
function committeeLoader(committee: string) {
  const served = new Map<string, unknown>();
  for (const definition of committeeDefinitions(committee)) served.set((definition as { id: string }).id, definition);
  return (ref: string): LoadedDocument => {
    const preset = /^@luzhi\/presets\/([a-z][a-z0-9-]*)\/([A-Za-z][A-Za-z0-9_.-]*)$/.exec(ref);
    const value = preset ? presetWorkflow(preset[1]!, preset[2]!) : served.get(ref);
    if (value !== undefined) return { file: ref, value, issues: [] };
    const issue: Issue = {
      pointer: '',
      code: 'overlay.referenceInvalid',
      message: text(
        `找不到“${ref}”：extends 写本委员会的流程标识（如 proposal），或 @luzhi/presets/<预设>/<流程标识>`,
        `"${ref}" is not found: extends names a workflow of this committee (such as proposal) or @luzhi/presets/<preset>/<id>`,
      ),
    };
    return { file: ref, issues: [issue] };
  };
}

/** `POST /api/definitions/validate`: checks a workflow, or an overlay of a served one; never writes. */
export const validateDefinitionRoute = route({
  method: 'POST',
  path: '/api/definitions/validate',
  operationId: 'validateDefinition',
  tag: 'definitions',
  summary: { 'zh-CN': '校验流程定义或覆盖文件（不保存）', en: 'Validate a workflow or an overlay (nothing is stored)' },
  body: z.unknown().describe('A workflow definition, or an overlay whose `extends` names a served workflow or @luzhi/presets/<preset>/<id>'),
  responses: { 200: validationSchema },
  errors: [400, 413, 415],
  handler: async ({ body, caller }) => {
    if (!isOverlayDocument(body)) {
      const { valid, issues } = validateDefinition(body);
      return { body: { valid, issues } };
    }
    const resolution = await resolveOverlay(body, { file: OVERLAY_FILE, load: committeeLoader(caller.committee) });
    const issues = resolution.issues.map(({ pointer, code, message }) => ({ pointer, code, message }));
    return { body: { valid: issues.length === 0 && resolution.definition !== undefined, issues } };
  },
});

/** `POST /api/definitions`: publishes a workflow for the caller's committee (administrators only). */
export const publishDefinitionRoute = route({
  method: 'POST',
  path: '/api/definitions',
  operationId: 'publishDefinition',
  tag: 'definitions',
  summary: { 'zh-CN': '发布流程定义（流程管理员）', en: 'Publish a workflow definition (administrators)' },
  body: z.unknown().describe('A workflow definition'),
  admin: true,
  responses: { 201: publishedSchema },
  errors: [400, 403, 409, 413, 415],
  handler: async ({ body, engine, server, caller }) => {
    const result = await engine.publish(body);
    let ids = server.publishedIds.get(caller.committee);
    if (ids === undefined) server.publishedIds.set(caller.committee, (ids = new Set()));
    ids.add(result.id);
    return { status: 201, body: result };
  },
});
