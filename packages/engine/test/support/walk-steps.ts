import fc from 'fast-check';
import { bigSpec, hostileJson, idempotencyKey, sometimes } from './arbitraries.js';
import type { WalkFinding, WalkStep } from './random-walk.js';

/** The steps of a random walk: mostly payloads from the forms, sometimes none or hostile ones. */
export function walkSteps(maxLength: number): fc.Arbitrary<WalkStep[]> {
  return fc.array(
    fc.record(
      {
        pick: fc.nat({ max: 1_000 }),
        payload: fc.oneof(
          { weight: 6, arbitrary: fc.constant('valid' as const) },
          { weight: 1, arbitrary: fc.constant('none' as const) },
          { weight: 2, arbitrary: fc.constant('hostile' as const) },
          { weight: 1, arbitrary: fc.constant('big' as const) },
        ),
        hostile: hostileJson,
        big: bigSpec,
        seed: fc.nat(),
        advance: sometimes(fc.constantFrom('PT1H', 'P1D', 'P15D', 'P1M', 'P3M'), 5),
        idempotencyKey: sometimes(idempotencyKey, 6),
      },
      { requiredKeys: ['pick', 'payload', 'seed'] },
    ),
    { maxLength },
  );
}

/** A finding as the failure message of a property: what, where, and the error with its stack. */
export function describeFinding(finding: WalkFinding): string {
  const lines = [`${finding.kind} in ${finding.phase}${finding.step === undefined ? '' : ` at step ${finding.step}`}`];
  if (finding.command !== undefined) lines.push(`command: ${JSON.stringify(finding.command).slice(0, 600)}`);
  if (finding.detail !== undefined) lines.push(finding.detail);
  if (finding.error) lines.push(`${finding.error.name}${finding.error.code ? ` (${finding.error.code})` : ''}: ${finding.error.message}`, finding.error.stack ?? '');
  return lines.join('\n');
}
