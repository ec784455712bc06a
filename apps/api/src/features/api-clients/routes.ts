import {
  ADMIN_ROLES,
  DEFAULT_ROTATION_OVERLAP_HOURS,
  ZApiClient,
  ZApiClientCreate,
  ZApiClientIdParams,
  ZApiClientList,
  ZApiClientListQuery,
  ZApiClientRotate,
  ZApiClientUpdate,
  ZApiClientWithSecret,
  ZProblem,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SECURITY } from '../../plugins/external/openapi.ts';
import { contextOf } from '../auth/routes.ts';
import { createApiClientRepository } from './repository.ts';
import { createApiClientService } from './service.ts';

/** /api/v1/admin/api-clients…: machine clients (integrators), for agency and system administrators. */
export const apiClientRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createApiClientService({ repository: createApiClientRepository(app.prisma), audit: app.audit });
  const tags = ['admin-api-clients'];
  const preHandler = app.requireStaff(ADMIN_ROLES);
  const security = SECURITY.session;
  const refusals = { 401: ZProblem, 403: ZProblem };
  const scopeNote =
    'A system administrator manages every client; an agency administrator only the clients of their agency and its units, and cannot create ' +
    'a province-wide client (ADMIN_AGENCY_SCOPE).';
  const noStore = { onSend: async (_request: unknown, reply: { header(name: string, value: string): unknown }) => void reply.header('cache-control', 'no-store') };

  app.get(
    '/admin/api-clients',
    {
      preHandler,
      ...noStore,
      schema: {
        operationId: 'listApiClients',
        security,
        tags,
        summary: 'API clients, newest first; filter by agency or status',
        description: scopeNote,
        querystring: ZApiClientListQuery,
        response: { 200: ZApiClientList, 400: ZProblem, ...refusals },
      },
    },
    async (request) => service.list(request.user!, request.query),
  );

  app.post(
    '/admin/api-clients',
    {
      preHandler,
      ...noStore,
      schema: {
        operationId: 'createApiClient',
        security,
        tags,
        summary: 'Create an API client: answers its client id and secret (the secret is shown only this once)',
        description: `${scopeNote} \`agencyId: null\` makes a province-wide client. Errors: VALIDATION_FAILED.`,
        body: ZApiClientCreate,
        response: { 201: ZApiClientWithSecret, 400: ZProblem, ...refusals },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(request.user!, request.body, contextOf(request))),
  );

  app.get(
    '/admin/api-clients/:id',
    {
      preHandler,
      ...noStore,
      schema: {
        operationId: 'getApiClient',
        security,
        tags,
        summary: 'One API client with its secrets’ hints, expiry and last use',
        params: ZApiClientIdParams,
        response: { 200: ZApiClient, 404: ZProblem, ...refusals },
      },
    },
    async (request) => service.get(request.user!, request.params.id),
  );

  app.patch(
    '/admin/api-clients/:id',
    {
      preHandler,
      ...noStore,
      schema: {
        operationId: 'updateApiClient',
        security,
        tags,
        summary: 'Change the name, description, scopes or rate limit',
        description:
          `${scopeNote} \`revision\` is the one the administrator loaded: 409 VERSION_CONFLICT when the client was changed since. ` +
          'Removed scopes apply at once, also to tokens already issued. Errors: API_CLIENT_NOT_FOUND, API_CLIENT_REVOKED (409).',
        params: ZApiClientIdParams,
        body: ZApiClientUpdate,
        response: { 200: ZApiClient, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...refusals },
      },
    },
    async (request) => service.update(request.user!, request.params.id, request.body, contextOf(request)),
  );

  app.post(
    '/admin/api-clients/:id/rotate-secret',
    {
      preHandler,
      ...noStore,
      schema: {
        operationId: 'rotateApiClientSecret',
        security,
        tags,
        summary: 'Issue a new secret (shown only this once); the current ones keep working for `overlapHours` (default 24)',
        description: `${scopeNote} Errors: API_CLIENT_NOT_FOUND, API_CLIENT_REVOKED (409).`,
        params: ZApiClientIdParams,
        body: ZApiClientRotate.optional(),
        response: { 200: ZApiClientWithSecret, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...refusals },
      },
    },
    async (request) => service.rotateSecret(request.user!, request.params.id, request.body ?? { overlapHours: DEFAULT_ROTATION_OVERLAP_HOURS }, contextOf(request)),
  );

  app.post(
    '/admin/api-clients/:id/revoke',
    {
      preHandler,
      ...noStore,
      schema: {
        operationId: 'revokeApiClient',
        security,
        tags,
        summary: 'Revoke the client: every secret ends and its tokens are refused from the next request on',
        description: `${scopeNote} Revoking a revoked client changes nothing. Errors: API_CLIENT_NOT_FOUND.`,
        params: ZApiClientIdParams,
        response: { 200: ZApiClient, 404: ZProblem, ...refusals },
      },
    },
    async (request) => service.revoke(request.user!, request.params.id, contextOf(request)),
  );
};
