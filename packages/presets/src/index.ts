/**
 * @luzhi/presets — the base CPPCC workflows and the committees' practices, as resolved
 * definitions typed with the types of their data, form payloads and commands:
 * `import { base } from '@luzhi/presets'`, then `typedEngine(engine, base.proposal)`.
 *
 * @module @luzhi/presets
 */
export * from './generated/index.js';
