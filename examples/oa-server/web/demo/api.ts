/**
 * The demo page's only way to the server: the server's REST API (examples/oa-server/README.md) over `fetch`, every request
 * carrying the demo hook's `X-Luzhi-Committee` and `X-Luzhi-Persona` headers in place of an OA login.
 */
import type { AuditEvent, Issue, InstanceView, Task } from '@luzhi/engine';
import type { PanelCommand } from '@luzhi/forms';
import type { DemoChoices } from './choices.js';

/** Who the page calls as: a committee preset and a demo persona. */
export interface Caller {
  committee: string;
  persona: string;
}

/** A workflow the committee serves, as `GET /api/definitions` lists it. */
export interface DefinitionSummary {
  id: string;
  version: number;
  title: string | Record<string, string>;
  versions: number[];
}

/**
 * An error answer of the server (`{ error: { code, messages, issues } }`), or a failed request.
 * It carries `code`, `messages` and `issues` the way the engine's errors do, so the task panel
 * shows it in the page's language and beside the fields it names.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: { 'zh-CN': string; en: string },
    readonly issues: readonly Issue[] = [],
  ) {
    super(messages.en);
  }
}

/** The API as one caller: each method is one request. */
export interface DemoApi {
  readonly caller: Caller;
  definitions(): Promise<DefinitionSummary[]>;
  definition(id: string, version: number): Promise<unknown>;
  tasks(): Promise<Task[]>;
  /**
   * The instances of the committee the caller may see, each with the caller's actions: one page of
   * the search ({@link VISIBLE_LIMIT} of the store at most); `complete` when no page follows.
   */
  visible(): Promise<{ items: InstanceView[]; complete: boolean }>;
  instance(id: string): Promise<InstanceView>;
  history(id: string): Promise<AuditEvent[]>;
  start(definition: string): Promise<InstanceView>;
  send(command: PanelCommand): Promise<InstanceView>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The server's error body as an {@link ApiError}; an answer of another shape still gives one. */
function errorOf(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const messages = error !== undefined && isRecord(error.messages) ? error.messages : undefined;
  const zh = messages !== undefined && typeof messages['zh-CN'] === 'string' ? messages['zh-CN'] : undefined;
  const en = messages !== undefined && typeof messages.en === 'string' ? messages.en : undefined;
  const code = error !== undefined && typeof error.code === 'string' ? error.code : `http.${status}`;
  const issues = error !== undefined && Array.isArray(error.issues) ? (error.issues as Issue[]) : [];
  return new ApiError(
    status,
    code,
    { 'zh-CN': zh ?? `服务器答复 HTTP ${status}`, en: en ?? `The server answered HTTP ${status}` },
    issues,
  );
}

/** How many instances the page asks the search for. */
export const VISIBLE_LIMIT = 200;

/** One request to the server; an error answer or a failed request throws an {@link ApiError}. */
async function request<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ApiError(0, 'http.unreachable', { 'zh-CN': `无法连接服务器：${detail}`, en: `The server cannot be reached: ${detail}` });
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw errorOf(response.status, parsed);
  return parsed as T;
}

/** The committees and personas the page may offer (`GET /api/demo`, asked without a caller). */
export const fetchChoices = (base = ''): Promise<DemoChoices> => request(`${base}/api/demo`, { method: 'GET' });

/** Creates the API client of `caller`; `base` is the server's origin (the page's own by default). */
export function createApi(caller: Caller, base = ''): DemoApi {
  const headers = { 'X-Luzhi-Committee': caller.committee, 'X-Luzhi-Persona': caller.persona };
  const call = <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> =>
    request<T>(`${base}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const path = (id: string) => `/api/instances/${encodeURIComponent(id)}`;
  return {
    caller,
    definitions: async () => (await call<{ items: DefinitionSummary[] }>('GET', '/api/definitions')).items,
    definition: (id, version) => call('GET', `/api/definitions/${encodeURIComponent(id)}?version=${version}`),
    tasks: () => call('GET', '/api/tasks?sort=due'),
    visible: async () => {
      const page = await call<{ items: InstanceView[]; next?: string }>('GET', `/api/instances?limit=${VISIBLE_LIMIT}`);
      return { items: page.items, complete: page.next === undefined };
    },
    instance: (id) => call('GET', path(id)),
    history: (id) => call('GET', `${path(id)}/history`),
    start: (definition) => call('POST', '/api/instances', { definition }),
    send: ({ instanceId, ...command }) => call('POST', `${path(instanceId)}/commands`, command),
  };
}
