import { ZInvitationAccept, ZInvitationAccepted, ZProblem } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../auth/routes.ts';
import { createStaffInvitationRepository } from './repository.ts';
import { createStaffInvitationService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** POST /api/v1/staff/invitations/accept: the invitee chooses a password with the e-mailed token. */
export const staffInvitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createStaffInvitationService({ repository: createStaffInvitationRepository(app.prisma), audit: app.audit });

  app.post(
    '/staff/invitations/accept',
    {
      config: { rateLimit: { max: 20, timeWindow: '10 minutes' } },
      schema: {
        operationId: 'acceptStaffInvitation',
        security: SECURITY.public,
        tags: ['staff', 'admin-staff'],
        summary: 'Accept a staff invitation: choose the password; the account becomes active (sign in at /can-bo/dang-nhap)',
        description: 'Errors: TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED, WEAK_PASSWORD (same rules as every account), ACCOUNT_DISABLED.',
        body: ZInvitationAccept,
        response: { 200: ZInvitationAccepted, 400: ZProblem, 403: ZProblem, 429: ZProblem },
      },
    },
    async (request) => service.accept(request.body, contextOf(request)),
  );
};
