import { z } from 'zod';
import { errorJsonSchema } from '@luzhi/engine';
import type { Route } from './routes/route.js';
import { COMMITTEE_HEADER, PERSONA_HEADER } from './auth.js';

/** The body of every error answer. */
export const errorBodySchema = z.object({ error: errorJsonSchema });

/** A JSON Schema object as the OpenAPI document holds it. */
export type JsonSchema = Record<string, unknown>;

/** An OpenAPI 3.1 document (the parts this server writes). */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
  security: Array<Record<string, string[]>>;
  tags: Array<{ name: string }>;
}

/** One operation of the document. */
export interface Operation {
  operationId: string;
  /** `[]` for an operation that needs no caller. */
  security?: Array<Record<string, string[]>>;
  summary: string;
  description: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

/** A path or query parameter. */
export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

/** What each error status means, for the document and the API page. */
export const ERROR_STATUSES: Readonly<Record<number, string>> = Object.freeze({
  400: 'Malformed request: issues with JSON pointers (请求有误，issues 列出每处错误及其 JSON 指针)',
  401: 'No caller: the authentication hook found nobody (未登录)',
  403: 'The caller may not do this (无权执行)',
  404: 'No such instance, definition or route — or one the caller may not see (不存在或无权查看)',
  409: 'Conflict: stale expectedVersion, idempotency key reused for another command, action not allowed now, version reused (冲突)',
  413: 'Body or command over a size limit (超过大小上限)',
  414: 'A path segment over 2,000 characters (路径参数过长)',
  415: 'Body is not JSON (请求体须为 JSON)',
  500: 'Internal error, logged (服务器内部错误)',
});

/** A zod schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1), without its `$schema`. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io }) as JsonSchema;
  return rest;
}

function parametersOf(schema: z.ZodObject, where: 'path' | 'query'): Parameter[] {
  const json = jsonSchemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as JsonSchema & { description?: string };
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

function operationOf(route: Route): Operation {
  const parameters = [...(route.params ? parametersOf(route.params, 'path') : []), ...(route.query ? parametersOf(route.query, 'query') : [])];
  const responses: Operation['responses'] = {};
  for (const [status, schema] of Object.entries(route.responses)) {
    responses[status] = { description: status === '201' ? 'Created' : 'OK', content: json(jsonSchemaOf(schema, 'output')) };
  }
  const always = route.params ? [401, 414, 500] : [401, 500];
  for (const status of [...new Set([...route.errors, ...always])].sort((a, b) => a - b)) {
    responses[String(status)] = { description: ERROR_STATUSES[status] ?? 'Error', content: json({ $ref: '#/components/schemas/Error' }) };
  }
  if (route.open !== undefined) {
    delete responses['401'];
  }
  return {
    operationId: route.operationId,
    ...(route.open !== undefined ? { security: [] } : {}),
    summary: `${route.summary['zh-CN']} · ${route.summary.en}`,
    description: route.admin === true ? 'Administrators only: the caller needs the workflow-admin role (仅限流程管理员).' : '',
    tags: [route.tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body ? { requestBody: { required: true, content: json(jsonSchemaOf(route.body, 'input')) } } : {}),
    responses,
  };
}

/** Where the document itself is served. */
export const OPENAPI_PATH = '/openapi.json';
/** Where the API page is served. */
export const API_DOCS_PATH = '/api-docs';

/** The operations that serve the documentation: open to anyone, no caller needed. */
function documentationOperations(): Record<string, Record<string, Operation>> {
  const open = (operationId: string, summary: string, type: string): Operation => ({
    operationId,
    summary,
    description: '',
    tags: ['documentation'],
    security: [],
    responses: { '200': { description: 'OK', content: { [type]: { schema: type === 'text/html' ? { type: 'string' } : { type: 'object' } } } } },
  });
  return {
    [OPENAPI_PATH]: { get: open('getOpenApi', '本文档（OpenAPI 3.1）· This document (OpenAPI 3.1)', 'application/json') },
    [API_DOCS_PATH]: { get: open('getApiDocs', '接口说明页 · The API page', 'text/html') },
  };
}

/** The OpenAPI 3.1 document of `routes`: the same table Fastify registers. */
export function openApiDocument(routes: readonly Route[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = documentationOperations();
  for (const route of routes) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase()] = operationOf(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Luzhi OA server · 履职 OA 服务',
      version: '0.0.0',
      description:
        'The workflow engine over REST. Every request names its caller through the authentication hook of the host; ' +
        'the demo hook reads the X-Luzhi-Committee and X-Luzhi-Persona headers. 流程引擎的 REST 接口：调用者由宿主的认证钩子确定。',
    },
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(errorBodySchema, 'output') },
      securitySchemes: {
        committee: { type: 'apiKey', in: 'header', name: COMMITTEE_HEADER, description: 'Demo hook: the committee (委员会), e.g. base, haian' },
        persona: { type: 'apiKey', in: 'header', name: PERSONA_HEADER, description: 'Demo hook: the persona (演示身份), e.g. member, proposal-office' },
      },
    },
    security: [{ committee: [], persona: [] }],
    tags: [...new Set([...routes.map((route) => route.tag), 'documentation'])].map((name) => ({ name })),
  };
}
