import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { MailboxMessage } from '../../src/features/dev-mailbox/mailbox.ts';

import { InjectSession as TestBrowser } from '../../src/lib/inject-session.ts';

/** The API tests' browser: the app's own in-process session (src/lib/inject-session.ts). */
export { TestBrowser };

/** Waits (bounded) until the embedded mailbox holds a message to `to` matching `subject`, driving the outbox meanwhile. */
export async function waitForMail(app: FastifyInstance, to: string, subject: RegExp, notBefore = 0): Promise<MailboxMessage> {
  // A deadline, not a number of attempts: on a busy machine the app's own outbox poll may hold
  // the message (it claims it with a lease) and take seconds to hand it to the mailbox.
  const deadline = Date.now() + 20_000;
  for (;;) {
    await app.mail.processDue();
    const found = app.devMailbox!
      .list()
      .find((message) => message.to.some((address) => address.includes(to)) && subject.test(message.subject) && Date.parse(message.receivedAt) >= notBefore);
    if (found) return found;
    if (Date.now() > deadline) break;
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
