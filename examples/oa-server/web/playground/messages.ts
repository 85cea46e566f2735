import { DEFAULT_DEFINITION_LIMITS, text, type LocalizedText, type MessageLanguage } from '@luzhi/engine';
import { PLAYGROUND_LIMITS } from './limits.js';

/** The playground's own words, in Chinese and English. */
export const UI = {
  title: text('流程试验场', 'Workflow playground'),
  intro: text(
    '粘贴或上传一个流程 JSON 文件，或一个预设流程的覆盖文件（"extends": "@luzhi/presets/<预设>/<流程标识>"）。一切都在本浏览器中运行，不会发送到服务器。',
    'Paste or upload a workflow JSON file, or an overlay of a preset ("extends": "@luzhi/presets/<preset>/<id>"). Everything runs in this browser; nothing is sent to the server.',
  ),
  limits: text(
    `上限：流程文本和场景文本各 1 MiB（${PLAYGROUND_LIMITS.maxTextBytes.toLocaleString('zh-CN')} 字节），JSON 嵌套 ${DEFAULT_DEFINITION_LIMITS.maxJsonDepth} 层，一个场景 ${PLAYGROUND_LIMITS.maxScenarioSteps} 步。`,
    `Limits: 1 MiB (${PLAYGROUND_LIMITS.maxTextBytes.toLocaleString('en')} bytes) each for the workflow and the scenario text, JSON nested ${DEFAULT_DEFINITION_LIMITS.maxJsonDepth} levels deep, ${PLAYGROUND_LIMITS.maxScenarioSteps} steps in a scenario.`,
  ),
  examples: text('示例：', 'Examples:'),
  pickExample: text('选择一个预设流程…', 'Pick a preset workflow…'),
  upload: text('上传文件：', 'Upload a file:'),
  editor: text('流程 JSON（也可把文件拖到这里）', 'Workflow JSON (or drop a file here)'),
  language: text('English', '中文'),
  checking: text('正在检查…', 'Checking…'),
  empty: text('粘贴流程 JSON，或从示例中选择一个。', 'Paste workflow JSON, or pick an example.'),
  issues: text('检查结果', 'Check results'),
  valid: (key: string) => text(`没有问题：${key} 可以运行。`, `No problems: ${key} can run.`),
  invalid: (count: number) => text(`发现 ${count} 个问题；点击一个问题可跳到文本中对应的位置。`, `${count} problem(s) found; click one to move to it in the text.`),
  inBase: (file: string) => text(`（在所扩展的 ${file} 中）`, `(in ${file}, which this extends)`),
  lineColumn: (line: number, column: number) => text(`第 ${line} 行第 ${column} 列`, `line ${line}, column ${column}`),
  diagram: text('流程图', 'Diagram'),
  noDiagram: text('流程没有问题后，这里显示流程图。', 'The diagram appears here once the workflow has no problems.'),
  scenario: text('场景', 'Scenario'),
  pickScenario: text('选择一个预设场景，或在下面粘贴场景 JSON…', 'Pick a shipped scenario, or paste scenario JSON below…'),
  scenarioText: text('场景 JSON', 'Scenario JSON'),
  run: text('运行场景', 'Run the scenario'),
  needValid: text('请先修正流程中的问题，再运行场景。', 'Fix the workflow\'s problems before running a scenario.'),
  scenarioNotJson: text('场景不是有效的 JSON', 'The scenario is not valid JSON'),
  tooManySteps: (steps: number, limit: number) =>
    text(`场景有 ${steps} 步，超过试验场的上限 ${limit} 步；没有运行`, `the scenario has ${steps} steps, over the playground's limit of ${limit}; it was not run`),
  passed: (steps: number) => text(`场景通过：${steps} 步全部符合预期。`, `The scenario passed: all ${steps} steps as expected.`),
  failed: (step: number) => text(`场景未通过：第 ${step} 步不符合预期。`, `The scenario failed at step ${step}.`),
  notRun: text('场景没有运行：', 'The scenario did not run:'),
  step: text('步骤', 'Step'),
  what: text('操作', 'What'),
  who: text('操作人', 'Who'),
  state: text('之后的状态', 'State after'),
  outcome: text('结果', 'Outcome'),
  ok: text('符合', 'ok'),
  notOk: text('不符合', 'failed'),
  start: text('发起', 'start'),
  advance: (duration: string) => text(`时间前进 ${duration}`, `clock forward ${duration}`),
  look: text('查看', 'look'),
  check: text('检查', 'check'),
  coverage: (covered: number, total: number) => text(`覆盖：${covered} / ${total}`, `Coverage: ${covered} / ${total}`),
  uncovered: text('未覆盖：', 'Not reached:'),
  fileTooLarge: (name: string, bytes: number, limit: number) =>
    text(
      `文件“${name}”有 ${bytes.toLocaleString('zh-CN')} 字节，超过上限 ${limit.toLocaleString('zh-CN')} 字节（1 MiB），没有读取`,
      `The file "${name}" has ${bytes.toLocaleString('en')} bytes, over the limit of ${limit.toLocaleString('en')} bytes (1 MiB); it was not read`,
    ),
  fileUnreadable: (name: string) => text(`无法读取文件“${name}”`, `Cannot read the file "${name}"`),
  internal: text('检查时出现意外错误；请把这段 JSON 发给维护者。', 'An unexpected error happened while checking; please send this JSON to the maintainers.'),
} as const;

/** The text of `message` in `lang`. */
export const say = (message: LocalizedText, lang: MessageLanguage): string => message[lang];
