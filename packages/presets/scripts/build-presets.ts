/**
 * Writes the generated sources of the presets package from its preset folders: for each preset,
 * `src/generated/<preset>.ts` (the resolved definitions, typed, and the types of their data,
 * payloads and commands), `src/generated/json/<preset>/<id>.json` (each resolved definition,
 * exported as `@luzhi/presets/<preset>/<id>`), plus `src/generated/index.ts` re-exporting every
 * preset and `src/generated/manifest.json` (what `luzhi presets` lists). Run
 * `npm run gen:presets -w @luzhi/presets` after changing a preset; a test fails while the
 * committed files are stale.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LuzhiError, text, validateDefinition, type WorkflowDefinition } from '@luzhi/engine';
import { docComment, generateWorkflowTypes, pascalCase, TypeNames } from '@luzhi/engine/typegen';
import { listPresetWorkflowFiles, PRESETS_ROOT, type PresetWorkflowFile } from '../src/preset-files.js';

/** Where the generated sources go, relative to the package. */
export const GENERATED_DIR = 'src/generated';

/** What a preset folder may be called: it becomes a module and an exported name. */
const PRESET_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const RESERVED = new Set(['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'arguments', 'eval']);

/** One workflow of the manifest. */
interface ManifestWorkflow {
  id: string;
  version: number;
  kind: 'workflow' | 'overlay';
  file: string;
  title: { 'zh-CN': string; en: string };
}

/** A preset workflow file that cannot be built into the package. */
export class PresetBuildError extends LuzhiError {
  constructor(code: string, zh: string, en: string) {
    super(code, text(zh, en));
  }
}

/**
 * The definition a preset file stands for. A `.workflow.json` file is one already; this is the
 * one place where a `.overlay.json` file will be resolved against the workflow it extends.
 */
function resolvePresetWorkflow(entry: PresetWorkflowFile, root: string): WorkflowDefinition {
  const name = relative(root, entry.file);
  if (entry.file.endsWith('.overlay.json')) {
    // Overlays are resolved here (resolveOverlay) once the overlay format is part of the engine.
    throw new PresetBuildError('presets.overlayUnresolved', `${name}：叠加文件尚不能解析`, `${name}: overlay files cannot be resolved yet`);
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(entry.file, 'utf8'));
  } catch (error) {
    throw new PresetBuildError('presets.unreadable', `无法读取 ${name}：${(error as Error).message}`, `cannot read ${name}: ${(error as Error).message}`);
  }
  const result = validateDefinition(value);
  if (!result.definition) {
    const first = result.issues[0]!;
    throw new PresetBuildError('presets.invalid', `${name}#${first.pointer}：${first.message['zh-CN']}`, `${name}#${first.pointer}: ${first.message.en}`);
  }
  if (result.definition.id !== entry.workflow) {
    throw new PresetBuildError('presets.idMismatch', `${name} 的 id 应为文件名“${entry.workflow}”`, `the id of ${name} must be its file name "${entry.workflow}"`);
  }
  return result.definition;
}

/** The exported name of a preset: `base`, `haian`; `some-name` → `someName`. */
export function presetConstName(preset: string): string {
  if (!PRESET_NAME.test(preset)) {
    throw new PresetBuildError('presets.folderName', `预设文件夹名“${preset}”应为小写字母、数字和“-”`, `the preset folder "${preset}" must be named with lowercase letters, digits and "-"`);
  }
  const pascal = pascalCase(preset);
  const name = pascal[0]!.toLowerCase() + pascal.slice(1);
  return RESERVED.has(name) ? `${name}Preset` : name;
}

const titleIn = (title: unknown, lang: 'zh-CN' | 'en'): string => {
  if (typeof title === 'string') return title;
  const texts = (title ?? {}) as Record<string, unknown>;
  const other = lang === 'en' ? 'zh-CN' : 'en';
  const found = [texts[lang], texts[other]].find((value): value is string => typeof value === 'string');
  return found ?? '';
};

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The generated files for the presets under `root`, by path relative to it: nothing is written.
 * Driven by the folder listing alone; an empty listing gives an index that exports nothing.
 */
export async function buildPresets(root: string = PRESETS_ROOT): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const byPreset = new Map<string, PresetWorkflowFile[]>();
  for (const entry of listPresetWorkflowFiles(root)) byPreset.set(entry.preset, [...(byPreset.get(entry.preset) ?? []), entry]);
  const names = new TypeNames();
  const manifest: Array<{ name: string; workflows: ManifestWorkflow[] }> = [];
  const index: string[] = [];
  for (const [preset, entries] of byPreset) {
    const constName = presetConstName(preset);
    names.reserve(constName);
    const definitions = entries.map((entry) => resolvePresetWorkflow(entry, root));
    const generated = await generateWorkflowTypes(definitions, {
      banner: `/* Generated from the ${preset} preset by scripts/build-presets.ts. Do not edit by hand. */`,
      names,
      prefix: preset,
      definitionsConst: constName,
    });
    files.set(`${GENERATED_DIR}/${preset}.ts`, generated.source);
    index.push(`export * from './${preset}.js';`);
    manifest.push({
      name: preset,
      workflows: definitions.map((definition, position) => {
        const { $schema: _schema, ...resolved } = definition;
        files.set(`${GENERATED_DIR}/json/${preset}/${definition.id}.json`, json(resolved));
        return {
          id: definition.id,
          version: definition.version,
          kind: entries[position]!.file.endsWith('.overlay.json') ? 'overlay' : 'workflow',
          file: relative(root, entries[position]!.file).split('\\').join('/'),
          title: { 'zh-CN': titleIn(definition.title, 'zh-CN'), en: titleIn(definition.title, 'en') },
        };
      }),
    });
  }
  files.set(
    `${GENERATED_DIR}/index.ts`,
    `/* Generated by scripts/build-presets.ts from the preset folders. Do not edit by hand. */\n${docComment(['Every preset: its definitions, typed, and their types.'])}\n${index.length > 0 ? index.join('\n') : 'export {};'}\n`,
  );
  files.set(`${GENERATED_DIR}/manifest.json`, json({ presets: manifest }));
  return files;
}

/** Replaces the generated folder under `root` with what {@link buildPresets} gives. */
export async function writePresets(root: string = PRESETS_ROOT): Promise<string[]> {
  const files = await buildPresets(root);
  rmSync(join(root, GENERATED_DIR), { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return [...files.keys()];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await writePresets();
  console.log(`wrote ${written.length} files under ${GENERATED_DIR}`);
}
