/**
 * The playground's limits, each refused with a bilingual message before anything else runs, so a
 * hostile file never freezes the tab. Nesting is the engine's: a workflow
 * 128 levels (`DEFAULT_DEFINITION_LIMITS.maxJsonDepth`), and the text reader stops at 1,000.
 */
export const PLAYGROUND_LIMITS = Object.freeze({
  /** The largest workflow or scenario text, in UTF-8 bytes: 1 MiB. A larger file is not even read. */
  maxTextBytes: 1_048_576,
  /** The most steps a scenario run may have. */
  maxScenarioSteps: 500,
});

/** The size of `text` in UTF-8 bytes. */
export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;
