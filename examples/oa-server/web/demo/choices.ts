/**
 * What the page lets one pick: the committee presets the server serves and the demo personas. The
 * personas are the server's own list (`src/personas.ts`, read when the page is bundled), so the
 * page offers exactly the callers the demo hook accepts.
 */
import { PERSONAS, type Persona } from '../../src/personas.js';

/** A committee preset, with its name in both languages. */
export interface Committee {
  id: string;
  title: { 'zh-CN': string; en: string };
}

/** The committee presets, in the order the picker lists them (the ids of the server's committees). */
export const COMMITTEES: readonly Committee[] = Object.freeze([
  { id: 'base', title: { 'zh-CN': '基础流程（六项机制）', en: 'Base workflows' } },
  { id: 'haian', title: { 'zh-CN': '海安市政协', en: "Hai'an CPPCC" } },
  { id: 'jiangyin', title: { 'zh-CN': '江阴市政协', en: 'Jiangyin CPPCC' } },
  { id: 'jilin', title: { 'zh-CN': '吉林市政协', en: 'Jilin CPPCC' } },
  { id: 'lianshui', title: { 'zh-CN': '涟水县政协', en: 'Lianshui CPPCC' } },
  { id: 'qingjiangpu', title: { 'zh-CN': '清江浦区政协', en: 'Qingjiangpu CPPCC' } },
  { id: 'tongguan', title: { 'zh-CN': '铜官区政协', en: 'Tongguan CPPCC' } },
]);

/** The personas the page offers: every demo persona but the administrator, who takes no task. */
export const DEMO_PERSONAS: readonly Persona[] = Object.freeze(PERSONAS.filter((persona) => !persona.actor.roles.includes('workflow-admin')));

/** The committee of `id`, or undefined (an own entry only). */
export const committeeById = (id: string | null | undefined): Committee | undefined => COMMITTEES.find((committee) => committee.id === id);

/** The demo persona of `id`, or undefined (an own entry only). */
export const personaById = (id: string | null | undefined): Persona | undefined => DEMO_PERSONAS.find((persona) => persona.id === id);

export type { Persona };
