import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import {
  DomainError,
  MAX_DOSSIER_BYTES,
  MAX_FILES_PER_COMPONENT,
  MAX_FILE_BYTES,
  ZDossierFile,
  ZIntegrationDossier,
  ZIntegrationDossierCreate,
  ZIntegrationDossierListQuery,
  ZIntegrationDossierPage,
  ZIntegrationDossierParams,
  ZIntegrationFileParams,
  ZIntegrationSendRequest,
  ZIntegrationSendResult,
  ZProblem,
  ZStaffActionRequest,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentDisposition } from '../../lib/content-disposition.ts';
import { drainUnreadBody } from '../../lib/uploads/drain-unread-body.ts';
import type { ApiClientPrincipal } from '../../plugins/app/auth.ts';
import { binaryResponse, clientScope, DOCUMENT_MEDIA_TYPES } from '../../plugins/external/openapi.ts';
import { contextOf } from '../auth/routes.ts';
import { MAX_RESULT_FILES } from '../staff-dossiers/files.ts';
import { createIntegrationDossierService } from './service.ts';

const ZNoContent = z.null().describe('No content');

const SCOPE_NOTE =
  'OAuth 2.0 client credentials: `Authorization: Bearer <token>` of an active client (401 without), holding the scope named ' +
  'in the summary (403 INSUFFICIENT_SCOPE). A dossier outside the client’s agencies (its agency and units; a province-wide ' +
  'client: every agency), unknown or not sent answers 404 DOSSIER_NOT_FOUND — the same for all, so nothing tells whether it exists.';

/**
 * Dossiers for other systems (`/api/v1/integrations/dossiers…`): read, submit for an
 * applicant, process as an agency's back office. The contract and the decisions behind it
 * are in packages/domain/src/integration-dossiers.ts.
 */
export const integrationDossierRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_FILE_BYTES + 1, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 100 },
  });
  const service = createIntegrationDossierService({
    prisma: app.prisma,
    storage: app.storage,
    audit: app.audit,
    mailContext: app,
    log: app.log,
    agencyScopeOf: (client) => app.agencyScopeOf(client),
  });
  const tags = ['integrations'];
  const auth = { 401: ZProblem, 403: ZProblem };
  const noStore = { 'cache-control': 'no-store' };
  const read = app.requireClientScope('dossiers:read');
  const submit = app.requireClientScope('dossiers:submit');
  const process = app.requireClientScope('dossiers:process');
  const clientOf = (request: FastifyRequest): ApiClientPrincipal => {
    if (!request.apiClient) throw new DomainError('UNAUTHENTICATED');
    return request.apiClient;
  };

  app.get(
    '/integrations/dossiers',
    {
      preHandler: read,
      schema: {
        security: clientScope('dossiers:read'),
        operationId: 'listIntegrationDossiers',
        tags,
        summary: 'dossiers:read — Sent dossiers of the client’s agencies, oldest change first, for incremental pulls',
        description:
          `${SCOPE_NOTE} Ordered by (\`updatedAt\`, \`id\`) with keyset pages (\`nextCursor\`, null on the last page). ` +
          '`updatedSince` keeps dossiers changed at or after that time. For an incremental pull, remember the largest ' +
          '`updatedAt` seen and ask again from it (minus a few seconds: a change committing late may carry an earlier time); the ' +
          'event feed `GET /api/v1/events` is the gap-free alternative. Unsent dossiers are never listed. `agencyId` outside the ' +
          'client’s scope: 403 CLIENT_AGENCY_OUT_OF_SCOPE. Unknown query parameters: 400.',
        querystring: ZIntegrationDossierListQuery,
        response: { 200: ZIntegrationDossierPage, 400: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.list(clientOf(request), request.query);
    },
  );

  app.get(
    '/integrations/dossiers/:id',
    {
      preHandler: read,
      schema: {
        security: clientScope('dossiers:read'),
        operationId: 'getIntegrationDossier',
        tags,
        summary: 'dossiers:read — A dossier: status, version, code, procedure, agency, dates, applicant, form data, files, history',
        description:
          `${SCOPE_NOTE} \`access: full\` (applicant, form data, downloads, history with names and notes) for a client holding ` +
          '`dossiers:process` or the client that submitted the dossier (it also sees its own submission before sending). ' +
          '`access: summary` for the others (reporting): the applicant’s name masked, `applicant` and `formData` null, history ' +
          'without people’s names or notes. `allowedActions`: the lifecycle actions a `dossiers:process` client may take now.',
        params: ZIntegrationDossierParams,
        response: { 200: ZIntegrationDossier, 400: ZProblem, 404: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.get(clientOf(request), request.params.id);
    },
  );

  app.get(
    '/integrations/dossiers/:id/files/:fileId',
    {
      preHandler: read,
      schema: {
        security: clientScope('dossiers:read'),
        operationId: 'downloadIntegrationDossierFile',
        tags,
        summary: 'dossiers:read — Download a file of the dossier (attachment, result, history attachment)',
        description:
          `${SCOPE_NOTE} Only with \`access: full\`, else 403 DOSSIER_PERSONAL_DATA_WITHHELD. The name is in ` +
          '`Content-Disposition` (RFC 6266/5987), the SHA-256 in `ETag`. Unknown file: 404 DOSSIER_FILE_NOT_FOUND.',
        params: ZIntegrationFileParams,
        response: { 200: binaryResponse(DOCUMENT_MEDIA_TYPES, 'The file content', { etag: true }), 400: ZProblem, 404: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const file = await service.openFile(clientOf(request), request.params.id, request.params.fileId);
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', attachmentDisposition(file.name))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${file.sha256}"`)
        .send(file.content);
    },
  );

  app.post(
    '/integrations/dossiers',
    {
      preHandler: submit,
      schema: {
        security: clientScope('dossiers:submit'),
        operationId: 'createIntegrationDossier',
        tags,
        summary: 'dossiers:submit — Create a dossier for an applicant (step 1 of 3: create, attach files, send)',
        description:
          'The applicant block and the form data must pass the SPA’s submit rules (the procedure’s current form version): ' +
          'else 400 VALIDATION_FAILED with `errors` keyed `applicant.<field>` and `formData.<path>`, and nothing is saved. ' +
          '`applicant.email` is required: the applicant follows the dossier like a guest (e-mails, public lookup). `agencyId`: ' +
          'a handling agency of the procedure within the client’s scope (default: the managing agency, else the only one in ' +
          'scope): VALIDATION_FAILED when not offered there, 403 CLIENT_AGENCY_OUT_OF_SCOPE outside the scope. Also ' +
          'PROCEDURE_NOT_FOUND (404), PROCEDURE_NOT_ONLINE (409). Answers the unsent dossier (channel `integration`).',
        body: ZIntegrationDossierCreate,
        response: { 201: ZIntegrationDossier, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(clientOf(request), request.body, contextOf(request))),
  );

  app.post(
    '/integrations/dossiers/:id/files',
    {
      onSend: drainUnreadBody,
      preHandler: submit,
      schema: {
        security: clientScope('dossiers:submit'),
        operationId: 'uploadIntegrationDossierFile',
        tags,
        summary: 'dossiers:submit — Attach a file to the client’s unsent dossier (step 2; multipart: `componentId`, then `file`)',
        description:
          'Only the client that created the dossier, before sending (else 404, or 409 DOSSIER_NOT_EDITABLE). The same checks ' +
          `as the portal’s uploads: the kind decided by the content and the component’s accepted kinds (415), at most ` +
          `${MAX_FILE_BYTES} bytes per file (413), ${MAX_FILES_PER_COMPONENT} files per component (COMPONENT_FILE_LIMIT), ` +
          `${MAX_DOSSIER_BYTES} bytes per dossier; an unknown component: COMPONENT_NOT_FOUND.`,
        consumes: ['multipart/form-data'],
        upload: {
          componentId: { description: 'The dossier component (thành phần hồ sơ) the file belongs to; before `file`', format: 'uuid' },
          file: { description: 'The document (PDF, JPEG, PNG, DOC, DOCX, XLS or XLSX, as the component accepts)', binary: true },
        },
        params: ZIntegrationDossierParams,
        response: { 201: ZDossierFile, 400: ZProblem, 404: ZProblem, 409: ZProblem, 413: ZProblem, 415: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const client = clientOf(request);
      const part = await request.file();
      return reply.code(201).send(await service.uploadAttachment(client, request.params.id, part));
    },
  );

  app.post(
    '/integrations/dossiers/:id/send',
    {
      preHandler: submit,
      schema: {
        security: clientScope('dossiers:submit'),
        operationId: 'sendIntegrationDossier',
        tags,
        summary: 'dossiers:submit — Send the client’s dossier (step 3): it gets its code and goes to the agency',
        description:
          'Checked like the portal’s “Gửi đi”: 422 DOSSIER_INCOMPLETE lists every missing required component. The history ' +
          'names the system as the sender; the applicant is e-mailed the code and the public lookup link (no confirmation ' +
          'step: the submitting system is answerable for it). `version`, when given, must be current (409 VERSION_CONFLICT). ' +
          'Already sent: 409 DOSSIER_ACTION_NOT_ALLOWED.',
        params: ZIntegrationDossierParams,
        body: ZIntegrationSendRequest,
        response: { 200: ZIntegrationSendResult, 400: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem, ...auth },
      },
    },
    async (request) => service.send(clientOf(request), request.params.id, request.body ?? {}, contextOf(request)),
  );

  app.post(
    '/integrations/dossiers/:id/actions',
    {
      preHandler: process,
      schema: {
        security: clientScope('dossiers:process'),
        operationId: 'performIntegrationDossierAction',
        tags,
        summary: 'dossiers:process — A processing action of the lifecycle table, as the handling agency’s back-office system',
        description:
          `${SCOPE_NOTE} The staff workspace’s actions and rules: receive, request-supplement, return, forward (to an active ` +
          'leader, specialist or clerk of the handling agency), transfer-records, register, apologize, complete (needs a ' +
          'result file), hand-over. The system acts as the agency’s one-stop desk, leader and specialist; the history names ' +
          'the system (role `system`). `version` must be current, else 409 DOSSIER_VERSION_CONFLICT with `details: { status, ' +
          'version }`. DOSSIER_ACTION_NOT_ALLOWED (409) in this state, FORWARD_TARGET_INVALID (422), DOSSIER_NOT_OVERDUE ' +
          '(409), DOSSIER_RESULT_REQUIRED (409), VALIDATION_FAILED (400). Answers the dossier as it now is.',
        params: ZIntegrationDossierParams,
        body: ZStaffActionRequest,
        response: { 200: ZIntegrationDossier, 400: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem, ...auth },
      },
    },
    async (request) => service.act(clientOf(request), request.params.id, request.body, contextOf(request)),
  );

  app.post(
    '/integrations/dossiers/:id/result-files',
    {
      onSend: drainUnreadBody,
      preHandler: process,
      schema: {
        security: clientScope('dossiers:process'),
        operationId: 'uploadIntegrationResultFile',
        tags,
        summary: 'dossiers:process — Upload a result document (multipart, field `file`) while the dossier is processed',
        description:
          `${SCOPE_NOTE} Only in \`processing\` (else 409). The kind is decided by the content (PDF, JPEG, PNG, DOC, DOCX, XLS, ` +
          `XLSX); at most ${MAX_FILE_BYTES} bytes per file and ${MAX_RESULT_FILES} results. The applicant sees them once the ` +
          'dossier is completed.',
        consumes: ['multipart/form-data'],
        upload: { file: { description: 'The result document (PDF, JPEG, PNG, DOC, DOCX, XLS or XLSX)', binary: true } },
        params: ZIntegrationDossierParams,
        response: { 201: ZDossierFile, 400: ZProblem, 404: ZProblem, 409: ZProblem, 413: ZProblem, 415: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const client = clientOf(request);
      const part = await request.file();
      return reply.code(201).send(await service.uploadResult(client, request.params.id, part, contextOf(request)));
    },
  );

  app.delete(
    '/integrations/dossiers/:id/result-files/:fileId',
    {
      preHandler: process,
      schema: {
        security: clientScope('dossiers:process'),
        operationId: 'deleteIntegrationResultFile',
        tags,
        summary: 'dossiers:process — Remove a result document before the dossier is completed',
        description: `${SCOPE_NOTE} DOSSIER_FILE_NOT_FOUND (404); DOSSIER_ACTION_NOT_ALLOWED (409) once completed.`,
        params: ZIntegrationFileParams,
        response: { 204: ZNoContent, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      await service.removeResult(clientOf(request), request.params.id, request.params.fileId, contextOf(request));
      return reply.code(204).send(null);
    },
  );
};
