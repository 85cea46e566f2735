/** The built-in prototypes a hostile key could pollute. */
const guarded = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;

interface Snapshot {
  names: string[][];
  values: unknown[][];
}

function take(): Snapshot {
  const names = guarded.map((proto) => Reflect.ownKeys(proto).map(String).sort());
  const values = guarded.map((proto, index) =>
    names[index]!.map((name) => {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      return descriptor && ('value' in descriptor ? descriptor.value : descriptor.get);
    }),
  );
  return { names, values };
}

/**
 * Takes a snapshot of the built-in prototypes now; `check()` returns what changed since (an added,
 * removed or replaced property), or an empty list.
 */
export function guardPrototypes(): { check(): string[] } {
  const before = take();
  return {
    check() {
      const after = take();
      const changes: string[] = [];
      guarded.forEach((_proto, index) => {
        const label = ['Object', 'Array', 'Function', 'String'][index]!;
        const was = before.names[index]!;
        const now = after.names[index]!;
        for (const name of now) if (!was.includes(name)) changes.push(`${label}.prototype.${name} added`);
        for (const name of was) if (!now.includes(name)) changes.push(`${label}.prototype.${name} removed`);
        now.forEach((name, at) => {
          const old = was.indexOf(name);
          if (old >= 0 && before.values[index]![old] !== after.values[index]![at]) changes.push(`${label}.prototype.${name} replaced`);
        });
      });
      if (Object.getPrototypeOf({}) !== Object.prototype) changes.push('the prototype of {} changed');
      return changes;
    },
  };
}
