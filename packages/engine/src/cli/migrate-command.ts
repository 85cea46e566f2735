import { compile } from '../compile/compile.js';
import { formatStateValue } from '../compile/state-value.js';
import { DefinitionError, LuzhiError, PayloadError, type Issue } from '../errors.js';
import { text, type LocalizedText } from '../localized-text.js';
import { createEngine } from '../runtime/engine.js';
import { parseDefinitionRow } from '../store/rows.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { MigrationReport, MigrationResult } from '../runtime/migrate.js';
import type { Store } from '../store/store.js';
import type { CliContext } from './cli-context.js';
import { issueLine } from './output.js';
import { readDocument } from './read-document.js';

/** The arguments of `luzhi migrate`. */
export interface MigrateArguments {
  oldFile: string;
  newFile: string;
  mapFile: string;
  dryRun: boolean;
  /** Exactly one of the two: a PGlite data directory or a PostgreSQL connection string. */
  pglite?: string | undefined;
  postgres?: string | undefined;
  tenant: string;
}

/** A located issue and the file it is in. */
type FileIssue = Issue & { file: string };

/** The keys a map file may have. */
const MAP_KEYS = new Set(['states', 'data']);

/**
 * `luzhi migrate OLD NEW --map FILE`: reads the two definition files and the map, opens the store,
 * checks that the store holds no other content under either version, publishes NEW (unless
 * `--dry-run`), runs `engine.migrate` and prints one line per instance and a summary (or the
 * report as JSON). Returns the exit status: 0 when every instance moved (or would move), 1 when
 * a file, the plan or an instance has issues or the store cannot be opened.
 */
export async function migrateCommand(args: MigrateArguments, context: CliContext): Promise<number> {
  const files = await readFiles(args);
  if ('issues' in files) return printIssues(files.issues, context);
  const { from, to, map } = files;

  let store: Store;
  try {
    store = await openStore(args);
  } catch (error) {
    return printError(error, context);
  }
  try {
    const clashes = await storedClashes(store, args, [
      [args.oldFile, from],
      [args.newFile, to],
    ]);
    if (clashes.length > 0) return printIssues(clashes, context);
    const engine = createEngine({
      definitions: [from.definition, to.definition],
      store,
      tenant: args.tenant,
      // Migration delivers no effects: these handlers only satisfy the check that each effect has one.
      notify: undeliverable,
      effects: Object.fromEntries([...from.calledEffects, ...to.calledEffects].map((name) => [name, undeliverable])),
    });
    if (!args.dryRun) await engine.publish(to.definition);
    const plan = { id: from.definition.id, from: from.definition.version, to: to.definition.version, ...map };
    let report: MigrationReport;
    try {
      report = await engine.migrate(plan, {
        dryRun: args.dryRun,
        ...(context.json ? {} : { onResult: (result: MigrationResult) => context.out(resultLine(result, context)) }),
      });
    } catch (error) {
      if (error instanceof PayloadError && error.subject === 'plan') return printIssues(error.issues.map((found) => inFile(found, args)), context);
      throw error;
    }
    if (context.json) context.out(JSON.stringify(report, null, 2));
    else context.out(summary(report)[context.lang]);
    return report.totals.refused > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof LuzhiError) return printError(error, context);
    throw error;
  } finally {
    await store.close();
  }
}

const undeliverable = (): never => {
  throw new Error('luzhi migrate delivers no effects');
};

/** Reads and compiles OLD and NEW and reads the map; or every issue found, by file. */
async function readFiles(
  args: MigrateArguments,
): Promise<{ from: CompiledWorkflow; to: CompiledWorkflow; map: Record<string, unknown> } | { issues: FileIssue[] }> {
  const [oldDocument, newDocument, mapDocument] = await Promise.all([readDocument(args.oldFile), readDocument(args.newFile), readDocument(args.mapFile)]);
  const issues: FileIssue[] = [];
  const compiled = (file: string, document: Awaited<ReturnType<typeof readDocument>>): CompiledWorkflow | undefined => {
    issues.push(...document.issues.map((found) => ({ ...found, file })));
    if (document.value === undefined || document.issues.length > 0) return undefined;
    try {
      return compile(document.value);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      issues.push(...error.issues.map((found) => ({ ...found, file })));
      return undefined;
    }
  };
  const from = compiled(args.oldFile, oldDocument);
  const to = compiled(args.newFile, newDocument);
  issues.push(...mapDocument.issues.map((found) => ({ ...found, file: args.mapFile })));
  const map = mapDocument.value;
  if (mapDocument.issues.length === 0) {
    if (map === null || typeof map !== 'object' || Array.isArray(map)) {
      issues.push(fileIssue(args.mapFile, '', 'map.notObject', '映射文件应为 JSON 对象：{ "states": {…}, "data": {…} }', 'The map file must be a JSON object: { "states": {…}, "data": {…} }'));
    } else {
      for (const key of Object.keys(map)) {
        if (MAP_KEYS.has(key)) continue;
        issues.push(fileIssue(args.mapFile, `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'map.unknownKey', `映射文件只能有 states 和 data，不认识“${key}”`, `The map file has only "states" and "data"; "${key}" is unknown`));
      }
    }
  }
  if (from && to && from.definition.id !== to.definition.id) {
    issues.push(fileIssue(args.newFile, '/id', 'migration.otherWorkflow', `两个文件是不同的流程（${from.definition.id} 与 ${to.definition.id}）`, `The two files are different workflows (${from.definition.id} and ${to.definition.id})`));
  }
  if (issues.length > 0 || !from || !to) return { issues };
  return { from, to, map: map as Record<string, unknown> };
}

const fileIssue = (file: string, pointer: string, code: string, zh: string, en: string): FileIssue => ({ file, pointer, code, message: text(zh, en) });

/** Opens the store the arguments name (loaded only then: the other commands never load a database). */
async function openStore(args: MigrateArguments): Promise<Store> {
  if (args.pglite !== undefined) {
    const { createPgliteStore } = await import('../store/pglite-store.js');
    return createPgliteStore({ dataDir: args.pglite });
  }
  const { createPostgresStore } = await import('../store/postgres-store.js');
  return createPostgresStore({ connectionString: args.postgres!, maxConnections: 2 });
}

/** The versions the store already holds with other content than the file's: a migration would run on the wrong one. */
async function storedClashes(store: Store, args: MigrateArguments, versions: Array<[string, CompiledWorkflow]>): Promise<FileIssue[]> {
  const issues: FileIssue[] = [];
  for (const [file, compiled] of versions) {
    const row = await store.loadDefinition(args.tenant, compiled.definition.id, compiled.definition.version);
    if (row === undefined || row === null) continue;
    if (parseDefinitionRow(row, `definition ${args.tenant}/${compiled.key}`).contentHash === compiled.contentHash) continue;
    issues.push(fileIssue(file, '/version', 'definition.versionReused', `存储中的 ${compiled.key} 与此文件内容不同`, `The store holds other content under ${compiled.key} than this file`));
  }
  return issues;
}

/** Where a plan issue is in the files: `/from` and `/to` are the versions of OLD and NEW, the rest is the map's. */
function inFile(found: Issue, args: MigrateArguments): FileIssue {
  if (found.pointer === '/from' || found.pointer === '/id') return { ...found, file: args.oldFile, pointer: found.pointer === '/id' ? '/id' : '/version' };
  if (found.pointer === '/to') return { ...found, file: args.newFile, pointer: '/version' };
  return { ...found, file: args.mapFile };
}

function printIssues(issues: readonly FileIssue[], context: CliContext): number {
  if (context.json) context.out(JSON.stringify({ ok: false, issues }, null, 2));
  else for (const { file, ...found } of issues) context.out(issueLine(file, found, context.lang));
  return 1;
}

function printError(error: unknown, context: CliContext): number {
  if (!(error instanceof LuzhiError)) throw error;
  if (context.json) context.out(JSON.stringify({ ok: false, error: error.toJSON() }, null, 2));
  else context.err(`luzhi: ${error.messages[context.lang]}`);
  return 1;
}

/** One instance: `✓ ID  from → to`, or `✗ ID  /pointer: message` for its first issue (and how many more). */
function resultLine(result: MigrationResult, context: CliContext): string {
  if (result.ok) return `✓ ${result.id}  ${formatStateValue(result.from)} → ${formatStateValue(result.to)}`;
  const [first, ...more] = result.issues;
  const rest = more.length === 0 ? '' : text(`（另有 ${more.length} 处）`, ` (and ${more.length} more)`)[context.lang];
  return `✗ ${result.id}  ${first?.pointer ?? ''}: ${first?.message[context.lang] ?? ''}${rest}`;
}

function summary(report: MigrationReport): LocalizedText {
  const { instances, migrated, refused } = report.totals;
  const what = `${report.id}@${report.from} → @${report.to}`;
  return report.dryRun
    ? text(
        `演练（未写入）${what}：${instances} 件运行中的实例，${migrated} 件可以迁移，${refused} 件不能`,
        `Dry run (nothing written) ${what}: ${instances} running instance(s), ${migrated} can move, ${refused} cannot`,
      )
    : text(
        `迁移 ${what}：${instances} 件运行中的实例，已迁移 ${migrated} 件，${refused} 件未迁移`,
        `Migrated ${what}: ${instances} running instance(s), ${migrated} moved, ${refused} not moved`,
      );
}
