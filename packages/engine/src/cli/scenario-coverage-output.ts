import type { Title } from '../definition/workflow-definition.generated.js';
import { text, type LocalizedText, type MessageLanguage } from '../localized-text.js';
import { ownValue } from '../own-keys.js';
import { printable } from './output.js';
import type { CoverageItem, CoverageKind, ScenarioCoverage } from './scenario-coverage.js';

/** Writes the lines of a run of several scenarios: a heading per scenario, the summary, the coverage. */
export interface CoveragePrinter {
  scenarioHeading(index: number, count: number, name: string | undefined): void;
  summary(passed: number, failed: number): void;
  coverage(coverage: ScenarioCoverage, scenarios: number): void;
}

/** What each kind of unreached item is called in the output. */
const UNREACHED: Record<CoverageKind, LocalizedText> = {
  state: text('未进入的状态', 'state never entered'),
  action: text('未采取的动作', 'action never taken'),
  alternative: text('未走过的分支', 'alternative never taken'),
  expire: text('未触发的逾期处理', 'expiry never fired'),
  warn: text('未触发的临期提醒', 'warning never fired'),
  builtin: text('未使用的内置动作', 'built-in action never taken'),
};

/** Creates the printer of a run of several scenarios; lines go to `out` in the language `lang`. */
export function createCoveragePrinter(options: { out: (line: string) => void; lang: MessageLanguage }): CoveragePrinter {
  const { out, lang } = options;
  const say = (message: LocalizedText) => message[lang];
  const item = (entry: CoverageItem, mark: string) => {
    const what = entry.action === undefined || entry.kind === 'action' ? '' : ` ${printable(entry.action)}`;
    const title = bothTitles(entry.title);
    out(`${mark} ${say(UNREACHED[entry.kind])}  ${printable(entry.pointer)}${what}${title === undefined ? '' : `  ${title}`}`);
  };
  return {
    scenarioHeading(index, count, name) {
      if (index > 0) out('');
      out(`── [${index + 1}/${count}]${name === undefined ? '' : ` ${printable(name)}`} ──`);
    },
    summary(passed, failed) {
      out('');
      const total = passed + failed;
      out(
        say(
          failed === 0
            ? text(`✓ ${total} 个场景全部通过`, `✓ all ${total} scenario(s) passed`)
            : text(`✗ 共 ${total} 个场景：${passed} 个通过，${failed} 个未通过`, `✗ ${total} scenario(s): ${passed} passed, ${failed} failed`),
        ),
      );
    },
    coverage(coverage, scenarios) {
      const key = `${coverage.definition.id}@${coverage.definition.version}`;
      out(
        say(
          text(
            `覆盖 ${key}：${coverage.total} 项中 ${coverage.covered} 项由 ${scenarios} 个场景走到`,
            `coverage of ${key}: ${coverage.covered} of ${coverage.total} item(s) reached by ${scenarios} scenario(s)`,
          ),
        ),
      );
      for (const entry of coverage.uncovered) item(entry, '✗');
      const { builtins } = coverage;
      if (builtins.total > 0) {
        out(
          say(
            text(
              `内置动作（不计入覆盖）：${builtins.total} 项中 ${builtins.uncovered.length} 项未使用`,
              `built-in actions (not counted): ${builtins.uncovered.length} of ${builtins.total} never taken`,
            ),
          ),
        );
        for (const entry of builtins.uncovered) item(entry, '·');
      }
      out(
        say(
          coverage.uncovered.length === 0
            ? text('✓ 没有未走到的状态、动作、分支或时限处理', '✓ no state, action, alternative or deadline handler left unreached')
            : text(`✗ ${coverage.uncovered.length} 项未走到`, `✗ ${coverage.uncovered.length} item(s) unreached`),
        ),
      );
    },
  };
}

/** A title in both languages, `初审 · Pre-screening`, or the one it has. */
export function bothTitles(title: Title | undefined): string | undefined {
  if (title === undefined) return undefined;
  if (typeof title === 'string') return printable(title);
  const zh = ownValue(title, 'zh-CN');
  const en = ownValue(title, 'en');
  const parts = [...new Set([zh, en].filter((part): part is string => part !== undefined))];
  const shown = parts.length > 0 ? parts : Object.values(title).slice(0, 1);
  return shown.length === 0 ? undefined : shown.map(printable).join(' · ');
}
