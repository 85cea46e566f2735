import { readFileSync } from 'node:fs';

// `npm run manifest -w @luzhi/forms` writes custom-elements.json from the class modules and their
// JSDoc. The plugins below teach the analyzer this package's conventions.

/** Tags registered through `defineElement('luzhi-x', LuzhiX)` in src/define/*.ts. */
function defineElementCalls() {
  const tags = new Map(); // class name → { tag, module }
  return {
    name: 'luzhi-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag)) return;
      tags.set(constructor.getText(), { tag: tag.text, module: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      // `customElements.define(tag, constructor)` inside defineElement itself names no element.
      for (const module of customElementsManifest.modules) {
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition' || /^[a-z]+-[a-z-]+$/.test(entry.name));
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const found = tags.get(declaration.name);
          if (!found) continue;
          declaration.tagName = found.tag;
          declaration.customElement = true;
          const definer = customElementsManifest.modules.find((candidate) => candidate.path === found.module);
          definer.exports = [
            ...(definer.exports ?? []),
            { kind: 'custom-element-definition', name: found.tag, declaration: { name: declaration.name, module: module.path } },
          ];
        }
      }
    },
  };
}

/** Reactive properties declared `{ state: true }` and non-public members are not the element's API. */
function publicApiOnly() {
  const internal = new Map(); // class name → names of state properties
  return {
    name: 'luzhi-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        const value = member.initializer;
        if (!value || !ts.isObjectLiteralExpression(value)) continue;
        for (const property of value.properties) {
          if (ts.isPropertyAssignment(property) && /\bstate:\s*true\b/.test(property.initializer.getText())) names.add(property.name.getText());
        }
      }
      internal.set(node.name.text, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const hidden = internal.get(declaration.name) ?? new Set();
          const isPublic = (member) => !hidden.has(member.name) && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public';
          declaration.members = (declaration.members ?? []).filter(isPublic);
          declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !hidden.has(attribute.fieldName ?? attribute.name));
          // An event whose name is computed (`new Event(commit ? 'change' : 'input')`) is documented in prose.
          declaration.events = (declaration.events ?? []).filter((event) => event.name);
        }
      }
    },
  };
}

/**
 * Each element's `::part` names from the "- Parts:" line of its class documentation, and the
 * custom properties of the shared base styles (listed in src/theme/base-styles.ts) on every element.
 */
function partsAndThemes() {
  const baseStyles = readFileSync(new URL('./src/theme/base-styles.ts', import.meta.url), 'utf8');
  const shared = [...new Set(baseStyles.match(/--luzhi-[\w-]+/g) ?? [])];
  return {
    name: 'luzhi-parts-and-themes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const parts = /(?:^|\n)- Parts: ([\s\S]*?)(?=\n\n|\n- |$)/.exec(declaration.description ?? '')?.[1] ?? '';
          const named = new Set((declaration.cssParts ?? []).map((part) => part.name));
          const found = [...new Set([...parts.matchAll(/`([\w-]+)`/g)].map((match) => match[1]))].filter((name) => !named.has(name));
          declaration.cssParts = [...(declaration.cssParts ?? []), ...found.map((name) => ({ name }))];
          const themed = new Set((declaration.cssProperties ?? []).map((property) => property.name));
          declaration.cssProperties = [
            ...(declaration.cssProperties ?? []),
            ...shared.filter((name) => !themed.has(name)).map((name) => ({ name, description: 'Shared theme (see the base styles).' })),
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/**/luzhi-*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCalls(), publicApiOnly(), partsAndThemes()],
};
