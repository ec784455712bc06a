import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, operations, paths } from './schema.d.ts';

/**
 * The typed client of the portal's REST API: openapi-fetch over the types generated from
 * /api/openapi.json (src/schema.d.ts). Paths, parameters, bodies and answers are checked by
 * TypeScript; `operations['submitDossier']` etc. name each operation by its operationId.
 *
 * ```ts
 * const portal = createPortalClient({ baseUrl: 'https://dichvucong.example.gov.vn', headers: { authorization: `Bearer ${token}` } });
 * const { data, error } = await portal.GET('/api/v1/procedures/{idOrCode}', { params: { path: { idOrCode: '1.001234' } } });
 * ```
 */
export type { components, operations, paths };
export type PortalClient = Client<paths>;

export function createPortalClient(options: ClientOptions = {}): PortalClient {
  return createClient<paths>(options);
}

/** The `application/problem+json` body of every error answer */
export type Problem = components['schemas']['Problem'];

export { createClient };
export type { ClientOptions };
