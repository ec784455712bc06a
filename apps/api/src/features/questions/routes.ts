import {
  ZProblem,
  ZPublicQuestion,
  ZPublicQuestionPage,
  ZPublicQuestionQuery,
  ZQuestionAnswerRequest,
  ZQuestionAsk,
  ZQuestionAsked,
  ZQuestionIdParams,
  ZQuestionRejectRequest,
  ZStaffQuestion,
  ZStaffQuestionPage,
  ZStaffQuestionQuery,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../auth/routes.ts';
import { staffActorOf } from '../staff-dossiers/access.ts';
import { createQuestionRepository } from './repository.ts';
import { createQuestionService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** Hỏi đáp: the public questions and the staff workspace's answering (see packages/domain/src/questions.ts). */
export const questionRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createQuestionService({
    prisma: app.prisma,
    repository: createQuestionRepository(app.prisma),
    // The one verifier of GET /auth/captcha: a solution spent elsewhere is refused here.
    captcha: app.captcha,
    audit: app.audit,
    mail: app.mail,
    publicUrl: app.config.publicUrl,
  });
  const tags = ['questions'];
  const noStore = { 'cache-control': 'no-store' };
  const staffOnly = app.requireStaff(['clerk', 'leader', 'specialist']);
  const auth = { 401: ZProblem, 403: ZProblem };

  app.post(
    '/questions',
    {
      config: { rateLimit: { max: 5, timeWindow: '10 minutes' } },
      schema: {
        operationId: 'askQuestion',
        security: SECURITY.public,
        tags,
        summary: 'Ask a question (Hỏi đáp) about a field or a procedure, with the captcha of GET /auth/captcha',
        description:
          'The question goes to the procedure’s managing agency, else to the agency managing most of the field’s procedures. ' +
          'The answer is e-mailed to `askerEmail`. Errors: CAPTCHA_INVALID, QUESTION_TOPIC_NOT_FOUND, VALIDATION_FAILED, RATE_LIMITED.',
        body: ZQuestionAsk,
        response: { 201: ZQuestionAsked, 400: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => reply.code(201).send(await service.ask(request.body, contextOf(request))),
  );

  app.get(
    '/questions',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        operationId: 'listQuestions',
        security: SECURITY.public,
        tags,
        summary: 'Published questions and answers, newest answer first; keyword search with or without diacritics, field filter',
        querystring: ZPublicQuestionQuery,
        response: { 200: ZPublicQuestionPage, 400: ZProblem, 429: ZProblem },
      },
    },
    async (request) => service.publicPage(request.query),
  );

  app.get(
    '/questions/:id',
    {
      schema: {
        operationId: 'getQuestion',
        security: SECURITY.public,
        tags,
        summary: 'One published question and its answer (404 QUESTION_NOT_FOUND otherwise)',
        params: ZQuestionIdParams,
        response: { 200: ZPublicQuestion, 400: ZProblem, 404: ZProblem },
      },
    },
    async (request) => service.publicOne(request.params.id),
  );

  app.get(
    '/staff/questions',
    {
      preHandler: staffOnly,
      schema: {
        operationId: 'listStaffQuestions',
        security: SECURITY.session,
        tags: ['staff'],
        summary: 'The questions addressed to my agency, newest first, optionally of one status',
        querystring: ZStaffQuestionQuery,
        response: { 200: ZStaffQuestionPage, 400: ZProblem, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.staffPage(await staffActorOf(app.prisma, request), request.query);
    },
  );

  app.post(
    '/staff/questions/:id/answer',
    {
      preHandler: staffOnly,
      schema: {
        operationId: 'answerQuestion',
        security: SECURITY.session,
        tags: ['staff'],
        summary: 'Answer a question of my agency; `publish: true` also shows it on the public Hỏi đáp page. The asker is e-mailed.',
        description: 'Errors: QUESTION_NOT_FOUND, QUESTION_OTHER_AGENCY (403), QUESTION_NOT_ANSWERABLE (409: rejected or already published).',
        params: ZQuestionIdParams,
        body: ZQuestionAnswerRequest,
        response: { 200: ZStaffQuestion, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request) => service.answer(await staffActorOf(app.prisma, request), request.params.id, request.body, contextOf(request)),
  );

  app.post(
    '/staff/questions/:id/reject',
    {
      preHandler: staffOnly,
      schema: {
        operationId: 'rejectQuestion',
        security: SECURITY.session,
        tags: ['staff'],
        summary: 'Reject a pending question of my agency with a reason (e-mailed to the asker, never published)',
        description: 'Errors: QUESTION_NOT_FOUND, QUESTION_OTHER_AGENCY (403), QUESTION_NOT_ANSWERABLE (409).',
        params: ZQuestionIdParams,
        body: ZQuestionRejectRequest,
        response: { 200: ZStaffQuestion, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...auth },
      },
    },
    async (request) => service.reject(await staffActorOf(app.prisma, request), request.params.id, request.body, contextOf(request)),
  );
};
