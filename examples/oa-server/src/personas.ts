import type { Actor } from '@luzhi/engine';

/** One of the demo's fixed callers: who the page acts as when this persona is chosen. */
export interface Persona {
  /** The value of the `X-Luzhi-Persona` header. */
  id: string;
  title: { 'zh-CN': string; en: string };
  actor: Actor;
}

/** Roles a committee member holds in the workflows that a member starts or is invited to. */
const MEMBER_ROLES = ['member', 'proposer', 'recommender', 'submitter', 'supervisor', 'invited-member', 'standing-member', 'co-signer'];
/** Roles of a handling or responsible unit, scoped to the persona's unit. */
const UNIT_ROLES = ['handling-unit', 'responsible-unit', 'lead-unit', 'unit', 'proposal-handling-unit', 'counterpart-department'];

/**
 * The demo personas, each with the roles of every preset workflow that fit it (the proposal's and
 * the consultation's of every committee). Read by the demo hook and listed by the demo page.
 */
export const PERSONAS: readonly Persona[] = Object.freeze([
  {
    id: 'member',
    title: { 'zh-CN': '王立委员', en: 'Member Wang Li' },
    actor: { id: 'wang.li', name: '王立', roles: MEMBER_ROLES },
  },
  {
    id: 'co-signer',
    title: { 'zh-CN': '李华委员（联名）', en: 'Member Li Hua (co-signer)' },
    actor: { id: 'li.hua', name: '李华', roles: MEMBER_ROLES },
  },
  {
    id: 'proposal-office',
    title: { 'zh-CN': '提案委员会办公室', en: 'Proposal committee office' },
    actor: {
      id: 'tian.office',
      name: '提案委员会办公室',
      roles: ['proposal-office', 'office', 'consultation-office', 'info-office', 'cppcc-office', 'task-force', 'supervision-office', 'members-office'],
    },
  },
  {
    id: 'assigning-office',
    title: { 'zh-CN': '市政府办公室（交办）', en: 'City government office (assigning)' },
    actor: { id: 'gov.office', name: '市政府办公室', roles: ['assigning-office', 'town-committee', 'governance-centre', 'referrer'] },
  },
  {
    id: 'unit-a',
    title: { 'zh-CN': '市教育局（承办单位 A）', en: 'Education bureau (handling unit A)' },
    actor: { id: 'edu.handler', name: '市教育局经办人', unit: '市教育局', roles: UNIT_ROLES },
  },
  {
    id: 'unit-b',
    title: { 'zh-CN': '市财政局（承办单位 B）', en: 'Finance bureau (handling unit B)' },
    actor: { id: 'fin.handler', name: '市财政局经办人', unit: '市财政局', roles: UNIT_ROLES },
  },
  {
    id: 'leader',
    title: { 'zh-CN': '督办领导', en: 'Supervising leader' },
    actor: {
      id: 'zhao.leader',
      name: '赵督办',
      roles: [
        'lead-official',
        'supervising-leader',
        'cppcc-leader',
        'signer',
        'convener',
        'first-convener',
        'second-convener',
        'chair-council',
        'leading-group-head',
        'mayor',
        'county-leader',
      ],
    },
  },
  {
    id: 'admin',
    title: { 'zh-CN': '系统管理员', en: 'Administrator' },
    actor: { id: 'admin', name: '系统管理员', roles: ['workflow-admin'] },
  },
]);

const BY_ID: ReadonlyMap<string, Persona> = new Map(PERSONAS.map((persona) => [persona.id, persona]));

/** The persona of an id, or undefined for any other string (prototype keys included). */
export const personaById = (id: string): Persona | undefined => BY_ID.get(id);
