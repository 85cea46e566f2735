/**
 * @luzhi/engine — CPPCC committee work processes as JSON-defined, typed state machines.
 *
 * A definition goes `definition/` (schema, validation) → `compile/` (XState machine) →
 * `runtime/` (the engine: authorize, validate, transition, effects) → `store/`.
 *
 * @module @luzhi/engine
 */
export {
  validateDefinition,
  assertValidDefinition,
  parseDefinitionText,
  DEFAULT_DEFINITION_LIMITS,
  definitionLimitCodes,
  type DefinitionLimits,
} from './definition/validate.js';
export {
  isOverlayDocument,
  resolveOverlay,
  MAX_OVERLAY_CHAIN,
  MAX_OVERLAY_OPERATIONS,
  OPERATION_NAMES,
  overlayIssueCodes,
  type LoadedDocument,
  type Origin,
  type OverlayIssue,
  type OverlayLoader,
  type OverlayResolution,
} from './definition/overlay/index.js';
export {
  checkLoadedWorkflow,
  loadWorkflowSource,
  PRESET_REFERENCE,
  type CheckedWorkflow,
  type LoadedWorkflow,
  type ReadDocument,
  type ValidateJsonIssue,
  type WorkflowSources,
} from './definition/workflow-source.js';
export type { TextIssue, TextPosition } from './definition/json-text.js';
export { canonicalJson, MAX_CANONICAL_DEPTH } from './canonical-json.js';
export { diffDefinitions, DIFF_GROUPS, type DefinitionChange, type DiffGroup } from './definition/definition-diff.js';
export type { WorkflowDefinition } from './definition/workflow-definition.generated.js';
export type * from './definition/workflow-definition.generated.js';
export type { JsonSchemaObject } from './definition/json-schema.js';
export { createAjv, type LuzhiAjv, type ValidateFunction } from './definition/ajv.js';
export { ajvErrorsToIssues } from './definition/ajv-issues.js';
export { createSchemaCompiler, type SchemaCompiler, type SchemaSubject } from './definition/checks/schema-compile.js';
export {
  actionFieldPermissions,
  fieldPermissionIssues,
  fieldPermissionsFor,
  fieldSchemaAt,
  isFilled,
  payloadIssues,
  type FieldPermission,
  type FieldPermissions,
} from './definition/field-permissions.js';
export {
  checkFormLayout,
  defaultLayout,
  FORM_LAYOUT_CODES,
  FORM_SCHEMA_DIALECT,
  FORM_UI_MAX_DEPTH,
  UI_ELEMENT_KEYS,
  UI_ELEMENT_TYPES,
  type FormIssue,
  type FormLayoutCheck,
} from './definition/form-ui/form-layout.js';
export { FORM_SCHEMA_MAX_DEPTH, inlineLocalRefs, type InlinedSchema, type SchemaRefusal } from './definition/form-ui/inline-refs.js';
export {
  conditionalBranches,
  isSchema,
  propertyNames,
  propertyOf,
  record,
  resolveScope,
  scopeOf,
  type FormJsonSchema,
  type ScopeTarget,
} from './definition/form-ui/schema-scope.js';
export { choicesOf, emptyItem, fieldKind, typeOf, type Choice, type FieldKind } from './definition/form-ui/field-kind.js';
export { conditionMatches } from './definition/form-ui/condition-schema.js';
export { compileExpression, evaluateGuard, EXPRESSION_ROOTS } from './definition/expressions/index.js';
export type { CompiledExpression, ExpressionReference, ExpressionScope } from './definition/expressions/index.js';

export { compile } from './compile/compile.js';
export type { CompiledWorkflow, ActionSpec, BuiltinAction, EffectRequest, ParticipantRole, Recipients } from './compile/compiled-workflow.js';
export { builtinActionForms, isBuiltinActionName } from './builtins/actions/forms.js';
export type {
  AddBranchPayload,
  BilingualTitle,
  BuiltinActionForm,
  DelegateTaskPayload,
  ExtendDeadlinePayload,
  PayloadFieldForm,
  PayloadFieldSchema,
  PayloadOf,
  PayloadSchema,
  RemoveBranchPayload,
  TransferRolePayload,
} from './builtins/actions/index.js';
export {
  activeStateNames,
  leafStateNames,
  matchesStateValue,
  formatStateValue,
  type StateValue,
} from './compile/state-value.js';

export { createEngine } from './runtime/engine.js';
export {
  typedEngine,
  type BuiltinPayloads,
  type TypedBatchCommand,
  type TypedCommand,
  type TypedDefinition,
  type TypedEngine,
  type TypedInstanceView,
  type TypedStartCommand,
  type TypesOf,
  type WorkflowTypes,
} from './typegen/typed-engine.js';
export { capIssues, DEFAULT_COMMAND_LIMITS, type CommandLimits } from './runtime/command-limits.js';
export type { Engine, EngineOptions, EffectContext, EffectRetryPolicy, EffectRun, CallHandler, NotifyHandler, TimerRun } from './runtime/engine.js';
export { applyCommand, applyStart, applyTimer } from './runtime/apply-command.js';
export { applyMigration, type AppliedMigration } from './runtime/apply-migration.js';
export { MIGRATION_PAGE, type MigrationOptions, type MigrationReport, type MigrationResult } from './runtime/migrate.js';
export type { MigrationPlan } from './runtime/migration-plan.js';
export { auditKeyring, MIN_AUDIT_KEY_BYTES, type AuditKeyring, type AuditOptions } from './runtime/audit-keys.js';
export { authorize, findAction, validatePayload, type FoundAction } from './runtime/find-action.js';
export { toView } from './runtime/view.js';
export type { AppliedCommand, CommandEnvironment } from './runtime/step.js';
export { systemClock, createVirtualClock, type Clock, type VirtualClock } from './runtime/clock.js';
export { addDuration, parseIsoDuration, type IsoDuration } from './runtime/duration.js';
export type * from './runtime/types.js';
export {
  actionViewSchema,
  batchResultSchema,
  branchViewSchema,
  colourSchema,
  deadlineViewSchema,
  errorJsonSchema,
  fieldPermissionsSchema,
  historyFailureSchema,
  historyVerificationSchema,
  instancePageSchema,
  instanceViewSchema,
  issueSchema,
  localizedTextSchema,
  migrationReportSchema,
  migrationResultSchema,
  taskSchema,
  titleSchema,
} from './runtime/view-schemas.js';
export {
  actorSchema,
  batchItemSchema,
  commandSchema,
  sendManyOptionsSchema,
  startCommandSchema,
  taskQuerySchema,
  PARSE_OPTIONS,
  zodIssues,
} from './runtime/command-schema.js';

export { createMemoryStore, type MemoryStore, type MemoryStoreDump } from './store/memory-store.js';
export type * from './store/store.js';
export {
  auditEventSchema,
  branchStateSchema,
  effectOutcomeSchema,
  effectRequestSchema,
  instantSchema,
  linkOriginSchema,
  outboxEffectSchema,
  recipientsSchema,
  startedLinkSchema,
  stateDeadlineSchema,
  stateValueSchema,
  storedDefinitionSchema,
  storedInstanceSchema,
  storedTaskSchema,
  storedTimerSchema,
  taskAssigneeSchema,
} from './store/row-schemas.js';
export {
  createTenantRunner,
  type TenantRunner,
  type TenantRunnerOptions,
  type TenantRunnerReport,
  type TenantRun,
} from './runtime/tenant-runner.js';
export { TENANT_ID_PATTERN, isTenantId, tenantIdSchema, assertTenantId } from './tenant-id.js';

export {
  LuzhiError,
  DefinitionError,
  NotFoundError,
  TransitionNotAllowedError,
  BallotError,
  ForbiddenError,
  PayloadError,
  ConcurrencyError,
  IdempotencyConflictError,
  StoreDataError,
  StoreSchemaError,
  LimitError,
  LoopError,
  LinkError,
  StoreLockedError,
  type Issue,
  type StoreRowRef,
} from './errors.js';
export { tallyOf, type BallotTally, type StoredBallot } from './runtime/ballots.js';
export { votePayloadSchema } from './builtins/actions/vote-payload.js';
export { text, pickTitle, type LocalizedText, type MessageLanguage } from './localized-text.js';
export { toPointer, parsePointer, joinPointer, escapeToken, getAtPointer, setAtPointer } from './json-pointer.js';
export { linkedInstanceId, MAX_LINK_DEPTH, MAX_LINKS_PER_INSTANCE, type LinkOrigin, type StartedLink } from './runtime/links.js';
export { runScenario, type RunScenarioOptions, type Scenario, type ScenarioReport, type StepReport } from './cli/run-scenario.js';
export { runScenarios, type RunScenariosOptions, type ScenariosReport } from './cli/run-scenarios.js';
export { scenarioCoverage, type CoverageItem, type CoverageKind, type ScenarioCoverage } from './cli/scenario-coverage.js';

export {
  createWorkCalendar,
  chinaMainlandCalendar,
  chinaMainlandCalendarData,
  computeDue,
  warnAt,
  parseDeadline,
  subtractDuration,
  validateCalendarData,
  validateCalendarFiles,
  CST_OFFSET_MS,
  type WorkCalendar,
  type WorkCalendarOptions,
  type Deadline,
  type CalendarValidation,
  type CalendarDay,
  type CalendarYearData,
  type CalendarHoliday,
  type CalendarWorkday,
  type DayKind,
  type DayInfo,
  type WorkingDayResult,
  type WorkingDayWindow,
  type WorkingDayCount,
  type DueResult,
  type WarnResult,
} from './calendar/index.js';
export { CalendarError } from './errors.js';
