import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorkflow } from '../src/cli/load-workflow.js';
import { overlayIssueCodes } from '../src/definition/overlay/index.js';

const folder = relative(process.cwd(), fileURLToPath(new URL('./fixtures/overlays/', import.meta.url)));
const invalid = join(folder, 'invalid');
/** `invalid/expected.json`: fixture → its first issue (code, pointer in the overlay, and the base's file and pointer). */
const expected = JSON.parse(readFileSync(join(invalid, 'expected.json'), 'utf8')) as Record<
  string,
  { code: string; pointer: string; base?: { file: string; pointer: string } }
>;
const files = readdirSync(invalid).filter((name) => name.endsWith('.overlay.json'));

/** Codes shown by tests of their own: they need a folder without the presets package, or a long chain. */
const TESTED_ELSEWHERE = ['overlay.presetsMissing', 'overlay.chainTooLong'];

describe('overlay issues: each names the overlay file and pointer, and the base when it starts there', () => {
  it('every fixture has an expectation, and every overlay code a fixture', () => {
    expect(Object.keys(expected).sort()).toEqual([...files].sort());
    const covered = new Set([...Object.values(expected).map((entry) => entry.code), ...TESTED_ELSEWHERE]);
    expect(overlayIssueCodes.filter((code) => !covered.has(code))).toEqual([]);
  });

  it.each(files)('%s', async (name) => {
    const file = join(invalid, name);
    const loaded = await loadWorkflow(file);
    const first = loaded.issues[0];
    const expectation = expected[name]!;
    expect(loaded.definition).toBeUndefined();
    expect(first, JSON.stringify(loaded.issues)).toBeDefined();
    expect({ code: first!.code, file: first!.file, pointer: first!.pointer }).toEqual({ code: expectation.code, file, pointer: expectation.pointer });
    if (expectation.base === undefined) expect(first!.base).toBeUndefined();
    else expect(first!.base).toEqual({ file: join(folder, expectation.base.file), pointer: expectation.base.pointer });
    expect(first!.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(first!.message.en).toMatch(/[a-z]/);
  });
});
