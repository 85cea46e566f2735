/**
 * `npm run screenshots -w @luzhi/example-oa-server`: takes each demo persona's page at 1366×768
 * into `docs/images/demo-<persona>.png`. The server runs in this process on a memory store and a
 * virtual clock; proposals and a consultation are walked over the REST API to the steps where each
 * persona has work, and each persona's page is shown with that work open.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMemoryStore, createVirtualClock } from '@luzhi/engine';
import { chromiumLaunchOptions } from '@luzhi/test-env';
import { chromium } from 'playwright';
import { createServer } from '../src/app.js';
import { demoAuthenticate } from '../src/auth.js';

const OUT = fileURLToPath(new URL('../../../docs/images/', import.meta.url));
const COMMITTEE = 'base';

const clock = createVirtualClock(new Date('2026-03-02T01:00:00Z'));
const app = await createServer({ store: createMemoryStore(), clock, authenticate: demoAuthenticate, committees: [COMMITTEE], web: true });
const url = await app.listen({ port: 0, host: '127.0.0.1' });

/** Calls the API as `persona`; a refusal stops the script with the server's message. */
async function call(persona: string, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'X-Luzhi-Committee': COMMITTEE, 'X-Luzhi-Persona': persona, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${persona} ${method} ${path}: ${JSON.stringify(answer)}`);
  return answer;
}

/** One step of a walk: who takes which action with what payload. */
type Step = readonly [persona: string, type: string, payload?: Record<string, unknown>];

/** Starts `definition` as the member and takes `steps` in turn; returns the instance id. */
async function walk(definition: string, steps: readonly Step[]): Promise<string> {
  const { id } = await call('member', 'POST', '/api/instances', { definition });
  for (const [persona, type, payload] of steps) await call(persona, 'POST', `/api/instances/${id}/commands`, { type, ...(payload ? { payload } : {}) });
  return id;
}

const submit = (title: string, coSigners: string[] = []): Step => [
  'member',
  'submit',
  {
    title,
    category: '社会事业',
    submittedAs: '委员',
    session: '平时提案',
    situation: '群众反映集中：现有服务供给不足、分布不均，部门之间缺少统筹，有关问题多年未得到根本解决。',
    suggestions: '一、摸清底数，制定三年行动计划；二、建立部门联席会议制度；三、安排专项资金并纳入年度考核。',
    coSigners,
    suggestedLeadUnit: '市教育局',
    suggestedCoUnits: ['市财政局'],
  },
];
const keyProposal: Step = ['proposal-office', 'markKey', { leadOfficial: 'zhao.leader', leaderKind: '政府领导领办', councilApproval: '主席会议 2026-03-05' }];
const jointly: Step = ['assigning-office', 'assign', { mode: '会办', leadUnit: '市教育局', coUnits: ['市财政局'] }];
const signed: Step[] = [
  ['unit-a', 'signFor'],
  ['unit-b', 'signFor'],
];
const opinion: Step = ['unit-b', 'sendOpinion', { opinion: '财政将在下年度预算中安排专项资金，支持主办单位推进。' }];
const consulted: Step = ['unit-a', 'recordConsultation', { method: '面谈', date: '2026-03-10', summary: '与提案人面商，听取对办理工作的意见和建议。' }];
const replied: Step = [
  'unit-a',
  'reply',
  { replyClass: 'A', reply: '已纳入年度重点工作：制定三年行动计划，建立联席会议制度，专项资金列入下年度预算。', signedOffBy: '分管副局长 吴', consulted: '面谈' },
];

// The oldest first, so that the to-do lists show different colours by the end.
const evaluating = await walk('proposal', [
  submit('关于优化课后服务的建议', ['li.hua']),
  ['co-signer', 'confirm'],
  ['proposal-office', 'accept'],
  jointly,
  ...signed,
  opinion,
  consulted,
  replied,
  ['proposal-office', 'approveReply'],
]);
const officialReview = await walk('proposal', [submit('关于延长公共图书馆开放时间的建议'), ['proposal-office', 'accept'], keyProposal, jointly, ...signed, opinion, consulted, replied, ['proposal-office', 'approveReply']]);
clock.advance('P10D');
const drafting = await walk('proposal', [
  submit('关于推进职业教育与产业融合的建议'),
  ['proposal-office', 'accept'],
  keyProposal,
  jointly,
  ...signed,
  opinion,
  ['leader', 'instruct', { instruction: '请教育局牵头，财政局配合，月底前拿出方案。' }],
  consulted,
]);
const coHandling = await walk('proposal', [submit('关于加强校园周边交通安全的建议'), ['proposal-office', 'accept'], jointly, ...signed]);
clock.advance('P5D');
const assign = await walk('proposal', [submit('关于完善农村饮水安全保障的建议'), ['proposal-office', 'accept']]);
const review = await walk('proposal', [submit('关于推进老旧小区加装电梯的建议', ['li.hua']), ['co-signer', 'confirm']]);
const cosigning = await walk('proposal', [submit('关于增设社区养老服务站点的建议', ['li.hua'])]);
await walk('consultation', [
  ['member', 'recommend', { topic: '老旧小区加装电梯', background: '老旧小区老年人多，上下楼困难，加装电梯意愿强但协调难。', category: '社会民生', proposerKind: '政协委员', proposerName: '王立' }],
]);
clock.advance('P2D');

/** Each persona's page: the instance it opens, and the action it has chosen (its form shown). */
const shots: ReadonlyArray<{ persona: string; open: string; action?: string }> = [
  { persona: 'member', open: evaluating, action: '提交评价' },
  { persona: 'co-signer', open: cosigning },
  { persona: 'proposal-office', open: review },
  { persona: 'assigning-office', open: assign, action: '交办' },
  { persona: 'unit-a', open: drafting, action: '答复提案人' },
  { persona: 'unit-b', open: coHandling },
  { persona: 'leader', open: officialReview },
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ ...(await chromiumLaunchOptions()), headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  for (const { persona, open, action } of shots) {
    await page.goto(`${url}/?committee=${COMMITTEE}&persona=${persona}&open=${encodeURIComponent(open)}`);
    await page.locator('main:not([aria-busy])').waitFor();
    await page.locator('luzhi-task-panel [part=step]').waitFor();
    if (action !== undefined) await page.locator('luzhi-task-panel [part~=action]', { hasText: action }).first().click();
    const file = `${OUT}demo-${persona}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await app.close();
}
