/** An element of a parsed XML document. */
export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  let out = '';
  for (let at = 0; at < raw.length; at += 1) {
    const char = raw[at]!;
    if (char === '<') throw new Error(`unescaped < in ${where}`);
    if (char !== '&') {
      out += char;
      continue;
    }
    const entity = ENTITY.exec(raw.slice(at));
    if (!entity) throw new Error(`bad entity in ${where} at ${raw.slice(at, at + 10)}`);
    const body = entity[1]!;
    out += body.startsWith('#x') ? String.fromCodePoint(parseInt(body.slice(2), 16)) : body.startsWith('#') ? String.fromCodePoint(Number(body.slice(1))) : DECODE[body]!;
    at += entity[0].length - 1;
  }
  return out;
}

/**
 * A strict parser for the XML the CLI writes (elements, attributes, text, an XML declaration):
 * throws on anything not well-formed (unbalanced or crossed tags, unquoted or repeated
 * attributes, a raw `<` or a bad `&` in text, characters XML cannot carry, a second root).
 */
export function parseXml(source: string): XmlElement {
  let rest = source.replace(/^<\?xml[^?]*\?>\s*/, '');
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(rest)) throw new Error('character not allowed in XML');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (rest.length > 0) {
    if (rest.startsWith('</')) {
      const match = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(rest);
      const open = stack.pop();
      if (!match || !open || open.name !== match[1]) throw new Error(`unbalanced end tag near ${rest.slice(0, 30)}`);
      rest = rest.slice(match[0].length);
      continue;
    }
    if (rest.startsWith('<')) {
      const name = NAME.exec(rest.slice(1));
      if (!name) throw new Error(`bad tag near ${rest.slice(0, 30)}`);
      if (stack.length === 0 && root) throw new Error('content after the root element');
      const element: XmlElement = { name: name[0], attributes: new Map(), children: [], text: '' };
      rest = rest.slice(1 + name[0].length);
      for (;;) {
        const attribute = /^\s+([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(rest);
        if (!attribute) break;
        if (element.attributes.has(attribute[1]!)) throw new Error(`repeated attribute ${attribute[1]}`);
        element.attributes.set(attribute[1]!, decode(attribute[2]!, `attribute ${attribute[1]}`));
        rest = rest.slice(attribute[0].length);
      }
      const close = /^\s*(\/?)>/.exec(rest);
      if (!close) throw new Error(`bad attribute near ${rest.slice(0, 30)}`);
      rest = rest.slice(close[0].length);
      if (stack.length > 0) stack.at(-1)!.children.push(element);
      else root = element;
      if (close[1] !== '/') stack.push(element);
      continue;
    }
    const end = rest.indexOf('<');
    const raw = end === -1 ? rest : rest.slice(0, end);
    if (stack.length === 0) {
      if (raw.trim() !== '') throw new Error('text outside the root element');
    } else {
      stack.at(-1)!.text += decode(raw, `text of <${stack.at(-1)!.name}>`);
    }
    rest = end === -1 ? '' : rest.slice(end);
  }
  if (!root || stack.length > 0) throw new Error('unclosed element');
  return root;
}

/** Every element of a tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
