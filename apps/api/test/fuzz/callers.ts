import type { FastifyInstance } from 'fastify';
import { InjectSession as TestBrowser } from '../../src/lib/inject-session.ts';
import { bearerTokenFor, createTestApiClient } from '../api-client-kit.ts';
import type { FuzzCaller, FuzzOperation } from './openapi-fuzz.ts';

const DEMO_PASSWORD = 'Demo@2025';

/** A browser's cookies (by path) and its CSRF header, lent to the fuzzer's requests. */
export function callerOf(browser: TestBrowser): FuzzCaller {
  return {
    headersFor(url, method) {
      const headers: Record<string, string> = {};
      const cookies = [...browser.cookies].filter(([, cookie]) => url.startsWith(cookie.path)).map(([name, cookie]) => `${name}=${cookie.value}`);
      if (cookies.length > 0) headers.cookie = cookies.join('; ');
      const csrf = browser.cookie('csrf_token');
      if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
      return headers;
    },
  };
}

/**
 * A machine client (OAuth 2.0 client credentials): a province-wide client with every scope
 * and a limit the fuzz never reaches. Its token is renewed every 10 minutes (tokens live 15).
 */
export async function machineCaller(app: FastifyInstance): Promise<FuzzCaller & { token(): string; stop(): void }> {
  const client = await createTestApiClient(app, { name: 'Fuzz machine client', rateLimitPerMinute: 100_000 });
  let token = await bearerTokenFor(app, client.clientId, client.secret);
  const renew = setInterval(() => {
    bearerTokenFor(app, client.clientId, client.secret).then(
      (fresh) => (token = fresh),
      () => undefined,
    );
  }, 10 * 60_000);
  renew.unref();
  return { headersFor: () => ({ authorization: `Bearer ${token}` }), token: () => token, stop: () => clearInterval(renew) };
}

type TSecurity = Record<string, unknown>[];

/** Operations whose every security requirement is the OAuth 2.0 client (`oauth2`), by "METHOD path". */
function machineOperationsOf(document: { paths?: Record<string, Record<string, { security?: TSecurity }>> }): Set<string> {
  const found = new Set<string>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const security = operation?.security;
      if (Array.isArray(security) && security.length > 0 && security.every((requirement) => 'oauth2' in requirement)) found.add(`${method.toUpperCase()} ${path}`);
    }
  }
  return found;
}

/** Until every client route documents its security: the machine-only paths, by name. */
const MACHINE_PATHS = ['/api/v1/events', '/api/v1/webhooks/', '/api/v1/integrations/'];

export interface FuzzCallers {
  anonymous: TestBrowser;
  citizen: TestBrowser;
  staff: TestBrowser;
  admin: TestBrowser;
  machine: Awaited<ReturnType<typeof machineCaller>>;
  /** Who calls an operation: the role it needs, so the cases get past authentication. */
  callerFor(operation: FuzzOperation): FuzzCaller;
}

async function signIn(app: FastifyInstance, username: string, staff: boolean): Promise<TestBrowser> {
  const browser = new TestBrowser(app);
  const response = await browser.post(staff ? '/api/v1/staff/auth/login' : '/api/v1/auth/login', { username, password: DEMO_PASSWORD, remember: false });
  if (response.statusCode !== 200) throw new Error(`fuzz: cannot sign in as ${username}: ${response.statusCode} ${response.body}`);
  return browser;
}

/**
 * The demo accounts: citizen `congdan`, one-stop clerk `motcua`, system administrator
 * `quantri`; and a machine client for the operations that need a client scope (their
 * `security` in the OpenAPI document is `oauth2`).
 */
export async function demoCallers(app: FastifyInstance): Promise<FuzzCallers> {
  const anonymous = new TestBrowser(app);
  await anonymous.get('/api/v1/auth/csrf');
  const [citizen, staff, admin] = [await signIn(app, 'congdan', false), await signIn(app, 'motcua', true), await signIn(app, 'quantri', true)];
  const machine = await machineCaller(app);
  const machineOperations = machineOperationsOf((await app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
  const callers = { anonymous: callerOf(anonymous), citizen: callerOf(citizen), staff: callerOf(staff), admin: callerOf(admin) };
  return {
    anonymous,
    citizen,
    staff,
    admin,
    machine,
    callerFor({ method, path, tags }) {
      if (machineOperations.has(`${method} ${path}`) || MACHINE_PATHS.some((prefix) => path.startsWith(prefix))) return machine;
      if (path.startsWith('/api/v1/admin/')) return callers.admin;
      if (path === '/api/v1/staff/auth/login' || path === '/api/v1/staff/invitations/accept') return callers.anonymous;
      if (path.startsWith('/api/v1/staff/')) return callers.staff;
      if (path.startsWith('/api/v1/guest-dossiers') || path.startsWith('/api/v1/auth/')) return callers.anonymous;
      if (path.startsWith('/api/v1/me') || tags.includes('dossiers')) return callers.citizen;
      return callers.anonymous;
    },
  };
}
