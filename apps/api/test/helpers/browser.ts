import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { MailboxMessage } from '../../src/features/dev-mailbox/mailbox.ts';

interface StoredCookie {
  value: string;
  path: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A browser as far as the API can tell: a cookie jar that honours cookie paths, one
 * client IP, and the SPA's habit of copying the csrf_token cookie into X-CSRF-Token on
 * writes (turn it off with `csrf: false` to play a cross-site attacker).
 */
export class TestBrowser {
  readonly cookies = new Map<string, StoredCookie>();

  constructor(
    private readonly app: FastifyInstance,
    readonly ip = `10.${rand()}.${rand()}.${rand()}`,
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }

  async request(method: Method, url: string, body?: unknown, options: { csrf?: boolean; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (method !== 'GET' && options.csrf !== false) {
      if (!this.cookies.has('csrf_token')) await this.request('GET', '/api/health');
      headers['x-csrf-token'] = this.cookie('csrf_token')!;
    }
    const sent = [...this.cookies].filter(([, cookie]) => url.startsWith(cookie.path)).map(([name, cookie]) => `${name}=${cookie.value}`);
    if (sent.length > 0) headers.cookie = sent.join('; ');
    const injectOptions: InjectOptions = { method, url, headers, remoteAddress: this.ip };
    if (body !== undefined) injectOptions.payload = body as InjectOptions['payload'];
    const response = await this.app.inject(injectOptions);
    this.store(response);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown, options?: { csrf?: boolean }) => this.request('POST', url, body ?? {}, options);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);

  private store(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as { name: string; value: string; path?: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now()) || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, { value: cookie.value, path: cookie.path ?? '/' });
    }
  }
}

const rand = () => 1 + Math.floor(Math.random() * 250);

/** Waits (bounded) until the embedded mailbox holds a message to `to` matching `subject`, driving the outbox meanwhile. */
export async function waitForMail(app: FastifyInstance, to: string, subject: RegExp, notBefore = 0): Promise<MailboxMessage> {
  for (let attempt = 0; attempt < 100; attempt++) {
    await app.mail.processDue();
    const found = app.devMailbox!
      .list()
      .find((message) => message.to.some((address) => address.includes(to)) && subject.test(message.subject) && Date.parse(message.receivedAt) >= notBefore);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${to} matching ${subject}; mailbox: ${JSON.stringify(app.devMailbox!.list().map((m) => [m.to, m.subject]))}`);
}

/** The token of the SPA link in a message (…#token=…). */
export function tokenFrom(message: MailboxMessage, page: string): string {
  const link = message.links.find((candidate) => candidate.includes(`/${page}#token=`));
  expect(link, `a /${page} link in ${JSON.stringify(message.links)}`).toBeDefined();
  return new URL(link!).hash.replace('#token=', '');
}

export const STRONG_PASSWORD = 'Hoa-Ban-Trang-2025';

let counter = 0;
/** A fresh, valid registration (captcha value for CAPTCHA_DISABLED apps). */
export function newCitizen(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const name = `dan${Date.now().toString(36)}${counter}`;
  return {
    username: name,
    password: STRONG_PASSWORD,
    email: `${name}@example.vn`,
    phone: '0912345678',
    fullName: 'Lò Văn Thắng',
    captcha: 'test-captcha',
    ...overrides,
  } as { username: string; password: string; email: string; phone: string; fullName: string; captcha: string } & Record<string, unknown>;
}

/** Registers, opens the activation mail and activates; returns the credentials. */
export async function registerActiveCitizen(app: FastifyInstance, overrides: Record<string, unknown> = {}) {
  const citizen = newCitizen(overrides);
  const browser = new TestBrowser(app);
  const registered = await browser.post('/api/v1/auth/register', citizen);
  expect(registered.statusCode, registered.body).toBe(201);
  const mail = await waitForMail(app, citizen.email, /Kích hoạt/);
  const activated = await browser.post('/api/v1/auth/activate', { token: tokenFrom(mail, 'kich-hoat') });
  expect(activated.statusCode, activated.body).toBe(200);
  return citizen;
}

/** A signed-in browser. */
export async function signedIn(app: FastifyInstance, username: string, password: string, options: { remember?: boolean; staff?: boolean } = {}) {
  const browser = new TestBrowser(app);
  const response = await browser.post(options.staff ? '/api/v1/staff/auth/login' : '/api/v1/auth/login', {
    username,
    password,
    remember: options.remember ?? false,
  });
  expect(response.statusCode, response.body).toBe(200);
  return browser;
}
