import etag from '@fastify/etag';
import multipart from '@fastify/multipart';
import {
  LEGAL_DOCUMENT_FILE_MAX_BYTES,
  ZAdminLegalDocument,
  ZAdminLegalDocumentPage,
  ZAdminLegalDocumentQuery,
  ZLegalDocumentCreate,
  ZLegalDocumentDeleteQuery,
  ZLegalDocumentIdParams,
  ZLegalDocumentRefs,
  ZLegalDocumentRefsQuery,
  ZLegalDocumentUpdate,
  ZProblem,
  ZPublicLegalDocumentDetail,
  ZPublicLegalDocumentPage,
  ZPublicLegalDocumentQuery,
} from '@portal/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentDisposition } from '../../lib/content-disposition.ts';
import { drainUnreadBody } from '../../lib/uploads/drain-unread-body.ts';
import { vietnameseValidatorCompiler } from '../admin-catalogue/vietnamese-validation.ts';
import { createLegalDocumentRepository } from './repository.ts';
import { createLegalDocumentService, type LegalDocumentActor, type LegalDocumentService } from './service.ts';
import { binaryResponse, SECURITY } from '../../plugins/external/openapi.ts';

/** The list changes a few times a month: a minute of caching by browsers and proxies is harmless. */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
/**
 * A file id never changes content, but the document may be unpublished: shared caches
 * keep the PDF five minutes at most.
 */
const FILE_CACHE = 'public, max-age=300';

const SEARCH =
  '`q` matches the number, title (trích yếu), summary and issuer with or without Vietnamese diacritics ' +
  '(`thu tuc hanh chinh moi truong dien tu` finds Nghị định 45/2020/NĐ-CP); every word must occur. ' +
  'Newest issue date first, except that documents whose number begins with the query come first (`45/2020`). ' +
  '`docType` and `issuer` take the exact values listed in `facets`; `year` or `from`/`to` (YYYY-MM-DD) bound the issue date. ' +
  '`cursor` is opaque: pass `nextCursor` back with the same filters.';

/** Văn bản pháp luật (see packages/domain/src/legal-documents.ts): the public list and its administration. */
export const legalDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createLegalDocumentService({
    repository: createLegalDocumentRepository(app.prisma),
    storage: app.storage,
    audit: app.audit,
    log: app.log,
  });
  await app.register(publicRoutes, { service });
  await app.register(adminRoutes, { service });
};

const publicRoutes: FastifyPluginAsyncZod<{ service: LegalDocumentService }> = async (app, { service }) => {
  const tags = ['legal-documents'];
  // The same answer for every visitor: no per-visitor cookie on it (ADR 003).
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, publicCache: true, etag: true };
  });
  // Strong ETags over the JSON; a matching If-None-Match answers 304 without the body.
  await app.register(etag);
  app.addHook('onSend', async (request, reply) => {
    if (request.method === 'GET' && (reply.statusCode === 200 || reply.statusCode === 304) && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', PUBLIC_CACHE);
    }
  });
  const limits = { rateLimit: { max: 240, timeWindow: '1 minute' } };

  app.get(
    '/legal-documents',
    {
      config: limits,
      schema: {
        operationId: 'searchLegalDocuments',
        security: SECURITY.public,
        tags,
        summary: 'Search the published legal documents (văn bản pháp luật), with the types, issuers, years and fields to filter by',
        description: SEARCH,
        querystring: ZPublicLegalDocumentQuery,
        response: { 200: ZPublicLegalDocumentPage, 400: ZProblem, 429: ZProblem },
      },
    },
    async (request) => service.publicPage(request.query),
  );

  app.get(
    '/legal-documents/refs',
    {
      config: limits,
      schema: {
        operationId: 'resolveLegalDocumentRefs',
        security: SECURITY.public,
        tags,
        summary: 'Which of these document numbers are published legal documents, and their ids',
        description:
          '`numbers` separated by commas (at most 50), compared without regard to case, diacritics and punctuation; ' +
          'each item gives back the number as asked. The procedure page links its legal basis with it.',
        querystring: ZLegalDocumentRefsQuery,
        response: { 200: ZLegalDocumentRefs, 400: ZProblem, 429: ZProblem },
      },
    },
    async (request) => service.refs(request.query.numbers),
  );

  app.get(
    '/legal-documents/:id',
    {
      schema: {
        operationId: 'getLegalDocument',
        security: SECURITY.public,
        tags,
        summary: 'One published legal document, with the procedures whose legal basis cites it',
        description: 'Errors: LEGAL_DOCUMENT_NOT_FOUND (404) for an unknown or unpublished document.',
        params: ZLegalDocumentIdParams,
        response: { 200: ZPublicLegalDocumentDetail, 400: ZProblem, 404: ZProblem },
      },
    },
    async (request) => service.publicOne(request.params.id),
  );

  app.get(
    '/legal-documents/:id/file',
    {
      config: limits,
      schema: {
        operationId: 'downloadLegalDocument',
        security: SECURITY.public,
        tags,
        summary: 'Download the PDF of a published legal document',
        description:
          "`application/pdf` named after the type and number in `Content-Disposition` (`filename*=UTF-8''…`, RFC 6266/5987), " +
          'e.g. "Nghị định 45-2020-NĐ-CP.pdf". The ETag is the SHA-256 of the content. ' +
          'Errors: LEGAL_DOCUMENT_NOT_FOUND (404, also while unpublished), LEGAL_DOCUMENT_FILE_NOT_FOUND (404).',
        params: ZLegalDocumentIdParams,
        produces: ['application/pdf'],
        response: { 200: binaryResponse(['application/pdf'], 'The PDF', { etag: true }), 304: z.any().describe('Not modified'), 400: ZProblem, 404: ZProblem },
      },
    },
    async (request, reply) => {
      const file = await service.publicFile(request.params.id);
      const tag = `"${file.sha256}"`;
      reply.header('etag', tag).header('cache-control', FILE_CACHE);
      if (request.headers['if-none-match'] === tag) return reply.code(304).send();
      const content = await app.storage.get(file.storageKey);
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', attachmentDisposition(file.fileName))
        .send(content);
    },
  );
};

const WHO = 'Callers: staff with the role system_admin; anyone else 403 FORBIDDEN (an agency administrator too); signed out 401.';

const actorOf = (request: FastifyRequest): LegalDocumentActor => ({
  userId: request.user!.id,
  username: request.user!.username,
  ip: request.ip,
  requestId: request.id,
});

const adminRoutes: FastifyPluginAsyncZod<{ service: LegalDocumentService }> = async (app, { service }) => {
  app.setValidatorCompiler(vietnameseValidatorCompiler);
  await app.register(multipart, {
    limits: { fileSize: LEGAL_DOCUMENT_FILE_MAX_BYTES + 1, files: 1, fields: 2, fieldSize: 1024, parts: 3, headerPairs: 100 },
  });
  // Before validation: nobody else learns anything about the shape of these requests.
  app.addHook('preValidation', app.requireStaff(['system_admin']));
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  const tags = ['admin-legal-documents'];
  const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
  const fieldsNote =
    'The number is stored without spaces (Unicode NFC); a number equal to another document’s once case, diacritics and ' +
    'punctuation are set aside is refused with 409 LEGAL_DOCUMENT_NUMBER_TAKEN. `published: false` hides the document and its PDF.';

  app.get(
    '/admin/legal-documents',
    {
      schema: {
        operationId: 'listAdminLegalDocuments',
        security: SECURITY.session,
        tags,
        summary: 'Every legal document, published or not, searched and filtered like the public list',
        description: `${WHO} ${SEARCH}`,
        querystring: ZAdminLegalDocumentQuery,
        response: { 200: ZAdminLegalDocumentPage, ...errors },
      },
    },
    async (request) => service.adminPage(request.query),
  );

  app.post(
    '/admin/legal-documents',
    {
      schema: {
        operationId: 'createLegalDocument',
        security: SECURITY.session,
        tags,
        summary: 'Add a legal document (then upload its PDF)',
        description: `${WHO} ${fieldsNote}`,
        body: ZLegalDocumentCreate,
        response: { 201: ZAdminLegalDocument, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(actorOf(request), request.body)),
  );

  app.get(
    '/admin/legal-documents/:id',
    { schema: { operationId: 'getAdminLegalDocument', security: SECURITY.session, tags, summary: 'One legal document as the editor shows it', description: WHO, params: ZLegalDocumentIdParams, response: { 200: ZAdminLegalDocument, ...errors } } },
    async (request) => service.adminOne(request.params.id),
  );

  app.put(
    '/admin/legal-documents/:id',
    {
      schema: {
        operationId: 'updateLegalDocument',
        security: SECURITY.session,
        tags,
        summary: 'Edit a legal document, publish or unpublish it',
        description: `${WHO} ${fieldsNote} \`revision\` is the one loaded: 409 VERSION_CONFLICT when someone saved in between.`,
        params: ZLegalDocumentIdParams,
        body: ZLegalDocumentUpdate,
        response: { 200: ZAdminLegalDocument, ...errors },
      },
    },
    async (request) => service.update(actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/admin/legal-documents/:id',
    {
      schema: {
        operationId: 'deleteLegalDocument',
        security: SECURITY.session,
        tags,
        summary: 'Delete a legal document and its PDF',
        description: `${WHO} \`revision\` is the one loaded: 409 VERSION_CONFLICT when someone saved in between.`,
        params: ZLegalDocumentIdParams,
        querystring: ZLegalDocumentDeleteQuery,
        response: { 204: z.null().describe('No content'), ...errors },
      },
    },
    async (request, reply) => {
      await service.remove(actorOf(request), request.params.id, request.query.revision);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/admin/legal-documents/:id/file',
    {
      onSend: drainUnreadBody,
      schema: {
        operationId: 'uploadLegalDocumentFile',
        security: SECURITY.session,
        tags,
        summary: 'Upload (or replace) the PDF of a legal document',
        description:
          `${WHO} multipart/form-data with the part \`file\`: a PDF, checked by its content (not its name), at most ` +
          `${LEGAL_DOCUMENT_FILE_MAX_BYTES} bytes. Errors: UNSUPPORTED_MEDIA_TYPE (415), PAYLOAD_TOO_LARGE (413); a refused file changes nothing.`,
        consumes: ['multipart/form-data'],
        upload: { file: { description: 'The PDF of the document', binary: true } },
        params: ZLegalDocumentIdParams,
        response: { 200: ZAdminLegalDocument, ...errors, 413: ZProblem, 415: ZProblem },
      },
    },
    async (request) => service.replaceFile(actorOf(request), request.params.id, await request.file()),
  );

  app.delete(
    '/admin/legal-documents/:id/file',
    {
      schema: { operationId: 'deleteLegalDocumentFile', security: SECURITY.session, tags, summary: 'Remove the PDF of a legal document', description: WHO, params: ZLegalDocumentIdParams, response: { 200: ZAdminLegalDocument, ...errors } },
    },
    async (request) => service.removeFile(actorOf(request), request.params.id),
  );
};
