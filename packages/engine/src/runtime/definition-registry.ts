import { compile } from '../compile/compile.js';
import { DefinitionError, NotFoundError, StoreDataError } from '../errors.js';
import { text } from '../localized-text.js';
import { parseDefinitionRow, parseDefinitionVersions } from '../store/rows.js';
import type { CompiledWorkflow } from '../compile/compiled-workflow.js';
import type { Store, StoredDefinition } from '../store/store.js';

/** The refusal of a second, different definition under an `id@version` already taken. */
export function versionReusedError(key: string): DefinitionError {
  return new DefinitionError([
    {
      pointer: '/version',
      code: 'definition.versionReused',
      message: text(
        `${key} 出现了两份内容不同的定义：修改流程后请提高 version`,
        `Two different definitions share ${key}: raise "version" when a definition changes`,
      ),
    },
  ]);
}

/**
 * Compiles the definitions given to an engine at creation, in order.
 * @throws DefinitionError naming the definition's place for an invalid one or a reused version.
 */
export function compileGiven(definitions: readonly unknown[]): Map<string, CompiledWorkflow> {
  const registry = new Map<string, CompiledWorkflow>();
  definitions.forEach((input, index) => {
    let compiled: CompiledWorkflow;
    try {
      compiled = compile(input);
    } catch (error) {
      if (!(error instanceof DefinitionError)) throw error;
      const id = (input as { id?: unknown } | null)?.id;
      throw new DefinitionError(
        error.issues,
        text(
          `第 ${index + 1} 个流程定义（${String(id ?? '无 id')}）无效：${error.messages['zh-CN']}`,
          `Definition #${index + 1} (${String(id ?? 'no id')}) is invalid: ${error.messages.en}`,
        ),
      );
    }
    const existing = registry.get(compiled.key);
    if (existing && existing.contentHash !== compiled.contentHash) throw versionReusedError(compiled.key);
    registry.set(compiled.key, compiled);
  });
  return registry;
}

/**
 * The definitions an engine runs: those given at creation (for every tenant), and those published
 * to the store (per tenant), compiled once and kept. A published definition is found by any engine
 * on the same store, so a committee publishes once for all its engine processes; a given one is
 * kept in the store before its first instance of a tenant is written, so that an engine given
 * only a newer version still serves that instance.
 */
export class DefinitionRegistry {
  /** The newest version given at creation, by definition id. */
  private readonly newestGiven = new Map<string, CompiledWorkflow>();
  /** Published definitions compiled so far, by `tenant \0 id@version`. */
  private readonly published = new Map<string, CompiledWorkflow>();
  /** Given definitions kept in the store (or being kept), by `tenant \0 id@version`: one write each per process. */
  private readonly kept = new Map<string, Promise<void>>();
  /** Frozen definition rows already checked, with what they resolved to. */
  private readonly frozenRows = new WeakMap<object, { tenant: string; compiled: CompiledWorkflow }>();

  constructor(
    /** The definitions given at creation, by `id@version`. */
    readonly given: ReadonlyMap<string, CompiledWorkflow>,
    private readonly store: Store,
    /** Throws when this engine lacks a handler for an effect the definition uses. */
    private readonly checkHandlers: (compiled: CompiledWorkflow) => void,
  ) {
    for (const compiled of given.values()) {
      const latest = this.newestGiven.get(compiled.definition.id);
      if (!latest || latest.definition.version < compiled.definition.version) this.newestGiven.set(compiled.definition.id, compiled);
    }
  }

  /** A definition already at hand (given, or published and read before), without a store read. */
  cached(tenant: string, id: string, version: number): CompiledWorkflow | undefined {
    const key = `${id}@${version}`;
    return this.given.get(key) ?? this.published.get(`${tenant}\u0000${key}`);
  }

  /** The definition `id@version` for `tenant`. @throws NotFoundError when neither given nor published. */
  async resolve(tenant: string, id: string, version: number): Promise<CompiledWorkflow> {
    const found = this.cached(tenant, id, version) ?? this.fromRow(tenant, await this.store.loadDefinition(tenant, id, version));
    if (!found) throw new NotFoundError('definition', `${id}@${version}`);
    return found;
  }

  /**
   * The definition `id@version` for `tenant`, for a command that writes an instance: as
   * {@link resolve}, and a definition given at creation is kept in the store too (see {@link keep}).
   */
  async forWrite(tenant: string, id: string, version: number): Promise<CompiledWorkflow> {
    const compiled = await this.resolve(tenant, id, version);
    await this.keep(tenant, compiled);
    return compiled;
  }

  /**
   * Keeps a definition given at creation in the store for `tenant`, as {@link publish} does, so
   * that every engine on the store serves its instances, including one given only newer versions.
   * Written once per tenant and definition in this process, before the first command that writes
   * an instance of it commits; a published definition needs nothing.
   * @throws DefinitionError (`definition.versionReused`) when the store holds other content under its `id@version`.
   */
  keep(tenant: string, compiled: CompiledWorkflow): Promise<void> {
    if (this.given.get(compiled.key) !== compiled) return Promise.resolve();
    const key = `${tenant}\u0000${compiled.key}`;
    let keeping = this.kept.get(key);
    if (keeping === undefined) {
      keeping = this.save(tenant, compiled).then(
        () => undefined,
        (error: unknown) => {
          // Tried again by the next command: a store that was unreachable may answer then.
          this.kept.delete(key);
          throw error;
        },
      );
      this.kept.set(key, keeping);
    }
    return keeping;
  }

  /** The newest version of `id` for `tenant`, given or published; undefined when there is none. */
  async newest(tenant: string, id: string): Promise<CompiledWorkflow | undefined> {
    const given = this.newestGiven.get(id);
    const published = this.fromRow(tenant, await this.store.loadDefinition(tenant, id));
    if (!published) return given;
    return given && given.definition.version >= published.definition.version ? given : published;
  }

  /**
   * Every `id@version` served for `tenant`: given at creation, or kept in the store by any engine
   * on it. Sorted by id, then version.
   * @throws StoreDataError when the store's list cannot be read.
   */
  async list(tenant: string): Promise<Array<{ id: string; version: number }>> {
    const versions = new Map<string, { id: string; version: number }>();
    for (const { definition } of this.given.values()) versions.set(`${definition.id}@${definition.version}`, { id: definition.id, version: definition.version });
    for (const { id, version } of parseDefinitionVersions(await this.store.listDefinitions(tenant), `definitions of tenant ${tenant}`)) {
      versions.set(`${id}@${version}`, { id, version });
    }
    return [...versions.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.version - b.version));
  }

  /** @throws DefinitionError (`effect.unregistered`) when this engine lacks a handler for an effect `compiled` uses. */
  assertServable(compiled: CompiledWorkflow): void {
    this.checkHandlers(compiled);
  }

  /** Publishes `input` for `tenant` (see {@link Engine.publish}). */
  async publish(tenant: string, input: unknown): Promise<{ id: string; version: number; published: boolean }> {
    const compiled = compile(input);
    this.checkHandlers(compiled);
    const { id, version } = compiled.definition;
    const given = this.given.get(compiled.key);
    if (given) {
      if (given.contentHash !== compiled.contentHash) throw versionReusedError(compiled.key);
      await this.keep(tenant, given);
      return { id, version, published: false };
    }
    const published = await this.save(tenant, compiled, input);
    this.published.set(`${tenant}\u0000${compiled.key}`, compiled);
    return { id, version, published };
  }

  /**
   * Writes a definition row for `tenant` unless one is there; returns whether this call wrote it.
   * @throws DefinitionError (`definition.versionReused`) when the stored row has other content.
   */
  private async save(tenant: string, compiled: CompiledWorkflow, input: unknown = compiled.definition): Promise<boolean> {
    const { id, version } = compiled.definition;
    // It compiled, so it is an object.
    const row = { tenant, id, version, contentHash: compiled.contentHash, definition: input as StoredDefinition['definition'], publishedAt: new Date().toISOString() };
    const stored = parseDefinitionRow(await this.store.saveDefinition(row), `definition ${tenant}/${compiled.key}`);
    if (stored.contentHash !== compiled.contentHash) throw versionReusedError(compiled.key);
    return stored.publishedAt === row.publishedAt;
  }

  /** Compiles a stored definition row once, checking it against the content hash it was stored with. */
  private fromRow(tenant: string, row: unknown): CompiledWorkflow | undefined {
    if (row === undefined || row === null) return undefined;
    // A store that hands out the same frozen row again (the memory store does) cannot have changed
    // it since it was checked: its definition is found without walking the row again.
    const seen = typeof row === 'object' ? this.frozenRows.get(row) : undefined;
    if (seen !== undefined && seen.tenant === tenant) return seen.compiled;
    const compiled = this.checkedRow(tenant, row);
    if (compiled !== undefined && typeof row === 'object' && Object.isFrozen(row)) this.frozenRows.set(row, { tenant, compiled });
    return compiled;
  }

  private checkedRow(tenant: string, row: unknown): CompiledWorkflow | undefined {
    const stored = parseDefinitionRow(row, `definition of tenant ${tenant}`);
    const key = `${tenant}\u0000${stored.id}@${stored.version}`;
    const known = this.published.get(key);
    if (known && known.contentHash === stored.contentHash) return known;
    const compiled = compile(stored.definition);
    if (compiled.contentHash !== stored.contentHash) {
      throw new StoreDataError(
        [{ pointer: '/contentHash', code: 'store.hashMismatch', message: text('定义内容与其存储的哈希不符（被改动过）', 'the definition no longer matches its stored content hash (it was edited)') }],
        `definition ${tenant}/${stored.id}@${stored.version}`,
      );
    }
    this.published.set(key, compiled);
    return compiled;
  }
}
