/*
 * The ids of timer and outbox rows. Hosts see them (an effect's id is its handler's idempotency
 * key), so they stay readable; stores key the rows by (tenant, id), never by the id alone.
 */

/**
 * One part of a row id with `%` and `/` escaped, so that the parts joined with `/` can be told
 * apart again: instance `b/x` and instance `b` with state `x` never give the same id.
 */
export const idPart = (part: string): string => part.replaceAll('%', '%25').replaceAll('/', '%2F');

/**
 * The id of a deadline timer: `tenant/instance/state/kind/at`, where `state` is a state name or
 * `state#unit` for a branch's deadline. Unique per tenant and across tenants, stable for a
 * deadline (an extension changes `at`, and with it the id).
 */
export function timerId(instance: { tenant: string; id: string }, state: string, kind: string, at: string): string {
  return [instance.tenant, instance.id, state, kind, at].map(idPart).join('/');
}

/**
 * The id of an outbox effect, also its handler's idempotency key: `tenant/instance/seq/index` —
 * the `index`-th effect of the command recorded as audit event `seq`.
 */
export function effectId(instance: { tenant: string; id: string }, seq: number, index: number): string {
  return [instance.tenant, instance.id, String(seq), String(index)].map(idPart).join('/');
}
