import { ZMailPreview, ZMailTemplateDetail, ZMailTemplateKeyParams, ZMailTemplateList, ZMailTemplateOverrideInput, ZProblem } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../auth/routes.ts';
import { createMailTemplateRepository } from './repository.ts';
import { createMailTemplateService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** /api/v1/admin/mail-templates…: the wording of the portal's e-mails; system administrators only. */
export const adminMailTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createMailTemplateService({ repository: createMailTemplateRepository(app.prisma), audit: app.audit });
  const tags = ['admin-mail-templates'];
  const preHandler = app.requireStaff(['system_admin']);
  const refusals = { 401: ZProblem, 403: ZProblem };
  const placeholderNote = 'Placeholders are {{name}} from the template’s list; anything else is refused with MAIL_TEMPLATE_PLACEHOLDER_UNKNOWN (errors name the field).';

  app.get(
    '/admin/mail-templates',
    { preHandler, schema: { operationId: 'listMailTemplates', security: SECURITY.session, tags, summary: 'The editable e-mail templates and the languages that have an administrator’s version', response: { 200: ZMailTemplateList, ...refusals } } },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.list();
    },
  );

  app.get(
    '/admin/mail-templates/:key/:locale',
    {
      preHandler,
      schema: {
        operationId: 'getMailTemplate',
        security: SECURITY.session,
        tags,
        summary: 'One template in one language: its placeholders, the built-in wording and the administrator’s version',
        params: ZMailTemplateKeyParams,
        response: { 200: ZMailTemplateDetail, 400: ZProblem, 404: ZProblem, ...refusals },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.get(request.params.key, request.params.locale);
    },
  );

  app.put(
    '/admin/mail-templates/:key/:locale',
    {
      preHandler,
      schema: {
        operationId: 'saveMailTemplate',
        security: SECURITY.session,
        tags,
        summary: 'Save the administrator’s version (subject, text, optional HTML body): the next e-mails use it',
        description: placeholderNote,
        params: ZMailTemplateKeyParams,
        body: ZMailTemplateOverrideInput,
        response: { 200: ZMailTemplateDetail, 400: ZProblem, 404: ZProblem, ...refusals },
      },
    },
    async (request) => service.save(request.user!, request.params.key, request.params.locale, request.body, contextOf(request)),
  );

  app.delete(
    '/admin/mail-templates/:key/:locale',
    {
      preHandler,
      schema: {
        operationId: 'resetMailTemplate',
        security: SECURITY.session,
        tags,
        summary: 'Reset to the built-in wording',
        params: ZMailTemplateKeyParams,
        response: { 200: ZMailTemplateDetail, 400: ZProblem, 404: ZProblem, ...refusals },
      },
    },
    async (request) => service.reset(request.user!, request.params.key, request.params.locale, contextOf(request)),
  );

  app.post(
    '/admin/mail-templates/:key/:locale/preview',
    {
      preHandler,
      schema: {
        operationId: 'previewMailTemplate',
        security: SECURITY.session,
        tags,
        summary: 'Render a wording (saved or not) with the template’s sample data, as the recipient would see it',
        description: placeholderNote,
        params: ZMailTemplateKeyParams,
        body: ZMailTemplateOverrideInput,
        response: { 200: ZMailPreview, 400: ZProblem, 404: ZProblem, ...refusals },
      },
    },
    async (request) => service.preview(request.params.key, request.params.locale, request.body),
  );
};
