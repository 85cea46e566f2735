import { text, type LocalizedText } from './localized-text.js';

/** One problem found in a definition, a command or a payload, located by a JSON pointer. */
export interface Issue {
  /** JSON pointer into the document the issue is about ('' is the whole document). */
  pointer: string;
  /** A stable, machine-readable code such as `target.unknown` or `payload.required`. */
  code: string;
  /** What is wrong and what was expected, in Chinese and English. */
  message: LocalizedText;
}

/** Base class of every error Luzhi throws on purpose. `code` is stable; `messages` is bilingual. */
export class LuzhiError extends Error {
  /**
   * The class's name, written out in every class (not read from the constructor, which a minifier
   * renames): hosts, HTTP bodies and scenarios match on it.
   */
  override name = 'LuzhiError';
  readonly code: string;
  readonly messages: LocalizedText;

  constructor(code: string, messages: LocalizedText, options?: ErrorOptions) {
    super(`${messages.en} / ${messages['zh-CN']}`, options);
    this.code = code;
    this.messages = messages;
  }

  /** A plain-object form for logs, HTTP responses and scenario output. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, messages: this.messages };
  }
}

/** A workflow definition (or an engine option naming one) is invalid; `issues` lists every problem. */
export class DefinitionError extends LuzhiError {
  override name = 'DefinitionError';
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], messages?: LocalizedText) {
    const first = issues[0];
    super(
      'definition.invalid',
      messages ??
        text(
          `流程定义有 ${issues.length} 处错误${first ? `，首个在 ${first.pointer || '/'}：${first.message['zh-CN']}` : ''}`,
          `The workflow definition has ${issues.length} issue(s)${first ? `; first at ${first.pointer || '/'}: ${first.message.en}` : ''}`,
        ),
    );
    this.issues = issues;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** An instance or definition that does not exist (for this tenant). */
export class NotFoundError extends LuzhiError {
  override name = 'NotFoundError';
  constructor(
    readonly kind: 'instance' | 'definition',
    readonly id: string,
  ) {
    super(
      `${kind}.notFound`,
      kind === 'instance'
        ? text(`找不到流程实例 ${id}`, `No instance ${id}`)
        : text(`找不到流程定义 ${id}`, `No workflow definition ${id}`),
    );
  }
}

/** The command's event is unknown, not enabled in the current state, or no guard holds. */
export class TransitionNotAllowedError extends LuzhiError {
  override name = 'TransitionNotAllowedError';
  constructor(
    readonly eventType: string,
    readonly state: string,
    reason: 'notEnabled' | 'guard' | 'final' | 'branchRequired' = 'notEnabled',
    /** For `branchRequired`: the branches (units) the action is offered on. */
    readonly branches: readonly string[] = [],
    /** For `guard`: what the definition says such a refusal means (the alternatives' `refusal`). */
    readonly refusals: readonly LocalizedText[] = [],
  ) {
    const because = (language: keyof LocalizedText, separator: string) =>
      refusals.length === 0 ? '' : `${language === 'en' ? ': ' : '：'}${refusals.map((refusal) => refusal[language]).join(separator)}`;
    const messages = {
      notEnabled: text(
        `当前状态 ${state} 下不能执行“${eventType}”`,
        `"${eventType}" is not allowed in state ${state}`,
      ),
      guard: text(
        `当前状态 ${state} 下“${eventType}”的条件都不成立${because('zh-CN', '；')}`,
        `No condition of "${eventType}" holds in state ${state}${because('en', '; ')}`,
      ),
      final: text(`流程已结束（${state}），不能再执行“${eventType}”`, `The instance has ended (${state}); "${eventType}" is not allowed`),
      branchRequired: text(
        `“${eventType}”可在多个分支上执行（${branches.join('、')}），请在命令中用 branch 指明单位`,
        `"${eventType}" is offered on several branches (${branches.join(', ')}): name the unit with "branch"`,
      ),
    }[reason];
    super(`transition.${reason}`, messages);
  }
}

/** The actor's roles (or unit) do not allow the action. */
export class ForbiddenError extends LuzhiError {
  override name = 'ForbiddenError';
  constructor(
    readonly eventType: string,
    readonly requiredRoles: readonly string[],
    messages?: LocalizedText,
  ) {
    super(
      'actor.forbidden',
      messages ??
        text(
          `无权执行“${eventType}”：需要角色 ${requiredRoles.join('、')} 之一`,
          `Not allowed to "${eventType}": one of the roles ${requiredRoles.join(', ')} is required`,
        ),
    );
  }
}

/** The payload (or command envelope) does not match its schema; `issues` point at each field. */
export class PayloadError extends LuzhiError {
  override name = 'PayloadError';
  readonly issues: readonly Issue[];
  constructor(
    issues: readonly Issue[],
    /** What the pointers point into. */
    readonly subject: 'payload' | 'command' | 'options' | 'data' | 'plan' = 'payload',
  ) {
    const first = issues[0];
    const what = {
      payload: ['表单数据', 'payload'],
      command: ['命令', 'command'],
      options: ['引擎选项', 'engine options'],
      data: ['实例数据', 'instance data'],
      plan: ['迁移计划', 'migration plan'],
    }[subject];
    super(
      `${subject}.invalid`,
      text(
        `${what[0]}有 ${issues.length} 处错误${first ? `，首个在 ${first.pointer || '/'}：${first.message['zh-CN']}` : ''}`,
        `The ${what[1]} has ${issues.length} issue(s)${first ? `; first at ${first.pointer || '/'}: ${first.message.en}` : ''}`,
      ),
    );
    this.issues = issues;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** Another command changed the instance first: the expected version is stale. */
export class ConcurrencyError extends LuzhiError {
  override name = 'ConcurrencyError';
  constructor(
    readonly instanceId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | undefined,
  ) {
    super(
      'instance.versionConflict',
      text(
        `实例 ${instanceId} 已被修改：期望版本 ${expectedVersion}，实际版本 ${actualVersion ?? '未知'}`,
        `Instance ${instanceId} was changed: expected version ${expectedVersion}, found ${actualVersion ?? 'unknown'}`,
      ),
    );
  }
}

/**
 * An idempotency key was used before, within the same tenant, for a different command: another
 * action, actor, payload, branch, instance or definition. The earlier result is not returned and
 * nothing is done (`idempotency.conflict`, as payment APIs answer a key reused with other parameters).
 */
export class IdempotencyConflictError extends LuzhiError {
  override name = 'IdempotencyConflictError';
  constructor(readonly idempotencyKey: string) {
    super(
      'idempotency.conflict',
      text(
        `幂等键“${idempotencyKey}”已用于另一条不同的命令（动作、操作人、表单数据、分支或实例不同）：请为新命令使用新的键`,
        `The idempotency key "${idempotencyKey}" was already used for a different command (another action, actor, payload, branch or instance): use a new key for a new command`,
      ),
    );
  }
}

/** Which stored row a {@link StoreDataError} is about. */
export interface StoreRowRef {
  kind: 'instance' | 'event' | 'task' | 'timer' | 'effect' | 'definition' | 'idempotency' | 'dump';
  /** The row's tenant, when it is known (a row too broken to name one has none). */
  tenant?: string | undefined;
  /** The row's id: an instance, timer or effect id, `instance#seq` for an event. */
  id?: string | undefined;
}

/**
 * A stored row read back from a store does not have the expected shape (`store.badRow`): `issues`
 * point into the row, `row` names it. The row is reported, never repaired or used.
 */
export class StoreDataError extends LuzhiError {
  override name = 'StoreDataError';
  constructor(
    readonly issues: readonly Issue[],
    readonly where: string,
    readonly row?: StoreRowRef,
  ) {
    const first = issues[0];
    super(
      'store.badRow',
      text(
        `存储中的数据损坏（${where}）${first ? `：${first.pointer || '/'} ${first.message['zh-CN']}` : ''}`,
        `Stored data is corrupt (${where})${first ? `: ${first.pointer || '/'} ${first.message.en}` : ''}`,
      ),
    );
    this.issues = issues;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), where: this.where, row: this.row, issues: this.issues };
  }
}

/**
 * A PGlite data directory is open in another process, or already in this one (`store.locked`):
 * two PostgreSQL instances on one directory would corrupt it, so the second is refused.
 */
export class StoreLockedError extends LuzhiError {
  override name = 'StoreLockedError';
  constructor(
    readonly dataDir: string,
    /** The process holding the directory. */
    readonly pid: number,
  ) {
    super(
      'store.locked',
      text(
        `数据目录 ${dataDir} 已被进程 ${pid} 打开：同一目录只能由一个进程使用`,
        `The data directory ${dataDir} is open in process ${pid}: one directory serves one process at a time`,
      ),
    );
  }
}

/**
 * A durable store's database was migrated by a newer Luzhi (`store.schemaTooNew`): this version
 * does not know its tables, so it refuses to open it rather than misread or damage it.
 */
export class StoreSchemaError extends LuzhiError {
  override name = 'StoreSchemaError';
  constructor(
    readonly schema: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      'store.schemaTooNew',
      text(
        `数据库模式 ${schema} 的版本是 ${found}，比本版 Luzhi 认识的版本 ${known} 新：请升级 @luzhi/engine`,
        `Database schema ${schema} is at version ${found}, newer than the version ${known} this Luzhi knows: upgrade @luzhi/engine`,
      ),
    );
  }
}

/**
 * Working-calendar data is invalid (`calendar.invalid`: `issues` point at each bad file and entry,
 * e.g. `/1/holidays/0/to`), or a calendar created with `missingYear: 'throw'` was asked about a
 * year it has no data for (`calendar.yearMissing`).
 */
export class CalendarError extends LuzhiError {
  override name = 'CalendarError';
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], code: 'calendar.invalid' | 'calendar.yearMissing' = 'calendar.invalid') {
    const first = issues[0];
    super(
      code,
      code === 'calendar.yearMissing' && first
        ? first.message
        : text(
            `日历数据有 ${issues.length} 处错误${first ? `，首个在 ${first.pointer || '/'}：${first.message['zh-CN']}` : ''}`,
            `The calendar data has ${issues.length} issue(s)${first ? `; first at ${first.pointer || '/'}: ${first.message.en}` : ''}`,
          ),
    );
    this.issues = issues;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/**
 * A value goes beyond a documented limit of the engine (`limit.jsonDepth`: nested deeper than
 * canonical JSON accepts); `issues` point at where. Nothing was written.
 */
export class LimitError extends LuzhiError {
  override name = 'LimitError';
  readonly issues: readonly Issue[];
  constructor(code: string, issues: readonly Issue[]) {
    const first = issues[0];
    super(
      code,
      first
        ? text(`超出限制（${first.pointer || '/'}）：${first.message['zh-CN']}`, `Beyond a limit (at ${first.pointer || '/'}): ${first.message.en}`)
        : text('超出限制', 'Beyond a limit'),
    );
    this.issues = issues;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/**
 * Taking a command needed more steps without an event than the engine allows
 * (`runtime.tooManySteps`): the definition moves in a loop of automatic transitions. The command
 * is refused and the instance is unchanged.
 */
export class LoopError extends LuzhiError {
  override name = 'LoopError';
  constructor(
    readonly eventType: string,
    readonly maxSteps: number,
  ) {
    super(
      'runtime.tooManySteps',
      text(
        `执行“${eventType}”时自动转移超过 ${maxSteps} 步仍未停止：流程定义中的自动转移（onDone）构成了循环；命令被拒绝，实例不变`,
        `Taking "${eventType}" went on for more than ${maxSteps} automatic steps without coming to rest: the definition's automatic transitions (onDone) form a loop; the command is refused and the instance is unchanged`,
      ),
    );
  }
}

/**
 * A vote or a close the ballot of a state refuses (票决): `ballot.alreadyVoted` — the voter has
 * voted and the ballot does not let a vote be replaced; `ballot.notEligible` — the actor is not
 * among the voters fixed when the ballot opened; `ballot.quorumNotMet` — a close before the quorum.
 * The instance is unchanged.
 */
export class BallotError extends LuzhiError {
  override name = 'BallotError';
  constructor(
    code: 'ballot.alreadyVoted' | 'ballot.notEligible' | 'ballot.quorumNotMet',
    readonly state: string,
    detail: { cast?: number; quorum?: number } = {},
  ) {
    const messages = {
      'ballot.alreadyVoted': text(`您已在“${state}”投票，不能重复投票`, `You have already voted in "${state}"; a second vote is not accepted`),
      'ballot.notEligible': text(`您不在“${state}”的投票人名单中`, `You are not among the voters of "${state}"`),
      'ballot.quorumNotMet': text(
        `“${state}”已投 ${detail.cast ?? 0} 票，不足法定票数 ${detail.quorum ?? 0}，不能结束投票`,
        `"${state}" has ${detail.cast ?? 0} vote(s), fewer than its quorum of ${detail.quorum ?? 0}: the ballot cannot be closed yet`,
      ),
    }[code];
    super(code, messages);
  }
}

/**
 * A `start` effect could not start its instance (`link.refused`): the mapped data breaks the
 * started workflow's data schema, the starter is no user id, the workflow is not served, or
 * started instances start others too deep. The whole command is refused: neither the source
 * instance nor any started one is written. `issues` point into the source definition (at the
 * effect, its mapping entry or its `starter`); each message names the started workflow's data
 * pointer and schema pointer when the data is at fault.
 */
export class LinkError extends LuzhiError {
  override name = 'LinkError';
  readonly issues: readonly Issue[];
  constructor(
    /** The workflow the effect starts. */
    readonly workflow: string,
    issues: readonly Issue[],
  ) {
    const first = issues[0];
    super(
      'link.refused',
      text(
        `无法启动联动流程“${workflow}”，命令被拒绝，什么也没有写入${first ? `：${first.pointer}：${first.message['zh-CN']}` : ''}`,
        `Could not start the linked workflow "${workflow}"; the command is refused and nothing was written${first ? `: ${first.pointer}: ${first.message.en}` : ''}`,
      ),
    );
    this.issues = issues;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), workflow: this.workflow, issues: this.issues };
  }
}
