import type { z } from 'zod';
import type { AnyMachineSnapshot } from 'xstate';
import { machineTransition } from './machine-step.js';
import { canonicalJson } from '../canonical-json.js';
import { activeStateNames, type StateValue } from '../compile/state-value.js';
import type { CompiledWorkflow, MachineContext } from '../compile/compiled-workflow.js';
import type { ValidateFunction } from '../definition/ajv.js';
import { schemaValidator } from '../definition/schema-validators.js';
import { ajvErrorsToIssues } from '../definition/ajv-issues.js';
import type { Ballot } from '../definition/workflow-definition.generated.js';
import { PayloadError, type Issue } from '../errors.js';
import { getAtPointer, parsePointer, setAtPointer } from '../json-pointer.js';
import { text } from '../localized-text.js';
import { votePayloadSchema } from '../builtins/actions/vote-payload.js';
import { emptyRecord, ownValue, setOwn } from '../own-keys.js';
import type { storedBallotSchema } from '../store/row-schemas.js';
import type { StoredInstance } from '../store/store.js';
import { holdersOf } from './participants.js';
import { withStepLimit } from './step-limit.js';
import { validateData } from './step.js';
import { instanceInfo } from './view.js';

/**
 * Ballots (票决): a state with `ballot` holds a vote of many people. The ballot opens when the
 * state is entered, with its voters fixed then; each vote is recorded (sealed, for an anonymous
 * ballot); at close the tally is written into the data and the state's `onDone` is taken.
 */

/** The built-in action that casts a vote. */
export const CAST_VOTE = 'castVote';

/** The open ballot of a state, as the instance row keeps it. */
export type StoredBallot = z.infer<typeof storedBallotSchema>;

/** The internal event that closes the ballot of `state` and takes its `onDone`. */
export function ballotClosedEvent(state: string): string {
  return `luzhi.ballotClosed.${state}`;
}

/** The ballot a state declares, or undefined. */
export function ballotOf(compiled: CompiledWorkflow, state: string): Ballot | undefined {
  return compiled.index.states.get(state)?.node.ballot;
}

/** The number of votes the ballot needs for its result to count: 0 when it declares no quorum. */
export function quorumOf(ballot: Ballot, eligible: number): number {
  const quorum = ballot.quorum as { count?: number; share?: number } | undefined;
  if (quorum?.count !== undefined) return quorum.count;
  if (quorum?.share !== undefined) return Math.ceil(quorum.share * eligible - 1e-9);
  return 0;
}

/**
 * The ballots of an instance after a command: a ballot state the command entered (re-entered
 * too) opens a new ballot (voters: the role's holders now; items: the data's list now); one still
 * active keeps its ballot; one left drops it. Undefined when no ballot is open, so other rows stay
 * as they were.
 */
export function ballotsAfter(
  compiled: CompiledWorkflow,
  row: Pick<StoredInstance, 'state' | 'status' | 'entered' | 'ballots' | 'participants' | 'data' | 'updatedAt'>,
  enteredNow: ReadonlySet<string>,
): Record<string, StoredBallot> | undefined {
  if (row.status === 'done') return undefined;
  let ballots: Record<string, StoredBallot> | undefined;
  for (const name of activeStateNames(row.state)) {
    const ballot = ballotOf(compiled, name);
    if (!ballot) continue;
    const existing = ownValue(row.ballots, name);
    const kept = existing && !enteredNow.has(name) ? existing : openBallot(ballot, row, ownValue(row.entered, name) ?? row.updatedAt);
    setOwn((ballots ??= emptyRecord<StoredBallot>()), name, kept);
  }
  return ballots;
}

function openBallot(ballot: Ballot, row: Pick<StoredInstance, 'participants' | 'data'>, opened: string): StoredBallot {
  const items = ballot.items === undefined ? undefined : itemsIn(row.data, ballot.items);
  return {
    opened,
    salt: randomSalt(),
    eligible: [...holdersOf(row, ballot.role)],
    voted: [],
    ...(items === undefined ? {} : { items }),
    ...(ballot.anonymous ? { sealed: [] } : { votes: {} }),
  };
}

/** 128 random bits as hex, from the platform's cryptographic generator (Node and browsers alike). */
function randomSalt(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The item keys of the data's list at `pointer`: its texts, each once. */
function itemsIn(data: unknown, pointer: string): string[] {
  const list = getAtPointer(data, parsePointer(pointer) ?? []);
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter((item): item is string => typeof item === 'string' && item.length > 0))];
}

// Vote schemas are built once per compiled definition and state.
const voteValidators = new WeakMap<CompiledWorkflow, Map<string, ValidateFunction>>();

/**
 * Checks a vote against the ballot: its schema, then, with items, that it answers every item of
 * the ballot once and no other.
 * @throws PayloadError with a pointer into the payload for each problem.
 */
export function checkVote(compiled: CompiledWorkflow, state: string, ballot: Ballot, stored: StoredBallot, payload: unknown): void {
  let byState = voteValidators.get(compiled);
  if (!byState) voteValidators.set(compiled, (byState = new Map()));
  let validate = byState.get(state);
  if (!validate) byState.set(state, (validate = schemaValidator(votePayloadSchema(ballot))));
  if (!validate(payload ?? {})) throw new PayloadError(ajvErrorsToIssues(validate.errors, 'payload'));
  if (ballot.items === undefined) return;
  const items = stored.items ?? [];
  const answers = (payload as { answers: Array<{ item: string }> }).answers;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    if (!items.includes(answer.item)) {
      issues.push({ pointer: `/answers/${index}/item`, code: 'payload.itemUnknown', message: text(`“${answer.item}”不是本次投票的评议对象`, `"${answer.item}" is not an item of this ballot`) });
    } else if (seen.has(answer.item)) {
      issues.push({ pointer: `/answers/${index}/item`, code: 'payload.itemRepeated', message: text(`“${answer.item}”只能回答一次`, `"${answer.item}" is answered more than once`) });
    }
    seen.add(answer.item);
  });
  for (const item of items) {
    if (!seen.has(item)) {
      issues.push({ pointer: '/answers', code: 'payload.itemMissing', message: text(`缺少对“${item}”的回答`, `No answer for "${item}"`) });
    }
  }
  if (issues.length > 0) throw new PayloadError(issues);
}

/**
 * The ballot with `voter`'s vote recorded. An anonymous ballot adds the vote to its sealed votes
 * and sorts them by their canonical JSON, so that no position tells when (or by whom) a vote came;
 * a named ballot keeps it under the voter (replacing an earlier one).
 */
export function recordVote(stored: StoredBallot, voter: string, vote: unknown): StoredBallot {
  const voted = new Set([...stored.voted, voter]);
  const recorded: StoredBallot = { ...stored, voted: stored.eligible.filter((user) => voted.has(user)) };
  if (stored.sealed !== undefined) {
    recorded.sealed = [...stored.sealed, vote].map((entry) => [canonicalJson(entry), entry] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  } else {
    const votes = emptyRecord<unknown>();
    for (const [user, entry] of Object.entries(stored.votes ?? {})) setOwn(votes, user, entry);
    setOwn(votes, voter, vote);
    recorded.votes = votes;
  }
  return recorded;
}

/** The votes of a ballot, without their voters. */
function votesOf(stored: StoredBallot): unknown[] {
  return stored.sealed ?? Object.values(stored.votes ?? {});
}

/** The result of one question: counts per choice, or the mean of the scores; `answered` either way. */
type QuestionResult = { answered: number; counts: Record<string, number> } | { answered: number; mean: number | null };

/** What a closed ballot writes into the data at its `result`. */
export interface BallotTally {
  eligible: number;
  cast: number;
  quorum: number;
  quorumMet: boolean;
  /** Without items: per question. */
  results?: Record<string, QuestionResult>;
  /** With items: per item, in the ballot's order. */
  items?: Array<{ item: string; results: Record<string, QuestionResult>; failed?: boolean }>;
  /** With `fail`: the failing items (with items), or whether the answer failed (without). */
  failed?: string[] | boolean;
}

function questionResults(ballot: Ballot, answers: ReadonlyArray<Record<string, unknown>>): Record<string, QuestionResult> {
  const results = emptyRecord<QuestionResult>();
  for (const [name, question] of Object.entries(ballot.questions)) {
    const given = answers.filter((answer) => Object.hasOwn(answer, name)).map((answer) => answer[name]);
    if (question.choices !== undefined) {
      const counts = emptyRecord<number>();
      for (const choice of question.choices) setOwn(counts, choice, 0);
      for (const value of given) if (typeof value === 'string' && Object.hasOwn(counts, value)) counts[value]! += 1;
      setOwn(results, name, { answered: given.length, counts });
    } else {
      const numbers = given.filter((value): value is number => typeof value === 'number');
      const sum = numbers.reduce((total, value) => total + value, 0);
      setOwn(results, name, {
        answered: numbers.length,
        // Rounded to hundredths: a tally is read by people and compared in expressions.
        // No minimum or maximum: in a small committee the extremes are someone's own score.
        mean: numbers.length === 0 ? null : Math.round((sum / numbers.length) * 100) / 100,
      });
    }
  }
  return results;
}

/** Whether a result fails the ballot's `fail` rule: the share of the failing choices is above the threshold. */
function fails(ballot: Ballot, results: Record<string, QuestionResult>): boolean {
  const rule = ballot.fail;
  const result = rule === undefined ? undefined : ownValue(results, rule.question);
  if (!rule || !result || !('counts' in result) || result.answered === 0) return false;
  const failing = rule.choices.reduce((total, choice) => total + (ownValue(result.counts, choice) ?? 0), 0);
  return failing / result.answered > rule.above;
}

/** The tally of a ballot at close. */
export function tallyOf(ballot: Ballot, stored: StoredBallot): BallotTally {
  const votes = votesOf(stored) as Array<Record<string, unknown>>;
  const eligible = stored.eligible.length;
  const cast = stored.voted.length;
  const quorum = quorumOf(ballot, eligible);
  const tally: BallotTally = { eligible, cast, quorum, quorumMet: cast >= quorum };
  if (ballot.items === undefined) {
    tally.results = questionResults(ballot, votes);
    if (ballot.fail) tally.failed = fails(ballot, tally.results);
    return tally;
  }
  // One pass over the answers, grouped by item: a tally is linear in the votes cast.
  const byItem = new Map<string, Array<Record<string, unknown>>>();
  for (const vote of votes) {
    for (const answer of (vote.answers ?? []) as Array<Record<string, unknown>>) {
      const item = answer.item as string;
      const list = byItem.get(item);
      if (list) list.push(answer);
      else byItem.set(item, [answer]);
    }
  }
  const items = (stored.items ?? []).map((item) => {
    const results = questionResults(ballot, byItem.get(item) ?? []);
    return { item, results, ...(ballot.fail ? { failed: fails(ballot, results) } : {}) };
  });
  tally.items = items;
  if (ballot.fail) tally.failed = items.filter((entry) => entry.failed).map((entry) => entry.item);
  return tally;
}

/** What closing a ballot leaves: the state, data and status after `onDone`, and the actions it took (effects, entries). */
export interface ClosedBallot {
  state: StateValue;
  data: Record<string, unknown>;
  status: StoredInstance['status'];
  branches: MachineContext['branches'];
  actions: ReadonlyArray<{ type: string; params?: unknown }>;
}

/**
 * Closes the ballot of `state`: writes its tally at `result` and takes the state's `onDone` with
 * it. `instance` is the row as the closing command left it so far.
 * @throws PayloadError when the data with the tally breaks the data schema.
 */
export function closeBallot(
  compiled: CompiledWorkflow,
  instance: Pick<StoredInstance, 'tenant' | 'id' | 'definitionId' | 'definitionVersion' | 'state' | 'data' | 'branches'>,
  state: string,
  stored: StoredBallot,
  at: string,
): ClosedBallot {
  const ballot = ballotOf(compiled, state)!;
  const data = setAtPointer(instance.data, parsePointer(ballot.result) ?? [], tallyOf(ballot, stored));
  validateData(compiled, data);
  const context: MachineContext = { data, now: at, instance: instanceInfo(instance), branches: instance.branches };
  const snapshot = compiled.machine.resolveState({ value: instance.state, context }) as AnyMachineSnapshot;
  const type = ballotClosedEvent(state);
  const [next, actions] = withStepLimit(type, () => machineTransition(compiled.machine, snapshot, { type }));
  const after = (next.context as MachineContext).data;
  if (after !== data) validateData(compiled, after);
  return {
    state: next.value as StateValue,
    data: after,
    status: next.status === 'done' ? 'done' : 'active',
    branches: (next.context as MachineContext).branches,
    actions,
  };
}
