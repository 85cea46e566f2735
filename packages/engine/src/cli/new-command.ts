import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { text } from '../localized-text.js';
import type { CliContext } from './cli-context.js';
import { findPresetsRoot } from './presets-root.js';

/** A preset's name: the folder of the presets package (`base`, `haian`, …). */
export const PRESET_NAME = /^[a-z][a-z0-9-]*$/;

const WORKFLOW_FILE = /^([A-Za-z][A-Za-z0-9_.-]*)\.(workflow|overlay)\.json$/;

/** The workflows of a preset folder, by id, sorted; undefined when the folder cannot be listed. */
async function presetWorkflows(folder: string): Promise<string[] | undefined> {
  try {
    const ids = (await readdir(folder)).flatMap((name) => WORKFLOW_FILE.exec(name)?.[1] ?? []);
    return [...new Set(ids)].sort();
  } catch {
    return undefined;
  }
}

/** The presets of a presets folder: its folders that hold at least one workflow. */
async function listPresets(root: string): Promise<string[]> {
  const names = await readdir(root).catch(() => [] as string[]);
  const found: string[] = [];
  for (const name of names.sort()) {
    if (PRESET_NAME.test(name) && ((await presetWorkflows(join(root, name))) ?? []).length > 0) found.push(name);
  }
  return found;
}

/** The `$schema` of a new overlay: the engine's overlay schema as installed, relative to the folder. */
function schemaPath(folder: string): string | undefined {
  try {
    const require = createRequire(join(folder, 'index.js'));
    return relative(folder, require.resolve('@luzhi/engine/schema/overlay.schema.json')).split('\\').join('/');
  } catch {
    return undefined;
  }
}

function readme(name: string, preset: string, ids: readonly string[]): string {
  const list = ids.map((id) => `- \`${id}.overlay.json\` → \`@luzhi/presets/${preset}/${id}\``).join('\n');
  return `# ${name}

本文件夹是本会对预设“${preset}”的调整：每个流程一个覆盖文件（overlay），写明与预设不同的地方；没有改动的流程原样沿用预设。写法见 docs/dsl.md 的“覆盖文件”一节，改完后用 \`luzhi validate *.overlay.json\` 检查。

${list}

## 本会做法

（逐个流程写明本会实际怎样办：哪些步骤、谁来办、时限多长、怎样评价。）

## 来源

（每一条做法的出处：文件名称、文号、日期，或会议、访谈记录；能引原文的引原文。没有出处、属于推断的，请注明“推断”。）

## 与预设的差异

| 流程 | 差异 | 覆盖文件中的位置 | 来源 |
| --- | --- | --- | --- |
| | | | |

---

# ${name} (English)

This folder holds the committee's changes to the preset "${preset}": one overlay per workflow, stating what differs from the preset; an overlay with no changes keeps the preset as it is. The format is described in docs/dsl.md, section "Overlays"; check the result with \`luzhi validate *.overlay.json\`.

- **Our practice**: for each workflow, how the committee really does it — the steps, who acts, the deadlines, the evaluation.
- **Sources**: where each practice is written — document, number, date, or the meeting or interview; quote it where possible. Mark what is inferred.
- **Differences from the preset**: the table above — workflow, difference, where in the overlay, source.
`;
}

/**
 * `luzhi new --preset P NAME`: creates the folder NAME with one `<id>.overlay.json` per workflow
 * of preset P (extending `@luzhi/presets/P/<id>`, with empty `operations` and `patch`) and a
 * README.md template, Chinese first. The preset's workflows are found by listing its folder in
 * the presets package (or `presetsRoot`) at run time. Refuses a NAME that exists and is not an
 * empty folder; the folders above NAME are created when missing. The files are written into a temporary folder beside NAME and moved into place
 * at once, so a failure leaves nothing behind. Returns the exit status: 0 done, 1 refused.
 */
export async function newCommand(name: string, preset: string, context: CliContext, presetsRoot?: string): Promise<number> {
  const say = (zh: string, en: string): void => context.out(text(zh, en)[context.lang]);
  const fail = (zh: string, en: string): number => {
    context.err(`luzhi new: ${text(zh, en)[context.lang]}`);
    return 1;
  };
  const target = resolve(name);
  const found = findPresetsRoot(dirname(target), presetsRoot);
  if ('issue' in found) return fail(found.issue.message['zh-CN'], found.issue.message.en);
  const ids = PRESET_NAME.test(preset) ? await presetWorkflows(join(found.root, preset)) : undefined;
  if (ids === undefined || ids.length === 0) {
    const presets = await listPresets(found.root);
    return fail(
      `没有预设“${preset}”（在 ${found.root} 中）；可用的预设：${presets.join('、') || '（无）'}`,
      `There is no preset "${preset}" (in ${found.root}); the presets are ${presets.join(', ') || '(none)'}`,
    );
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined && (!existing.isDirectory() || (await readdir(target)).length > 0)) {
    return fail(`“${name}”已经存在且不是空文件夹；请换一个名称，或先移走它`, `"${name}" exists and is not an empty folder; choose another name, or move it away first`);
  }
  const schema = schemaPath(dirname(target));
  let staging: string;
  try {
    // The folders above NAME are made as `mkdir -p` would; one that cannot be (a file in the way, no permission) is refused.
    await mkdir(dirname(target), { recursive: true });
    staging = await mkdtemp(join(dirname(target), `.${basename(target)}-`));
  } catch (error) {
    return fail(`无法创建“${name}”：${(error as Error).message}`, `Cannot create "${name}": ${(error as Error).message}`);
  }
  try {
    for (const id of ids) {
      const overlay = {
        ...(schema === undefined ? {} : { $schema: relative(target, join(dirname(target), schema)).split('\\').join('/') }),
        extends: `@luzhi/presets/${preset}/${id}`,
        operations: [],
        patch: {},
      };
      await writeFile(join(staging, `${id}.overlay.json`), `${JSON.stringify(overlay, null, 2)}\n`, { flag: 'wx' });
    }
    await writeFile(join(staging, 'README.md'), readme(basename(target), preset, ids), { flag: 'wx' });
    // rmdir removes only an empty folder: anything written there meanwhile makes it fail.
    if (existing !== undefined) await rmdir(target);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return fail(`无法创建“${name}”：${(error as Error).message}`, `Cannot create "${name}": ${(error as Error).message}`);
  }
  for (const id of ids) context.out(join(name, `${id}.overlay.json`));
  context.out(join(name, 'README.md'));
  say(
    `已按预设“${preset}”创建 ${ids.length} 个覆盖文件；请填写 README.md，然后用 luzhi validate 检查`,
    `Created ${ids.length} overlay(s) from preset "${preset}"; fill in README.md, then check them with luzhi validate`,
  );
  return 0;
}
