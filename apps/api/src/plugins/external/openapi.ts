import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/**
 * OpenAPI 3 document generated from the zod schemas of every route:
 * `/api/openapi.json`, with a UI at `/api/docs`.
 */
export default fp(
  async function openapi(app) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Cổng Dịch vụ công trực tuyến — REST API',
          version: '1.0.0',
          description:
            'Versioned REST API of the online public-service portal, used by the SPA and by integrators. ' +
            'Errors are application/problem+json with a stable `code`, a Vietnamese `title` and field `errors`. ' +
            'Lists take `limit` and `cursor` and answer `{ items, nextCursor }`.',
          license: { name: 'MIT' },
        },
        tags: [
          { name: 'health', description: 'Liveness and readiness' },
          { name: 'portal', description: 'Portal identity' },
          { name: 'catalogue', description: 'Agencies, fields and administrative procedures (public)' },
          { name: 'auth', description: 'Registration, activation, login and sessions (httpOnly cookies; writes need X-CSRF-Token)' },
          { name: 'account', description: 'The signed-in account: profile, password and e-mail change' },
          {
            name: 'dossiers',
            description:
              'Citizen dossiers: create, save, upload, send, supplement, history, receipt, rating; guests submit without an account (X-Guest-Token)',
          },
          {
            name: 'staff',
            description:
              'Staff workspace: inbox views and counts, dossiers of my agency, processing actions (optimistic concurrency on `version`), result files, colleagues',
          },
          { name: 'admin-catalogue', description: 'Catalogue administration: agency tree, fields, procedures, components, templates, versioned online forms' },
          { name: 'admin-staff', description: 'Staff accounts of the agencies: invitation by e-mail, roles, agency, disable and enable' },
          { name: 'admin-calendar', description: 'Working-day calendar: public holidays and makeup working days per year' },
          { name: 'admin-mail-templates', description: 'E-mail templates: an administrator’s wording per template and language, preview, reset' },
          { name: 'admin-audit', description: 'Audit log of security events, staff actions and admin changes (append-only)' },
          { name: 'questions', description: 'Questions and answers (Hỏi đáp): ask with the captcha, search published answers' },
          {
            name: 'lookup',
            description: 'Public dossier lookup (Tra cứu hồ sơ) by code or receipt number + CCCD: status, dates and history, personal data masked',
          },
          { name: 'stats', description: 'Public statistics (Thống kê): dossiers received and resolved early / on time / late, on-time rate, online share, satisfaction' },
          { name: 'guides', description: 'Guides (Hướng dẫn sử dụng): published pages rendered from Markdown, safe HTML with a table of contents (public, cacheable)' },
          { name: 'admin-guides', description: 'Guide administration: Markdown pages per language, live preview with the public renderer, optimistic `revision` (system administrators)' },
          {
            name: 'legal-documents',
            description: 'Legal documents (Văn bản pháp luật): search with or without diacritics, filters and facets, document page, PDF download (public, cacheable)',
          },
          { name: 'admin-legal-documents', description: 'Legal document administration: add, edit, publish, delete, upload the PDF; optimistic `revision` (system administrators)' },
          { name: 'dev', description: 'Development helpers (not in production)' },
        ],
      },
      transform: jsonSchemaTransform,
    });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { url: '/api/openapi.json', docExpansion: 'list', deepLinking: true },
      staticCSP: false,
    });
  },
  { name: 'openapi' },
);
