import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Issue } from '../errors.js';
import { text } from '../localized-text.js';

export { PRESET_REFERENCE } from '../definition/workflow-source.js';

/** The environment variable naming a presets folder to use instead of the installed package. */
export const PRESETS_ENV = 'LUZHI_PRESETS';

/**
 * The folder holding the presets (one folder per preset): `explicit` (the `--presets` option or
 * `LUZHI_PRESETS`, for tests and a committee's own preset folders) or the `@luzhi/presets`
 * package found by Node's module resolution from `fromFolder`. The engine does not depend on that
 * package: it is looked up at run time, and its absence is an issue (`overlay.presetsMissing`).
 */
export function findPresetsRoot(fromFolder: string, explicit: string | undefined): { root: string } | { issue: Issue } {
  if (explicit !== undefined && explicit !== '') return { root: resolve(explicit) };
  try {
    const require = createRequire(join(resolve(fromFolder), 'index.js'));
    return { root: dirname(require.resolve('@luzhi/presets/package.json')) };
  } catch {
    return {
      issue: {
        pointer: '',
        code: 'overlay.presetsMissing',
        message: text(
          `找不到 @luzhi/presets：请在本项目中安装它（npm install @luzhi/presets），或用 --presets 目录 指定预设所在的文件夹`,
          `@luzhi/presets is not installed: install it in this project (npm install @luzhi/presets), or name a folder of presets with --presets DIR`,
        ),
      },
    };
  }
}
