import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../test/helpers/test-app.ts';

interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }>; headers?: Record<string, unknown> }>;
}
interface OpenApiDocument {
  info: { license?: unknown };
  servers?: unknown[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: Record<string, Record<string, unknown>> & { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
}

const operationsOf = (document: OpenApiDocument) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ where: `${method.toUpperCase()} ${path}`, operation })),
  );

describe('OpenAPI document', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('is valid OpenAPI 3 and lists every API route', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);

    const documented = new Set<string>();
    for (const [path, operations] of Object.entries<Record<string, unknown>>(document.paths)) {
      for (const method of Object.keys(operations)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const apiRoutes = ctx.app.registeredRoutes.filter(
      (route) => route.url.startsWith('/api/') && !route.hidden && route.method !== 'HEAD' && !route.url.startsWith('/api/docs'),
    );
    expect(apiRoutes.length).toBeGreaterThan(5);
    for (const route of apiRoutes) {
      expect(documented).toContain(`${route.method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    }
    expect(documented).toContain('GET /api/v1/procedures/{idOrCode}');
    expect(documented).toContain('GET /api/health');
  });

  it('names every operation, tags it and states its security', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
    const seen = new Map<string, string>();
    for (const { where, operation } of operationsOf(document)) {
      expect(operation.operationId, `${where}: operationId`).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(seen.get(operation.operationId!), `${where}: operationId ${operation.operationId} is unique`).toBeUndefined();
      seen.set(operation.operationId!, where);
      expect(operation.tags?.length ?? 0, `${where}: tags`).toBeGreaterThan(0);
      expect(operation.summary, `${where}: summary`).toBeTruthy();
      expect(Array.isArray(operation.security), `${where}: security`).toBe(true);
      for (const requirement of operation.security ?? []) {
        for (const scheme of Object.keys(requirement)) expect(document.components.securitySchemes, `${where}: scheme ${scheme}`).toHaveProperty(scheme);
      }
      if (where.startsWith('POST ')) expect(operation.parameters, `${where}: Idempotency-Key`).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
      // Cookie writes need the CSRF header
      if (!where.startsWith('GET '))
        for (const requirement of operation.security ?? []) if ('session' in requirement) expect(requirement, `${where}: CSRF`).toHaveProperty('csrfToken');
    }
    expect(seen.get('listDossiers')).toBe('GET /api/v1/dossiers');
    expect(seen.get('submitDossier')).toBe('POST /api/v1/dossiers/{id}/submit');
    expect(seen.get('performStaffAction')).toBe('POST /api/v1/staff/dossiers/{id}/actions');
    expect(document.paths['/api/v1/dossiers']!.get!.security).toEqual([{ session: [] }]);
    expect(document.paths['/api/v1/dossiers']!.post!.security).toEqual([{ session: [], csrfToken: [] }]);
    expect(document.paths['/api/v1/procedures']!.get!.security).toEqual([{}]);
    expect(document.paths['/api/v1/staff/dossiers']!.get!.security).toEqual([{ session: [] }]);
    expect(document.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'access_token' });
    expect(document.components.securitySchemes.csrfToken).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.info.license).toMatchObject({ identifier: 'MIT' });
  });

  it('answers every error with the one Problem component, as application/problem+json', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
    let errors = 0;
    for (const { where, operation } of operationsOf(document)) {
      const statuses = Object.keys(operation.responses);
      expect(statuses.some((status) => status.startsWith('4')), `${where}: a 4XX answer`).toBe(true);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        errors += 1;
        expect(response.content, `${where} ${status}`).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
        if (status === '429') expect(Object.keys(response.headers ?? {}), `${where} 429 headers`).toEqual(['Retry-After', 'RateLimit-Policy', 'RateLimit']);
      }
    }
    expect(errors).toBeGreaterThan(300);
    // The problem shape is defined once
    const text = JSON.stringify(document);
    expect(text.match(/"requestId"/g)?.length).toBe(1);
    expect(document.components.schemas.Problem).toMatchObject({ required: ['type', 'title', 'status', 'code'] });
  });

  it('names the domain schemas as components and references them', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
    for (const name of ['Problem', 'Dossier', 'DossierPage', 'DossierCreate', 'StaffDossier', 'StaffDossierPage', 'StaffActionRequest', 'ProcedureDetail'])
      expect(document.components.schemas, name).toHaveProperty(name);
    const submit = document.paths['/api/v1/dossiers/{id}/submit']!.post!;
    expect(submit.responses['200']!.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/SubmitResult' } } });
    expect(document.paths['/api/v1/dossiers']!.post!.requestBody!.content).toEqual({ 'application/json': { schema: { $ref: '#/components/schemas/DossierCreate' } } });
    // Every $ref resolves
    const text = JSON.stringify(document);
    for (const [, kind, name] of text.matchAll(/"#\/components\/(\w+)\/([^"]+)"/g)) expect(document.components[kind!], `${kind}/${name}`).toHaveProperty(name!);
  });

  it('describes downloads as binary media and uploads as multipart/form-data', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
    const receipt = document.paths['/api/v1/dossiers/{id}/receipt.pdf']!.get!.responses['200']!;
    expect(receipt.content).toEqual({ 'application/pdf': { schema: { type: 'string', format: 'binary' } } });
    const file = document.paths['/api/v1/dossiers/{id}/files/{fileId}']!.get!.responses['200']!;
    expect(Object.keys(file.content!)).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.headers).toHaveProperty('ETag');
    const uploads = operationsOf(document).filter(({ operation }) => operation.requestBody?.content?.['multipart/form-data']);
    expect(uploads.length).toBeGreaterThanOrEqual(5);
    for (const { where, operation } of uploads) {
      const schema = operation.requestBody!.content!['multipart/form-data']!.schema as { properties: Record<string, { format?: string }> };
      expect(Object.values(schema.properties).some((property) => property.format === 'binary'), `${where}: a file field`).toBe(true);
    }
    // As many documented uploads as handlers reading a multipart body
    const features = fileURLToPath(new URL('./features/', import.meta.url));
    const readers = readdirSync(features)
      .filter((feature) => existsSync(join(features, feature, 'routes.ts')))
      .map((feature) => readFileSync(join(features, feature, 'routes.ts'), 'utf8').match(/request\.(?:file|files|parts)\(/g)?.length ?? 0)
      .reduce((sum, count) => sum + count, 0);
    expect(readers).toBeGreaterThanOrEqual(5);
    expect(uploads.length).toBeGreaterThanOrEqual(readers);
    // Conditional GETs where the answers carry an ETag
    const guides = document.paths['/api/v1/guides']!.get!;
    expect(guides.parameters).toContainEqual({ $ref: '#/components/parameters/IfNoneMatch' });
    expect(guides.responses['200']!.headers).toHaveProperty('ETag');
    expect(guides.responses).toHaveProperty('304');
    expect(document.paths['/api/v1/portal']!.get!.responses).not.toHaveProperty('304');
    // Nothing of the generator's own bookkeeping is left
    expect(JSON.stringify(document)).not.toMatch(/"x-portal"|"x-upload"|"x-binary"|~input/);
    // No JSON body is claimed for a download
    for (const { where, operation } of operationsOf(document))
      for (const [status, response] of Object.entries(operation.responses))
        expect(JSON.stringify(response.content?.['application/json']?.schema ?? {}), `${where} ${status}`).not.toContain('x-binary');
  });

  it('serves the documentation UI', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
