/**
 * A map key for a tuple of parts (tenant, instance id, …): the parts' JSON array, so that no two
 * tuples share a key whatever characters the parts contain — unlike parts joined with a separator.
 */
export const tupleKey = (...parts: ReadonlyArray<string | number>): string => JSON.stringify(parts);
