/** Words TypeScript reserves as type names, or that would shadow a global type the output uses. */
const RESERVED = new Set([
  'Any', 'Array', 'Boolean', 'Function', 'Number', 'Object', 'Promise', 'Record', 'String', 'Symbol', 'Unknown', 'Never',
]);

/**
 * Hands out TypeScript identifiers for generated declarations: each is built from definition
 * names (ASCII letters, digits, `_` and `-`, as the workflow schema allows), written in
 * PascalCase, and unique in its module — a name already given gets a number (`Proposal2`).
 */
export class TypeNames {
  readonly #used = new Set<string>();

  /** Reserves a name the module declares or imports itself. */
  reserve(name: string): void {
    this.#used.add(name);
  }

  /** A fresh identifier made of `parts` (each a definition name or a fixed word). */
  take(...parts: string[]): string {
    // A letter after a digit is upper case: json-schema-to-typescript writes names that way, so
    // the name it declares is the name given here.
    let base = parts.map(pascalCase).join('').replace(/(?<=\d)[a-z]/g, (letter) => letter.toUpperCase());
    if (!/^[A-Za-z_$]/.test(base)) base = `T${base}`;
    if (RESERVED.has(base)) base = `${base}Type`;
    let name = base;
    for (let count = 2; this.#used.has(name); count++) name = `${base}${count}`;
    this.#used.add(name);
    return name;
  }
}

/** `democratic-review` → `DemocraticReview`; anything but ASCII letters and digits separates words. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
