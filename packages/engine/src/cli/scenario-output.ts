import { formatStateValue } from '../compile/state-value.js';
import { pickTitle, text, type LocalizedText, type MessageLanguage } from '../localized-text.js';
import type { RecordedEffect } from './effect-recorder.js';
import { formatInstant, issueLine, padDisplay, printable } from './output.js';
import type { ScenarioIssue, ScenarioReport, StepDeadline, StepReport } from './scenario-report.js';

/** Writes the readable output of a scenario run. */
export interface ScenarioPrinter {
  issues(issues: readonly ScenarioIssue[]): void;
  header(report: ScenarioReport, clock: Date): void;
  step(step: StepReport): void;
  summary(report: ScenarioReport): void;
}

const ACTION_WIDTH = 34;
const STATE_WIDTH = 16;
const INDENT = '       ';

/**
 * Creates the printer of a scenario run: one line per step — number, what was done, the
 * resulting state and version, ✓ or ✗ — with the unmet expectations and delivered effects below.
 */
export function createScenarioPrinter(options: {
  out?: (line: string) => void;
  lang?: MessageLanguage;
  names?: { definition?: string; scenario?: string; workflows?: readonly string[] };
}): ScenarioPrinter {
  const out = options.out ?? (() => {});
  const lang = options.lang ?? 'zh-CN';
  const say = (message: LocalizedText) => message[lang];
  // Provisional deadlines are printed when they appear or move, not again on every later step.
  let shown = new Set<string>();

  return {
    issues(issues) {
      for (const issue of issues) {
        const name =
          issue.document === 'definition'
            ? (options.names?.definition ?? 'definition')
            : issue.document === 'workflow'
              ? (options.names?.workflows?.[issue.workflow ?? 0] ?? `workflow #${(issue.workflow ?? 0) + 1}`)
              : (options.names?.scenario ?? 'scenario');
        out(issueLine(name, issue, lang));
      }
      out(
        say(text(`✗ 无法运行场景：共 ${issues.length} 处错误`, `✗ the scenario cannot run: ${issues.length} issue(s)`)),
      );
    },

    header(report, clock) {
      const title = pickTitle(report.title, lang);
      if (title !== undefined) out(say(text(`场景：${title}`, `Scenario: ${title}`)));
      const key = `${report.definition?.id ?? ''}@${report.definition?.version ?? ''}`;
      out(
        say(
          text(
            `流程 ${key} · 实例 ${report.instanceId ?? ''} · 租户 ${report.tenant ?? ''} · 时钟 ${formatInstant(clock)}`,
            `workflow ${key} · instance ${report.instanceId ?? ''} · tenant ${report.tenant ?? ''} · clock ${formatInstant(clock)}`,
          ),
        ),
      );
    },

    step(step) {
      const state = step.state === null ? '—' : formatStateValue(step.state);
      const title = pickTitle(step.title, lang);
      out(
        [
          String(step.step).padStart(3),
          padDisplay(describeStep(step, lang), ACTION_WIDTH),
          padDisplay(state, STATE_WIDTH),
          padDisplay(`v${step.version}`, 4),
          step.ok ? '✓' : '✗',
          ...(title === undefined ? [] : [title]),
        ].join('  '),
      );
      const errorFailed = step.failures.some((failure) => failure.key === 'error');
      if (step.error !== undefined && !errorFailed) {
        const { code, name, message } = step.error;
        out(`${INDENT}⇒ ${code === undefined ? name : `${name} (${code})`}: ${say(message)}`);
      }
      for (const effect of step.effects) out(`${INDENT}↳ ${describeEffect(effect, lang)}`);
      for (const started of step.started ?? []) out(`${INDENT}↳ start → ${started.workflow} ${printable(started.id)}`);
      if (step.deadlines !== undefined) {
        const provisional = step.deadlines.filter((deadline) => deadline.provisional === true);
        const keys = provisional.map((deadline) => JSON.stringify([deadline.state, deadline.branch ?? null, deadline.due]));
        provisional.forEach((deadline, index) => {
          if (!shown.has(keys[index]!)) out(`${INDENT}⏱ ${describeProvisional(deadline, lang)}`);
        });
        shown = new Set(keys);
      }
      for (const failure of step.failures) {
        out(`${INDENT}✗ ${say(failure.message)}`);
        if (failure.key === 'error' && step.error !== undefined) {
          // An error nobody expected: its code, both messages and every located issue.
          const { code, name, message, issues } = step.error;
          out(`${INDENT}  ${code ?? name}: ${message['zh-CN']} / ${message.en}`);
          for (const issue of issues ?? []) out(`${INDENT}  ${issue.pointer || '/'}: ${say(issue.message)}`);
        }
      }
    },

    summary(report) {
      const total = report.totalSteps;
      if (report.ok) {
        out(say(text(`✓ 全部 ${total} 步通过`, `✓ all ${total} steps passed`)));
      } else if (report.failedStep === 0) {
        out(say(text('✗ 实例未能创建', '✗ the instance could not be started')));
      } else {
        const n = report.failedStep ?? 0;
        out(say(text(`✗ 第 ${n} 步未通过（共 ${total} 步）`, `✗ step ${n} of ${total} failed`)));
      }
    },
  };
}

/** What the step did: `submit · u1`, `advance P20D → 2026-01-25 09:00`, `expect`. */
function describeStep(step: StepReport, lang: MessageLanguage): string {
  switch (step.kind) {
    case 'start':
      return `${text('创建', 'start')[lang]} · ${step.actor ?? ''}`;
    case 'send':
      return `${step.action ?? ''} · ${step.actor ?? ''}${step.instance === undefined ? '' : ` @ ${printable(step.instance)}`}`;
    case 'advance':
      return `${text('时钟前进', 'advance')[lang]} ${step.advance ?? ''} → ${formatInstant(step.at)}`;
    case 'expect':
      return text('检查', 'expect')[lang];
    case 'look':
      return `${text('查看', 'look')[lang]} · ${step.actor ?? ''}${step.instance === undefined ? '' : ` @ ${printable(step.instance)}`}`;
  }
}

/** A provisional deadline: where, when it falls due, and why it may still move. */
function describeProvisional(deadline: StepDeadline, lang: MessageLanguage): string {
  const where = deadline.branch === undefined ? deadline.state : `${deadline.state} · ${printable(deadline.branch)}`;
  const due = formatInstant(deadline.due);
  return text(
    `暂定时限 ${where}：${due} 截止（计入了没有日历数据的年份，只跳过了周末；加入该年日历后重新计算）`,
    `provisional deadline ${where}: due ${due} (counted into a year without calendar data, skipping weekends only; recounted once that year's calendar is added)`,
  )[lang];
}

/**
 * `notify → member: message` or `push-oa {"proposal":"…"}`; when roles resolved to people or
 * units, who they are: `notify → proposer = users u1: message`.
 */
function describeEffect(effect: RecordedEffect, lang: MessageLanguage): string {
  const resolved = describeRecipients(effect.recipients, lang);
  if (effect.kind === 'notify') {
    const message = pickTitle(effect.message, lang) ?? '';
    return `notify → ${effect.roles.join(', ')}${resolved}${lang === 'zh-CN' ? '：' : ': '}${message}`;
  }
  return `${effect.name} ${JSON.stringify(effect.args)}${resolved}`;
}

/** ` = users u1, u2; units A; roles office` (zh: ` = 用户 u1、u2；单位 A；角色 office`), or nothing when only roles stayed roles. */
function describeRecipients(recipients: RecordedEffect['recipients'], lang: MessageLanguage): string {
  if (recipients === undefined || (recipients.users.length === 0 && recipients.units.length === 0)) return '';
  const zh = lang === 'zh-CN';
  const parts = [
    [recipients.users, text('用户', 'users')[lang]],
    [recipients.units, text('单位', 'units')[lang]],
    [recipients.roles, text('角色', 'roles')[lang]],
  ] as const;
  return ` = ${parts
    .filter(([list]) => list.length > 0)
    .map(([list, label]) => `${label} ${list.join(zh ? '、' : ', ')}`)
    .join(zh ? '；' : '; ')}`;
}
