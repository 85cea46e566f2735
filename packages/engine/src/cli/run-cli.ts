import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { LuzhiError } from '../errors.js';
import { text, type LocalizedText, type MessageLanguage } from '../localized-text.js';
import { EXIT, type CliContext } from './cli-context.js';
import { calendarCheckCommand, isCalendarDay, todayInChina } from './calendar-command.js';
import { isTenantId } from '../tenant-id.js';
import { migrateCommand } from './migrate-command.js';
import { newCommand } from './new-command.js';
import { PRESETS_ENV } from './presets-root.js';
import { simulateCommand } from './simulate-command.js';
import { USAGE } from './usage.js';
import { validateCommand } from './validate-command.js';
import { diffCommand } from './diff-command.js';
import { DIAGRAM_FORMATS, diagramCommand, type DiagramFormat } from './diagram-command.js';
import { typegenCommand } from './typegen-command.js';
import { presetsCommand } from './presets-command.js';

/** Where `luzhi` writes: standard output and standard error, one line per call. */
export interface CliStreams {
  out(line: string): void;
  err(line: string): void;
}

const OPTIONS = {
  lang: { type: 'string' },
  calendar: { type: 'string', multiple: true },
  with: { type: 'string', multiple: true },
  today: { type: 'string' },
  json: { type: 'boolean' },
  coverage: { type: 'boolean' },
  map: { type: 'string' },
  'dry-run': { type: 'boolean' },
  pglite: { type: 'string' },
  postgres: { type: 'string' },
  tenant: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  preset: { type: 'string' },
  presets: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const LANGUAGES: readonly MessageLanguage[] = ['zh-CN', 'en'];

/** The parsed command line, or the usage error it contains. */
type CommandLine =
  | {
      ok: true;
      command: string | undefined;
      args: string[];
      lang: MessageLanguage;
      json: boolean;
      /** `--coverage` for `simulate`: report what none of the scenarios reached. */
      coverage: boolean;
      help: boolean;
      version: boolean;
      /** Calendar files (a new year's notice, a committee's own days) for `simulate` and `calendar check`. */
      calendars: string[];
      /** `--with FILE` of `simulate`: the other workflows the definition starts. */
      workflows: string[];
      /** The options of `migrate`. */
      migrate: { map?: string | undefined; dryRun: boolean; pglite?: string | undefined; postgres?: string | undefined; tenant?: string | undefined };
      /** `--today YYYY-MM-DD` for `calendar check`, instead of the clock. */
      today: string | undefined;
      /** `--format` of `diagram`. */
      format: string | undefined;
      /** `--out FILE` for `diagram` and `typegen`. */
      out: string | undefined;
      /** `--preset P` for `new`. */
      preset: string | undefined;
      /** `--presets DIR` (or LUZHI_PRESETS): the presets folder for `@luzhi/presets/…` and `new`. */
      presets: string | undefined;
    }
  | { ok: false; lang: MessageLanguage; error: LocalizedText };

/** Parses the arguments with node:util `parseArgs`, reporting every mistake in both languages. */
function parseCommandLine(argv: readonly string[]): CommandLine {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const lang = LANGUAGES.find((candidate) => candidate === values.lang) ?? 'zh-CN';
  const fail = (error: LocalizedText): CommandLine => ({ ok: false, lang, error });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = token.rawName;
    if (!Object.hasOwn(OPTIONS, token.name)) return fail(text(`未知选项 ${option}`, `unknown option ${option}`));
    const type = OPTIONS[token.name as keyof typeof OPTIONS].type;
    if (type === 'boolean' && token.value !== undefined) {
      return fail(text(`选项 ${option} 不带值`, `option ${option} takes no value`));
    }
    if (type === 'string' && token.value === undefined) {
      return fail(text(`选项 ${option} 需要一个值`, `option ${option} needs a value`));
    }
    if (token.name === 'lang' && !LANGUAGES.includes(token.value as MessageLanguage)) {
      return fail(text(`${option} 的值应为 zh-CN 或 en`, `${option} must be zh-CN or en`));
    }
    if (token.name === 'today' && !isCalendarDay(token.value!)) {
      return fail(text(`${option} 的值应为 YYYY-MM-DD 格式的日期`, `${option} must be a date written YYYY-MM-DD`));
    }
  }
  const [command, ...args] = positionals;
  return {
    ok: true,
    command,
    args,
    lang,
    json: values.json === true,
    coverage: values.coverage === true,
    help: values.help === true,
    version: values.version === true,
    calendars: Array.isArray(values.calendar) ? values.calendar.filter((file): file is string => typeof file === 'string') : [],
    workflows: Array.isArray(values.with) ? values.with.filter((file): file is string => typeof file === 'string') : [],
    migrate: {
      map: stringOption(values.map),
      dryRun: values['dry-run'] === true,
      pglite: stringOption(values.pglite),
      postgres: stringOption(values.postgres),
      tenant: stringOption(values.tenant),
    },
    today: typeof values.today === 'string' ? values.today : undefined,
    format: stringOption(values.format),
    out: stringOption(values.out),
    preset: stringOption(values.preset),
    presets: stringOption(values.presets) ?? stringOption(process.env[PRESETS_ENV]),
  };
}

const stringOption = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Runs the `luzhi` command line and returns its exit status: 0 when everything passed, 1 when a
 * definition or calendar file has issues, a scenario step failed or an instance could not be
 * migrated, 2 for a usage error (printed with the usage text), 3 when `calendar check` finds the
 * current or the next year without data. Nothing it is given makes it throw: an unexpected failure
 * is printed as one line.
 */
export async function runCli(argv: readonly string[], streams: CliStreams): Promise<number> {
  const line = parseCommandLine(argv);
  const usageError = (error: LocalizedText): number => {
    streams.err(`luzhi: ${error[line.lang]}`);
    streams.err('');
    streams.err(USAGE[line.lang]);
    return EXIT.usage;
  };
  if (!line.ok) return usageError(line.error);
  if (line.version) {
    streams.out(packageJson.version);
    return EXIT.ok;
  }
  if (line.help || line.command === 'help') {
    streams.out(USAGE[line.lang]);
    return EXIT.ok;
  }
  const context: CliContext = { ...streams, lang: line.lang, json: line.json };
  if (line.today !== undefined && line.command !== 'calendar') {
    return usageError(text('--today 只用于 calendar check', '--today is for calendar check only'));
  }
  if (line.coverage && line.command !== 'simulate') {
    return usageError(text('--coverage 只用于 simulate', '--coverage is for simulate only'));
  }
  if (line.out !== undefined && line.command !== 'typegen' && line.command !== 'diagram') {
    return usageError(text('--out 只用于 diagram 和 typegen', '--out is for diagram and typegen only'));
  }
  try {
    switch (line.command) {
      case undefined:
        return usageError(text('缺少命令', 'missing command'));
      case 'validate':
        if (line.args.length === 0)
          return usageError(text('validate 需要至少一个文件', 'validate needs at least one FILE'));
        return await validateCommand(line.args, context, line.presets);
      case 'simulate': {
        const [definition, ...scenarios] = line.args;
        if (definition === undefined || scenarios.length === 0) {
          return usageError(
            text(
              'simulate 需要一个流程定义文件和至少一个场景文件',
              'simulate needs a DEFINITION and at least one SCENARIO',
            ),
          );
        }
        return await simulateCommand(definition, scenarios, context, {
          calendarFiles: line.calendars,
          coverage: line.coverage,
          presetsRoot: line.presets,
          workflowFiles: line.workflows,
        });
      }
      case 'migrate': {
        const [oldFile, newFile, ...extra] = line.args;
        const { map, dryRun, pglite, postgres, tenant = 'default' } = line.migrate;
        if (oldFile === undefined || newFile === undefined || extra.length > 0 || map === undefined) {
          return usageError(
            text(
              'migrate 需要两个参数（旧版本和新版本的流程定义文件）和 --map 映射文件',
              'migrate needs two arguments, the OLD and NEW definition files, and --map FILE',
            ),
          );
        }
        if ((pglite === undefined) === (postgres === undefined)) {
          return usageError(text('migrate 需要 --pglite 目录 或 --postgres 连接串（二选一）', 'migrate needs one of --pglite DIR or --postgres URL'));
        }
        if (!isTenantId(tenant)) {
          return usageError(
            text(
              `--tenant 的值“${tenant}”不是租户标识：1–64 个 ASCII 字母、数字、“.”“_”“-”，以字母或数字开头`,
              `--tenant "${tenant}" is not a tenant id: 1–64 ASCII letters, digits, ".", "_" or "-", starting with a letter or a digit`,
            ),
          );
        }
        return await migrateCommand({ oldFile, newFile, mapFile: map, dryRun, pglite, postgres, tenant }, context);
      }
      case 'diff': {
        const [fileA, fileB, ...extra] = line.args;
        if (fileA === undefined || fileB === undefined || extra.length > 0) {
          return usageError(text('diff 需要两个参数：两个流程定义文件', 'diff needs two arguments: definition files A and B'));
        }
        return await diffCommand(fileA, fileB, context, line.presets);
      }
      case 'diagram': {
        const [file, ...extra] = line.args;
        const { format, out } = line;
        if (file === undefined || extra.length > 0) {
          return usageError(text('diagram 需要一个参数：流程定义文件', 'diagram needs one argument: a DEFINITION file'));
        }
        if (!DIAGRAM_FORMATS.includes(format as DiagramFormat)) {
          return usageError(text('diagram 需要 --format svg 或 --format mermaid', 'diagram needs --format svg or --format mermaid'));
        }
        return await diagramCommand(file, format as DiagramFormat, out, context, line.presets);
      }
      case 'new': {
        const [name, ...extra] = line.args;
        if (name === undefined || extra.length > 0 || line.preset === undefined) {
          return usageError(text('new 的用法：luzhi new --preset 预设 名称', 'usage: luzhi new --preset PRESET NAME'));
        }
        return await newCommand(name, line.preset, context, line.presets);
      }
      case 'calendar':
        if (line.args.length !== 1 || line.args[0] !== 'check') {
          return usageError(text('calendar 的用法：luzhi calendar check [--calendar 文件 ...] [--today YYYY-MM-DD]', 'usage: luzhi calendar check [--calendar FILE ...] [--today YYYY-MM-DD]'));
        }
        return await calendarCheckCommand(line.calendars, line.today ?? todayInChina(new Date()), context);
      case 'typegen': {
        const [definition, ...extra] = line.args;
        if (definition === undefined || extra.length > 0) {
          return usageError(text('typegen 需要一个参数：流程定义文件', 'typegen needs one argument: DEFINITION'));
        }
        return await typegenCommand(definition, line.out, context, line.presets);
      }
      case 'presets':
        if (line.args.length > 0) return usageError(text('presets 不带参数', 'presets takes no arguments'));
        return await presetsCommand(process.cwd(), context);
      default:
        return usageError(text(`未知命令“${line.command}”`, `unknown command "${line.command}"`));
    }
  } catch (error) {
    // Only a defect can get here; say what happened without a stack trace.
    const message =
      error instanceof LuzhiError ? error.messages[line.lang] : error instanceof Error ? error.message : String(error);
    streams.err(`luzhi: ${text('内部错误', 'internal error')[line.lang]}: ${message}`);
    return EXIT.failed;
  }
}
