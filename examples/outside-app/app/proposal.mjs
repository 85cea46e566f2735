// ESM: a member drafts and submits a proposal of the base preset, stored in an embedded PGlite database.
import { createEngine, typedEngine } from '@luzhi/engine';
import { createPgliteStore } from '@luzhi/engine/pglite';
import { base } from '@luzhi/presets';

const store = await createPgliteStore();
const engine = createEngine({ definitions: Object.values(base), store, tenant: 'jiangyin', notify: () => {} });
const proposals = typedEngine(engine, base.proposal);
const member = { id: 'wang.li', roles: ['member'] };
const { id } = await proposals.start('proposal', { actor: member });
await proposals.send(id, {
  type: 'submit',
  actor: member,
  payload: {
    title: '关于优化课后服务的建议',
    category: '社会事业',
    submittedAs: '委员',
    session: '平时提案',
    situation: '部分学校课后服务内容单一，家长接送困难，学生参与意愿不高，需要统筹资源加以改进。',
    suggestions: '统筹引入文体科普资源，建立课后服务经费保障机制。',
  },
});
const view = await engine.get(id, { actor: member });
const history = await engine.verifyHistory(id);
await store.close();
console.log(JSON.stringify({ state: view.state, version: view.version, history }));
