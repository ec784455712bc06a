import {
  ZAccepted,
  ZAccount,
  ZChangePasswordRequest,
  ZEmailChangeRequest,
  ZEmailChangeResult,
  ZProblem,
  ZProfileUpdate,
  ZTokenRequest,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAuthRepository } from '../auth/repository.ts';
import { contextOf } from '../auth/routes.ts';
import { consumeEmailToken } from '../auth/service.ts';
import { createMeRepository } from './repository.ts';
import { createMeService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';
import { SESSION_HINT_COOKIE } from '../../plugins/app/auth.ts';

const ZNoContent = z.null().describe('No content');

/** The signed-in account (citizen or staff): GET/PATCH /me, password and e-mail change. */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const authRepository = createAuthRepository(app.prisma);
  const service = createMeService({
    repository: createMeRepository(app.prisma),
    authRepository,
    consumeToken: (purpose, token, work) => consumeEmailToken(authRepository, purpose, token, work),
    mail: app.mail,
    audit: app.audit,
    publicUrl: app.config.publicUrl,
  });
  const tags = ['account'];
  const signedIn = { 401: ZProblem, 403: ZProblem };

  app.get(
    '/me',
    {
      preHandler: app.requireUser,
      schema: {
        operationId: 'getMe',
        security: SECURITY.session,
        tags,
        summary: 'The signed-in account (401 when signed out: the SPA reads the session from here)',
        response: { 200: ZAccount, ...signedIn },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      // A session from before the hint cookie existed: the SPA found it (a signed-in page
      // asks regardless); from now on it knows. Until the browser closes: whether the
      // session was "remembered" is not known here.
      if (request.sessionId && !request.cookies[SESSION_HINT_COOKIE]) app.sessionCookies.setHint(reply, false);
      return service.getAccount(request.user!.id);
    },
  );

  app.patch(
    '/me',
    {
      preHandler: app.requireUser,
      schema: {
        operationId: 'updateMe',
        security: SECURITY.session,
        tags,
        summary: 'Update the profile (Thông tin cá nhân): full name, gender, date of birth, CCCD, address, phone',
        description: 'Omitted fields stay; null or an empty string clears a field (not the phone).',
        body: ZProfileUpdate,
        response: { 200: ZAccount, 400: ZProblem, ...signedIn },
      },
    },
    async (request) => service.updateProfile(request.user!.id, request.body, contextOf(request)),
  );

  app.post(
    '/me/password',
    {
      preHandler: app.requireUser,
      config: { rateLimit: { max: 10, timeWindow: '15 minutes', keyGenerator: (request) => request.user?.id ?? request.ip } },
      schema: {
        operationId: 'changePassword',
        security: SECURITY.session,
        tags,
        summary: 'Change the password (the current one is required); the other sessions of the account end',
        description: 'Errors: WRONG_PASSWORD, WEAK_PASSWORD, VALIDATION_FAILED.',
        body: ZChangePasswordRequest,
        response: { 204: ZNoContent, 400: ZProblem, 429: ZProblem, ...signedIn },
      },
    },
    async (request, reply) => {
      await service.changePassword(request.user!.id, request.sessionId, request.body, contextOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/email',
    {
      preHandler: app.requireUser,
      config: { rateLimit: { max: 5, timeWindow: '15 minutes', keyGenerator: (request) => request.user?.id ?? request.ip } },
      schema: {
        operationId: 'requestEmailChange',
        security: SECURITY.session,
        tags,
        summary: 'Change the e-mail address: a confirmation link goes to the new address',
        description: 'The account keeps its address until the link is opened (see `pendingEmail`). Errors: WRONG_PASSWORD, EMAIL_TAKEN.',
        body: ZEmailChangeRequest,
        response: { 202: ZAccepted, 400: ZProblem, 409: ZProblem, 429: ZProblem, ...signedIn },
      },
    },
    async (request, reply) => {
      await service.requestEmailChange(request.user!.id, request.body, contextOf(request));
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/me/email/confirm',
    {
      config: { rateLimit: { max: 20, timeWindow: '10 minutes' } },
      schema: {
        operationId: 'confirmEmailChange',
        security: SECURITY.public,
        tags,
        summary: 'Confirm the new e-mail address with the token of the e-mailed link (works without signing in)',
        description: 'Errors: TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED, EMAIL_TAKEN.',
        body: ZTokenRequest,
        response: { 200: ZEmailChangeResult, 400: ZProblem, 409: ZProblem, 429: ZProblem },
      },
    },
    async (request) => service.confirmEmailChange(request.body.token, contextOf(request)),
  );
};
