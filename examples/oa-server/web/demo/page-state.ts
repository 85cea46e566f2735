import type { DemoChoices } from './choices.js';
import type { Language } from './messages.js';

/** What the page shows: kept in the address (`?committee=…&persona=…&lang=…&open=…`) so a view can be linked to. */
export interface PageState {
  committee: string;
  persona: string;
  language: Language;
  /** The instance opened in the task panel. */
  open: string | undefined;
}

/** The page's language the address asks for: Chinese unless it asks for English. */
export const readLanguage = (search: string): Language => (new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh-CN');

/**
 * The state the address asks for. A committee or persona it names that `choices` do not offer
 * falls back to the server's committee and the first persona.
 */
export function readPageState(search: string, choices: DemoChoices): PageState {
  const params = new URLSearchParams(search);
  const committee = params.get('committee');
  const persona = params.get('persona');
  const open = params.get('open');
  return {
    committee: committee !== null && choices.committees.includes(committee) ? committee : choices.committee,
    persona: choices.personas.find((each) => each.id === persona)?.id ?? choices.personas[0]?.id ?? '',
    language: readLanguage(search),
    open: open !== null && open !== '' ? open : undefined,
  };
}

/** The address's query string for `state`. */
export function pageSearch(state: PageState): string {
  const params = new URLSearchParams({ committee: state.committee, persona: state.persona, lang: state.language });
  if (state.open !== undefined) params.set('open', state.open);
  return `?${params}`;
}
