/**
 * `npm start`: walks one proposal through the six steps 提、立、交、办、督、评 on the embedded
 * durable store (PGlite: PostgreSQL in this process; in memory, or in the directory named by
 * LUZHI_DATA_DIR): two invited co-signers, one confirming and one declining (会签); a key proposal
 * whose leading official signs off the reply; a lead proposer who is first not satisfied (the
 * proposal is handled again) and then satisfied. Prints each step, the open tasks, the effects and
 * what another member is refused, and checks the audit chain at the end.
 */
import { readFile } from 'node:fs/promises';
import {
  createEngine,
  createVirtualClock,
  formatStateValue,
  pickTitle,
  LuzhiError,
  type Actor,
  type Command,
  type EffectContext,
  type InstanceView,
} from '@luzhi/engine';
import { createPgliteStore } from '@luzhi/engine/pglite';

const definition = JSON.parse(await readFile(new URL('./proposal.workflow.json', import.meta.url), 'utf8'));
const clock = createVirtualClock('2026-02-10T09:00:00+08:00');
/** What the effect handlers delivered during the last command: printed under that command's line. */
const delivered: string[] = [];
const printDelivered = (): void => {
  for (const line of delivered.splice(0)) console.log(line);
};

const store = await createPgliteStore(process.env.LUZHI_DATA_DIR ? { dataDir: process.env.LUZHI_DATA_DIR } : {});
const engine = createEngine({
  definitions: [definition],
  store,
  clock,
  tenant: 'jiangyin',
  notify: (request, context) => delivered.push(`      ✉ 通知${addressees(request.roles, context.recipients)}：${pickTitle(request.message)}`),
  effects: {
    'push-oa': (args, context) => delivered.push(`      ⇢ 推送 OA：${JSON.stringify(args)}（幂等键 ${context.idempotencyKey}）`),
  },
});

const member: Actor = { id: 'wang.li', name: '王立委员', roles: ['member'] };
const coSigner: Actor = { id: 'li.hua', name: '李华委员', roles: ['member'] };
const decliner: Actor = { id: 'zhao.min', name: '赵敏委员', roles: ['member'] };
const otherMember: Actor = { id: 'sun.yu', name: '孙宇委员', roles: ['member'] };
const leadOfficial: Actor = { id: 'zhou.vice', name: '周副市长', roles: [] };
const office: Actor = { id: 'tian.office', name: '提案委员会办公室', roles: ['proposal-office'] };
const assigner: Actor = { id: 'gov.office', name: '市政府办公室', roles: ['assigning-office'] };
const unit: Actor = { id: 'zhang.edu', name: '市教育局', roles: ['handling-unit'], unit: '市教育局' };
const coUnit: Actor = { id: 'qian.fin', name: '市财政局', roles: ['handling-unit'], unit: '市财政局' };

const people = new Map([member, coSigner, decliner, otherMember, leadOfficial].map((each) => [each.id, each.name ?? each.id]));

/** Who a notification reaches: the people and units it was resolved to, else the roles' titles. */
function addressees(roles: readonly string[], recipients: EffectContext['recipients']): string {
  const named = [...(recipients?.users ?? []).map((user) => people.get(user) ?? user), ...(recipients?.units ?? [])];
  const others = (recipients?.roles ?? roles).map((role) => pickTitle(definition.roles[role]?.title) ?? role);
  return [...named, ...(recipients === undefined || recipients.roles.length > 0 ? others : [])].join('、');
}

const stateTitle = (view: InstanceView): string =>
  view.activeStates.map((name) => pickTitle(definition.states[name]?.title) ?? name).join(' / ');

let step = 0;
async function act(id: string, command: Command, advance?: string): Promise<InstanceView> {
  if (advance) clock.advance(advance);
  const view = await engine.send(id, command);
  console.log(`${String(++step).padStart(2)}. ${command.actor.name} → ${command.type}：${stateTitle(view)}（${formatStateValue(view.state)}，v${view.version}）`);
  printDelivered();
  return view;
}

async function refused(id: string, command: Command): Promise<void> {
  try {
    await engine.send(id, command);
    throw new Error(`${command.type} should have been refused`);
  } catch (error) {
    if (!(error instanceof LuzhiError)) throw error;
    console.log(`    ✗ ${command.actor.name} → ${command.type}：${error.name}（${error.messages['zh-CN']}）`);
  }
}

/** Prints a person's to-do list: each task with its state, due date and colour. */
async function showTasks(who: Actor): Promise<void> {
  const todo = await engine.tasks({ actor: who });
  const items = todo.map((task) => `${task.instanceId}（${pickTitle(task.stateTitle)}，截止 ${task.due?.slice(0, 10)}，${task.colour}）`);
  console.log(`    ☐ ${who.name}待办：${items.join('；') || '无'}`);
}

console.log('履职 Luzhi — 提案办理演示（提、立、交、办、督、评）\n');
const started = await engine.start('proposal', { actor: member, id: 'JY-2026-001' });
console.log(` 0. ${member.name} 新建提案 ${started.id}：${stateTitle(started)}`);
printDelivered();
const id = started.id;

await act(id, {
  type: 'submit',
  actor: member,
  payload: {
    title: '关于优化中小学课后服务的建议',
    category: '社会事业',
    situation: '部分学校课后服务内容单一，家长接送困难，社会资源引入不足，学生参与意愿不高。',
    suggestions: '统筹引入文体科普资源，建立课后服务质量评价机制。',
    suggestedUnit: '市教育局',
    coSigners: [coSigner.id, decliner.id],
  },
});
for (const who of [coSigner, otherMember]) await showTasks(who);
await refused(id, { type: 'confirm', actor: otherMember, branch: coSigner.id });
try {
  await engine.get(id, { actor: otherMember });
  throw new Error('another member should not see the proposal');
} catch (error) {
  if (!(error instanceof LuzhiError)) throw error;
  console.log(`    ✗ ${otherMember.name}查看提案：${error.name}（${error.messages['zh-CN']}）`);
}
await act(id, { type: 'confirm', actor: coSigner }, 'P1D');
await act(id, { type: 'decline', actor: decliner, payload: { reason: '本人对该领域情况不够了解' } }, 'PT2H');
await refused(id, { type: 'accept', actor: member });
await act(id, { type: 'accept', actor: office }, 'P3D');
await act(id, { type: 'markKey', actor: office, payload: { leadOfficial: leadOfficial.id } });
await refused(id, { type: 'assign', actor: assigner, payload: { leadUnit: '' } });
await act(id, { type: 'assign', actor: assigner, payload: { leadUnit: '市教育局', coUnits: ['市财政局'] } }, 'P7D');

for (const who of [unit, coUnit]) await showTasks(who);

const reply = { replyClass: 'B', reply: '已将课后服务资源统筹纳入2026年工作计划，下半年在全市推开。', consulted: '面谈' };
await refused(id, { type: 'reply', actor: unit, payload: reply });
await act(id, { type: 'sendOpinion', actor: coUnit, payload: { opinion: '财政将统筹安排课后服务专项经费，纳入年度预算。' } }, 'P20D');
await act(id, { type: 'reply', actor: unit, payload: reply }, 'P10D');
await act(id, { type: 'approveReply', actor: office }, 'P2D');
await refused(id, { type: 'endorse', actor: office });
await act(id, { type: 'endorse', actor: leadOfficial }, 'P1D');
await refused(id, { type: 'evaluate', actor: coSigner, payload: { satisfaction: '满意' } });
await act(id, { type: 'evaluate', actor: member, payload: { satisfaction: '不满意', comment: '未回应家长接送困难的问题。' } }, 'P5D');
await act(id, { type: 'reply', actor: unit, payload: { ...reply, replyClass: 'A', reply: '已与提案人面商，新增校车与延时托管两项措施，本学期落实。' } }, 'P20D');
await act(id, { type: 'approveReply', actor: office }, 'P1D');
await act(id, { type: 'endorse', actor: leadOfficial }, 'P1D');
const done = await act(id, { type: 'evaluate', actor: member, payload: { satisfaction: '满意' } }, 'P3D');

const history = await engine.history(id);
const verified = await engine.verifyHistory(id);
console.log(`\n结果：${done.status === 'done' ? '办结' : '未办结'}，联名委员 ${String(done.data.confirmedCoSigners)}，答复类别 ${String(done.data.replyClass)}，评价“${String(done.data.satisfaction)}”，重新办理 ${String(done.data.rehandleCount)} 次。`);
console.log(`审计记录 ${history.length} 条，哈希链校验：${verified.ok ? '完整' : `在第 ${verified.seq} 条断开`}。`);
const rows = await store.listEffects();
console.log(`PGlite 存储（模式 ${store.schema}）：待投递外部动作 ${rows.length} 条。`);
await store.close();
if (!verified.ok || done.status !== 'done') process.exitCode = 1;
