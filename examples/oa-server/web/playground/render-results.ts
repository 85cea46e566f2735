import { pickTitle, type Issue, type MessageLanguage, type ValidateJsonIssue } from '@luzhi/engine';
import type { StepReport } from '@luzhi/engine';
import { PASTED } from './check-source.js';
import { UI, say } from './messages.js';
import type { ScenarioOutcome } from './scenario-run.js';

/** Builds an element with its class and children (text or nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  node.append(...children);
  return node;
}

/**
 * Where in the pasted text an issue can be shown: its own place; else, for a place the text does not
 * write (a state an overlay only inherits), the nearest enclosing value it does write, or its `extends`.
 */
export function placeInText(issue: ValidateJsonIssue, positions: ReadonlyMap<string, { line: number; column: number }> | undefined): { line: number; column: number } | undefined {
  if (issue.file === PASTED && issue.line !== undefined) return { line: issue.line, column: issue.column ?? 1 };
  const pointer = issue.file === PASTED ? issue.pointer : issue.overlay?.file === PASTED ? issue.overlay.pointer : undefined;
  if (pointer === undefined || positions === undefined) return undefined;
  for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) {
    const found = positions.get(at);
    if (found !== undefined) return found;
  }
  return positions.get('/extends') ?? positions.get('');
}

/**
 * One list item per issue: a button (code, pointer, message, where) carrying the line it moves to
 * in `data-line`; the pointer is shown as written, `#` for the whole document.
 */
export function renderIssue(issue: ValidateJsonIssue, place: { line: number; column: number } | undefined, lang: MessageLanguage, onPick: (line: number, column: number) => void): HTMLLIElement {
  const button = el(
    'button',
    'issue',
    el('code', 'pointer', `#${issue.pointer}`),
    ' ',
    el('span', 'message', say(issue.message, lang)),
    ' ',
    el('span', 'where', [place && say(UI.lineColumn(place.line, place.column), lang), issue.file === PASTED ? '' : say(UI.inBase(issue.file), lang)].filter(Boolean).join(' ')),
    ' ',
    el('code', 'code', issue.code),
  );
  button.type = 'button';
  button.dataset['pointer'] = issue.pointer;
  button.dataset['code'] = issue.code;
  if (place !== undefined) {
    button.dataset['line'] = String(place.line);
    button.addEventListener('click', () => onPick(place.line, place.column));
  } else button.disabled = true;
  return el('li', '', button);
}

/** Issues that are not located in a text (a scenario's): pointer and message. */
export function renderPlainIssues(issues: readonly Issue[], lang: MessageLanguage): HTMLUListElement {
  return el('ul', 'plain-issues', ...issues.map((issue) => el('li', '', el('code', 'pointer', `#${issue.pointer}`), ' ', say(issue.message, lang), ' ', el('code', 'code', issue.code))));
}

function stepWhat(step: StepReport, lang: MessageLanguage): string {
  switch (step.kind) {
    case 'start':
      return say(UI.start, lang);
    case 'send':
      return step.action ?? '';
    case 'advance':
      return say(UI.advance(step.advance ?? ''), lang);
    case 'look':
      return say(UI.look, lang);
    default:
      return say(UI.check, lang);
  }
}

const stateText = (state: StepReport['state']): string => (state === null ? '—' : typeof state === 'string' ? state : JSON.stringify(state));

/** The outcome of a scenario run: a summary, a table of its steps, and the coverage. */
export function renderScenario(outcome: ScenarioOutcome, lang: MessageLanguage): HTMLElement {
  if ('issues' in outcome) return el('div', 'scenario-outcome failed', el('p', 'summary', say(UI.notRun, lang)), renderPlainIssues(outcome.issues, lang));
  const { report, coverage } = outcome;
  if (report.issues.length > 0) {
    return el('div', 'scenario-outcome failed', el('p', 'summary', say(UI.notRun, lang)), renderPlainIssues(report.issues.map((issue) => ({ ...issue, pointer: `${issue.document === 'scenario' ? '' : `(${issue.document}) `}${issue.pointer}` })), lang));
  }
  const summary = report.ok ? UI.passed(report.totalSteps) : UI.failed(report.failedStep ?? 0);
  const head = el('tr', '', ...[UI.step, UI.what, UI.who, UI.state, UI.outcome].map((label) => el('th', '', say(label, lang))));
  const rows = report.steps.map((step) => {
    const details = [
      ...step.failures.map((failure) => say(failure.message, lang)),
      ...(step.error !== undefined && !step.ok ? [`${step.error.code ?? step.error.name}: ${say(step.error.message, lang)}`] : []),
    ];
    const row = el(
      'tr',
      step.ok ? 'ok' : 'failed',
      el('td', '', String(step.step), step.title === undefined ? '' : ` ${pickTitle(step.title, lang) ?? ''}`),
      el('td', '', stepWhat(step, lang)),
      el('td', '', step.actor ?? ''),
      el('td', '', stateText(step.state)),
      el('td', '', say(step.ok ? UI.ok : UI.notOk, lang), ...details.map((detail) => el('div', 'failure', detail))),
    );
    row.dataset['step'] = String(step.step);
    row.dataset['ok'] = String(step.ok);
    return row;
  });
  const table = el('table', 'steps', el('thead', '', head), el('tbody', '', ...rows));
  const parts: HTMLElement[] = [el('p', 'summary', say(summary, lang)), table];
  if (coverage !== undefined) {
    const items = coverage.uncovered.map((item) => el('li', '', el('code', 'pointer', `#${item.pointer}`), ` ${item.kind} ${pickTitle(item.title, lang) ?? item.action ?? item.state}`));
    const block = el('div', 'coverage', el('p', '', say(UI.coverage(coverage.covered, coverage.total), lang)));
    if (items.length > 0) block.append(el('p', '', say(UI.uncovered, lang)), el('ul', '', ...items));
    parts.push(block);
  }
  const root = el('div', `scenario-outcome ${report.ok ? 'passed' : 'failed'}`, ...parts);
  root.dataset['ok'] = String(report.ok);
  return root;
}
