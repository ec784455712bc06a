import { ZGuestConfirmRequest, ZGuestConfirmResult, ZGuestDossierCreate, ZGuestDossierCreated, ZProblem } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../auth/routes.ts';
import { createDossierRepository } from '../dossiers/repository.ts';
import { createDossierService } from '../dossiers/service.ts';
import { createGuestDossierService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** Submission without an account: POST /guest-dossiers and the e-mailed confirmation. */
export const guestDossierRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = createDossierRepository(app.prisma);
  const service = createGuestDossierService({
    dossiers: createDossierService({ prisma: app.prisma, repository, storage: app.storage, audit: app.audit, mailContext: app, log: app.log }),
    repository,
    mailContext: app,
    audit: app.audit,
    // The one verifier of GET /auth/captcha: a solution spent elsewhere is refused here.
    captcha: app.captcha,
  });
  const tags = ['dossiers'];

  app.post(
    '/guest-dossiers',
    {
      config: { rateLimit: { max: 10, timeWindow: '10 minutes' } },
      schema: {
        operationId: 'createGuestDossier',
        security: SECURITY.public,
        tags,
        summary: 'Create a dossier without an account (e-mail + captcha); answers a secret guest token',
        description:
          'The same form as POST /dossiers plus `email` and the captcha of GET /auth/captcha. `guestToken` is shown once: ' +
          'send it as `X-Guest-Token` (or `Authorization: Guest <token>`) on /dossiers/:id, /files, /submit for 72 hours. ' +
          'Submitting e-mails a confirmation link; the dossier is sent only when it is followed (POST /guest-dossiers/confirm). ' +
          'Errors: CAPTCHA_INVALID, PROCEDURE_NOT_FOUND, PROCEDURE_NOT_ONLINE, VALIDATION_FAILED, RATE_LIMITED.',
        body: ZGuestDossierCreate,
        response: { 201: ZGuestDossierCreated, 400: ZProblem, 404: ZProblem, 409: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => reply.code(201).send(await service.create(request.body, contextOf(request))),
  );

  app.post(
    '/guest-dossiers/confirm',
    {
      config: { rateLimit: { max: 20, timeWindow: '10 minutes' } },
      schema: {
        operationId: 'confirmGuestDossier',
        security: SECURITY.public,
        tags,
        summary: 'Confirm a guest dossier with the token of the e-mailed link: it is sent and gets its code',
        description:
          'Checked again like a submit (422 DOSSIER_INCOMPLETE). Errors: TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED, ' +
          'DOSSIER_ACTION_NOT_ALLOWED (409).',
        body: ZGuestConfirmRequest,
        response: { 200: ZGuestConfirmResult, 400: ZProblem, 409: ZProblem, 422: ZProblem, 429: ZProblem },
      },
    },
    async (request) => service.confirm(request.body.token, contextOf(request)),
  );
};
