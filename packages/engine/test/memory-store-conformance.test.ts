import { createMemoryStore, type InstanceRef, type Store } from '../src/index.js';
import { describeStoreConformance, type OpenedStore } from './support/store-conformance.js';

/**
 * A memory store whose instance rows can be corrupted as they are read back: a dump is checked
 * when it is loaded, so a hand-edited row cannot get in that way; reading it through this wrapper
 * is what a corrupt row in memory would look like to the engine.
 */
async function openMemoryStore(): Promise<OpenedStore> {
  const inner = createMemoryStore();
  const edits = new Map<string, Record<string, unknown>>();
  const keyOf = (ref: InstanceRef): string => JSON.stringify([ref.tenant, ref.id]);
  const store: Store = {
    ...inner,
    read: async (ref, key) => {
      const read = await inner.read(ref, key);
      const edit = edits.get(keyOf(ref));
      return edit === undefined || read.instance === undefined ? read : { ...read, instance: { ...(read.instance as object), ...edit } };
    },
  };
  const corrupt = async (ref: InstanceRef, field: string, value: unknown): Promise<void> => {
    if ((await inner.read(ref)).instance === undefined) throw new Error(`no instance ${ref.tenant}/${ref.id} to corrupt`);
    edits.set(keyOf(ref), { ...edits.get(keyOf(ref)), [field]: value });
  };
  return { store, close: () => store.close(), corrupt };
}

describeStoreConformance('memory store', openMemoryStore);
