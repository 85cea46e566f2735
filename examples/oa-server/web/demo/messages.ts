/** The page's own words in both languages (the elements bring their own). */

/** The languages the page speaks: Chinese first. */
export type Language = 'zh-CN' | 'en';

/** The page's strings in one language. */
export interface PageMessages {
  title: string;
  committee: string;
  persona: string;
  /** The label of the button that switches to the other language. */
  otherLanguage: string;
  authNote: string;
  start: string;
  startWorkflow: string;
  started(id: string): string;
  todo: string;
  visible: string;
  noneVisible: string;
  closed: string;
  inProgress: string;
  canAct(count: number): string;
  task: string;
  diagram: string;
  widen: string;
  narrow: string;
  history: string;
  nothingOpen: string;
  noLongerVisible(id: string): string;
  userIds: string;
  units: string;
  unitsList: string;
}

const zh: PageMessages = {
  title: '履职 · 委员履职与提案办理演示',
  committee: '委员会',
  persona: '身份',
  otherLanguage: 'English',
  authNote:
    '身份选择代替 OA 的登录：演示服务器按请求头 X-Luzhi-Persona 认定操作人，谁都可以选任何身份，只供试用。实际部署时由 OA 的会话或签名令牌确定操作人，操作人从不取自请求正文。',
  start: '发起',
  startWorkflow: '发起流程',
  started: (id) => `已发起 ${id}，请在右侧填写并提交。`,
  todo: '待办',
  visible: '能查看的流程',
  noneVisible: '暂无',
  closed: '已办结',
  inProgress: '办理中',
  canAct: (count) => `可办理 ${count} 项`,
  task: '办理',
  diagram: '流程图',
  widen: '放大',
  narrow: '还原',
  history: '办理记录',
  nothingOpen: '从待办中选一件，或发起一个新流程。',
  noLongerVisible: (id) => `当前身份看不到 ${id}：它已不在本身份的待办和查看范围内。`,
  userIds: '演示身份的用户标识（填写联名委员、领办领导、召集人等字段时使用）',
  units: '承办单位',
  unitsList: '市教育局、市财政局',
};

const en: PageMessages = {
  title: 'Luzhi · member duties and proposal handling demo',
  committee: 'Committee',
  persona: 'Persona',
  otherLanguage: '中文',
  authNote:
    "The persona picker stands in for the OA's login: the demo server trusts the X-Luzhi-Persona header, so anyone may act as anyone. A deployment takes the caller from the OA's session or a signed token, never from a request body.",
  start: 'Start',
  startWorkflow: 'Start a workflow',
  started: (id) => `${id} started: fill it in and submit it on the right.`,
  todo: 'To do',
  visible: 'Instances this persona may see',
  noneVisible: 'None',
  closed: 'Closed',
  inProgress: 'In progress',
  canAct: (count) => `${count} action${count === 1 ? '' : 's'} open to you`,
  task: 'Task',
  diagram: 'Diagram',
  widen: 'Enlarge',
  narrow: 'Restore',
  history: 'History',
  nothingOpen: 'Open a task from the to-do list, or start a new workflow.',
  noLongerVisible: (id) => `This persona cannot see ${id}: it is no longer on its to-do list or among what it may see.`,
  userIds: 'User ids of the demo personas (for fields such as co-signers, leading official, convener)',
  units: 'Handling units',
  unitsList: 'Education bureau (市教育局), Finance bureau (市财政局)',
};

/** The page's strings in `language`. */
export const pageMessages = (language: Language): PageMessages => (language === 'en' ? en : zh);
