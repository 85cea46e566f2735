import { diffDefinitions, type DefinitionChange, type DiffGroup } from '../definition/definition-diff.js';
import { pickTitle, text, type LocalizedText, type MessageLanguage } from '../localized-text.js';
import type { CliContext } from './cli-context.js';
import { checkWorkflowFile, printIssues } from './definition-file.js';
import { displayWidth, printable } from './output.js';

const HEADINGS: Readonly<Record<DiffGroup, LocalizedText>> = {
  workflow: text('流程', 'Workflow'),
  roles: text('角色', 'Roles'),
  states: text('状态（环节）', 'States'),
  actions: text('动作', 'Actions'),
  forms: text('表单', 'Forms'),
  data: text('业务数据', 'Data'),
  effects: text('外部效果', 'Effects'),
  colours: text('颜色规则', 'Colour rules'),
};

const MARKS: Readonly<Record<DefinitionChange['change'], string>> = { added: '+', removed: '-', changed: '~', moved: '>' };

/** Longest value printed on a line; `--json` has every value whole. */
const VALUE_WIDTH = 100;

function value(json: unknown): string {
  const written = printable(JSON.stringify(json) ?? 'null');
  if (displayWidth(written) <= VALUE_WIDTH) return written;
  let cut = '';
  for (const char of written) {
    if (displayWidth(cut + char) > VALUE_WIDTH - 1) break;
    cut += char;
  }
  return `${cut}…`;
}

const scalars = (list: unknown): list is unknown[] => Array.isArray(list) && list.every((item) => item === null || typeof item !== 'object');

/** What changed in a list of names or values (`required`, `enum`, `roles`): members added and removed. */
function members(before: unknown[], after: unknown[]): string | undefined {
  const key = (item: unknown) => JSON.stringify(item);
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const added = after.filter((item) => !had.has(key(item)));
  const removed = before.filter((item) => !has.has(key(item)));
  if (added.length === 0 && removed.length === 0) return undefined;
  return [...added.map((item) => `+${value(item)}`), ...removed.map((item) => `-${value(item)}`)].join(' ');
}

function changeLine(change: DefinitionChange, lang: MessageLanguage): string {
  const title = change.title === undefined ? '' : `  ${printable(pickTitle(change.title, lang) ?? '')}`;
  const at = `  ${MARKS[change.change]} ${printable(change.pointer)}`;
  switch (change.change) {
    case 'added':
      return change.after === undefined ? `${at}${title}` : `${at}: ${value(change.after)}`;
    case 'removed':
      return change.before === undefined ? `${at}${title}` : `${at}: ${value(change.before)}`;
    case 'moved': {
      const parent = (name: unknown) => (name === null ? text('顶层', 'top level')[lang] : printable(String(name)));
      const from = printable(change.from ?? '');
      return `${at}: ${text(`从 ${from} 移来（上级：${parent(change.before)} → ${parent(change.after)}）`, `moved from ${from} (parent: ${parent(change.before)} → ${parent(change.after)})`)[lang]}`;
    }
    case 'changed': {
      const listed = scalars(change.before) && scalars(change.after) ? members(change.before, change.after) : undefined;
      return `${at}: ${listed ?? `${value(change.before)} → ${value(change.after)}`}`;
    }
  }
}

/**
 * `luzhi diff A B`: reads and validates both definitions (issues are printed as `validate` prints
 * them) and prints how B differs from A, group by group (workflow, roles, states, actions, forms,
 * data, effects, colour rules), one line per difference with its JSON pointer: `+` added, `-`
 * removed, `~` changed, `>` a state moved to another parent. With `--json`, `{ equal, changes }`.
 * Returns 0 when the definitions are the same, 1 when they differ or a file has issues.
 */
export async function diffCommand(fileA: string, fileB: string, context: CliContext, presetsRoot?: string): Promise<number> {
  const [first, second] = await Promise.all([checkWorkflowFile(fileA, presetsRoot), checkWorkflowFile(fileB, presetsRoot)]);
  if (first.definition === undefined || second.definition === undefined) return printIssues([...first.found, ...second.found], context);
  const changes = diffDefinitions(first.definition, second.definition);
  if (context.json) {
    context.out(JSON.stringify({ equal: changes.length === 0, changes }, null, 2));
    return changes.length === 0 ? 0 : 1;
  }
  const names = `${printable(fileA)} → ${printable(fileB)}`;
  if (changes.length === 0) {
    context.out(text(`${names}：没有差异`, `${names}: no differences`)[context.lang]);
    return 0;
  }
  context.out(text(`${names}：${changes.length} 处差异`, `${names}: ${changes.length} difference(s)`)[context.lang]);
  let group: DiffGroup | undefined;
  for (const change of changes) {
    if (change.group !== group) {
      group = change.group;
      context.out(HEADINGS[group][context.lang]);
    }
    context.out(changeLine(change, context.lang));
  }
  return 1;
}
