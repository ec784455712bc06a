import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { TApiScope } from '@portal/domain';
import { z } from 'zod';

/*
 * The contract: `/api/openapi.json` (OpenAPI 3.1), with a UI at `/api/docs`, built from the zod
 * schemas of every route and kept lint-free (`redocly lint`, recommended rules:
 * apps/api/test/openapi-lint.integration.test.ts) and in step with the generated client
 * (packages/api-client).
 *
 * What a route declares in its `schema`:
 * - `operationId` (a camelCase verb: `listDossiers`, `submitDossier`), `tags`, `summary`;
 * - `security`: one of `SECURITY.*` or `clientScope('dossiers:read')` (an OAuth 2.0 client
 *   credentials token with that scope). Without it, a route whose preHandler is
 *   `app.requireUser` / `app.requireCitizen` gets `SECURITY.session`, and a preHandler carrying
 *   `openapiSecurity` (see `withSecurity`) gets that; the CSRF header is added to cookie
 *   requirements of unsafe methods here, not by the route;
 * - `response`: every status it answers. Error statuses (≥ 400) become one
 *   `application/problem+json` answer referencing the `Problem` component, whatever the zod
 *   schema given (use `ZProblem`). Binary answers use `binaryResponse([...mediaTypes])`;
 * - uploads: `consumes: ['multipart/form-data']` and `upload: { ...fields }` (see `TUpload`).
 * Named request/response schemas: packages/domain/src/openapi-names.md.
 * Added here for every operation: `Idempotency-Key` on POSTs, 429 with `Retry-After` and
 * `RateLimit-Policy`/`RateLimit` on rate-limited routes (route `config.rateLimit`, and every
 * OAuth 2.0 client request), `ETag`/`If-None-Match`/304 on GETs whose config says `etag: true` (or that document a 304).
 */

type TSecurityRequirement = Readonly<Record<string, readonly string[]>>;
type TSecurity = readonly TSecurityRequirement[];

/** Security requirements of the portal's callers (the `security` of a route's schema). */
export const SECURITY = {
  /** No credentials needed (a session cookie, when present, may still be used) */
  public: [{}],
  /** The session cookie (`access_token`); unsafe methods also need `X-CSRF-Token` */
  session: [{ session: [] }],
  /** The session cookie of the owner citizen, or the guest token of a guest's dossier */
  sessionOrGuest: [{ session: [] }, { guestToken: [] }],
  /** The refresh-token cookie (with `X-CSRF-Token`) */
  refresh: [{ refreshToken: [] }],
  /** No session, but the CSRF token pair (login, against login CSRF) */
  csrf: [{ csrfToken: [] }],
  /** The OAuth 2.0 token endpoint: HTTP Basic client authentication, or client_id/client_secret in the body */
  clientAuthentication: [{ clientSecretBasic: [] }, {}],
} as const satisfies Record<string, TSecurity>;

/** An OAuth 2.0 client credentials Bearer token holding `scope` */
export const clientScope = (scope: TApiScope): TSecurity => [{ oauth2: [scope] }];

/** Marks a preHandler with the security requirement it enforces (routes using it need no `security`). */
export const withSecurity = <T extends object>(handler: T, security: TSecurity): T =>
  Object.assign(handler, { openapiSecurity: security });

/** The kinds of file a dossier, a result or a template may hold (content-checked on upload) */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** A binary answer (file download) in one of these media types; `etag`: the answer carries an ETag. */
export const binaryResponse = (mediaTypes: readonly string[], description = 'The file content', options: { etag?: boolean } = {}) =>
  z.any().meta({ description, 'x-binary': { mediaTypes: [...mediaTypes], etag: options.etag ?? false } });

/** A multipart/form-data body: its fields in order; `binary: true` for the file field(s). */
export type TUpload = Record<string, { description: string; binary?: boolean; format?: string; optional?: boolean }>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answers carry an ETag (@fastify/etag or the route's own) and `If-None-Match` gets 304: documented so */
    etag?: boolean;
  }
  interface FastifySchema {
    /** multipart/form-data fields of an upload (documentation only: the handler reads the parts) */
    upload?: TUpload;
  }
}

const SCHEMAS = '#/components/schemas/';
const PROBLEM_REF = { $ref: `${SCHEMAS}Problem` };
const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const STATUS_TEXT: Record<string, string> = {
  '304': 'Not modified (the `If-None-Match` ETag is current)',
  '400': 'Bad request (validation failed: `errors` names the fields)',
  '401': 'Not signed in, or the token is missing, invalid or expired',
  '403': 'Not allowed',
  '404': 'Not found',
  '409': 'Conflict with the current state',
  '413': 'Payload too large',
  '415': 'Unsupported media type',
  '422': 'Unprocessable content',
  '429': 'Too many requests (see `Retry-After`)',
  '500': 'Internal error',
  '502': 'Bad gateway',
  '503': 'Service unavailable',
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const handlersOf = (route: RouteOptions): unknown[] => [route.preHandler ?? []].flat();

/** The route's security: declared, or derived from its preHandler. */
function securityOf(app: FastifyInstance, route: RouteOptions, declared: unknown): TSecurity | undefined {
  if (Array.isArray(declared)) return declared as TSecurity;
  for (const handler of handlersOf(route)) {
    const marked = (handler as { openapiSecurity?: TSecurity } | null)?.openapiSecurity;
    if (marked) return marked;
    if (handler === app.requireUser || handler === app.requireCitizen) return SECURITY.session;
  }
  return undefined;
}

function uploadSchema(upload: TUpload): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const [name, field] of Object.entries(upload)) {
    properties[name] = field.binary
      ? { type: 'string', format: 'binary', description: field.description }
      : { type: 'string', ...(field.format ? { format: field.format } : {}), description: field.description };
    if (!field.optional) required.push(name);
  }
  return { type: 'object', required, properties };
}

/** Deep copy with every `$ref` renamed through `rename` */
function renameRefs<T>(value: T, rename: (ref: string) => string): T {
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, rename)) as T;
  if (!isObject(value)) return value;
  const result: Json = {};
  for (const [key, item] of Object.entries(value)) result[key] = key === '$ref' && typeof item === 'string' ? rename(item) : renameRefs(item, rename);
  return result as T;
}

function collectRefs(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  else if (isObject(value))
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') into.add(item);
      else collectRefs(item, into);
    }
}

const stripSchemaKeyword = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripSchemaKeyword);
  if (!isObject(value)) return value;
  const result: Json = {};
  for (const [key, item] of Object.entries(value)) if (key !== '$schema' && key !== '$id') result[key] = stripSchemaKeyword(item);
  return result;
};

/**
 * One component per named zod schema: zod gives each an input (`<Name>~input`) and an output
 * (`<Name>`) variant; where both are the same JSON Schema, only `<Name>` remains. The components
 * nothing references are dropped (the registry is global: every named schema loaded is in it).
 * A remaining input variant is `<Name>` when the output is unused (a request body), else
 * `<Name>Input` (`<Name>Request` when that name is taken).
 */
function mergeComponents(document: Json): Json {
  const schemas = { ...((document.components as Json | undefined)?.schemas as Json | undefined) };
  const inputs = Object.keys(schemas).filter((name) => name.endsWith(INPUT));
  const baseOf = (name: string) => name.slice(0, -INPUT.length);
  let same = new Set(inputs.map(baseOf).filter((base) => schemas[base] !== undefined));
  const renameSame = (ref: string) => (ref.endsWith(INPUT) && same.has(baseOf(ref.slice(SCHEMAS.length))) ? ref.slice(0, -INPUT.length) : ref);
  // A pair is the same when its input, with the refs of same pairs renamed, equals its output.
  for (;;) {
    const next = new Set([...same].filter((base) => JSON.stringify(renameRefs(schemas[`${base}${INPUT}`], renameSame)) === JSON.stringify(schemas[base])));
    if (next.size === same.size) break;
    same = next;
  }
  const merged: Json = {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (name.endsWith(INPUT) && same.has(baseOf(name))) continue;
    merged[name] = renameRefs(schema, renameSame);
  }
  const { components, ...rest } = renameRefs({ ...document, components: { ...(document.components as Json), schemas: {} } }, renameSame);
  // Keep what the paths (and the other components) reach
  const reached = new Set<string>();
  const pending: string[] = [];
  const refs = new Set<string>();
  collectRefs(rest, refs);
  collectRefs(components, refs);
  pending.push(...refs);
  while (pending.length > 0) {
    const ref = pending.pop()!;
    if (reached.has(ref)) continue;
    reached.add(ref);
    const found = new Set<string>();
    if (ref.startsWith(SCHEMAS)) collectRefs(merged[ref.slice(SCHEMAS.length)], found);
    pending.push(...found);
  }
  const kept = Object.keys(merged).filter((name) => reached.has(`${SCHEMAS}${name}`));
  const names = new Map<string, string>();
  for (const name of kept.filter((candidate) => candidate.endsWith(INPUT))) {
    const base = baseOf(name);
    const free = (candidate: string) => !kept.includes(candidate) && schemas[candidate] === undefined;
    names.set(name, !kept.includes(base) ? base : ([`${base}Input`, `${base}Request`].find(free) ?? `${base}InputVariant`));
  }
  const rename = (ref: string) => (ref.startsWith(SCHEMAS) && names.has(ref.slice(SCHEMAS.length)) ? `${SCHEMAS}${names.get(ref.slice(SCHEMAS.length))}` : ref);
  const final = Object.fromEntries(kept.map((name) => [names.get(name) ?? name, renameRefs(merged[name], rename)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  // Security schemes no operation uses are left out (e.g. OAuth 2.0 before the first machine route)
  const used = new Set<string>();
  for (const pathItem of Object.values((rest as Json).paths as Record<string, Json>))
    for (const operation of Object.values(pathItem)) for (const requirement of ((operation as Json).security as Json[] | undefined) ?? []) for (const name of Object.keys(requirement)) used.add(name);
  const securitySchemes = Object.fromEntries(Object.entries(((components as Json).securitySchemes as Json | undefined) ?? {}).filter(([name]) => used.has(name)));
  return {
    ...renameRefs(rest, rename),
    components: { ...renameRefs(components as Json, rename), securitySchemes, schemas: stripSchemaKeyword(final) },
  };
}

/** Problem answers, binary answers, uploads, headers and CSRF on every operation. */
function finishOperations(document: Json): Json {
  const paths = document.paths as Record<string, Json>;
  for (const pathItem of Object.values(paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const flags = (operation['x-portal'] ?? {}) as { rateLimited?: boolean; conditional?: boolean; optionalBody?: boolean };
      delete operation['x-portal'];
      const parameters = (operation.parameters as Json[] | undefined) ?? [];
      if (method === 'post') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
      if (flags.conditional) parameters.push({ $ref: '#/components/parameters/IfNoneMatch' });
      if (parameters.length > 0) operation.parameters = parameters;

      // The CSRF header goes with the cookies on unsafe methods.
      if (UNSAFE.has(method) && Array.isArray(operation.security)) {
        operation.security = (operation.security as Json[]).map((requirement) =>
          'session' in requirement || 'refreshToken' in requirement ? { ...requirement, csrfToken: [] } : requirement,
        );
      }

      const upload = operation['x-upload'] as TUpload | undefined;
      delete operation['x-upload'];
      if (upload) operation.requestBody = { required: true, content: { 'multipart/form-data': { schema: uploadSchema(upload) } } };
      if (flags.optionalBody && operation.requestBody) (operation.requestBody as Json).required = false;

      const responses = (operation.responses ?? {}) as Record<string, Json>;
      if (responses['304'] && !flags.conditional) {
        flags.conditional = true;
        parameters.push({ $ref: '#/components/parameters/IfNoneMatch' });
        operation.parameters = parameters;
      }
      if (flags.rateLimited && !responses['429']) responses['429'] = {};
      // Any request can be malformed (percent-encoding of the address, invalid text in a header): problem-details.ts, text-guard.ts
      if (!Object.keys(responses).some((status) => status.startsWith('4'))) responses['400'] = { description: 'Malformed request (address or headers)' };
      if (flags.conditional && !responses['304']) responses['304'] = { description: STATUS_TEXT['304'] };
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 || status.endsWith('XX') || status === 'default') {
          const description = typeof response.description === 'string' && response.description !== 'Default Response' ? response.description : STATUS_TEXT[status] ?? 'Error';
          responses[status] = {
            description,
            ...(status === '429'
              ? {
                  headers: {
                    'Retry-After': { $ref: '#/components/headers/Retry-After' },
                    'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' },
                    RateLimit: { $ref: '#/components/headers/RateLimit' },
                  },
                }
              : {}),
            content: { 'application/problem+json': { schema: PROBLEM_REF } },
          };
          continue;
        }
        const content = response.content as Record<string, { schema?: Json }> | undefined;
        // (under application/json, or whatever the route `produces`)
        const schema = Object.values(content ?? {}).find((media) => media.schema?.['x-binary'])?.schema;
        const binary = schema?.['x-binary'] as { mediaTypes: string[]; etag: boolean } | undefined;
        if (binary) {
          response.description = typeof schema!.description === 'string' ? schema!.description : 'The file content';
          response.content = Object.fromEntries(binary.mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
          if (binary.etag) response.headers = { ...(response.headers as Json), ETag: { $ref: '#/components/headers/ETag' } };
        }
        if (flags.conditional && status === '200') response.headers = { ...(response.headers as Json), ETag: { $ref: '#/components/headers/ETag' } };
        if ((status === '204' || status === '304') && content) delete response.content;
        if (response.description === 'Default Response') response.description = status.startsWith('2') ? 'Success' : 'Answer';
      }
      operation.responses = responses;
    }
  }
  return document;
}

/*
 * zod → JSON Schema, as fastify-type-provider-zod does it, but with an unambiguous name for the
 * input variant of a named schema (`<id>~input`, renamed by `mergeComponents`): a schema may
 * itself be named `...Input`.
 */
const INPUT = '~input';
type TIo = 'input' | 'output';
const refTo = (id: string, io: TIo) => `${SCHEMAS}${id}${io === 'input' ? INPUT : ''}`;

const override = (io: TIo) => (ctx: { zodSchema: unknown; jsonSchema: Json }) => {
  const def = (ctx.zodSchema as { _zod?: { def?: { type?: string } } })._zod?.def;
  if (def?.type === 'union' && Array.isArray(ctx.jsonSchema.anyOf)) ctx.jsonSchema.anyOf = ctx.jsonSchema.anyOf.filter((item) => Object.keys(item as Json).length > 0);
  // `z.unknown().nullable()`: any value already includes null
  if (Array.isArray(ctx.jsonSchema.anyOf) && ctx.jsonSchema.anyOf.some((item) => Object.keys(item as Json).length === 0)) delete ctx.jsonSchema.anyOf;
  if (def?.type === 'date' && io === 'output') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date-time' });
  if (def?.type === 'undefined' && io === 'output') ctx.jsonSchema.type = 'null';
};

const jsonOptions = (io: TIo) =>
  ({ target: 'draft-2020-12', io, unrepresentable: 'any', cycles: 'ref', reused: 'inline', override: override(io) }) as const;

function zodToJson(schema: z.ZodType, io: TIo, options: { inlineNamed?: boolean } = {}): Json {
  const id = z.globalRegistry.get(schema)?.id;
  if (id && !options.inlineNamed) return { $ref: refTo(id, io) };
  // A parameter list is never a component: a named schema is converted through an unnamed copy.
  const target = id ? (schema.clone(schema._zod.def) as z.ZodType) : schema;
  const temp = z.registry<{ id: string }>();
  temp.add(target, { id: 'GEN' });
  const { schemas } = z.toJSONSchema(temp, { ...jsonOptions(io), metadata: z.globalRegistry, uri: () => '__PLACEHOLDER__' } as never);
  const { id: _id, $schema: _schema, ...result } = (schemas as Record<string, Json>).GEN!;
  const text = JSON.stringify(result).replaceAll(/"__PLACEHOLDER__(?:#\/(?:\$defs|definitions|components\/schemas)\/)?([^"]+)"/g, (_match, name: string) =>
    JSON.stringify(refTo(name, io)),
  );
  return JSON.parse(text) as Json;
}

function registryToJson(): Json {
  const result: Json = {};
  for (const io of ['input', 'output'] as const) {
    const { schemas } = z.toJSONSchema(z.globalRegistry, { ...jsonOptions(io), uri: (id: string) => refTo(id, io) } as never);
    for (const [id, schema] of Object.entries(schemas as Record<string, Json>)) {
      const { id: _id, $schema: _schema, ...rest } = schema;
      result[io === 'input' ? `${id}${INPUT}` : id] = rest;
    }
  }
  return result;
}

const zodOf = (value: unknown): z.ZodType | undefined => {
  if (value instanceof z.ZodType) return value;
  const properties = (value as { properties?: unknown } | null)?.properties;
  return properties instanceof z.ZodType ? properties : undefined;
};

/** A route's schema as @fastify/swagger reads it: JSON Schemas instead of zod ones. */
function routeSchemaToJson(schema: Record<string, unknown>): Record<string, unknown> {
  const { response, headers, querystring, body, params, ...rest } = schema;
  const transformed: Record<string, unknown> = { ...rest };
  for (const [part, value] of Object.entries({ headers, querystring, params })) {
    const zodSchema = zodOf(value);
    if (zodSchema) transformed[part] = zodToJson(zodSchema, 'input', { inlineNamed: true });
  }
  const bodySchema = zodOf(body);
  if (bodySchema) transformed.body = zodToJson(bodySchema, 'input');
  if (response) {
    const responses: Json = {};
    for (const [status, value] of Object.entries(response as Json)) {
      const zodSchema = zodOf(value);
      if (zodSchema) responses[status] = zodToJson(zodSchema, 'output');
    }
    transformed.response = responses;
  }
  return transformed;
}

const COMPONENTS = {
  securitySchemes: {
    session: {
      type: 'apiKey',
      in: 'cookie',
      name: 'access_token',
      description:
        'The session of a signed-in citizen or staff member (httpOnly cookie set by POST /api/v1/auth/login, renewed by POST /api/v1/auth/refresh). ' +
        'Unsafe methods also need `X-CSRF-Token` (csrfToken).',
    },
    csrfToken: {
      type: 'apiKey',
      in: 'header',
      name: 'X-CSRF-Token',
      description:
        'Signed double-submit token: the value of the readable `csrf_token` cookie (GET /api/v1/auth/csrf), copied into this header on ' +
        'every unsafe request that carries a session cookie, and on login. Bearer (OAuth 2.0) requests need none.',
    },
    refreshToken: { type: 'apiKey', in: 'cookie', name: 'refresh_token', description: 'The refresh-token cookie of a session (rotated on every use).' },
    guestToken: {
      type: 'apiKey',
      in: 'header',
      name: 'X-Guest-Token',
      description: 'The secret `guestToken` of a dossier created by POST /api/v1/guest-dossiers (also accepted as `Authorization: Guest <token>`).',
    },
    oauth2: {
      type: 'oauth2',
      description: 'Machine clients (integrators): OAuth 2.0 client credentials (RFC 6749 §4.4); send the token as `Authorization: Bearer <token>`.',
      flows: {
        clientCredentials: {
          tokenUrl: '/api/v1/oauth/token',
          scopes: {
            'catalogue:read': 'Read the catalogue (agencies, fields, procedures)',
            'dossiers:read': 'Read the dossiers of the client’s agency scope',
            'dossiers:submit': 'Submit dossiers on behalf of applicants',
            'dossiers:process': 'Process the dossiers of the client’s agency scope (the staff lifecycle actions)',
            'events:read': 'Read the integration event feed',
            'webhooks:manage': 'Manage the client’s webhook subscriptions',
          },
        },
      },
    },
    clientSecretBasic: {
      type: 'http',
      scheme: 'basic',
      description: 'The token endpoint’s client authentication: client id and secret (client_secret_basic); client_secret_post sends them in the body.',
    },
  },
  parameters: {
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Makes the POST safe to retry (IETF draft): the same key and body within 24 h replays the stored answer (`Idempotent-Replayed: true`), ' +
        'the same key with another body is 422, a request still running with that key is 409.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    },
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      required: false,
      description: 'An ETag of an earlier answer: 304 without a body while it is still current.',
      schema: { type: 'string' },
    },
  },
  headers: {
    ETag: { description: 'Entity tag of the answer (send it back in `If-None-Match`)', schema: { type: 'string' } },
    'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } },
    'RateLimit-Policy': { description: 'The limit that applies (IETF draft RateLimit header fields), e.g. `"client";q=600;w=60` (quota 600 per 60 s)', schema: { type: 'string' } },
    RateLimit: { description: 'What is left of the limit (IETF draft RateLimit header fields), e.g. `"client";r=0;t=42` (0 left, the window resets in 42 s)', schema: { type: 'string' } },
  },
};

/**
 * OpenAPI 3 document generated from the zod schemas of every route:
 * `/api/openapi.json`, with a UI at `/api/docs`.
 */
export default fp(
  async function openapi(app) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Cổng Dịch vụ công trực tuyến — REST API',
          version: '1.0.0',
          description:
            'Versioned REST API of the online public-service portal, used by the SPA and by integrators. ' +
            'Errors are application/problem+json with a stable `code`, a Vietnamese `title` and field `errors`. ' +
            'Lists take `limit` and `cursor` and answer `{ items, nextCursor }`.',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        servers: [{ url: '/', description: 'This portal' }],
        components: COMPONENTS as never,
        tags: [
          { name: 'health', description: 'Liveness and readiness' },
          { name: 'portal', description: 'Portal identity' },
          { name: 'catalogue', description: 'Agencies, fields and administrative procedures (public)' },
          { name: 'auth', description: 'Registration, activation, login and sessions (httpOnly cookies; writes need X-CSRF-Token)' },
          { name: 'account', description: 'The signed-in account: profile, password and e-mail change' },
          {
            name: 'dossiers',
            description:
              'Citizen dossiers: create, save, upload, send, supplement, history, receipt, rating; guests submit without an account (X-Guest-Token)',
          },
          {
            name: 'staff',
            description:
              'Staff workspace: inbox views and counts, dossiers of my agency, processing actions (optimistic concurrency on `version`), result files, colleagues',
          },
          { name: 'admin-catalogue', description: 'Catalogue administration: agency tree, fields, procedures, components, templates, versioned online forms' },
          { name: 'admin-staff', description: 'Staff accounts of the agencies: invitation by e-mail, roles, agency, disable and enable' },
          { name: 'admin-calendar', description: 'Working-day calendar: public holidays and makeup working days per year' },
          { name: 'admin-mail-templates', description: 'E-mail templates: an administrator’s wording per template and language, preview, reset' },
          { name: 'admin-audit', description: 'Audit log of security events, staff actions and admin changes (append-only)' },
          { name: 'questions', description: 'Questions and answers (Hỏi đáp): ask with the captcha, search published answers' },
          {
            name: 'lookup',
            description: 'Public dossier lookup (Tra cứu hồ sơ) by code or receipt number + CCCD: status, dates and history, personal data masked',
          },
          { name: 'stats', description: 'Public statistics (Thống kê): dossiers received and resolved early / on time / late, on-time rate, online share, satisfaction' },
          { name: 'guides', description: 'Guides (Hướng dẫn sử dụng): published pages rendered from Markdown, safe HTML with a table of contents (public, cacheable)' },
          { name: 'admin-guides', description: 'Guide administration: Markdown pages per language, live preview with the public renderer, optimistic `revision` (system administrators)' },
          {
            name: 'legal-documents',
            description: 'Legal documents (Văn bản pháp luật): search with or without diacritics, filters and facets, document page, PDF download (public, cacheable)',
          },
          { name: 'admin-legal-documents', description: 'Legal document administration: add, edit, publish, delete, upload the PDF; optimistic `revision` (system administrators)' },
          { name: 'dev', description: 'Development helpers (not in production)' },
        ],
      },
      transform: (input) => {
        const { route, url } = input as typeof input & { route: RouteOptions };
        const schema = (input.schema ?? {}) as Record<string, unknown>;
        if (!input.schema || schema.hide) return { schema: input.schema, url };
        const transformed = routeSchemaToJson(schema);
        const security = securityOf(app, route, schema.security);
        if (security) transformed.security = security;
        const config = (route.config ?? {}) as { rateLimit?: unknown; etag?: boolean };
        const usesOauth = (security ?? []).some((requirement) => 'oauth2' in requirement);
        const methods = [route.method].flat().map((method) => String(method).toUpperCase());
        transformed['x-portal'] = {
          rateLimited: Boolean(config.rateLimit) || usesOauth,
          conditional: Boolean(config.etag) && methods.includes('GET'),
          // `body: ZSomething.optional()`: the request may come without one
          optionalBody: Boolean((schema.body as { safeParse?: (value: unknown) => { success: boolean } } | undefined)?.safeParse?.(undefined).success),
        };
        if (schema.upload) transformed['x-upload'] = schema.upload;
        delete transformed.upload;
        return { schema: transformed as never, url };
      },
      transformObject: (input) => {
        const document = (input as { openapiObject: Json }).openapiObject;
        const components = (document.components ?? {}) as Json;
        const withComponents = { ...document, components: { ...components, schemas: { ...(components.schemas as Json), ...registryToJson() } } };
        const { openapi: version, info, servers, tags, paths, components: finished, ...others } = mergeComponents(finishOperations(withComponents));
        return { openapi: version, info, servers, tags, paths, components: finished, ...others } as never;
      },
    });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { url: '/api/openapi.json', docExpansion: 'list', deepLinking: true },
      staticCSP: false,
    });
  },
  { name: 'openapi' },
);
