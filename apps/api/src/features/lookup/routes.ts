import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError, ZDossierLookup, ZDossierLookupQuery, ZProblem, isDomainError } from '@portal/domain';
import { createLookupRepository } from './repository.ts';
import { createLookupService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/**
 * Lookups per client IP. Codes follow a public pattern (unit, date, daily sequence), so the
 * limits, not secrecy, keep anyone from walking through them: a short burst for a person
 * checking a few dossiers, and an hourly budget in which a miss costs double, so guessing
 * runs out twice as fast as reading one's own dossiers.
 */
export const LOOKUP_LIMITS = { perMinute: 10, perHour: 100, missCost: 2 } as const;

/** Tra cứu hồ sơ: the public, masked view of a sent dossier (see packages/domain/src/lookup.ts). */
export const lookupRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createLookupService({ repository: createLookupRepository(app.prisma) });
  const hourly = app.createRateLimit({ max: LOOKUP_LIMITS.perHour, timeWindow: '1 hour' });

  const spendHourlyBudget = async (request: FastifyRequest) => {
    const budget = await hourly(request);
    return budget.isAllowed ? null : budget;
  };

  app.get(
    '/lookup',
    {
      // The receipt way carries a CCCD in the query string: keep the URL out of the access log.
      logLevel: 'warn',
      config: { rateLimit: { max: LOOKUP_LIMITS.perMinute, timeWindow: '1 minute' } },
      onSend: async (_request, reply) => {
        reply.header('cache-control', 'no-store');
      },
      preHandler: async (request, reply) => {
        const budget = await spendHourlyBudget(request);
        if (budget?.isExceeded) {
          reply.header('retry-after', budget.ttlInSeconds);
          throw new DomainError('RATE_LIMITED');
        }
      },
      schema: {
        operationId: 'lookupDossier',
        security: SECURITY.public,
        tags: ['lookup'],
        summary: 'Look up a sent dossier by its code, or by the receipt number with the applicant’s CCCD (public, masked)',
        description:
          'Tra cứu hồ sơ, the page a receipt’s QR code opens (`/tra-cuu?code=…`). Give either `code`, or `receiptNo` (the code as printed on the ' +
          'receipt) together with `idNumber` (the applicant’s 12-digit CCCD); codes match in any letter case, spaces ignored. Both ways answer the ' +
          'same view: the status, the procedure and the handling agency, the sent / received / due / finished dates, and the processing history ' +
          'as time, action, and sender and receiver reduced to a role and a unit ("Bộ phận một cửa – Sở Xây dựng", "Người nộp hồ sơ"). ' +
          'Personal data is masked: the applicant’s name as "Nguyễn T*** A**"; addresses, phone numbers, e-mail, ID numbers, files, notes and ' +
          'staff names are never part of the answer (the response schema has no field for them). A dossier not sent yet, an unknown code and a ' +
          `wrong CCCD all answer the same 404 LOOKUP_NOT_FOUND. Limits per client IP: ${LOOKUP_LIMITS.perMinute} lookups a minute and ` +
          `${LOOKUP_LIMITS.perHour} an hour, a miss counting ${LOOKUP_LIMITS.missCost}; beyond that 429 RATE_LIMITED with Retry-After. ` +
          'Answers are `Cache-Control: no-store` and need no session.',
        querystring: ZDossierLookupQuery,
        response: { 200: ZDossierLookup, 400: ZProblem, 404: ZProblem, 429: ZProblem },
      },
    },
    async (request) => {
      try {
        return await service.lookup(request.query);
      } catch (error) {
        // A miss has already paid once in the preHandler; it pays the rest here.
        if (isDomainError(error) && error.code === 'LOOKUP_NOT_FOUND') {
          for (let extra = 1; extra < LOOKUP_LIMITS.missCost; extra++) await spendHourlyBudget(request);
        }
        throw error;
      }
    },
  );
};
