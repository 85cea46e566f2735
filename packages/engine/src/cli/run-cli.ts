import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { LuzhiError } from '../errors.js';
import { text, type LocalizedText, type MessageLanguage } from '../localized-text.js';
import { EXIT, type CliContext } from './cli-context.js';
import { calendarCheckCommand, isCalendarDay, todayInChina } from './calendar-command.js';
import { isTenantId } from '../tenant-id.js';
import { migrateCommand } from './migrate-command.js';
import { simulateCommand } from './simulate-command.js';
import { USAGE } from './usage.js';
import { validateCommand } from './validate-command.js';

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
  map: { type: 'string' },
  'dry-run': { type: 'boolean' },
  pglite: { type: 'string' },
  postgres: { type: 'string' },
  tenant: { type: 'string' },
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
  try {
    switch (line.command) {
      case undefined:
        return usageError(text('缺少命令', 'missing command'));
      case 'validate':
        if (line.args.length === 0)
          return usageError(text('validate 需要至少一个文件', 'validate needs at least one FILE'));
        return await validateCommand(line.args, context);
      case 'simulate': {
        const [definition, scenario, ...extra] = line.args;
        if (definition === undefined || scenario === undefined || extra.length > 0) {
          return usageError(
            text(
              'simulate 需要两个参数：流程定义文件和场景文件',
              'simulate needs two arguments: DEFINITION and SCENARIO',
            ),
          );
        }
        return await simulateCommand(definition, scenario, context, line.calendars, line.workflows);
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
      case 'calendar':
        if (line.args.length !== 1 || line.args[0] !== 'check') {
          return usageError(text('calendar 的用法：luzhi calendar check [--calendar 文件 ...] [--today YYYY-MM-DD]', 'usage: luzhi calendar check [--calendar FILE ...] [--today YYYY-MM-DD]'));
        }
        return await calendarCheckCommand(line.calendars, line.today ?? todayInChina(new Date()), context);
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
