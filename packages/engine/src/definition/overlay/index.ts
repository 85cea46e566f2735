/** Overlays: a committee's changes to a workflow, resolved into a definition at load time. */
export { isOverlayDocument, resolveOverlay, type LoadedDocument, type OverlayLoader, type OverlayResolution } from './resolve-overlay.js';
export { MAX_OVERLAY_CHAIN, MAX_OVERLAY_OPERATIONS, overlayIssueCodes, type OverlayIssue } from './overlay-issues.js';
export { OPERATION_NAMES } from './operations.js';
export type { Origin } from './provenance.js';
