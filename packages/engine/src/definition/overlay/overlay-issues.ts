import type { Issue } from '../../errors.js';
import { text } from '../../localized-text.js';
import type { Origin } from './provenance.js';

/** An issue of an overlay, found in one of the files of its chain. */
export interface LocatedIssue extends Issue {
  /** The file `pointer` points into. */
  file: string;
  /** When the problem is in another file the first one names (its `extends`): where in it. */
  base?: Origin;
}

/**
 * An issue of a resolved overlay. `file` and `pointer` are in the overlay given to
 * {@link resolveOverlay}; when the problem is in content that came from the workflow it extends
 * (or from an overlay in between), `pointer` is `/extends` and `base` names that file and the
 * pointer into it.
 */
export interface OverlayIssue extends LocatedIssue {
  /** For an issue of the resolved definition: its pointer there. */
  definitionPointer?: string;
}

/** The longest chain of overlays extending overlays, the base workflow not counted. */
export const MAX_OVERLAY_CHAIN = 8;

/** The most operations one overlay may hold (`schema.maxItems`): each walks the whole workflow. */
export const MAX_OVERLAY_OPERATIONS = 200;

/** Every code resolving an overlay can report besides `limit.*`, `schema.*`, `json.*` and the definition's own codes. */
export const overlayIssueCodes: readonly string[] = [
  'overlay.extendsUnreadable',
  'overlay.baseNotJson',
  'overlay.referenceInvalid',
  'overlay.presetsMissing',
  'overlay.cycle',
  'overlay.chainTooLong',
  'overlay.operationUnknown',
  'overlay.stateUnknown',
  'overlay.stateExists',
  'overlay.stateReferenced',
  'overlay.retargetRemoved',
  'overlay.notAChild',
  'overlay.roleUnknown',
  'overlay.roleExists',
  'overlay.pathUnknown',
];

/** Builds a located issue with its Chinese and English message. */
export function overlayIssue(file: string, code: string, pointer: string, zhCN: string, en: string): LocatedIssue {
  return { file, code, pointer, message: text(zhCN, en) };
}
