import { pickTitle, type MessageLanguage } from '../localized-text.js';
import type { LayoutOptions } from './layout.js';
import { actionTitle, stateTitle, type WorkflowIndex } from './workflow-index.js';

/** The few words a drawing adds to a definition's own titles. */
export interface DiagramWords {
  /** Under a forEach state's title. */
  perUnit: string;
  /** The label of an `onDone` move. */
  whenDone: string;
  /** The label of a deadline's `onExpire` move. */
  whenExpired: string;
  /** The drawing's accessible name. */
  diagram: (workflow: string) => string;
}

/** {@link DiagramWords} in the languages of the CLI; the elements take theirs from their locale. */
export const DIAGRAM_WORDS: Readonly<Record<MessageLanguage, DiagramWords>> = {
  'zh-CN': { perUnit: '按单位分支', whenDone: '完成后', whenExpired: '超期', diagram: (workflow) => `${workflow}流程图` },
  en: { perUnit: 'One branch per unit', whenDone: 'when done', whenExpired: 'overdue', diagram: (workflow) => `Diagram of ${workflow}` },
};

/**
 * The labels of a drawing for a locale: state titles, and for each move the title of its action
 * (declared on the transition, else on any state's action of that name, else its name), or the
 * words for automatic moves.
 */
export function diagramLabels(index: WorkflowIndex, locale: string, words: DiagramWords): Required<Pick<LayoutOptions, 'stateLabel' | 'moveLabel'>> & { forEachNote: string } {
  return {
    stateLabel: (name) => stateTitle(index, name, locale),
    moveLabel: (move) =>
      move.event === 'onDone'
        ? words.whenDone
        : move.event === 'onExpire'
          ? words.whenExpired
          : (pickTitle(move.title, locale) ?? actionTitle(index, move.event, locale) ?? move.event),
    forEachNote: words.perUnit,
  };
}

/** The workflow's title for a locale, or its id. */
export function workflowTitle(index: WorkflowIndex, locale: string): string {
  return pickTitle(index.definition.title, locale) ?? index.definition.id;
}
