import { ADMIN_ROLES, ZProblem, ZStaffIdParams, ZStaffInvite, ZStaffListQuery, ZStaffMember, ZStaffPage, ZStaffUpdate } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../auth/routes.ts';
import { createAdminStaffRepository } from './repository.ts';
import { createAdminStaffService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** /api/v1/admin/staff…: staff accounts of the agencies, for agency and system administrators. */
export const adminStaffRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAdminStaffService({
    repository: createAdminStaffRepository(app.prisma),
    mail: app.mail,
    audit: app.audit,
    publicUrl: app.config.publicUrl,
  });
  const tags = ['admin-staff'];
  const preHandler = app.requireStaff(ADMIN_ROLES);
  const refusals = { 401: ZProblem, 403: ZProblem };
  const scopeNote = 'An agency administrator sees and manages only their own agency (ADMIN_AGENCY_SCOPE) and never grants system_admin (ROLE_NOT_GRANTABLE).';

  app.get(
    '/admin/staff',
    {
      preHandler,
      schema: {
        operationId: 'listStaffAccounts',
        security: SECURITY.session,
        tags,
        summary: 'Staff accounts, by username; filter by agency, status, role, or search username / name / e-mail',
        description: scopeNote,
        querystring: ZStaffListQuery,
        response: { 200: ZStaffPage, 400: ZProblem, ...refusals },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.list(request.user!, request.query);
    },
  );

  app.post(
    '/admin/staff',
    {
      preHandler,
      schema: {
        operationId: 'inviteStaffMember',
        security: SECURITY.session,
        tags,
        summary: 'Invite a staff member: creates the pending account and e-mails a single-use link to choose a password',
        description: `${scopeNote} Errors: VALIDATION_FAILED, USERNAME_TAKEN, EMAIL_TAKEN.`,
        body: ZStaffInvite,
        response: { 201: ZStaffMember, 400: ZProblem, 409: ZProblem, ...refusals },
      },
    },
    async (request, reply) => reply.code(201).send(await service.invite(request.user!, request.body, contextOf(request))),
  );

  app.get(
    '/admin/staff/:id',
    {
      preHandler,
      schema: { operationId: 'getStaffAccount', security: SECURITY.session, tags, summary: 'One staff account', params: ZStaffIdParams, response: { 200: ZStaffMember, 404: ZProblem, ...refusals } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.get(request.user!, request.params.id);
    },
  );

  app.patch(
    '/admin/staff/:id',
    {
      preHandler,
      schema: {
        operationId: 'updateStaffAccount',
        security: SECURITY.session,
        tags,
        summary: 'Change full name, position, agency or roles',
        description: `${scopeNote} Nobody drops their own administrator role (CANNOT_DISABLE_SELF).`,
        params: ZStaffIdParams,
        body: ZStaffUpdate,
        response: { 200: ZStaffMember, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...refusals },
      },
    },
    async (request) => service.update(request.user!, request.params.id, request.body, contextOf(request)),
  );

  app.post(
    '/admin/staff/:id/invitation',
    {
      preHandler,
      schema: {
        operationId: 'resendStaffInvitation',
        security: SECURITY.session,
        tags,
        summary: 'Send the invitation again (earlier links stop working)',
        description: 'Errors: INVITATION_NOT_PENDING once the invitation was accepted.',
        params: ZStaffIdParams,
        response: { 200: ZStaffMember, 404: ZProblem, 409: ZProblem, ...refusals },
      },
    },
    async (request) => service.resendInvitation(request.user!, request.params.id, contextOf(request)),
  );

  app.post(
    '/admin/staff/:id/disable',
    {
      preHandler,
      schema: {
        operationId: 'disableStaffAccount',
        security: SECURITY.session,
        tags,
        summary: 'Disable the account: it can no longer sign in and its sessions end at once',
        description: 'Errors: CANNOT_DISABLE_SELF.',
        params: ZStaffIdParams,
        response: { 200: ZStaffMember, 404: ZProblem, 409: ZProblem, ...refusals },
      },
    },
    async (request) => service.setDisabled(request.user!, request.params.id, true, contextOf(request)),
  );

  app.post(
    '/admin/staff/:id/enable',
    {
      preHandler,
      schema: {
        operationId: 'enableStaffAccount',
        security: SECURITY.session,
        tags,
        summary: 'Enable a disabled account again (pending again when the invitation was never accepted)',
        params: ZStaffIdParams,
        response: { 200: ZStaffMember, 404: ZProblem, 409: ZProblem, ...refusals },
      },
    },
    async (request) => service.setDisabled(request.user!, request.params.id, false, contextOf(request)),
  );
};
