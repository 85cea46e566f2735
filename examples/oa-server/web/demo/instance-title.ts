import { pickTitle, type InstanceView } from '@luzhi/engine';

/** Data fields that name an instance, in the order they are tried (a proposal's 案由, a topic). */
const TITLE_FIELDS = ['title', 'agreedTopic', 'topic', 'subject', 'name'] as const;

/** The first eight characters of a generated id, enough to tell a handful apart on screen. */
export const shortId = (id: string): string => (id.length > 12 ? id.slice(0, 8) : id);

/**
 * What the to-do list calls an instance: the first non-empty title field of its data (own
 * properties only), else the workflow's title with the instance id.
 */
export function instanceTitle(view: InstanceView, workflowTitle: string | Record<string, string> | undefined, locale: string): string {
  for (const field of TITLE_FIELDS) {
    const value = Object.hasOwn(view.data, field) ? view.data[field] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  const workflow = pickTitle(workflowTitle, locale) ?? view.definition.id;
  return `${workflow} ${shortId(view.id)}`;
}
