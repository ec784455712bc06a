import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import fc from 'fast-check';
import { isErrorCode } from '@portal/domain';

/**
 * A fuzzer over the API's own OpenAPI document: for every operation it generates
 * hostile requests (fast-check) — valid-looking requests with one poisoned value, wrong
 * types, missing and extra fields, 100 KB strings, NUL, lone surrogates, RTL marks,
 * emoji, huge and negative numbers, malformed JSON, wrong content types, empty bodies,
 * malformed ids and cursors, broken multipart — and checks what a client would see: no
 * 5xx, every error an `application/problem+json` with a documented code, no stack
 * trace, an answer within the budget. Used by the integration test (a fixed seed, a few
 * thousand cases) and by `pnpm --filter @portal/bench fuzz` (longer runs).
 */

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
  $ref?: string;
  default?: unknown;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface FuzzOperation {
  method: string;
  path: string;
  tags: string[];
  parameters: Parameter[];
  body?: JsonSchema;
  /** Upload routes take multipart/form-data (or a raw file) that the document may not describe. */
  upload: boolean;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  /** What was generated, for the failure report. */
  label: string;
}

export interface FuzzFailure {
  operation: string;
  request: { method: string; url: string; label: string; contentType?: string; payload?: string };
  status: number;
  problem: string;
}

/** A signed-in (or anonymous) caller: the cookies and CSRF header its requests carry. */
export interface FuzzCaller {
  headersFor(url: string, method: string): Record<string, string>;
}

export interface FuzzOptions {
  app: FastifyInstance;
  document: {
    paths: Record<string, Record<string, unknown>>;
    components?: { schemas?: Record<string, JsonSchema>; parameters?: Record<string, Parameter> };
  };
  /** Who calls an operation (by its tags and path). */
  callerFor(operation: FuzzOperation): FuzzCaller;
  seed: number;
  casesPerOperation: number;
  /** An answer slower than this is a failure (a hang, in effect). */
  budgetMs?: number;
  /** Only operations whose `METHOD path` matches. */
  only?: RegExp;
  onProgress?(done: number, total: number): void;
}

export interface FuzzReport {
  operations: number;
  cases: number;
  byStatus: Record<string, number>;
  failures: FuzzFailure[];
  slowestMs: number;
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function operationsOf(document: FuzzOptions['document']): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue;
      const operation = raw as { tags?: string[]; parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
      const content = operation.requestBody?.content ?? {};
      const upload =
        Boolean(content['multipart/form-data'] || content['application/octet-stream'] || content['application/pdf']) ||
        (method !== 'get' && method !== 'delete' && /\/(files|result-files|templates|template|file)$/.test(path));
      operations.push({
        method: method.toUpperCase(),
        path,
        tags: operation.tags ?? [],
        // Shared parameters (Idempotency-Key, If-None-Match) are components: resolved here
        parameters: (operation.parameters ?? []).map((parameter) => {
          const ref = (parameter as { $ref?: string }).$ref;
          return ref ? document.components?.parameters?.[ref.split('/').pop()!] ?? parameter : parameter;
        }),
        body: content['application/json']?.schema,
        upload,
      });
    }
  }
  return operations;
}

// ── hostile values ──────────────────────────────────────────────────────────────

const LONG = 'x'.repeat(100 * 1024);
const HOSTILE_STRINGS = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\u202eabc\u202d', // RTL / LTR overrides
  '\u200f\u200e',
  '🇻🇳👨‍👩‍👧‍👦𝕏',
  LONG,
  '',
  ' ',
  "'; DROP TABLE account; --",
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '%FF%FE',
  'null',
  'undefined',
  '-1',
  '1e309',
  'zzz',
  '00000000-0000-0000-0000-00000000000g',
  '２０２５',
];
const HOSTILE_NUMBERS = [-1, 0, 1e308, -1e308, 2 ** 53 + 1, -(2 ** 31) - 1, 1.5, Number.MAX_SAFE_INTEGER];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

/** Any JSON value, or one of the values that have broken APIs before. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...HOSTILE_NUMBERS, null, true, false, [], {}, [null], { $gt: '' }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Cursors that decode to something, but something wrong (and a few that do not decode). */
const hostileCursor = fc.oneof(
  fc.constantFrom(
    base64url('0|2025-13-45|00000000-0000-4000-8000-000000000000'),
    base64url('-'.repeat(36)),
    base64url('{"v":"garbage"}'),
    base64url('k1=garbage'),
    base64url('{}'),
    base64url('[]'),
    base64url('null'),
    base64url('\u0000'),
    '-'.repeat(36),
    '!!!',
    'x'.repeat(600),
  ),
  fc.jsonValue({ maxDepth: 2 }).map((value) => base64url(JSON.stringify(value))),
  fc.string({ unit: 'binary', maxLength: 60 }).map(base64url),
  fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })).map(([a, b, c]) => base64url(`${a}|${b}|${c}`)),
);

/** Path segments: malformed ids, escapes that do not decode, over-long, NUL. */
const hostilePathSegment = fc.oneof(
  fc.constantFrom('zzz', 'abc', '%00', '%FF%FE', '%E0%A4%A', '%', '..', '%2e%2e', 'x'.repeat(300), '-1', '0', '99999999999999999999', '%F0%9F%87%BB', '%ED%A0%80', 'null'),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 50 }).map((s) => encodeURIComponent(s)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\u0000'))),
);

const encodeQueryValue = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Lone surrogates cannot be percent-encoded by encodeURIComponent: send them as the
  // raw (invalid) UTF-8 escape a hostile client would.
  return text.replace(/[\s\S]/gu, (char) => {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) return '%ED%A0%80';
    return encodeURIComponent(char);
  });
};

// ── values that pass the schema (so the case reaches the handler) ───────────────

function resolve(schema: JsonSchema | undefined, document: FuzzOptions['document']): JsonSchema {
  if (!schema) return {};
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop()!;
    return resolve(document.components?.schemas?.[name], document);
  }
  return schema;
}

function validLike(schemaIn: JsonSchema | undefined, document: FuzzOptions['document'], depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn, document);
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((variant) => validLike(variant, document, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) return validLike(schema.allOf[0], document, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return validString(schema);
    case 'integer':
      return fc.integer({ min: Math.ceil(schema.minimum ?? 0), max: Math.floor(Math.min(schema.maximum ?? 1000, (schema.minimum ?? 0) + 1000)) });
    case 'number':
      return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = schema.minItems ?? 0;
      return fc.array(validLike(schema.items, document, depth + 1), { minLength: min, maxLength: Math.min(schema.maxItems ?? 3, min + 3) });
    }
    case 'object':
    default: {
      if (!schema.properties) return fc.constant({});
      const required = new Set(schema.required ?? []);
      const entries = Object.entries(schema.properties).map(([key, property]) => {
        const value = validLike(property, document, depth + 1);
        return [key, required.has(key) ? value : fc.option(value, { nil: undefined, freq: 3 })] as const;
      });
      return fc.record(Object.fromEntries(entries)).map((record) =>
        Object.fromEntries(Object.entries(record as Record<string, unknown>).filter(([, value]) => value !== undefined)),
      );
    }
  }
}

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, min + 40);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'email':
      return fc.constantFrom('an@example.vn', 'nguyen.van.an@example.vn');
    case 'date-time':
      return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'uri':
      return fc.constant('https://example.vn/a');
  }
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      // fall through to a plain string
    }
  }
  return fc.string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĐ0123456789 -.'.split('')) });
}

// ── poisoning a valid value ─────────────────────────────────────────────────────

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => leafPaths(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) leafPaths(item, [...path, key], out);
  return out;
}

function setAt(value: unknown, path: Path, replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const clone = (Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }) as Record<string | number, unknown>;
  const [head, ...rest] = path;
  if (rest.length === 0) {
    if (remove) delete clone[head!];
    else clone[head!] = replacement;
  } else clone[head!] = setAt(clone[head!], rest, replacement, remove);
  return clone;
}

interface BodyCase {
  label: string;
  contentType?: string;
  payload?: string | Buffer;
}

function jsonBodyCases(schema: JsonSchema | undefined, document: FuzzOptions['document']): fc.Arbitrary<BodyCase> {
  const valid = validLike(schema, document);
  const json = (label: string) => (value: unknown) => ({ label, contentType: 'application/json', payload: JSON.stringify(value) });
  const poisoned = fc
    .tuple(valid, fc.nat(), hostileValue)
    .map(([value, pick, hostile]) => {
      const paths = leafPaths(value);
      const path = paths[pick % paths.length]!;
      return json(`valid body, ${path.join('.') || '(root)'} poisoned`)(setAt(value, path, hostile));
    });
  const missing = fc.tuple(valid, fc.nat()).map(([value, pick]) => {
    const paths = leafPaths(value).filter((path) => path.length > 0);
    if (paths.length === 0) return json('valid body')(value);
    const path = paths[pick % paths.length]!;
    return json(`valid body without ${path.join('.')}`)(setAt(value, path, undefined, true));
  });
  const extra = fc.tuple(valid, fc.string({ minLength: 1, maxLength: 20 }), hostileValue).map(([value, key, hostile]) =>
    json(`valid body with extra property`)(value && typeof value === 'object' && !Array.isArray(value) ? { ...value, [key]: hostile } : value),
  );
  return fc.oneof(
    { weight: 2, arbitrary: valid.map(json('valid-looking body')) },
    { weight: 6, arbitrary: poisoned },
    { weight: 2, arbitrary: missing },
    { weight: 1, arbitrary: extra },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(json('any JSON')) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<BodyCase>(
        { label: 'malformed JSON', contentType: 'application/json', payload: '{"a":' },
        { label: 'malformed JSON (NUL)', contentType: 'application/json', payload: '{"a":"\u0000"' },
        { label: 'JSON with a lone surrogate escape', contentType: 'application/json', payload: '{"username":"\\ud800","q":"\\udfff"}' },
        { label: 'empty JSON body', contentType: 'application/json', payload: '' },
        { label: 'JSON null', contentType: 'application/json', payload: 'null' },
        { label: 'wrong content type (text)', contentType: 'text/plain', payload: 'hello' },
        { label: 'wrong content type (form)', contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=%00' },
        { label: 'wrong content type (xml)', contentType: 'application/xml', payload: '<a/>' },
        { label: 'no content type', payload: '{"a":1}' },
        { label: 'no body at all' },
        { label: 'multipart without boundary', contentType: 'multipart/form-data', payload: '--x\r\n\r\n' },
        { label: 'deeply nested JSON', contentType: 'application/json', payload: '['.repeat(5000) + ']'.repeat(5000) },
        { label: '100 KB JSON string', contentType: 'application/json', payload: JSON.stringify(LONG) },
      ),
    },
  );
}

function multipartCases(): fc.Arbitrary<BodyCase> {
  const boundary = 'fuzzboundary';
  const part = (name: string, filename: string, type: string, content: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n${content}\r\n`;
  const multipart = (label: string, payload: string, contentType = `multipart/form-data; boundary=${boundary}`) => ({ label, contentType, payload });
  return fc.oneof(
    fc.constantFrom<BodyCase>(
      multipart('multipart without boundary', part('file', 'a.pdf', 'application/pdf', '%PDF-1.4') + `--${boundary}--\r\n`, 'multipart/form-data'),
      multipart('multipart with the wrong boundary', part('file', 'a.pdf', 'application/pdf', '%PDF-1.4') + `--${boundary}--\r\n`, 'multipart/form-data; boundary=other'),
      multipart('truncated multipart', part('file', 'a.pdf', 'application/pdf', '%PDF-1.4 truncated').slice(0, 90)),
      multipart('multipart without the closing boundary', part('file', 'a.pdf', 'application/pdf', '%PDF-1.4')),
      multipart('empty multipart', `--${boundary}--\r\n`),
      multipart('multipart with a text field only', `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\n\u0000\r\n--${boundary}--\r\n`),
      multipart('multipart with an executable', part('file', 'a.pdf', 'application/pdf', 'MZ\u0090\u0000') + `--${boundary}--\r\n`),
      multipart('multipart with an empty file', part('file', 'a.pdf', 'application/pdf', '') + `--${boundary}--\r\n`),
      { label: 'JSON instead of multipart', contentType: 'application/json', payload: '{"file":"x"}' },
      { label: 'no body at all' },
    ),
    fc
      .tuple(hostileString, fc.string({ unit: 'binary', maxLength: 200 }))
      .map(([filename, content]) => multipart('multipart with a hostile file name and content', part('file', filename.replace(/["\r\n]/g, ''), 'application/pdf', content) + `--${boundary}--\r\n`)),
  );
}

// ── one operation's requests ─────────────────────────────────────────────────────

function parameterValue(parameter: Parameter, document: FuzzOptions['document']): fc.Arbitrary<unknown> {
  const schema = resolve(parameter.schema, document);
  const valid = validLike(schema, document);
  if (parameter.name === 'cursor') return fc.oneof(hostileCursor, valid);
  if (parameter.in === 'path') return fc.oneof({ weight: 2, arbitrary: valid.map((v) => encodeURIComponent(String(v))) }, { weight: 3, arbitrary: hostilePathSegment });
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: hostileValue });
}

function requestsFor(operation: FuzzOperation, document: FuzzOptions['document']): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const pathValues = fc.record(Object.fromEntries(pathParameters.map((p) => [p.name, parameterValue(p, document)])));
  const queryValues = fc.record(
    Object.fromEntries(queryParameters.map((p) => [p.name, fc.option(parameterValue(p, document), { nil: undefined, freq: 2 })])),
  );
  const extraQuery = fc.option(fc.tuple(fc.constantFrom('unknown', 'limit', '__proto__', 'q[]', 'cursor'), hostileValue), { nil: undefined, freq: 4 });
  const body: fc.Arbitrary<BodyCase | undefined> =
    operation.upload ? multipartCases() : operation.body ? jsonBodyCases(operation.body, document) : operation.method === 'GET' || operation.method === 'DELETE' ? fc.constant(undefined) : fc.option(jsonBodyCases({}, document), { nil: undefined });

  return fc.tuple(pathValues, queryValues, extraQuery, body).map(([pathValue, queryValue, extra, bodyCase]) => {
    let url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => String((pathValue as Record<string, unknown>)[name]));
    const query: string[] = [];
    for (const [name, value] of Object.entries(queryValue as Record<string, unknown>)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const item of value) query.push(`${encodeURIComponent(name)}=${encodeQueryValue(item)}`);
      else query.push(`${encodeURIComponent(name)}=${encodeQueryValue(value)}`);
    }
    if (extra) query.push(`${encodeURIComponent(extra[0])}=${encodeQueryValue(extra[1])}`);
    if (query.length > 0) url += `?${query.join('&')}`;
    const headers: Record<string, string> = {};
    if (bodyCase?.contentType) headers['content-type'] = bodyCase.contentType;
    return { method: operation.method, url, headers, payload: bodyCase?.payload, label: bodyCase?.label ?? 'no body' };
  });
}

// ── checking an answer ──────────────────────────────────────────────────────────

const STACK_TRACE = /\n\s+at |node_modules|\.ts:\d+:\d+|Prisma|PrismaClient|invalid input syntax|violates/;

function problemWith(response: LightMyRequestResponse, elapsedMs: number, budgetMs: number): string | null {
  if (elapsedMs > budgetMs) return `answered after ${Math.round(elapsedMs)} ms (budget ${budgetMs} ms)`;
  if (response.statusCode >= 500) return `HTTP ${response.statusCode}`;
  if (response.statusCode < 400) return null;
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return `error answered as ${type || 'no content type'}`;
  let body: { code?: unknown; status?: unknown; title?: unknown };
  try {
    body = response.json();
  } catch {
    return 'error body is not JSON';
  }
  if (!isErrorCode(body.code)) return `undocumented code ${JSON.stringify(body.code)}`;
  if (body.status !== response.statusCode) return `problem status ${String(body.status)} on HTTP ${response.statusCode}`;
  if (typeof body.title !== 'string' || body.title.length === 0) return 'problem without a title';
  if (STACK_TRACE.test(response.body)) return 'error body leaks internals';
  return null;
}

const summarize = (payload: string | Buffer | undefined) => {
  if (payload === undefined) return undefined;
  const text = typeof payload === 'string' ? payload : payload.toString('utf8');
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} chars)` : text;
};

/** One line per operation and kind of failure, with one example request each. */
export function summarizeFailures(failures: FuzzFailure[]): string[] {
  const groups = new Map<string, { count: number; example: FuzzFailure }>();
  for (const failure of failures) {
    const key = `${failure.operation} → ${failure.problem.slice(0, 60)}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { count: 1, example: failure });
  }
  return [...groups].map(([key, { count, example }]) => `${key} ×${count} (e.g. ${example.request.method} ${example.request.url} [${example.request.label}] ${example.request.payload?.slice(0, 120) ?? ''}) ${example.problem.slice(0, 200)}`);
}

export async function fuzzApi(options: FuzzOptions): Promise<FuzzReport> {
  const budgetMs = options.budgetMs ?? 5000;
  const operations = operationsOf(options.document).filter((op) => !options.only || options.only.test(`${op.method} ${op.path}`));
  const report: FuzzReport = { operations: operations.length, cases: 0, byStatus: {}, failures: [], slowestMs: 0 };
  const total = operations.length * options.casesPerOperation;
  for (const [index, operation] of operations.entries()) {
    const caller = options.callerFor(operation);
    const cases = fc.sample(requestsFor(operation, options.document), { seed: options.seed + index, numRuns: options.casesPerOperation });
    for (const request of cases) {
      const headers = { ...caller.headersFor(request.url, request.method), ...request.headers };
      const started = performance.now();
      const response = await options.app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers,
        payload: request.payload,
        // Spread the per-address rate limits, as many clients would.
        remoteAddress: `10.${(report.cases >> 16) & 255}.${(report.cases >> 8) & 255}.${report.cases & 255}`,
      });
      const elapsed = performance.now() - started;
      report.cases += 1;
      report.slowestMs = Math.max(report.slowestMs, elapsed);
      report.byStatus[response.statusCode] = (report.byStatus[response.statusCode] ?? 0) + 1;
      const problem = problemWith(response, elapsed, budgetMs);
      if (problem) {
        report.failures.push({
          operation: `${operation.method} ${operation.path}`,
          request: { method: request.method, url: request.url.length > 300 ? `${request.url.slice(0, 300)}…` : request.url, label: request.label, contentType: request.headers['content-type'], payload: summarize(request.payload) },
          status: response.statusCode,
          problem: `${problem}: ${response.body.slice(0, 300)}`,
        });
      }
      options.onProgress?.(report.cases, total);
    }
  }
  return report;
}
