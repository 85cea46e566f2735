import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

interface NodeCrypto {
  createHash(algorithm: 'sha256'): { update(input: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
  /** One-shot hashing (Node ≥ 20.12): no Hash object per call. */
  hash?: (algorithm: 'sha256', input: string, encoding: 'hex') => string;
  createHmac(algorithm: 'sha256', key: Uint8Array): { update(input: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } };
}

// Node's native SHA-256 is several times faster than portable JavaScript; browsers get the latter.
// getBuiltinModule is synchronous and needs no import statement, so bundles stay browser-safe.
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** SHA-256 of a UTF-8 string, as lowercase hex. Synchronous, in Node and in browsers. */
export const sha256Hex: (input: string) => string = nodeCrypto?.hash
  ? (input) => nodeCrypto.hash!('sha256', input, 'hex')
  : nodeCrypto
    ? (input) => nodeCrypto.createHash('sha256').update(input, 'utf8').digest('hex')
    : (input) => bytesToHex(sha256(utf8ToBytes(input)));

/** HMAC-SHA-256 of a UTF-8 string under `key`, as lowercase hex. Synchronous, in Node and in browsers. */
export const hmacSha256Hex: (key: Uint8Array, input: string) => string = nodeCrypto
  ? (key, input) => nodeCrypto.createHmac('sha256', key).update(input, 'utf8').digest('hex')
  : (key, input) => bytesToHex(hmac(sha256, key, utf8ToBytes(input)));
