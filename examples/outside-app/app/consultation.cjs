// CommonJS: a party leader proposes a consultation topic of the base preset; the memory store.
const { createEngine } = require('@luzhi/engine');
const { base } = require('@luzhi/presets');

async function main() {
  const engine = createEngine({ definitions: Object.values(base), tenant: 'haian', notify: () => {} });
  const leader = { id: 'xu.ming', roles: ['leader'] };
  const { id } = await engine.start('consultation', { actor: leader });
  await engine.send(id, {
    type: 'recommend',
    actor: leader,
    payload: {
      topic: '南门小吃一条街夜间停车与油烟整治',
      background: '小吃街夜间车辆乱停乱放、油烟扰民，周边居民多次反映，涉及交通、城管等多个部门。',
      category: '基层治理',
      proposerKind: '党政负责人',
      proposerName: '开发区党工委',
    },
  });
  const office = { id: 'gu.lan', roles: ['office'] };
  const todo = await engine.tasks({ actor: office });
  console.log(JSON.stringify({ state: (await engine.get(id, { actor: leader })).state, todo: todo.map((task) => task.actions) }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
