import { joinPointer } from '../../json-pointer.js';
import { copyWithOrigin, defineOwn, isJsonObject, type Origin, type Provenance } from './provenance.js';

/**
 * Applies a JSON Merge Patch (RFC 7396) to `target` and returns the result: an object in the patch
 * merges into the object it meets, `null` deletes the key, anything else (arrays included)
 * replaces. `target` is changed in place where it is an object, so that the objects kept keep
 * their origin; every value taken from the patch records `origin` (the patch's place) in
 * `provenance`. Keys are own properties only: `__proto__` or `constructor` in a patch is a key like
 * any other. The patch must be of bounded depth (the overlay's size limits are checked before).
 */
export function applyMergePatch(target: unknown, patch: unknown, origin: Origin, provenance: Provenance): unknown {
  if (!isJsonObject(patch)) return copyWithOrigin(patch, origin, provenance);
  let result: Record<string, unknown>;
  if (isJsonObject(target)) result = target;
  else {
    result = {};
    provenance.adopt(result, origin);
  }
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    const at = { file: origin.file, pointer: joinPointer(origin.pointer, key) };
    if (value === null) {
      delete result[key];
      continue;
    }
    const existing = Object.hasOwn(result, key) ? result[key] : undefined;
    defineOwn(result, key, applyMergePatch(existing, value, at, provenance));
    if (!isJsonObject(value) || !isJsonObject(existing)) provenance.member(result, key, at);
  }
  return result;
}
