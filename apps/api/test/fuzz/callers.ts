import type { FastifyInstance } from 'fastify';
import { InjectSession as TestBrowser } from '../../src/lib/inject-session.ts';
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

export interface FuzzCallers {
  anonymous: TestBrowser;
  citizen: TestBrowser;
  staff: TestBrowser;
  admin: TestBrowser;
  /** Who calls an operation: the role it needs, so the cases get past authentication. */
  callerFor(operation: FuzzOperation): FuzzCaller;
}

async function signIn(app: FastifyInstance, username: string, staff: boolean): Promise<TestBrowser> {
  const browser = new TestBrowser(app);
  const response = await browser.post(staff ? '/api/v1/staff/auth/login' : '/api/v1/auth/login', { username, password: DEMO_PASSWORD, remember: false });
  if (response.statusCode !== 200) throw new Error(`fuzz: cannot sign in as ${username}: ${response.statusCode} ${response.body}`);
  return browser;
}

/** The demo accounts: citizen `congdan`, one-stop clerk `motcua`, system administrator `quantri`. */
export async function demoCallers(app: FastifyInstance): Promise<FuzzCallers> {
  const anonymous = new TestBrowser(app);
  await anonymous.get('/api/v1/auth/csrf');
  const [citizen, staff, admin] = [await signIn(app, 'congdan', false), await signIn(app, 'motcua', true), await signIn(app, 'quantri', true)];
  const callers = { anonymous: callerOf(anonymous), citizen: callerOf(citizen), staff: callerOf(staff), admin: callerOf(admin) };
  return {
    anonymous,
    citizen,
    staff,
    admin,
    callerFor({ path, tags }) {
      if (path.startsWith('/api/v1/admin/')) return callers.admin;
      if (path === '/api/v1/staff/auth/login' || path === '/api/v1/staff/invitations/accept') return callers.anonymous;
      if (path.startsWith('/api/v1/staff/')) return callers.staff;
      if (path.startsWith('/api/v1/guest-dossiers') || path.startsWith('/api/v1/auth/')) return callers.anonymous;
      if (path.startsWith('/api/v1/me') || tags.includes('dossiers')) return callers.citizen;
      return callers.anonymous;
    },
  };
}
