import fp from 'fastify-plugin';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Prisma, TPrismaClient } from '@portal/db';
import { startDevMailbox, type DevMailbox } from '../../features/dev-mailbox/mailbox.ts';
import { renderMailWithOverride } from '../../features/admin-mail-templates/render-override.ts';
import { assertMailData, type TMailData, type TMailTemplate } from '../../features/mail/templates.ts';

export interface MailMessage<T extends TMailTemplate = TMailTemplate> {
  to: string;
  template: T;
  /** 'vi' (default) or 'en': the recipient's language */
  locale?: string | null | undefined;
  data: TMailData<T>;
}

type OutboxDb = Pick<TPrismaClient, 'emailOutbox'> | Prisma.TransactionClient;

export interface Mailer {
  /**
   * Queues a message in the durable outbox (pass the transaction that makes the change
   * it announces). Never sends in the request: the worker does, with retries.
   */
  enqueue<T extends TMailTemplate>(message: MailMessage<T>, db?: OutboxDb): Promise<void>;
  /** Sends what is due now; the worker calls it every few seconds. Returns how many were tried. */
  processDue(): Promise<number>;
}

declare module 'fastify' {
  interface FastifyInstance {
    mail: Mailer;
    /** The embedded mailbox, or null when mail goes to SMTP_URL or the mailbox is off */
    devMailbox: DevMailbox | null;
  }
}

const POLL_INTERVAL_MS = 2_000;
const BATCH_SIZE = 20;
/** A claimed message is not picked again for this long (another process, or a crash mid-send). */
const LEASE_SECONDS = 120;
export const MAX_ATTEMPTS = 8;

/** 30 s, 2 min, 8 min, 32 min, then hourly: about four hours in all before giving up. */
export const retryDelayMs = (attempts: number): number => Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 3_600_000);

interface OutboxRow {
  id: string;
  to_address: string;
  template: string;
  locale: string;
  data: unknown;
  attempts: number;
}

/**
 * E-mail through nodemailer and a durable outbox (email_outbox). With SMTP_URL a real
 * server is used; otherwise, when the dev mailbox is on, an in-process SMTP server on
 * 127.0.0.1 receives the messages. A failed delivery never fails the request that
 * queued it: it is retried with back-off, then marked failed.
 */
export default fp(
  async function mailer(app) {
    const { config } = app;
    let transport: Transporter | null = null;
    let mailbox: DevMailbox | null = null;

    if (config.smtpUrl) {
      transport = nodemailer.createTransport(config.smtpUrl);
    } else if (config.devMailbox) {
      mailbox = await startDevMailbox(app.log);
      transport = nodemailer.createTransport({ host: mailbox.host, port: mailbox.port, secure: false, ignoreTLS: true });
      const where = `smtp://${mailbox.host}:${mailbox.port}, read at /dev/mailbox`;
      if (config.isProduction) {
        app.log.warn(`DEV_MAILBOX is on in production: e-mail is NOT delivered, anyone can read it at /dev/mailbox (${where})`);
      } else {
        app.log.info(`embedded mailbox: ${where}`);
      }
    } else {
      app.log.warn('SMTP_URL is not set: e-mail is queued in email_outbox but not sent');
    }
    app.decorate('devMailbox', mailbox);

    async function send(row: OutboxRow) {
      const attempts = row.attempts + 1;
      try {
        if (!transport) throw new Error('no SMTP transport');
        // An administrator's wording (admin e-mail templates) wins over the built-in one.
        const override = await app.prisma.mailTemplateOverride.findUnique({
          where: { template_locale: { template: row.template, locale: row.locale } },
          select: { subject: true, text: true, html: true },
        });
        const { subject, html, text } = renderMailWithOverride(row.template, row.locale, row.data, override);
        await transport.sendMail({ from: config.mailFrom, to: row.to_address, subject, html, text });
        await app.prisma.emailOutbox.update({
          where: { id: row.id },
          data: { status: 'sent', attempts, sentAt: new Date(), lastError: null },
        });
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const giveUp = attempts >= MAX_ATTEMPTS;
        app.log.warn({ outboxId: row.id, template: row.template, attempts, giveUp, err: message }, 'e-mail delivery failed');
        await app.prisma.emailOutbox.update({
          where: { id: row.id },
          data: {
            attempts,
            lastError: message,
            ...(giveUp ? { status: 'failed' } : { nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)) }),
          },
        });
      }
    }

    async function processDue(): Promise<number> {
      if (!transport) return 0;
      // Claim due messages with a lease; SKIP LOCKED lets several processes share the outbox.
      const rows = await app.prisma.$queryRaw<OutboxRow[]>`
        UPDATE email_outbox SET next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
        WHERE id IN (
          SELECT id FROM email_outbox
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at
          LIMIT ${BATCH_SIZE}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING id, to_address, template, locale, data, attempts`;
      for (const row of rows) await send(row);
      return rows.length;
    }

    let closing = false;
    let running: Promise<unknown> | null = null;
    const tick = () => {
      if (closing || running || !app.backgroundWork.started) return;
      running = processDue()
        .catch((error: unknown) => app.log.error({ err: error }, 'e-mail outbox: polling failed'))
        .finally(() => {
          running = null;
        });
    };
    const timer = setInterval(tick, POLL_INTERVAL_MS);
    timer.unref();
    // What was queued while the gate was held goes out as soon as it opens
    app.backgroundWork.onStart(tick);
    const pendingKicks = new Set<NodeJS.Timeout>();

    app.decorate('mail', {
      async enqueue(message, db = app.prisma) {
        assertMailData(message.template, message.data);
        await db.emailOutbox.create({
          data: {
            toAddress: message.to,
            template: message.template,
            locale: message.locale === 'en' ? 'en' : 'vi',
            data: message.data as Prisma.InputJsonValue,
          },
        });
        // Soon after the surrounding transaction has committed; the poll catches anything later.
        const kick = setTimeout(() => {
          pendingKicks.delete(kick);
          tick();
        }, 100);
        kick.unref();
        pendingKicks.add(kick);
      },
      processDue,
    } satisfies Mailer);

    app.addHook('onClose', async () => {
      closing = true;
      clearInterval(timer);
      for (const kick of pendingKicks) clearTimeout(kick);
      await running;
      transport?.close();
      await mailbox?.close();
    });
  },
  { name: 'mailer', dependencies: ['prisma', 'background-work'] },
);
