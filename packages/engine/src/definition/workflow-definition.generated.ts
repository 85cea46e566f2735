/* Generated from schema/workflow.schema.json by scripts/generate-types.ts. Do not edit by hand. */
import type {JsonSchemaObject} from './json-schema.js';

/**
 * Display text: a plain string, or a map from locale (zh-CN, en, …) to text.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "title".
 */
export type Title =
  | string
  | {
      [k: string]: string;
    };
/**
 * A name used as a key: a letter, then letters, digits, '_' or '-'.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "name".
 */
export type Name = string;
/**
 * JSON Schema of the instance data (业务数据) that `set` writes into.
 */
export type JsonSchema = JsonSchemaObject;
/**
 * A JSON Schema (draft 2020-12) describing an object.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "jsonSchema".
 */
export type JsonSchema1 = JsonSchemaObject;
/**
 * A safe expression (表达式) over payload, data, actor, instance and now, e.g. "payload.satisfaction == '不满意'".
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "expression".
 */
export type Expression = string;
/**
 * One transition, or a list tried in order: the first whose `when` holds is taken.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "transitions".
 */
export type Transitions = Transition | [Transition, ...Transition[]];
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "fieldPermission".
 */
export type FieldPermission = 'hidden' | 'readonly' | 'required';
/**
 * An ISO 8601 duration (P3M, P15D, PT4H) or working days on the committee calendar (15WD).
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration = string;
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "automaticTransitions".
 */
export type AutomaticTransitions =
  AutomaticTransition | [AutomaticTransition, ...AutomaticTransition[]];

/**
 * A Luzhi workflow: the states, roles, forms and transitions of one committee work process (履职流程定义).
 */
export interface WorkflowDefinition {
  /**
   * Path or URL of this schema, for editor completion.
   */
  $schema?: string;
  /**
   * Stable identifier of the workflow (流程标识), e.g. "proposal".
   */
  id: string;
  /**
   * Version of this definition (版本号). Running instances stay on the version they started with.
   */
  version: number;
  title: Title;
  description?: Title;
  /**
   * The roles that may act in this workflow (角色), by name.
   */
  roles: {
    [k: string]: Role;
  };
  data?: JsonSchema;
  /**
   * The forms (表单) that transitions ask for, by name.
   */
  forms?: {
    [k: string]: Form;
  };
  /**
   * Host handlers (外部动作) that transitions may call, by name; the engine checks at creation that each is registered.
   */
  effects?: {
    [k: string]: EffectDeclaration;
  };
  /**
   * Task colour rules (三色管理), tried in order; the first whose `when` holds gives the colour, else green. Without this list: red when overdue, yellow when due soon, else green. Expressions read data, instance, now and task (state, due, warnAt, overdue, dueSoon).
   */
  colours?: {
    colour: 'green' | 'yellow' | 'red';
    when: Expression;
    title?: Title;
  }[];
  /**
   * A name used as a key: a letter, then letters, digits, '_' or '-'.
   */
  initial: string;
  states: States;
}
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "role".
 */
export interface Role {
  title: Title;
  description?: Title;
  /**
   * "unit": an actor in this role acts only for its own unit: on the branch of its unit (承办单位只办理本单位的分支), or, with `unit`, only when its unit is the one the data names.
   */
  scope?: 'global' | 'unit';
  /**
   * Makes this a participant role, held by people of this instance: "starter" (the user who started it) or a JSON pointer into the data naming a user id or an array of user ids (e.g. "/coSigners"). Its actions are taken only by its holders, matched by actor id, and its tasks are on their to-do lists only. Bound when the data first names someone; changed afterwards only by the built-in action transferRole.
   */
  holders?: string;
  /**
   * With "scope": "unit": a JSON pointer into the data naming the unit this role acts for on every state outside forEach branches (单办单位), e.g. "/handlingUnit". Actors of any other unit, and actors without a unit, are refused.
   */
  unit?: string;
  /**
   * For a participant role: the roles that may hand one holder's place to another person (转交) with the built-in action transferRole { role, from, to, reason }, audited. A participant role listed here lets its own holders transfer their place.
   *
   * @minItems 1
   */
  transfer?: [Name, ...Name[]];
  /**
   * Holders of this role see every instance of the workflow, finished ones included (监督：提案委员会查看全部提案), read-only: seeing grants no action. Only for a global role: a participant role (holders) or a unit-scoped role cannot oversee.
   */
  oversight?: boolean;
}
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "form".
 */
export interface Form {
  title: Title;
  description?: Title;
  schema: JsonSchema1;
  ui?: UiElement;
}
/**
 * Layout hints in the JSON Forms UI-schema format (layouts, controls, rules).
 */
export interface UiElement {
  type: string;
  scope?: string;
  label?: Title | boolean;
  elements?: UiElement1[];
  options?: Record<string, unknown>;
  rule?: Record<string, unknown>;
}
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "uiElement".
 */
export interface UiElement1 {
  type: string;
  scope?: string;
  label?: Title | boolean;
  elements?: UiElement1[];
  options?: Record<string, unknown>;
  rule?: Record<string, unknown>;
}
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "effectDeclaration".
 */
export interface EffectDeclaration {
  title?: Title;
  description?: Title;
}
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "states".
 */
export interface States {
  [k: string]: State;
}
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "state".
 */
export interface State {
  title?: Title;
  description?: Title;
  /**
   * Defaults to "compound" when the state has child states, otherwise "atomic".
   */
  type?: 'atomic' | 'compound' | 'parallel' | 'final';
  /**
   * A name used as a key: a letter, then letters, digits, '_' or '-'.
   */
  initial?: string;
  states?: States;
  /**
   * The actions available in this state, by event name.
   */
  on?: {
    [k: string]: Transitions;
  };
  /**
   * Taken when a compound state reaches a final child, or every region of a parallel state does.
   */
  onDone?: AutomaticTransition | [AutomaticTransition, ...AutomaticTransition[]];
  forEach?: ForEach;
  ballot?: Ballot;
  deadline?: Deadline;
  /**
   * Who may take the state's task for themselves (认领) or hand it to a colleague (委托). Once a task is claimed or delegated, only its assignee may act on it and only they see it; `releaseTask` gives it back to the pool. Each operation is audited.
   */
  assignment?: {
    /**
     * Roles that may claim the task (built-in actions claimTask and releaseTask).
     *
     * @minItems 1
     */
    claim?: [Name, ...Name[]];
    /**
     * Roles that may delegate the task to another person (built-in action delegateTask, payload { to, reason }).
     *
     * @minItems 1
     */
    delegate?: [Name, ...Name[]];
  };
}
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "transition".
 */
export interface Transition {
  /**
   * A name used as a key: a letter, then letters, digits, '_' or '-'.
   */
  to?: string;
  /**
   * Display text: a plain string, or a map from locale (zh-CN, en, …) to text.
   */
  title?:
    | string
    | {
        [k: string]: string;
      };
  description?: Title;
  /**
   * The roles allowed to take this action (可操作角色).
   *
   * @minItems 1
   */
  roles: [Name, ...Name[]];
  /**
   * An option offered in the state rather than a to-do item (撤回, 催办): it does not put the state's task on these roles' to-do lists.
   */
  optional?: boolean;
  /**
   * A name used as a key: a letter, then letters, digits, '_' or '-'.
   */
  form?: string;
  fields?: FieldPermissions;
  /**
   * A safe expression (表达式) over payload, data, actor, instance and now, e.g. "payload.satisfaction == '不满意'".
   */
  when?: string;
  /**
   * Display text: a plain string, or a map from locale (zh-CN, en, …) to text.
   */
  refusal?:
    | string
    | {
        [k: string]: string;
      };
  set?: Set;
  /**
   * A safe expression (表达式) over payload, data, actor, instance and now, e.g. "payload.satisfaction == '不满意'".
   */
  branches?: string;
  effects?: Effect[];
}
/**
 * Per-step field permissions of the action's form (字段权限): JSON pointer of a form field → "hidden" (not shown, not accepted), "readonly" (shown, not accepted) or "required" (must be filled). The engine refuses a payload that breaks them, and <luzhi-form> renders them.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "fieldPermissions".
 */
export interface FieldPermissions {
  [k: string]: FieldPermission;
}
/**
 * Data updates: JSON pointer into the instance data → expression giving the new value.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "set".
 */
export interface Set {
  [k: string]: Expression;
}
/**
 * Something a transition does: notify people or call a host handler after the command is committed, or start an instance of another workflow in the same commit.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "effect".
 */
export interface Effect {
  notify?: {
    /**
     * Who is told: a participant role resolves to its holders' user ids, a unit role to its unit(s), any other role stays a role (`recipients` of the request).
     *
     * @minItems 1
     */
    roles: [Name, ...Name[]];
    message: Title;
  };
  call?: {
    name: Name;
    /**
     * Arguments for the handler: name → expression.
     */
    with?: {
      [k: string]: Expression;
    };
    /**
     * Whom the call concerns: resolved like a notification's roles and handed to the handler as `recipients` (users, units, roles).
     *
     * @minItems 1
     */
    roles?: [Name, ...Name[]];
  };
  /**
   * Starts an instance of another workflow served by the same engine (流程联动), in the same commit as the command, exactly once: e.g. a proposal not put on file (不立案) becomes a public-opinion report (社情民意). Its id is `<this instance's id>~<event seq>.<index>`.
   */
  start?: {
    /**
     * The id of the workflow to start (its newest version); the engine must serve it.
     */
    workflow: string;
    /**
     * The started instance's data: JSON pointer into its data → expression evaluated like `call.with` (after this transition's `set`; it sees data, payload, actor, instance, now). Checked against the started workflow's data schema; a mismatch refuses the whole command.
     */
    data?: {
      [k: string]: Expression;
    };
    /**
     * A safe expression (表达式) over payload, data, actor, instance and now, e.g. "payload.satisfaction == '不满意'".
     */
    starter?: string;
  };
}
/**
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "automaticTransition".
 */
export interface AutomaticTransition {
  to: Name;
  when?: Expression;
  set?: Set;
  /**
   * A safe expression (表达式) over payload, data, actor, instance and now, e.g. "payload.satisfaction == '不满意'".
   */
  branches?: string;
  effects?: Effect[];
}
/**
 * Multi-instance (多分支): one branch of this compound state per item of a data array, e.g. per handling unit.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "forEach".
 */
export interface ForEach {
  /**
   * JSON pointer to an array in the instance data.
   */
  in: string;
  /**
   * For an array of objects, the property that identifies the branch's unit; omit for an array of unit ids.
   */
  key?: string;
  /**
   * A name used as a key: a letter, then letters, digits, '_' or '-'.
   */
  role: string;
  /**
   * When the state is done: all branches final, any one, or at least n.
   */
  complete?:
    | ('all' | 'any')
    | {
        atLeast: number;
      };
  /**
   * Roles that may add or remove a unit while the state runs (加签、减签): built-in actions addBranch { item, reason } and removeBranch { branch, reason }, audited; the data array at `in` follows.
   *
   * @minItems 1
   */
  manage?: [Name, ...Name[]];
  /**
   * A safe expression (表达式) over payload, data, actor, instance and now, e.g. "payload.satisfaction == '不满意'".
   */
  start?: string;
}
/**
 * A vote of many people on this state (票决、测评): each voter of `role` casts one vote with the built-in action castVote; the ballot closes when every voter has voted, when a role of `close` takes closeBallot (only once the quorum is met), or when the state's deadline expires; the tally is then written at `result` and the state's onDone is taken.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "ballot".
 */
export interface Ballot {
  /**
   * A name used as a key: a letter, then letters, digits, '_' or '-'.
   */
  role: string;
  /**
   * What each vote answers: a choice (满意 / 基本满意 / 不满意 …) or a score, by question name.
   */
  questions: {
    [k: string]: BallotQuestion;
  };
  /**
   * JSON pointer to an array of texts in the data (e.g. the units or recommendations under review): every vote answers every question once per item.
   */
  items?: string;
  /**
   * Nothing stored or shown links a voter to a choice: the audit event records that the voter voted, not how; votes are kept sealed and sorted until the tally.
   */
  anonymous?: boolean;
  /**
   * A second vote replaces the first (not with anonymous); otherwise it is refused with ballot.alreadyVoted.
   */
  revote?: boolean;
  /**
   * How many votes make the result valid: a number of votes, or a share of the eligible voters.
   */
  quorum?:
    | {
        count: number;
      }
    | {
        share: number;
      };
  /**
   * Roles that may close the ballot before every voter has voted (built-in action closeBallot), once the quorum is met.
   */
  close?: {
    /**
     * @minItems 1
     */
    roles: [Name, ...Name[]];
  };
  /**
   * When an answer fails: the share of votes on `question` giving one of `choices` is above `above`. The tally then lists the failing items (`failed`), e.g. for rework.
   */
  fail?: {
    question: Name;
    /**
     * @minItems 1
     */
    choices: [string, ...string[]];
    above: number;
  };
  /**
   * JSON pointer in the data where the tally is written when the ballot closes.
   */
  result: string;
}
/**
 * One question of a ballot: `choices` (counted per choice) or `score` (numbers, averaged).
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "ballotQuestion".
 */
export interface BallotQuestion {
  title: Title;
  /**
   * The choices, 2 to 20 (more is ballot.questionInvalid), counted per choice in the tally.
   *
   * @minItems 2
   */
  choices?: [string, string, ...string[]];
  score?: {
    minimum: number;
    maximum: number;
  };
  /**
   * A voter may leave the question unanswered.
   */
  optional?: boolean;
}
/**
 * Time limit (办理时限) for the state, counted from entry.
 *
 * This interface was referenced by `WorkflowDefinition`'s JSON-Schema
 * via the `definition` "deadline".
 */
export interface Deadline {
  within: Duration;
  warnBefore?: Duration;
  onExpire?: {
    /**
     * A name used as a key: a letter, then letters, digits, '_' or '-'.
     */
    to?: string;
    set?: Set1;
    effects?: Effect[];
  };
  /**
   * What happens when the deadline enters its warning window (催办提醒): effects only; the task turns yellow.
   */
  onWarn?: {
    /**
     * @minItems 1
     */
    effects: [Effect, ...Effect[]];
  };
  /**
   * Extension (延期): who may move the deadline, by how much at most, how many times. Taken as the built-in action `extendDeadline` with a payload { by, reason }, and audited.
   */
  extend?: {
    /**
     * @minItems 1
     */
    roles: [Name, ...Name[]];
    /**
     * An ISO 8601 duration (P3M, P15D, PT4H) or working days on the committee calendar (15WD).
     */
    max?: string;
    /**
     * How many extensions are allowed (default 1).
     */
    times?: number;
  };
}
/**
 * Data updates: JSON pointer into the instance data → expression giving the new value.
 */
export interface Set1 {
  [k: string]: Expression;
}
