import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { TPrismaClient } from '@portal/db';
import { installVietnameseValidationMessages } from '@portal/domain';
import { createLocalDiskStorage, type FileStorage } from '@portal/db/storage';
import type { AppConfig } from './config.ts';
import openapi from './plugins/external/openapi.ts';
import security from './plugins/external/security.ts';
import compression from './plugins/external/compression.ts';
import rateLimits from './plugins/external/rate-limit.ts';
import auditPlugin from './plugins/app/audit.ts';
import backgroundWork from './plugins/app/background-work.ts';
import authPlugin from './plugins/app/auth.ts';
import idempotency from './plugins/app/idempotency.ts';
import captchaPlugin from './plugins/app/captcha.ts';
import mailer from './plugins/app/mailer.ts';
import prismaPlugin from './plugins/app/prisma.ts';
import requestTimeout from './plugins/app/request-timeout.ts';
import problemDetails, { frameworkErrorHandler } from './plugins/app/problem-details.ts';
import textGuard from './plugins/app/text-guard.ts';
import spa from './plugins/app/spa.ts';
import { installStrictQuery } from './plugins/app/strict-query.ts';
import { refuseMalformedMultipart } from './lib/uploads/malformed-multipart.ts';
import storagePlugin from './plugins/app/storage.ts';
import storageMaintenance from './plugins/app/storage-maintenance.ts';
import { catalogueCachePlugin } from './plugins/app/response-cache.ts';
import { healthRoutes } from './features/health/routes.ts';
import { portalRoutes } from './features/portal/routes.ts';
import { catalogueRoutes } from './features/catalogue/routes.ts';
import { authRoutes } from './features/auth/routes.ts';
import { meRoutes } from './features/me/routes.ts';
import { devMailboxRoutes } from './features/dev-mailbox/routes.ts';
import { dossierRoutes } from './features/dossiers/routes.ts';
import { guestDossierRoutes } from './features/guest-dossiers/routes.ts';
import { staffDossierRoutes } from './features/staff-dossiers/routes.ts';
import { adminStaffRoutes } from './features/admin-staff/routes.ts';
import { staffInvitationRoutes } from './features/staff-invitations/routes.ts';
import { calendarRoutes } from './features/admin-calendar/routes.ts';
import { adminMailTemplateRoutes } from './features/admin-mail-templates/routes.ts';
import { adminAuditRoutes } from './features/admin-audit/routes.ts';
import { adminCatalogueRoutes } from './features/admin-catalogue/routes.ts';
import { questionRoutes } from './features/questions/routes.ts';
import { lookupRoutes } from './features/lookup/routes.ts';
import { statsRoutes } from './features/stats/routes.ts';
import { guideRoutes } from './features/guides/routes.ts';
import { legalDocumentRoutes } from './features/legal-documents/routes.ts';
import { siteRoutes } from './features/site/routes.ts';
import { oauthRoutes } from './features/oauth/routes.ts';
import { apiClientRoutes } from './features/api-clients/routes.ts';
import webhookWorker from './features/webhooks/worker.ts';
import { webhookRoutes } from './features/webhooks/routes.ts';
import { adminWebhookRoutes } from './features/webhooks/admin-routes.ts';
import { eventRoutes } from './features/events/routes.ts';
import { integrationDossierRoutes } from './features/integration-dossiers/routes.ts';

export interface AppDependencies {
  prisma: TPrismaClient;
  /** Defaults to the local disk under DATA_DIR/files */
  storage?: FileStorage;
  /** Background workers wait for `app.backgroundWork.start()` (server.ts loads the demo data first) */
  holdBackgroundWork?: boolean;
}

export interface RegisteredRoute {
  method: string;
  url: string;
  hidden: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    /** Every route, as registered: the OpenAPI test checks that each one is documented. */
    registeredRoutes: RegisteredRoute[];
  }
}

/**
 * Builds the whole application from a parsed configuration and its dependencies.
 * Nothing here listens on a port (server.ts does), so tests use `app.inject`.
 */
export async function buildApp(config: AppConfig, deps: AppDependencies): Promise<FastifyInstance> {
  // zod's own messages in Vietnamese, as in the SPA (English for Accept-Language: en, problem-details.ts)
  installVietnameseValidationMessages();
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            ...(config.isProduction ? {} : { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }),
          },
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Long parameters reach their route, whose schema answers 400/404 like any bad value;
    // past this, and for malformed percent-escapes, the router's own errors are problems too.
    routerOptions: { maxParamLength: 1000 },
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  // zod validation; unknown query parameters answer 400 (plugins/app/strict-query.ts)
  installStrictQuery(app);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('config', config);
  const registeredRoutes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      registeredRoutes.push({ method, url: route.url, hidden: Boolean((route.schema as { hide?: boolean } | undefined)?.hide) });
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Infrastructure first, then the application plugins, then the routes.
  await app.register(security);
  await app.register(compression);
  await app.register(openapi);
  await app.register(rateLimits);
  await app.register(problemDetails);
  await app.register(requestTimeout);
  app.addHook('onRequest', refuseMalformedMultipart);
  await app.register(textGuard);
  await app.register(prismaPlugin, { prisma: deps.prisma });
  await app.register(backgroundWork, { hold: deps.holdBackgroundWork ?? false });
  await app.register(auditPlugin);
  await app.register(mailer);
  await app.register(authPlugin);
  await app.register(idempotency);
  await app.register(captchaPlugin);
  await app.register(storagePlugin, { storage: deps.storage ?? createLocalDiskStorage(join(config.dataDir, 'files')) });
  await app.register(storageMaintenance);
  await app.register(webhookWorker);
  await app.register(catalogueCachePlugin);

  await app.register(healthRoutes);
  await app.register(portalRoutes, { prefix: '/api/v1' });
  await app.register(catalogueRoutes, { prefix: '/api/v1' });
  await app.register(authRoutes, { prefix: '/api/v1' });
  await app.register(meRoutes, { prefix: '/api/v1' });
  await app.register(dossierRoutes, { prefix: '/api/v1' });
  await app.register(guestDossierRoutes, { prefix: '/api/v1' });
  await app.register(staffDossierRoutes, { prefix: '/api/v1' });
  await app.register(adminStaffRoutes, { prefix: '/api/v1' });
  await app.register(staffInvitationRoutes, { prefix: '/api/v1' });
  await app.register(calendarRoutes, { prefix: '/api/v1' });
  await app.register(adminMailTemplateRoutes, { prefix: '/api/v1' });
  await app.register(adminAuditRoutes, { prefix: '/api/v1' });
  await app.register(adminCatalogueRoutes, { prefix: '/api/v1' });
  await app.register(questionRoutes, { prefix: '/api/v1' });
  await app.register(lookupRoutes, { prefix: '/api/v1' });
  await app.register(statsRoutes, { prefix: '/api/v1' });
  await app.register(guideRoutes, { prefix: '/api/v1' });
  await app.register(legalDocumentRoutes, { prefix: '/api/v1' });
  await app.register(oauthRoutes, { prefix: '/api/v1' });
  await app.register(apiClientRoutes, { prefix: '/api/v1' });
  await app.register(integrationDossierRoutes, { prefix: '/api/v1' });
  await app.register(eventRoutes, { prefix: '/api/v1' });
  await app.register(webhookRoutes, { prefix: '/api/v1' });
  await app.register(adminWebhookRoutes, { prefix: '/api/v1' });
  await app.register(devMailboxRoutes);
  await app.register(siteRoutes);

  await app.register(spa, { distDir: config.webDistDir });
  return app;
}
