import { describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { unitsSchema, unitsValue } from '../bench/bench-forms.js';
import { mount } from './support.js';

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
}

/** The accessibility tree Chromium exposes for the frame the tests run in. */
async function accessibilityTree(): Promise<AXNode[]> {
  const session = cdp();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string; url: string }; childFrames?: Array<{ frame: { id: string; url: string } }> } };
  const frames = [frameTree, ...(frameTree.childFrames ?? [])];
  const here = frames.find((node) => node.frame.url === location.href) ?? frameTree;
  const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId: here.frame.id })) as { nodes: AXNode[] };
  return nodes;
}

// Reading Chromium's whole accessibility tree of 200 rows through the protocol takes seconds on a
// loaded machine.
describe('a long repeatable group', () => {
  it('exposes every control of all 200 rows in the accessibility tree, the rows far below the fold included', async () => {
    await mount({ schema: unitsSchema, value: unitsValue });
    // Let the first frame and the validation after it pass: what a screen reader reads then.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    const exposed = (await accessibilityTree()).filter((node) => !node.ignored);
    const named = (role: string, name: string) => exposed.filter((node) => node.role?.value === role && node.name?.value.startsWith(name));
    expect(named('textbox', '单位名称')).toHaveLength(200);
    expect(named('combobox', '主办或会办')).toHaveLength(200);
    expect(named('textbox', '联系人')).toHaveLength(200);
    const rows = exposed.filter((node) => node.role?.value === 'group' && /^第 \d+ 项$/.test(node.name?.value ?? ''));
    expect(rows).toHaveLength(200);
    expect(rows.at(-1)!.name!.value).toBe('第 200 项');
    expect(exposed.filter((node) => node.role?.value === 'button' && /^删除第 \d+ 项$/.test(node.name?.value ?? ''))).toHaveLength(200);
  }, 60_000);
});
