import multipart from '@fastify/multipart';
import {
  MAX_FILE_BYTES,
  ZDossierFile,
  ZDossierIdParams,
  ZProblem,
  ZStaffActionRequest,
  ZStaffColleagueList,
  ZStaffColleagueQuery,
  ZStaffDossier,
  ZStaffDossierListQuery,
  ZStaffDossierPage,
  ZStaffFileParams,
  ZStaffInboxSummary,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentDisposition } from '../../lib/content-disposition.ts';
import { drainUnreadBody } from '../../lib/uploads/drain-unread-body.ts';
import { contextOf } from '../auth/routes.ts';
import { isInlineType } from '../dossiers/files.ts';
import { staffActorOf } from './access.ts';
import { createStaffFileService, MAX_RESULT_FILES } from './files.ts';
import { createStaffDossierService } from './service.ts';
import { binaryResponse, DOCUMENT_MEDIA_TYPES, SECURITY } from '../../plugins/external/openapi.ts';

const ZNoContent = z.null().describe('No content');

const ACCESS =
  'Staff only (session cookie; X-CSRF-Token on writes). A dossier of another agency answers 403 DOSSIER_OTHER_AGENCY; ' +
  'an unsent or unknown one 404 DOSSIER_NOT_FOUND.';

/** The staff workspace's dossier API: see packages/domain/src/staff-dossiers.ts for the contract. */
export const staffDossierRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_FILE_BYTES + 1, files: 1, fields: 2, fieldSize: 1024, parts: 3, headerPairs: 100 },
  });
  const service = createStaffDossierService({ prisma: app.prisma, audit: app.audit, mailContext: app });
  const files = createStaffFileService({ prisma: app.prisma, storage: app.storage, audit: app.audit, log: app.log });
  const tags = ['staff'];
  const auth = { 401: ZProblem, 403: ZProblem };
  const noStore = { 'cache-control': 'no-store' };
  const preHandler = app.requireStaff();
  const actorOf = (request: Parameters<typeof staffActorOf>[1]) => staffActorOf(app.prisma, request);

  app.get(
    '/staff/dossiers/summary',
    {
      preHandler,
      schema: {
        operationId: 'getStaffDossierSummary',
        security: SECURITY.session,
        tags,
        summary: 'How many dossiers of my agency are in each inbox view (new, processing, mine, supplement, due-soon, overdue, done)',
        response: { 200: ZStaffInboxSummary, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.summary(await actorOf(request));
    },
  );

  app.get(
    '/staff/dossiers',
    {
      preHandler,
      schema: {
        operationId: 'listStaffDossiers',
        security: SECURITY.session,
        tags,
        summary: 'The dossiers of my agency: inbox view, filters, search, order, keyset pages',
        description:
          '`view` is one of the inbox views; `status`, `overdue`, `assignedTo=me`, `procedureId`, `fieldId` narrow further; ' +
          '`updatedSince` (ISO 8601 date-time) keeps the dossiers changed at or after that time. ' +
          '`q` matches the code, the applicant’s name (with or without diacritics) or CCCD. `sort`: due (default; none last), ' +
          'sent, updated; `order` defaults to asc for due and sent, desc for updated. `total` counts every page.',
        querystring: ZStaffDossierListQuery,
        response: { 200: ZStaffDossierPage, 400: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.page(await actorOf(request), request.query);
    },
  );

  app.get(
    '/staff/dossiers/:id',
    {
      preHandler,
      schema: {
        operationId: 'getStaffDossier',
        security: SECURITY.session,
        tags,
        summary: 'A dossier as staff see it: applicant with CCCD, form, files, results, deadlines, pauses, history, allowed actions',
        description: ACCESS,
        params: ZDossierIdParams,
        response: { 200: ZStaffDossier, 400: ZProblem, 404: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.get(await actorOf(request), request.params.id);
    },
  );

  app.post(
    '/staff/dossiers/:id/actions',
    {
      preHandler,
      schema: {
        operationId: 'performStaffAction',
        security: SECURITY.session,
        tags,
        summary: 'A processing action: receive, request-supplement, return, forward, transfer-records, register, apologize, complete, hand-over',
        description:
          `${ACCESS} The lifecycle decides: DOSSIER_ACTION_NOT_ALLOWED (409) in this state, DOSSIER_ROLE_NOT_ALLOWED (403) for ` +
          'this role. `version` must be the dossier’s current one, else 409 DOSSIER_VERSION_CONFLICT with `details: { status, ' +
          'version }`. Also: FORWARD_TARGET_INVALID (422), DOSSIER_NOT_OVERDUE (409, apologize), DOSSIER_RESULT_REQUIRED (409, ' +
          'complete without a result file), VALIDATION_FAILED (400). Answers the dossier as it now is.',
        params: ZDossierIdParams,
        body: ZStaffActionRequest,
        response: { 200: ZStaffDossier, 400: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem, ...auth },
      },
    },
    async (request) => service.act(await actorOf(request), request.params.id, request.body, contextOf(request)),
  );

  app.post(
    '/staff/dossiers/:id/result-files',
    {
      onSend: drainUnreadBody,
      preHandler,
      schema: {
        operationId: 'uploadResultFile',
        security: SECURITY.session,
        tags,
        summary: 'Upload a result document (multipart/form-data, field `file`) while the dossier is processed',
        description:
          `${ACCESS} Only in \`processing\`, by a role that may complete the dossier. The kind is decided by the content (PDF, ` +
          `JPEG, PNG, DOC, DOCX, XLS, XLSX); at most ${MAX_FILE_BYTES} bytes per file and ${MAX_RESULT_FILES} results. The ` +
          'applicant sees the results once the dossier is completed.',
        consumes: ['multipart/form-data'],
        upload: { file: { description: 'The result document (PDF, JPEG, PNG, DOC, DOCX, XLS or XLSX)', binary: true } },
        params: ZDossierIdParams,
        response: { 201: ZDossierFile, 400: ZProblem, 404: ZProblem, 409: ZProblem, 413: ZProblem, 415: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const actor = await actorOf(request);
      const part = await request.file();
      return reply.code(201).send(await files.uploadResult(actor, request.params.id, part, contextOf(request)));
    },
  );

  app.delete(
    '/staff/dossiers/:id/result-files/:fileId',
    {
      preHandler,
      schema: {
        operationId: 'deleteResultFile',
        security: SECURITY.session,
        tags,
        summary: 'Remove a result document before the dossier is completed',
        description: `${ACCESS} Errors: DOSSIER_FILE_NOT_FOUND (404), DOSSIER_ACTION_NOT_ALLOWED (409) once completed.`,
        params: ZStaffFileParams,
        response: { 204: ZNoContent, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      await files.removeResult(await actorOf(request), request.params.id, request.params.fileId, contextOf(request));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/staff/dossiers/:id/files/:fileId',
    {
      preHandler,
      schema: {
        operationId: 'downloadStaffDossierFile',
        security: SECURITY.session,
        tags,
        summary: 'Open or download a file of the dossier (attachment, result, history attachment)',
        description:
          `${ACCESS} \`fileId\`: a file's id in the dossier, or the id a history row gives for its attachment. PDF and ` +
          'images open in the browser (inline), other kinds download; the name is in `Content-Disposition` (RFC 6266/5987).',
        params: ZStaffFileParams,
        response: { 200: binaryResponse(DOCUMENT_MEDIA_TYPES, 'The file content', { etag: true }), 400: ZProblem, 404: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const file = await files.open(await actorOf(request), request.params.id, request.params.fileId);
      const disposition = attachmentDisposition(file.name);
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', isInlineType(file.mimeType) ? disposition.replace(/^attachment/, 'inline') : disposition)
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${file.sha256}"`)
        .send(file.content);
    },
  );

  app.get(
    '/staff/colleagues',
    {
      preHandler,
      schema: {
        operationId: 'listColleagues',
        security: SECURITY.session,
        tags,
        summary: 'Active leaders, specialists and clerks of my agency (me excluded): whom a dossier can be forwarded to',
        querystring: ZStaffColleagueQuery,
        response: { 200: ZStaffColleagueList, 400: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return { items: await service.colleagues(await actorOf(request), request.query.role) };
    },
  );
};
