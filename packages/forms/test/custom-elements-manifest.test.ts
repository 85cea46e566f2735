import { describe, expect, it } from 'vitest';
import manifest from '../custom-elements.json' with { type: 'json' };
import { LuzhiDiagram, LuzhiForm, LuzhiInbox, LuzhiTaskPanel, LuzhiTimeline } from '../src/index.js';

interface Declaration {
  name: string;
  tagName?: string;
  members?: Array<{ name: string; kind: string }>;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
}

const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as Declaration[]);
const elements = { 'luzhi-form': LuzhiForm, 'luzhi-task-panel': LuzhiTaskPanel, 'luzhi-inbox': LuzhiInbox, 'luzhi-timeline': LuzhiTimeline, 'luzhi-diagram': LuzhiDiagram };
const stale = 'custom-elements.json is out of date: run `npm run manifest -w @luzhi/forms`';

describe('custom-elements.json', () => {
  it('describes every element under its tag, with its public reactive properties and their attributes', () => {
    for (const [tag, element] of Object.entries(elements)) {
      const declaration = declarations.find((candidate) => candidate.name === element.name);
      expect(declaration?.tagName, stale).toBe(tag);
      const properties = Object.entries(element.properties).filter(([, options]) => !options.state);
      const fields = new Set(declaration!.members!.filter((member) => member.kind === 'field').map((member) => member.name));
      expect(properties.map(([name]) => name).filter((name) => !fields.has(name)), stale).toEqual([]);
      const attributes = properties
        .filter(([, options]) => options.attribute !== false)
        .map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : name.toLowerCase()));
      expect(declaration!.attributes!.map((attribute) => attribute.name).sort(), stale).toEqual(attributes.sort());
      expect(declaration!.cssParts!.length, `${tag} has no parts in the manifest`).toBeGreaterThan(0);
    }
  });

  it('names the events the elements fire', () => {
    const events = (tag: string) => declarations.find((candidate) => candidate.tagName === tag)!.events!.map((event) => event.name);
    expect(events('luzhi-inbox')).toEqual(expect.arrayContaining(['luzhi-open', 'luzhi-error']));
    expect(events('luzhi-task-panel')).toEqual(expect.arrayContaining(['luzhi-sent', 'luzhi-error']));
    expect(events('luzhi-form')).toEqual(expect.arrayContaining(['luzhi-submit', 'luzhi-invalid', 'luzhi-error']));
  });
});
