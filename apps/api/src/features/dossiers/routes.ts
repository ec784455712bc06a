import multipart from '@fastify/multipart';
import {
  MAX_DOSSIER_BYTES,
  MAX_FILES_PER_COMPONENT,
  MAX_FILE_BYTES,
  ZDossier,
  ZDossierCreate,
  ZDossierFile,
  ZDossierFileParams,
  ZDossierIdParams,
  ZDossierListQuery,
  ZDossierPage,
  ZDossierSummary,
  ZDossierUpdate,
  ZHistoryList,
  ZProblem,
  ZRating,
  ZRatingRequest,
  ZSubmitRequest,
  ZSubmitResult,
  ZSupplementRequest,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentDisposition } from '../../lib/content-disposition.ts';
import { drainUnreadBody } from '../../lib/uploads/drain-unread-body.ts';
import { contextOf } from '../auth/routes.ts';
import { actorOf, ownerActorOf } from './access.ts';
import { createDossierFileService, isInlineType } from './files.ts';
import { createDossierListRepository } from './list.ts';
import { createDossierReceipts } from './receipt.ts';
import { createDossierRepository } from './repository.ts';
import { createDossierService } from './service.ts';
import { binaryResponse, DOCUMENT_MEDIA_TYPES, SECURITY } from '../../plugins/external/openapi.ts';

const ZNoContent = z.null().describe('No content');

const GUEST_ACCESS =
  'Callers: the owner citizen (session cookie + X-CSRF-Token on writes) or, for a dossier created through ' +
  'POST /guest-dossiers, its guest (header `X-Guest-Token: <guestToken>` or `Authorization: Guest <guestToken>`, no cookie).';
const READ_ACCESS = `${GUEST_ACCESS} Staff of the handling agency may read sent dossiers. Anyone else gets 404 DOSSIER_NOT_FOUND.`;

/** The citizen dossier API (/api/v1/dossiers): see packages/domain/src/dossiers.ts for the contract. */
export const dossierRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: MAX_FILE_BYTES + 1, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 100 },
  });
  const repository = createDossierRepository(app.prisma);
  const service = createDossierService({
    prisma: app.prisma,
    repository,
    storage: app.storage,
    audit: app.audit,
    mailContext: app,
    log: app.log,
  });
  const files = createDossierFileService({ prisma: app.prisma, repository, storage: app.storage, log: app.log });
  const list = createDossierListRepository(app.prisma);
  const receipts = createDossierReceipts({ prisma: app.prisma, publicUrl: app.config.publicUrl });
  const tags = ['dossiers'];
  const auth = { 401: ZProblem, 403: ZProblem };
  const noStore = { 'cache-control': 'no-store' };

  app.post(
    '/dossiers',
    {
      preHandler: app.requireCitizen,
      schema: {
        operationId: 'createDossier',
        security: SECURITY.session,
        tags,
        summary: 'Create an unsent dossier from a procedure (Đăng ký trực tuyến)',
        description:
          'The dossier keeps the procedure’s current form version. `applicant` defaults to the profile; `formData` follows ' +
          'the draft rules (partial data saves). `agencyId` must be one of the procedure’s handling agencies (default: ' +
          'its managing agency). Errors: PROCEDURE_NOT_FOUND, PROCEDURE_NOT_ONLINE, VALIDATION_FAILED.',
        body: ZDossierCreate,
        response: { 201: ZDossier, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const dossier = await service.create({ kind: 'citizen', userId: user.id, username: user.username }, request.body, contextOf(request));
      return reply.code(201).send(dossier);
    },
  );

  app.get(
    '/dossiers/summary',
    {
      preHandler: app.requireCitizen,
      schema: {
        operationId: 'getDossierSummary',
        security: SECURITY.session,
        tags,
        summary: 'How many dossiers the citizen has in each status (the six cards of Hồ sơ cá nhân)',
        response: { 200: ZDossierSummary, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return list.counts(request.user!.id);
    },
  );

  app.get(
    '/dossiers',
    {
      preHandler: app.requireCitizen,
      schema: {
        operationId: 'listDossiers',
        security: SECURITY.session,
        tags,
        summary: 'The citizen’s dossiers (Xem danh sách hồ sơ): filter by status, search, order, keyset pages',
        description:
          '`q` matches the code or the procedure name, with or without diacritics. `sort`: updated (default, last changed ' +
          'first), created (newest first), code (A→Z, unsent last), due (soonest first). `total` counts every page.',
        querystring: ZDossierListQuery,
        response: { 200: ZDossierPage, 400: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return list.page(request.user!.id, request.query);
    },
  );

  app.get(
    '/dossiers/:id',
    {
      schema: {
        operationId: 'getDossier',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'A dossier: data, form version, components with files, results, dates, allowed actions',
        description: READ_ACCESS,
        params: ZDossierIdParams,
        response: { 200: ZDossier, 400: ZProblem, 404: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.get(actorOf(request), request.params.id);
    },
  );

  app.patch(
    '/dossiers/:id',
    {
      schema: {
        operationId: 'updateDossier',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'Save the dossier (Lưu lại, autosave) while unsent or supplement-requested',
        description:
          `${GUEST_ACCESS} Draft rules; given \`applicant\` / \`formData\` / \`bringOriginals\` replace the stored ones ` +
          '(`bringOriginals`: components whose original is brought to the one-stop desk instead of uploaded; a component ' +
          'that does not allow it answers VALIDATION_FAILED keyed `components.<id>`). `version` must be the current ' +
          'one: else 409 VERSION_CONFLICT with `details.currentVersion`. Errors: DOSSIER_NOT_EDITABLE (409), VALIDATION_FAILED.',
        params: ZDossierIdParams,
        body: ZDossierUpdate,
        response: { 200: ZDossier, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request) => service.update(ownerActorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/dossiers/:id',
    {
      schema: {
        operationId: 'deleteDossier',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'Delete an unsent dossier and its files (Xóa)',
        description: `${GUEST_ACCESS} Errors: DOSSIER_NOT_DELETABLE (409) once sent.`,
        params: ZDossierIdParams,
        response: { 204: ZNoContent, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      await service.remove(ownerActorOf(request), request.params.id, contextOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/dossiers/:id/files',
    {
      // A refused upload's unread rest is drained, so the browser sees the answer.
      onSend: drainUnreadBody,
      schema: {
        operationId: 'uploadDossierFile',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'Upload a file for a component (multipart/form-data: field `componentId` first, then `file`)',
        description:
          `${GUEST_ACCESS} The kind is decided by the content (PDF, JPEG, PNG, DOC, DOCX, XLS, XLSX, as the component accepts), ` +
          `never by the name. At most ${MAX_FILE_BYTES} bytes per file, ${MAX_FILES_PER_COMPONENT} files per component and ` +
          `${MAX_DOSSIER_BYTES} bytes per dossier. Errors: PAYLOAD_TOO_LARGE (413), UNSUPPORTED_MEDIA_TYPE (415), ` +
          'COMPONENT_NOT_FOUND (422), COMPONENT_FILE_LIMIT (409), DOSSIER_NOT_EDITABLE (409). A refused upload stores nothing.',
        consumes: ['multipart/form-data'],
        upload: {
          componentId: { description: 'The component (thành phần hồ sơ) the file belongs to; before `file`', format: 'uuid' },
          file: { description: 'The file (PDF, JPEG, PNG, DOC, DOCX, XLS or XLSX, as the component accepts)', binary: true },
        },
        params: ZDossierIdParams,
        response: { 201: ZDossierFile, 400: ZProblem, 404: ZProblem, 409: ZProblem, 413: ZProblem, 415: ZProblem, 422: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const actor = ownerActorOf(request);
      const part = await request.file();
      const file = await files.upload(actor, request.params.id, part);
      return reply.code(201).send(file);
    },
  );

  app.delete(
    '/dossiers/:id/files/:fileId',
    {
      schema: {
        operationId: 'deleteDossierFile',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'Remove an uploaded file while the dossier is editable',
        description: `${GUEST_ACCESS} During a supplement only files added since the request can be removed. Errors: DOSSIER_FILE_NOT_FOUND, DOSSIER_NOT_EDITABLE.`,
        params: ZDossierFileParams,
        response: { 204: ZNoContent, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      await files.remove(ownerActorOf(request), request.params.id, request.params.fileId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/dossiers/:id/files/:fileId',
    {
      schema: {
        operationId: 'downloadDossierFile',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'Download a file of the dossier (attachment or result)',
        description: `${READ_ACCESS} PDF and images open in the browser (inline); other kinds download. The name is in \`Content-Disposition\` (RFC 6266/5987).`,
        params: ZDossierFileParams,
        response: { 200: binaryResponse(DOCUMENT_MEDIA_TYPES, 'The file content', { etag: true }), 400: ZProblem, 404: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const file = await files.open(actorOf(request), request.params.id, request.params.fileId);
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

  app.post(
    '/dossiers/:id/submit',
    {
      schema: {
        operationId: 'submitDossier',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'Send the dossier (Gửi đi): unsent → sent, with its code',
        description:
          `${GUEST_ACCESS} Every rule is checked at once: a refusal is one 422 DOSSIER_INCOMPLETE whose \`errors\` lists ` +
          '`applicant.<field>`, `formData.<path>` and `components.<componentId>`. A guest’s dossier is not sent yet: the answer ' +
          'has `awaitingConfirmation: true` and a confirmation link goes by e-mail. Errors: DOSSIER_ACTION_NOT_ALLOWED (409), VERSION_CONFLICT (409).',
        params: ZDossierIdParams,
        body: ZSubmitRequest.optional(),
        response: { 200: ZSubmitResult, 400: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem, 429: ZProblem, ...auth },
      },
    },
    async (request) => service.submit(ownerActorOf(request), request.params.id, request.body ?? {}, contextOf(request)),
  );

  app.post(
    '/dossiers/:id/supplement',
    {
      schema: {
        operationId: 'submitSupplement',
        security: SECURITY.session,
        tags,
        summary: 'Send the supplement the agency asked for (Gửi bổ sung): supplement-requested → sent',
        description:
          'The owner citizen only (a guest files a new dossier). Checked like a submit (422 DOSSIER_INCOMPLETE). Errors: ' +
          'DOSSIER_ACTION_NOT_ALLOWED (409) in another state, VERSION_CONFLICT (409).',
        params: ZDossierIdParams,
        body: ZSupplementRequest.optional(),
        response: { 200: ZSubmitResult, 400: ZProblem, 404: ZProblem, 409: ZProblem, 422: ZProblem, ...auth },
      },
    },
    async (request) => service.supplement(ownerActorOf(request), request.params.id, request.body ?? {}, contextOf(request)),
  );

  app.post(
    '/dossiers/:id/rating',
    {
      schema: {
        operationId: 'rateDossier',
        security: SECURITY.session,
        tags,
        summary: 'Rate the service once the result is out (1–5, optional comment), once',
        description: 'The owner citizen only. Errors: DOSSIER_ACTION_NOT_ALLOWED (409) before the result, DOSSIER_ALREADY_RATED (409).',
        params: ZDossierIdParams,
        body: ZRatingRequest,
        response: { 201: ZRating, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request, reply) => reply.code(201).send(await service.rate(ownerActorOf(request), request.params.id, request.body, contextOf(request))),
  );

  app.get(
    '/dossiers/:id/history',
    {
      schema: {
        operationId: 'getDossierHistory',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'Processing history (Quá trình xử lý): time, sender, action, receiver, note; oldest first',
        description: READ_ACCESS,
        params: ZDossierIdParams,
        response: { 200: ZHistoryList, 400: ZProblem, 404: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return { items: await service.history(actorOf(request), request.params.id) };
    },
  );

  app.get(
    '/dossiers/:id/receipt.pdf',
    {
      schema: {
        operationId: 'downloadDossierReceipt',
        security: SECURITY.sessionOrGuest,
        tags,
        summary: 'The receipt (giấy tiếp nhận) as PDF: code, procedure, applicant, components, dates, QR code to the public lookup',
        description: `${READ_ACCESS} Only once the dossier has a code: else 409 RECEIPT_NOT_AVAILABLE.`,
        params: ZDossierIdParams,
        response: { 200: binaryResponse(['application/pdf'], 'The receipt'), 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      const receipt = await receipts.render(actorOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(receipt.fileName).replace(/^attachment/, 'inline'))
        .header('cache-control', 'private, no-store')
        .send(receipt.content);
    },
  );
};
