import multipart from '@fastify/multipart';
import {
  ZAdminAgency,
  ZAdminAgencyList,
  ZAdminComponent,
  ZAdminField,
  ZAdminFieldList,
  ZAdminProcedure,
  ZAdminProcedureListQuery,
  ZAdminProcedurePage,
  ZAdminTemplate,
  ZAgencyInput,
  ZAgencyUpdate,
  ZComponentInput,
  ZComponentOrder,
  ZFieldInput,
  ZFormSave,
  ZFormSaved,
  ZProblem,
  ZProcedureFacts,
  ZProcedureUpdate,
  zPathId,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { drainUnreadBody } from '../../lib/uploads/drain-unread-body.ts';
import { adminActorOf } from './access.ts';
import { createAgencyAdministration } from './agencies.ts';
import { createCatalogueChangeLog } from './change-log.ts';
import { createComponentAdministration, MAX_TEMPLATE_BYTES } from './components.ts';
import { createProcedureAdministration } from './procedures.ts';
import { createAdminCatalogueRepository } from './repository.ts';
import { vietnameseValidatorCompiler } from './vietnamese-validation.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

const ZNoContent = z.null().describe('No content');
// A malformed id in the path is answered like an unknown one (zPathId)
const ZIdParams = z.object({ id: zPathId('NOT_FOUND') });
const ZProcedureIdParams = z.object({ id: zPathId('PROCEDURE_NOT_FOUND') });
const ZComponentParams = z.object({ id: zPathId('PROCEDURE_NOT_FOUND'), componentId: zPathId('NOT_FOUND') });
const ZTemplateParams = z.object({ id: zPathId('PROCEDURE_NOT_FOUND'), templateId: zPathId('NOT_FOUND') });

const WHO =
  'Callers: staff with the role system_admin (every agency) or agency_admin (reads the tree and fields; manages the procedures ' +
  'of its own agency). Anyone else: 403 FORBIDDEN; signed out: 401.';
const SYSTEM_ONLY = 'Callers: system_admin only (agency_admin gets 403 FORBIDDEN).';
const UPLOAD =
  `multipart/form-data, file part \`file\` (PDF, DOC, DOCX, XLS, XLSX, checked by content, at most ${MAX_TEMPLATE_BYTES} bytes). ` +
  'Errors: PAYLOAD_TOO_LARGE (413), UNSUPPORTED_MEDIA_TYPE (415).';

/**
 * Catalogue administration under /api/v1/admin: the agency tree, fields, procedures with
 * their components, templates and versioned online form. See
 * packages/domain/src/admin-catalogue.ts for the contract.
 */
export const adminCatalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.setValidatorCompiler(vietnameseValidatorCompiler);
  await app.register(multipart, {
    limits: { fileSize: MAX_TEMPLATE_BYTES + 1, files: 1, fields: 3, fieldSize: 2048, parts: 4, headerPairs: 100 },
  });
  // Before validation: a citizen learns nothing about the shape of these requests.
  app.addHook('preValidation', app.requireStaff(['agency_admin', 'system_admin']));

  const repository = createAdminCatalogueRepository(app.prisma);
  const changes = createCatalogueChangeLog(app.audit, app.catalogueCache);
  const agencies = createAgencyAdministration(repository, changes);
  const procedures = createProcedureAdministration(repository, changes);
  const components = createComponentAdministration({ repository, changes, storage: app.storage, log: app.log });
  const tags = ['admin-catalogue'];
  const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
  const uploadErrors = { ...errors, 413: ZProblem, 415: ZProblem };

  // ─── Agencies and fields ────────────────────────────────────────────────────

  app.get(
    '/admin/agencies',
    { schema: { operationId: 'listAdminAgencies', security: SECURITY.session, tags, summary: 'Every agency of the tree, closed ones included', description: WHO, response: { 200: ZAdminAgencyList, ...errors } } },
    async () => ({ items: await agencies.listAgencies() }),
  );

  app.post(
    '/admin/agencies',
    {
      schema: {
        operationId: 'createAgency',
        security: SECURITY.session,
        tags,
        summary: 'Add an agency to the tree',
        description: `${SYSTEM_ONLY} Errors: AGENCY_UNIT_CODE_TAKEN (409), VALIDATION_FAILED (parent unknown).`,
        body: ZAgencyInput,
        response: { 201: ZAdminAgency, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await agencies.createAgency(adminActorOf(request), request.body)),
  );

  app.put(
    '/admin/agencies/:id',
    {
      schema: {
        operationId: 'updateAgency',
        security: SECURITY.session,
        tags,
        summary: 'Edit an agency; `active: false` closes it (ngừng hoạt động)',
        description:
          `${SYSTEM_ONLY} The parent may not be the agency or one below it. Closing needs no active sub-unit and no published ` +
          'procedure (409 AGENCY_IN_USE). Errors: AGENCY_UNIT_CODE_TAKEN (409).',
        params: ZIdParams,
        body: ZAgencyUpdate,
        response: { 200: ZAdminAgency, ...errors },
      },
    },
    async (request) => agencies.updateAgency(adminActorOf(request), request.params.id, request.body),
  );

  app.get(
    '/admin/fields',
    { schema: { operationId: 'listAdminFields', security: SECURITY.session, tags, summary: 'Every field (lĩnh vực) with its number of procedures', description: WHO, response: { 200: ZAdminFieldList, ...errors } } },
    async () => ({ items: await agencies.listFields() }),
  );

  app.post(
    '/admin/fields',
    {
      schema: { operationId: 'createField', security: SECURITY.session, tags, summary: 'Add a field', description: `${SYSTEM_ONLY} Errors: FIELD_CODE_TAKEN (409).`, body: ZFieldInput, response: { 201: ZAdminField, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await agencies.createField(adminActorOf(request), request.body)),
  );

  app.put(
    '/admin/fields/:id',
    {
      schema: {
        operationId: 'updateField',
        security: SECURITY.session,
        tags,
        summary: 'Edit a field',
        description: `${SYSTEM_ONLY} Errors: FIELD_CODE_TAKEN (409).`,
        params: ZIdParams,
        body: ZFieldInput,
        response: { 200: ZAdminField, ...errors },
      },
    },
    async (request) => agencies.updateField(adminActorOf(request), request.params.id, request.body),
  );

  // ─── Procedures ─────────────────────────────────────────────────────────────

  app.get(
    '/admin/procedures',
    {
      schema: {
        operationId: 'listAdminProcedures',
        security: SECURITY.session,
        tags,
        summary: 'Procedures to administer, published or not',
        description: `${WHO} An agency_admin sees its agency's procedures only. \`q\`: words of the name (diacritics ignored) or the beginning of the code.`,
        querystring: ZAdminProcedureListQuery,
        response: { 200: ZAdminProcedurePage, ...errors },
      },
    },
    async (request) => procedures.list(adminActorOf(request), request.query),
  );

  app.post(
    '/admin/procedures',
    {
      schema: {
        operationId: 'createProcedure',
        security: SECURITY.session,
        tags,
        summary: 'Create a procedure (unpublished, with a one-field starter form as version 1)',
        description: `${WHO} An agency_admin creates procedures of its own agency only. Errors: PROCEDURE_CODE_TAKEN (409).`,
        body: ZProcedureFacts,
        response: { 201: ZAdminProcedure, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await procedures.create(adminActorOf(request), request.body)),
  );

  app.get(
    '/admin/procedures/:id',
    {
      schema: { operationId: 'getAdminProcedure', security: SECURITY.session, tags, summary: 'Everything about a procedure, for its editor', description: WHO, params: ZProcedureIdParams, response: { 200: ZAdminProcedure, ...errors } },
    },
    async (request) => procedures.get(adminActorOf(request), request.params.id),
  );

  app.put(
    '/admin/procedures/:id',
    {
      schema: {
        operationId: 'updateProcedure',
        security: SECURITY.session,
        tags,
        summary: 'Edit every catalogue fact of a procedure',
        description: `${WHO} \`revision\` is the one the editor loaded: 409 VERSION_CONFLICT when the procedure was saved since. Errors: PROCEDURE_CODE_TAKEN (409).`,
        params: ZProcedureIdParams,
        body: ZProcedureUpdate,
        response: { 200: ZAdminProcedure, ...errors },
      },
    },
    async (request) => procedures.update(adminActorOf(request), request.params.id, request.body),
  );

  for (const [path, published] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    app.post(
      `/admin/procedures/:id/${path}`,
      {
        schema: {
          operationId: published ? 'publishProcedure' : 'unpublishProcedure',
          security: SECURITY.session,
          tags,
          summary: published ? 'Publish: show the procedure in the public catalogue and its search' : 'Unpublish: take it out of the public catalogue',
          description: `${WHO} Dossiers already created are not affected.`,
          params: ZProcedureIdParams,
          response: { 200: ZAdminProcedure, ...errors },
        },
      },
      async (request) => procedures.setPublished(adminActorOf(request), request.params.id, published),
    );
  }

  app.put(
    '/admin/procedures/:id/form',
    {
      schema: {
        operationId: 'saveProcedureForm',
        security: SECURITY.session,
        tags,
        summary: 'Save the online form as a new version',
        description:
          `${WHO} Always creates version \`baseVersion + 1\` (409 VERSION_CONFLICT when \`baseVersion\` is not the current one); ` +
          'earlier versions are never changed, and dossiers keep the version they were created with.',
        params: ZProcedureIdParams,
        body: ZFormSave,
        response: { 201: ZFormSaved, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await procedures.saveForm(adminActorOf(request), request.params.id, request.body)),
  );

  // ─── Components and templates ───────────────────────────────────────────────

  app.post(
    '/admin/procedures/:id/components',
    {
      schema: { operationId: 'createProcedureComponent', security: SECURITY.session, tags, summary: 'Add a component (thành phần hồ sơ), last in the list', description: WHO, params: ZProcedureIdParams, body: ZComponentInput, response: { 201: ZAdminComponent, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await components.add(adminActorOf(request), request.params.id, request.body)),
  );

  app.put(
    '/admin/procedures/:id/components/order',
    {
      schema: {
        operationId: 'reorderProcedureComponents',
        security: SECURITY.session,
        tags,
        summary: 'Reorder the components',
        description: `${WHO} \`ids\` lists every component of the procedure once, in the new order.`,
        params: ZProcedureIdParams,
        body: ZComponentOrder,
        response: { 200: z.object({ items: z.array(ZAdminComponent) }), ...errors },
      },
    },
    async (request) => ({ items: await components.reorder(adminActorOf(request), request.params.id, request.body) }),
  );

  app.put(
    '/admin/procedures/:id/components/:componentId',
    {
      schema: { operationId: 'updateProcedureComponent', security: SECURITY.session, tags, summary: 'Edit a component', description: WHO, params: ZComponentParams, body: ZComponentInput, response: { 200: ZAdminComponent, ...errors } },
    },
    async (request) => components.update(adminActorOf(request), request.params.id, request.params.componentId, request.body),
  );

  app.delete(
    '/admin/procedures/:id/components/:componentId',
    {
      schema: {
        operationId: 'deleteProcedureComponent',
        security: SECURITY.session,
        tags,
        summary: 'Remove a component',
        description: `${WHO} Refused with 409 COMPONENT_IN_USE when dossiers have files under it.`,
        params: ZComponentParams,
        response: { 204: ZNoContent, ...errors },
      },
    },
    async (request, reply) => {
      await components.remove(adminActorOf(request), request.params.id, request.params.componentId);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/admin/procedures/:id/components/:componentId/template',
    {
      onSend: drainUnreadBody,
      schema: {
        operationId: 'uploadComponentTemplate',
        security: SECURITY.session,
        tags,
        summary: 'Upload (or replace) the template file of a component',
        description: `${WHO} ${UPLOAD}`,
        consumes: ['multipart/form-data'],
        upload: { file: { description: 'The template file (PDF, DOC, DOCX, XLS or XLSX)', binary: true } },
        params: ZComponentParams,
        response: { 200: ZAdminComponent, ...uploadErrors },
      },
    },
    async (request) => components.setComponentTemplate(adminActorOf(request), request.params.id, request.params.componentId, await request.file()),
  );

  app.delete(
    '/admin/procedures/:id/components/:componentId/template',
    {
      schema: { operationId: 'deleteComponentTemplate', security: SECURITY.session, tags, summary: 'Remove the template file of a component', description: WHO, params: ZComponentParams, response: { 200: ZAdminComponent, ...errors } },
    },
    async (request) => components.removeComponentTemplate(adminActorOf(request), request.params.id, request.params.componentId),
  );

  app.post(
    '/admin/procedures/:id/templates',
    {
      onSend: drainUnreadBody,
      schema: {
        operationId: 'createProcedureTemplate',
        security: SECURITY.session,
        tags,
        summary: 'Add a downloadable form (mẫu đơn, tờ khai): field `title` first, then `file`',
        description: `${WHO} ${UPLOAD}`,
        consumes: ['multipart/form-data'],
        upload: {
          title: { description: 'The title of the form; before `file`' },
          file: { description: 'The form file (PDF, DOC, DOCX, XLS or XLSX)', binary: true },
        },
        params: ZProcedureIdParams,
        response: { 201: ZAdminTemplate, ...uploadErrors },
      },
    },
    async (request, reply) => reply.code(201).send(await components.addTemplate(adminActorOf(request), request.params.id, await request.file())),
  );

  app.delete(
    '/admin/procedures/:id/templates/:templateId',
    {
      schema: { operationId: 'deleteProcedureTemplate', security: SECURITY.session, tags, summary: 'Remove a downloadable form', description: WHO, params: ZTemplateParams, response: { 204: ZNoContent, ...errors } },
    },
    async (request, reply) => {
      await components.removeTemplate(adminActorOf(request), request.params.id, request.params.templateId);
      return reply.code(204).send(null);
    },
  );
};
