import type { ErrorObject } from '../definition/ajv.js';
import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import { LinkError, type Issue } from '../errors.js';
import { joinPointer, parsePointer, setAtPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import type { CompiledWorkflow, StartRequest } from '../compile/compiled-workflow.js';
import { sha256Hex } from '../hash.js';
import type { z } from 'zod';
import type { linkOriginSchema, startedLinkSchema } from '../store/row-schemas.js';
import { unstorableString } from '../storable-text.js';

/** An instance a `start` effect started, as the starting instance lists it. */
export type StartedLink = z.infer<typeof startedLinkSchema>;
/** Where an instance a `start` effect started comes from. */
export type LinkOrigin = z.infer<typeof linkOriginSchema>;

/**
 * How deep started instances may start others in one command: an instance started by a command
 * may itself start one on entry, and so on, this many levels below the command's own instance.
 * Deeper (a definition that starts itself on entry, say) refuses the command (`link.tooDeep`).
 */
export const MAX_LINK_DEPTH = 4;

/**
 * How many instances one instance may start over its life: its `links` list (kept in its row and
 * view) grows by one per started instance. A command that would start more is refused
 * (`link.tooMany`) and nothing is written.
 */
export const MAX_LINKS_PER_INSTANCE = 1000;

/**
 * Refuses a command whose `start` effects would take the instance past
 * {@link MAX_LINKS_PER_INSTANCE} started instances.
 * @throws LinkError (`link.tooMany`) at the first `start` effect of the command.
 */
export function checkLinkCount(started: number, requests: readonly StartRequest[]): void {
  const first = requests[0];
  if (first === undefined || started + requests.length <= MAX_LINKS_PER_INSTANCE) return;
  throw new LinkError(first.workflow, [
    {
      pointer: joinPointer(first.pointer, 'start'),
      code: 'link.tooMany',
      message: text(
        `一个实例一共最多启动 ${MAX_LINKS_PER_INSTANCE} 个实例：已启动 ${started} 个，本次命令又要启动 ${requests.length} 个`,
        `One instance starts at most ${MAX_LINKS_PER_INSTANCE} instances in all: ${started} started already, and this command would start ${requests.length} more`,
      ),
    },
  ]);
}

/** The longest instance id (as `engine.start` and `send` accept). */
const MAX_ID_LENGTH = 200;

/** The longest user id a `starter` expression may give. */
const MAX_STARTER_LENGTH = 200;

/**
 * The id of the instance the `index`-th `start` effect of event `seq` of `source` starts:
 * `<source>~<seq>.<index>`, so that a command retried (or replayed) cannot start a second one.
 * Past the id length limit, `<source>` is replaced by a hash of it (`~h<32 hex>`), still
 * deterministic.
 */
export function linkedInstanceId(source: string, seq: number, index: number): string {
  const plain = `${source}~${seq}.${index}`;
  if (plain.length <= MAX_ID_LENGTH) return plain;
  return `~h${sha256Hex(source).slice(0, 32)}~${seq}.${index}`;
}

/** The ending of every id {@link linkedInstanceId} gives: `~<seq>.<index>`. */
const LINKED_ID_ENDING = /~(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)$/;

/**
 * Whether an id has the form of one a `start` effect gives: such ids are the engine's to give, so
 * that no one can take the id of an instance a command will start (and so block that command).
 */
export function isLinkedInstanceId(id: string): boolean {
  return LINKED_ID_ENDING.test(id);
}

/** What starting a linked instance needs besides the target: who starts it, and where it comes from. */
export interface LinkStart {
  data: Record<string, unknown>;
  /** The user id that becomes the started instance's starter. */
  starter: string;
}

/**
 * The workflow a `start` request names, as the command's environment resolved it.
 * @throws LinkError (`link.unknownWorkflow`) when it is not served, (`link.tooDeep`) past {@link MAX_LINK_DEPTH};
 * LinkTargetsUnresolved when `workflows` was not looked up.
 */
export function linkTarget(
  request: StartRequest,
  workflows: ReadonlyMap<string, CompiledWorkflow> | undefined,
  depth: number,
): CompiledWorkflow {
  if (depth >= MAX_LINK_DEPTH) {
    throw new LinkError(request.workflow, [
      {
        pointer: request.pointer,
        code: 'link.tooDeep',
        message: text(
          `联动启动的实例又启动其他实例，超过 ${MAX_LINK_DEPTH} 层（流程定义在进入时相互启动，形成了循环）`,
          `Started instances start others more than ${MAX_LINK_DEPTH} levels deep (the definitions start one another on entry, in a loop)`,
        ),
      },
    ]);
  }
  if (workflows === undefined) throw new LinkTargetsUnresolved();
  const target = workflows.get(request.workflow);
  if (target !== undefined) return target;
  throw new LinkError(request.workflow, [
    {
      pointer: joinPointer(request.pointer, 'start', 'workflow'),
      code: 'link.unknownWorkflow',
      message: text(`引擎没有流程“${request.workflow}”`, `The engine does not serve the workflow "${request.workflow}"`),
    },
  ]);
}

/**
 * Thrown by {@link linkTarget} when a command takes a `start` effect under an environment whose
 * link targets were not looked up: the engine looks them up (a store read each) and applies the
 * command again, so that only commands that really start an instance pay for the lookup.
 */
export class LinkTargetsUnresolved extends Error {
  constructor() {
    super('the workflows a start effect may start were not looked up');
    this.name = 'LinkTargetsUnresolved';
  }
}

/**
 * The started instance's data and starter from a `start` request: the mapping written into an
 * empty object, checked against the target's data schema; the starter from `starter`, or the
 * command's actor.
 * @throws LinkError pointing at the mapping entry (or `start/data`) for data the target refuses,
 * at `start/starter` for a starter that is no user id.
 */
export function linkStart(request: StartRequest, target: CompiledWorkflow, actorId: string): LinkStart {
  let data: Record<string, unknown> = {};
  for (const entry of request.data) data = setAtPointer(data, entry.tokens, entry.value);
  const issues: Issue[] = [];
  const validate = target.dataValidator;
  if (validate && !validate(data)) issues.push(...dataIssues(request, target, validate.errors ?? []));
  let starter = actorId;
  if (request.starter !== undefined) {
    const value = request.starter.value;
    if (typeof value === 'string' && value.length > 0 && value.length <= MAX_STARTER_LENGTH && unstorableString(value) === undefined) starter = value;
    else {
      issues.push({
        pointer: joinPointer(request.pointer, 'start', 'starter'),
        code: 'link.starterInvalid',
        message: text(
          `starter 应给出 1–${MAX_STARTER_LENGTH} 个可保存字符的用户 id，得到 ${describe(value)}`,
          `"starter" must give a user id of 1–${MAX_STARTER_LENGTH} storable characters, got ${describe(value)}`,
        ),
      });
    }
  }
  if (issues.length > 0) throw new LinkError(request.workflow, issues);
  return { data, starter };
}

/**
 * The target's data issues, each moved to the source definition: at the mapping entry that wrote
 * the offending value (the longest whose pointer leads to it), else at `start/data` (a required
 * field no entry writes). The message names the target's data pointer and schema pointer.
 */
function dataIssues(request: StartRequest, target: CompiledWorkflow, errors: readonly ErrorObject[]): Issue[] {
  return ajvErrorsToIssues(errors, 'data').map((found) => {
    const tokens = parsePointer(found.pointer) ?? [];
    let best: StartRequest['data'][number] | undefined;
    for (const entry of request.data) {
      const leads = entry.tokens.length <= tokens.length && entry.tokens.every((token, index) => tokens[index] === token);
      if (leads && (best === undefined || entry.tokens.length > best.tokens.length)) best = entry;
    }
    const error = errors.find((candidate) => found.pointer === candidate.instancePath || found.pointer.startsWith(candidate.instancePath + '/'));
    const schemaPointer = '/data' + (error?.schemaPath ?? '#').replace(/^#/, '');
    const where = found.pointer || '/';
    return {
      pointer: best === undefined ? joinPointer(request.pointer, 'start', 'data') : joinPointer(request.pointer, 'start', 'data', best.target),
      code: 'link.dataInvalid',
      message: text(
        `流程“${target.key}”的实例数据 ${where} 不符合其模式（${schemaPointer}）：${found.message['zh-CN']}`,
        `The data of workflow "${target.key}" at ${where} breaks its schema (${schemaPointer}): ${found.message.en}`,
      ),
    };
  });
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
