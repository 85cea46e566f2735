/**
 * Shares equal values between rows: the role and action lists of a task come from its
 * definition, and unit names recur across instances, so rows need not each hold their own copy.
 * Bounded, so that unusual input cannot make it grow without end.
 */
export class Interner {
  private readonly lists = new Map<string, readonly string[]>();
  private readonly strings = new Map<string, string>();
  constructor(private readonly limit = 4096) {}

  /** A frozen list equal to `values`, shared with every earlier equal list while there is room. */
  list(values: readonly string[]): readonly string[] {
    // JSON, not a join: ['a,b'] and ['a', 'b'] must not share a key, whatever the names hold.
    const key = JSON.stringify(values);
    const known = this.lists.get(key);
    if (known !== undefined) return known;
    const frozen = Object.freeze([...values]);
    if (this.lists.size < this.limit) this.lists.set(key, frozen);
    return frozen;
  }

  /** A string equal to `value`, shared with every earlier equal one while there is room. */
  string(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    if (this.strings.size < this.limit) this.strings.set(value, value);
    return value;
  }
}
