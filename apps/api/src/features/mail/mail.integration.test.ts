import type { AddressInfo } from 'node:net';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, newCitizen, waitForMail } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

describe('e-mail: embedded mailbox, MIME, outbox', () => {
  describe('with the embedded mailbox (no SMTP_URL, not production)', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await createTestApp({ CAPTCHA_DISABLED: 'true' });
    });
    afterAll(() => ctx.close());

    it('receives real SMTP messages: HTML + text, Vietnamese subject encoded per RFC 2047, readable as JSON', async () => {
      const citizen = newCitizen();
      await new TestBrowser(ctx.app).post('/api/v1/auth/register', citizen);
      await waitForMail(ctx.app, citizen.email, /Kích hoạt/);

      const list = await new TestBrowser(ctx.app).get('/api/dev/mailbox');
      expect(list.statusCode).toBe(200);
      const item = list.json().items.find((message: { to: string[] }) => message.to.includes(citizen.email));
      expect(item).toMatchObject({ subject: 'Kích hoạt tài khoản Cổng Dịch vụ công', from: expect.stringContaining('no-reply@localhost') });
      expect(item.html).toContain('<h1');
      expect(item.text).toContain('Kích hoạt tài khoản');
      expect(item).not.toHaveProperty('raw');
      expect(item.links.some((link: string) => link.startsWith(`${ctx.config.publicUrl}/kich-hoat#token=`))).toBe(true);

      const one = await new TestBrowser(ctx.app).get(`/api/dev/mailbox/${item.id}`);
      const raw: string = one.json().raw;
      // The raw header is 7-bit: the subject travels as encoded words and decodes back to Vietnamese.
      const subjectHeader = /^Subject: (.+(?:\r?\n[ \t].+)*)/m.exec(raw)![1]!;
      expect(subjectHeader).toMatch(/=\?UTF-8\?[BQ]\?/i);
      expect(subjectHeader).not.toContain('Kích');
      expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
      expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/i);
      expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/i);
      const parsed = await PostalMime.parse(raw);
      expect(parsed.subject).toBe('Kích hoạt tài khoản Cổng Dịch vụ công');
      expect(parsed.from?.name).toBe('Cổng Dịch vụ công trực tuyến');

      expect((await new TestBrowser(ctx.app).get('/api/dev/mailbox/nope')).statusCode).toBe(404);
    });

    it('queues mail in the outbox: the request does not wait for delivery', async () => {
      const citizen = newCitizen();
      const response = await new TestBrowser(ctx.app).post('/api/v1/auth/register', citizen);
      expect(response.statusCode).toBe(201);
      const row = await ctx.prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: citizen.email } });
      expect(row).toMatchObject({ template: 'activation', locale: 'vi' });
      await waitForMail(ctx.app, citizen.email, /Kích hoạt/);
      expect(await ctx.prisma.emailOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'sent', attempts: 1 });
    });

    it('sends in the language the account chose', async () => {
      const citizen = newCitizen({ locale: 'en' });
      await new TestBrowser(ctx.app).post('/api/v1/auth/register', citizen);
      const mail = await waitForMail(ctx.app, citizen.email, /Activate/);
      expect(mail.text).toContain('Hello Lò Văn Thắng');
    });
  });

  describe('with SMTP_URL (a server that fails at first)', () => {
    const received: string[] = [];
    let refuseNext = 1;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext -= 1;
            return callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 }));
          }
          received.push(Buffer.concat(chunks).toString());
          callback();
        });
      },
    });
    let ctx: TestContext;
    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.server.address() as AddressInfo;
      ctx = await createTestApp({ CAPTCHA_DISABLED: 'true', SMTP_URL: `smtp://127.0.0.1:${port}` });
    });
    afterAll(async () => {
      await ctx.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('has no dev mailbox', async () => {
      expect(ctx.app.devMailbox).toBeNull();
      expect((await new TestBrowser(ctx.app).get('/api/dev/mailbox')).statusCode).toBe(404);
    });

    it('retries a failed delivery later; the registration succeeded regardless', async () => {
      const citizen = newCitizen();
      const response = await new TestBrowser(ctx.app).post('/api/v1/auth/register', citizen);
      expect(response.statusCode).toBe(201);

      const outbox = () => ctx.prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: citizen.email } });
      /**
       * Drives the outbox until `done`. The app's own poll runs too and may be the one that claims
       * the message (with a lease): then our processDue finds nothing and we wait for the poll's
       * attempt. A deadline, not a count of tries, so that a busy machine has the time it needs.
       */
      const driveUntil = async (done: (row: Awaited<ReturnType<typeof outbox>>) => boolean) => {
        const deadline = Date.now() + 20_000;
        while (!done(await outbox()) && Date.now() < deadline) {
          await ctx.app.mail.processDue();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return outbox();
      };
      const failed = await driveUntil((row) => row.attempts > 0);
      expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
      expect(failed.lastError).toContain('Mailbox temporarily unavailable');
      expect(failed.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000);
      expect(received).toHaveLength(0);

      // Not before its time…
      await ctx.app.mail.processDue();
      expect((await outbox()).attempts).toBe(1);
      // …and when it is due, it goes out.
      await ctx.prisma.emailOutbox.update({ where: { id: failed.id }, data: { nextAttemptAt: new Date() } });
      expect(await driveUntil((row) => row.status !== 'pending')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect(received).toHaveLength(1);
      expect(received[0]).toContain(`To: ${citizen.email}`);
      const parsed = await PostalMime.parse(received[0]!);
      expect(parsed.subject).toBe('Kích hoạt tài khoản Cổng Dịch vụ công');
      expect(parsed.text).toMatch(/\/kich-hoat#token=[\w-]{43}/);
    });

    it('gives up after the last attempt and marks the message failed', async () => {
      const citizen = newCitizen();
      await new TestBrowser(ctx.app).post('/api/v1/auth/register', citizen);
      refuseNext = 1;
      await ctx.prisma.emailOutbox.updateMany({ where: { toAddress: citizen.email }, data: { attempts: 7, nextAttemptAt: new Date() } });
      await ctx.app.mail.processDue();
      const row = await ctx.prisma.emailOutbox.findFirstOrThrow({ where: { toAddress: citizen.email } });
      expect(row).toMatchObject({ status: 'failed', attempts: 8 });
    });
  });

  it('is off in production unless DEV_MAILBOX is set', async () => {
    const production = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    try {
      expect(production.app.devMailbox).toBeNull();
      expect((await new TestBrowser(production.app).get('/api/dev/mailbox')).statusCode).toBe(404);
    } finally {
      await production.close();
    }
    const explicit = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DEV_MAILBOX: 'true' });
    try {
      expect((await new TestBrowser(explicit.app).get('/api/dev/mailbox')).statusCode).toBe(200);
    } finally {
      await explicit.close();
    }
  });
});
