import type { FastifyRequest } from 'fastify';
import type { Actor } from '@luzhi/engine';
import { personaById } from './personas.js';
import { isCommittee } from './committees.js';

/** Who is calling: the actor every command is taken as, and the committee (tenant) it works in. */
export interface Caller {
  actor: Actor;
  committee: string;
}

/**
 * The host's authentication hook: reads the request (an OA session cookie, a signed token) and
 * says who is calling, or `undefined` when nobody is (the server answers 401). The actor never
 * comes from a request body.
 */
export type Authenticate = (request: FastifyRequest) => Caller | undefined | Promise<Caller | undefined>;

/** The header naming the demo persona. */
export const PERSONA_HEADER = 'x-luzhi-persona';
/** The header naming the committee the demo works in. */
export const COMMITTEE_HEADER = 'x-luzhi-committee';

const single = (value: string | string[] | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The demo's hook: trusts the `X-Luzhi-Committee` and `X-Luzhi-Persona` headers and maps the
 * persona to a fixed actor (see `personas.ts`). Anyone can claim any persona: it is for trying
 * the server out, never for a deployment.
 */
export const demoAuthenticate: Authenticate = (request) => {
  const committee = single(request.headers[COMMITTEE_HEADER]);
  const persona = personaById(single(request.headers[PERSONA_HEADER]) ?? '');
  if (committee === undefined || persona === undefined || !isCommittee(committee)) return undefined;
  return { actor: persona.actor, committee };
};
