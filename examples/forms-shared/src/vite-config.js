// Plain JavaScript: vite loads the examples' configuration files with Node, which runs no TypeScript.
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The vite configuration of each forms example: the workspace packages are served from their
 * TypeScript sources (the `@luzhi/source` condition), so no build is needed first.
 * @param {import('vite').UserConfig} [extra] the example's own options (plugins, …)
 * @returns {import('vite').UserConfig}
 */
export function exampleViteConfig(extra = {}) {
  return defineConfig({ ...extra, resolve: { conditions: ['@luzhi/source', ...defaultClientConditions] } });
}
