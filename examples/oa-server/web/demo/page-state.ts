import { committeeById, COMMITTEES, DEMO_PERSONAS, personaById } from './choices.js';
import type { Language } from './messages.js';

/** What the page shows: kept in the address (`?committee=…&persona=…&lang=…&open=…`) so a view can be linked to. */
export interface PageState {
  committee: string;
  persona: string;
  language: Language;
  /** The instance opened in the task panel. */
  open: string | undefined;
}

/** The state the address asks for; anything it names that the page does not offer falls back to the first choice. */
export function readPageState(search: string): PageState {
  const params = new URLSearchParams(search);
  const open = params.get('open');
  return {
    committee: committeeById(params.get('committee'))?.id ?? COMMITTEES[0]!.id,
    persona: personaById(params.get('persona'))?.id ?? DEMO_PERSONAS[0]!.id,
    language: params.get('lang') === 'en' ? 'en' : 'zh-CN',
    open: open !== null && open !== '' ? open : undefined,
  };
}

/** The address's query string for `state`. */
export function pageSearch(state: PageState): string {
  const params = new URLSearchParams({ committee: state.committee, persona: state.persona, lang: state.language });
  if (state.open !== undefined) params.set('open', state.open);
  return `?${params}`;
}
