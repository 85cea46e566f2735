import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';
import { text, type LocalizedText } from '../localized-text.js';
import { EXIT, type CliContext } from './cli-context.js';
import { padDisplay, printable } from './output.js';

/** One workflow of a preset, as the presets package's manifest lists it. */
const manifestWorkflowSchema = z.strictObject({
  id: z.string().min(1).max(200),
  version: z.number().int().min(1),
  /** `workflow`: a complete definition (a base process); `overlay`: changes to another workflow. */
  kind: z.enum(['workflow', 'overlay']),
  /** The file, relative to the package. */
  file: z.string().max(1000),
  title: z.strictObject({ 'zh-CN': z.string().max(1000), en: z.string().max(1000) }),
});

/** The manifest `@luzhi/presets/manifest.json`: every preset folder and its workflows, written by the presets build. */
export const presetsManifestSchema = z.strictObject({
  presets: z.array(z.strictObject({ name: z.string().min(1).max(200), workflows: z.array(manifestWorkflowSchema).max(10_000) })).max(1_000),
});

/** What `luzhi presets` lists. */
export type PresetsManifest = z.infer<typeof presetsManifestSchema>;

const KIND: Record<'workflow' | 'overlay', LocalizedText> = {
  workflow: text('完整定义', 'definition'),
  overlay: text('覆盖文件', 'overlay'),
};

/**
 * `luzhi presets`: lists the presets of the `@luzhi/presets` package installed where `cwd` would
 * find it (as `import` would from there), each workflow with its version, kind and title — or
 * with `--json` the manifest itself. The engine does not depend on the package: without it, a
 * message says how to install it, and the status is 1.
 */
export async function presetsCommand(cwd: string, context: CliContext): Promise<number> {
  let manifestFile: string;
  try {
    manifestFile = createRequire(join(cwd, 'package.json')).resolve('@luzhi/presets/manifest.json');
  } catch {
    context.err(
      `luzhi: ${text(
        `在 ${printable(cwd)} 找不到 @luzhi/presets（或其版本没有 manifest.json）。请先安装：npm install @luzhi/presets`,
        `@luzhi/presets is not installed where ${printable(cwd)} can find it (or its version has no manifest.json). Install it first: npm install @luzhi/presets`,
      )[context.lang]}`,
    );
    return EXIT.failed;
  }
  let manifest: PresetsManifest;
  try {
    manifest = presetsManifestSchema.parse(JSON.parse(await readFile(manifestFile, 'utf8')));
  } catch {
    context.err(`luzhi: ${text(`${printable(manifestFile)} 不是有效的预设清单`, `${printable(manifestFile)} is not a valid presets manifest`)[context.lang]}`);
    return EXIT.failed;
  }
  if (context.json) {
    context.out(JSON.stringify(manifest.presets, null, 2));
    return EXIT.ok;
  }
  if (manifest.presets.length === 0) context.out(text('（没有预设）', '(no presets)')[context.lang]);
  const width = Math.max(0, ...manifest.presets.flatMap((preset) => preset.workflows.map((workflow) => printable(workflow.id).length)));
  for (const preset of manifest.presets) {
    context.out(printable(preset.name));
    for (const workflow of preset.workflows) {
      const title = workflow.title[context.lang] || workflow.title[context.lang === 'en' ? 'zh-CN' : 'en'];
      const kind = padDisplay(KIND[workflow.kind][context.lang], 10);
      context.out(`  ${printable(workflow.id).padEnd(width)}  v${String(workflow.version).padEnd(3)} ${kind} ${printable(title)}`);
    }
  }
  return EXIT.ok;
}
