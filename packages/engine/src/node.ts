/**
 * @luzhi/engine/node — what reads workflow files from disk (Node.js only): a workflow or an
 * overlay, resolved against what it extends, as every `luzhi` command reads it.
 *
 * @module @luzhi/engine/node
 */
export { loadWorkflow, type LoadedWorkflow, type LoadWorkflowOptions } from './cli/load-workflow.js';
