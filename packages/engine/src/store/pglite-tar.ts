/** One entry of a tar archive: a folder, or a file with its bytes. */
export interface TarEntry {
  path: string;
  folder: boolean;
  data: Uint8Array;
}

const BLOCK = 512;
const decoder = new TextDecoder();

/** A NUL-terminated text field of a header. */
const field = (header: Uint8Array, start: number, length: number): string => decoder.decode(header.subarray(start, start + length)).replace(/\0.*$/s, '');

/**
 * The entries of an uncompressed ustar archive holding only folders and regular files under
 * relative paths (what PGlite's `dumpDataDir` writes); undefined for anything else — links, other
 * entry types, a path with `..` or a truncated archive — so the caller falls back to initdb.
 */
export function readTar(bytes: Uint8Array): TarEntry[] | undefined {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return entries;
    const prefix = field(header, 345, 155);
    const name = (prefix === '' ? '' : `${prefix}/`) + field(header, 0, 100);
    const size = Number.parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = field(header, 156, 1);
    const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
    if (!Number.isSafeInteger(size) || size < 0 || segments.length === 0 || segments.includes('..')) return undefined;
    if (type !== '' && type !== '0' && type !== '5') return undefined;
    const start = offset + BLOCK;
    if (start + size > bytes.length) return undefined;
    entries.push({ path: segments.join('/'), folder: type === '5', data: bytes.subarray(start, start + size) });
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return undefined;
}
