import {
  DomainError,
  ZAccepted,
  ZAccount,
  ZActivationResult,
  ZCaptchaChallenge,
  ZLoginRequest,
  ZPasswordResetConfirm,
  ZPasswordResetRequest,
  ZProblem,
  ZRegisterRequest,
  ZRegisterResponse,
  ZResendActivationRequest,
  ZTokenRequest,
  type TUserKind,
} from '@portal/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REFRESH_COOKIE } from '../../plugins/app/auth.ts';
import { createAuthRepository } from './repository.ts';
import { createAuthService, type IssuedSession, type RequestContext } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

const ZNoContent = z.null().describe('No content');

/** Per client IP; accounts are also protected by the login throttle (lockout.ts) and per-account link limits. */
const limit = (max: number, timeWindow: string) => ({ rateLimit: { max, timeWindow } });

export const contextOf = (request: FastifyRequest): RequestContext => ({
  ip: request.ip,
  requestId: request.id,
  userAgent: request.headers['user-agent'],
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAuthService({
    repository: createAuthRepository(app.prisma),
    mail: app.mail,
    audit: app.audit,
    sessions: app.sessionCookies,
    captcha: app.captcha,
    publicUrl: app.config.publicUrl,
  });
  const tags = ['auth'];
  const problems = { 400: ZProblem, 429: ZProblem };

  const setSession = (reply: FastifyReply, session: IssuedSession) => app.sessionCookies.set(reply, session);

  app.get(
    '/auth/csrf',
    {
      schema: {
        operationId: 'getCsrfToken',
        security: SECURITY.public,
        tags,
        summary: 'Issues the CSRF cookie (csrf_token) that the SPA copies into X-CSRF-Token on writes',
        response: { 204: ZNoContent },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/captcha',
    {
      config: limit(30, '1 minute'),
      schema: {
        operationId: 'getCaptchaChallenge',
        security: SECURITY.public,
        tags,
        summary: 'A proof-of-work challenge (ALTCHA) for the registration form’s verification step',
        response: { 200: ZCaptchaChallenge, 429: ZProblem },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.captchaChallenge();
    },
  );

  app.post(
    '/auth/register',
    {
      config: limit(10, '10 minutes'),
      schema: {
        operationId: 'registerAccount',
        security: SECURITY.public,
        tags,
        summary: 'Register a citizen account (Đăng ký); an activation e-mail is sent',
        description: 'Errors: VALIDATION_FAILED, WEAK_PASSWORD, CAPTCHA_INVALID, USERNAME_TAKEN (in any letter case), EMAIL_TAKEN, RATE_LIMITED.',
        body: ZRegisterRequest,
        response: { 201: ZRegisterResponse, 409: ZProblem, ...problems },
      },
    },
    async (request, reply) => {
      const result = await service.register(request.body, { ...contextOf(request), locale: request.body.locale ?? 'vi' });
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/auth/activate',
    {
      config: limit(20, '10 minutes'),
      schema: {
        operationId: 'activateAccount',
        security: SECURITY.public,
        tags,
        summary: 'Activate an account with the token of the e-mailed link (kích hoạt)',
        description: 'Errors: TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED.',
        body: ZTokenRequest,
        response: { 200: ZActivationResult, ...problems },
      },
    },
    async (request) => {
      await service.activate(request.body.token, contextOf(request));
      return { status: 'active' as const };
    },
  );

  app.post(
    '/auth/activation/resend',
    {
      config: limit(5, '10 minutes'),
      schema: {
        operationId: 'resendActivation',
        security: SECURITY.public,
        tags,
        summary: 'Send the activation e-mail again',
        description: 'Always 202, whether or not the account exists or waits for activation; at most 3 links per account and hour.',
        body: ZResendActivationRequest,
        response: { 202: ZAccepted, ...problems },
      },
    },
    async (request, reply) => {
      await service.resendActivation(request.body.username);
      return reply.code(202).send({ accepted: true as const });
    },
  );

  const login = (entry: TUserKind) => async (request: FastifyRequest<{ Body: z.output<typeof ZLoginRequest> }>, reply: FastifyReply) => {
    const { session, account } = await service.login(request.body, entry, contextOf(request));
    setSession(reply, session);
    return account;
  };
  const loginOptions = (operationId: string, summary: string, routeTags: string[]) => ({
    config: { ...limit(20, '1 minute'), csrf: 'always' as const },
    schema: {
      operationId,
      security: SECURITY.csrf,
      tags: routeTags,
      summary,
      description:
        'Sets the session cookies. `username` may be the e-mail. Errors: INVALID_CREDENTIALS (unknown account, wrong password, ' +
        'or too many wrong passwords for this account from this address: one answer for all three), ' +
        'ACCOUNT_NOT_ACTIVATED, ACCOUNT_DISABLED, WRONG_LOGIN_ENTRY (these three only after the right password), CSRF_INVALID, RATE_LIMITED.',
      body: ZLoginRequest,
      response: { 200: ZAccount, 401: ZProblem, 403: ZProblem, ...problems },
    },
  });

  app.post('/auth/login', loginOptions('login', 'Citizen login (Đăng nhập)', tags), login('citizen'));
  app.post('/staff/auth/login', loginOptions('loginStaff', 'Staff login (Cán bộ đăng nhập): staff accounts only', ['auth', 'staff']), login('staff'));

  app.post(
    '/auth/refresh',
    {
      config: limit(60, '1 minute'),
      schema: {
        operationId: 'refreshSession',
        security: SECURITY.refresh,
        tags,
        summary: 'New access token from the refresh-token cookie (the refresh token rotates)',
        description: 'Reusing an old refresh token revokes its whole session. Errors: SESSION_EXPIRED, CSRF_INVALID.',
        response: { 204: ZNoContent, 401: ZProblem, 403: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const token = request.cookies[REFRESH_COOKIE];
      try {
        if (!token) throw new DomainError('SESSION_EXPIRED');
        setSession(reply, await service.refresh(token, contextOf(request)));
      } catch (error) {
        app.sessionCookies.clear(reply);
        throw error;
      }
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        operationId: 'logout',
        security: SECURITY.session,
        tags,
        summary: 'Log out (Thoát): revokes the session and clears its cookies',
        response: { 204: ZNoContent, 403: ZProblem },
      },
    },
    async (request, reply) => {
      await service.logout(request.cookies[REFRESH_COOKIE], request.sessionId, { ...contextOf(request), userId: request.user?.id });
      app.sessionCookies.clear(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/password-reset',
    {
      config: limit(5, '10 minutes'),
      schema: {
        operationId: 'requestPasswordReset',
        security: SECURITY.public,
        tags,
        summary: 'Forgotten password: e-mail a single-use reset link',
        description: 'Always 202, whether or not the address belongs to an account.',
        body: ZPasswordResetRequest,
        response: { 202: ZAccepted, ...problems },
      },
    },
    async (request, reply) => {
      await service.requestPasswordReset(request.body.email);
      return reply.code(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: limit(20, '10 minutes'),
      schema: {
        operationId: 'confirmPasswordReset',
        security: SECURITY.public,
        tags,
        summary: 'Choose a new password with the token of the e-mailed link; every session of the account ends',
        description: 'Errors: TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED, WEAK_PASSWORD.',
        body: ZPasswordResetConfirm,
        response: { 204: ZNoContent, ...problems },
      },
    },
    async (request, reply) => {
      await service.confirmPasswordReset(request.body, contextOf(request));
      return reply.code(204).send(null);
    },
  );
};
