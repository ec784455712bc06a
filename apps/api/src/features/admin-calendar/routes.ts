import { ADMIN_ROLES, ZCalendarYear, ZCalendarYearParams, ZCalendarYearUpdate, ZProblem } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contextOf } from '../auth/routes.ts';
import { createCalendarRepository } from './repository.ts';
import { createCalendarService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** The working-day calendar: public read for due-date display, administrators view, system administrators edit. */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createCalendarService({ repository: createCalendarRepository(app.prisma), audit: app.audit });
  const refusals = { 401: ZProblem, 403: ZProblem };

  app.get(
    '/calendar/:year',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getWorkingCalendar',
        security: SECURITY.public,
        tags: ['catalogue'],
        summary: 'Public holidays and makeup working days of a year (Vietnam local dates): what due dates are computed with',
        params: ZCalendarYearParams,
        response: { 200: ZCalendarYear, 400: ZProblem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return service.getYear(request.params.year);
    },
  );

  app.get(
    '/admin/calendar/:year',
    {
      preHandler: app.requireStaff(ADMIN_ROLES),
      schema: {
        operationId: 'getAdminCalendar',
        security: SECURITY.session,
        tags: ['admin-calendar'],
        summary: 'The year’s holidays and makeup working days, for editing',
        params: ZCalendarYearParams,
        response: { 200: ZCalendarYear, 400: ZProblem, ...refusals },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.getYear(request.params.year);
    },
  );

  app.put(
    '/admin/calendar/:year',
    {
      preHandler: app.requireStaff(['system_admin']),
      schema: {
        operationId: 'replaceAdminCalendar',
        security: SECURITY.session,
        tags: ['admin-calendar'],
        summary: 'Replace the year’s list (add, remove, rename days in one save); system administrators only',
        description:
          'Errors: CALENDAR_DATE_OUTSIDE_YEAR, CALENDAR_DUPLICATE_DATE (errors name `days.N.date`), VALIDATION_FAILED (a makeup working day must be a Saturday or Sunday).',
        params: ZCalendarYearParams,
        body: ZCalendarYearUpdate,
        response: { 200: ZCalendarYear, 400: ZProblem, ...refusals },
      },
    },
    async (request) => service.updateYear(request.user!, request.params.year, request.body.days, contextOf(request)),
  );
};
