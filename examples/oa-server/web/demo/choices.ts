/**
 * What the page lets one pick: the committees the server serves and the demo hook's personas, as
 * `GET /api/demo` lists them, so that the page offers exactly the callers the hook accepts.
 */
import type { Actor } from '@luzhi/engine';
import type { Language } from './messages.js';

/** A demo persona: the value of `X-Luzhi-Persona` and the actor it stands for. */
export interface Persona {
  id: string;
  title: { 'zh-CN': string; en: string };
  actor: Actor;
}

/** What `GET /api/demo` answers. */
export interface DemoChoices {
  /** The committee the page opens with when the address names none the server serves. */
  committee: string;
  committees: string[];
  personas: Persona[];
}

/** The names of the committee presets; a committee without one is shown by its id. */
const COMMITTEE_NAMES: ReadonlyMap<string, { 'zh-CN': string; en: string }> = new Map([
  ['base', { 'zh-CN': '基础流程（六项机制）', en: 'Base workflows' }],
  ['haian', { 'zh-CN': '海安市政协', en: "Hai'an CPPCC" }],
  ['jiangyin', { 'zh-CN': '江阴市政协', en: 'Jiangyin CPPCC' }],
  ['jilin', { 'zh-CN': '吉林市政协', en: 'Jilin CPPCC' }],
  ['lianshui', { 'zh-CN': '涟水县政协', en: 'Lianshui CPPCC' }],
  ['qingjiangpu', { 'zh-CN': '清江浦区政协', en: 'Qingjiangpu CPPCC' }],
  ['tongguan', { 'zh-CN': '铜官区政协', en: 'Tongguan CPPCC' }],
]);

/** A committee's name in `language`, or its id. */
export const committeeTitle = (id: string, language: Language): string => COMMITTEE_NAMES.get(id)?.[language] ?? id;

/** The role that publishes and migrates: a persona holding it takes no task, so the page does not offer it. */
const ADMIN_ROLE = 'workflow-admin';

/** The choices the page offers: the server's, without the administrator. */
export function pageChoices(choices: DemoChoices): DemoChoices {
  return { ...choices, personas: choices.personas.filter((persona) => !persona.actor.roles.includes(ADMIN_ROLE)) };
}
