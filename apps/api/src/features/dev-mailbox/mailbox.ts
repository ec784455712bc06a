import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import PostalMime, { type Address } from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/**
 * The embedded mailbox: a real SMTP server on 127.0.0.1 (random port) that keeps the
 * messages it receives in memory, parsed, so a developer or an e-2-e test reads the
 * activation mail as it was sent — MIME encoding included — without any mail service.
 */

export interface MailboxMessage {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  /** http(s) links found in the message, for the mailbox page and tests */
  links: string[];
  /** The message source as received (headers + MIME body) */
  raw: string;
}

export interface DevMailbox {
  host: string;
  port: number;
  /** Newest first */
  list(): MailboxMessage[];
  get(id: string): MailboxMessage | undefined;
  clear(): void;
  close(): Promise<void>;
}

const MAX_MESSAGES = 200;
const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

const addressText = (address: Address | undefined): string[] => {
  if (!address) return [];
  if ('group' in address && address.group) return address.group.flatMap((member) => addressText(member));
  return address.address ? [address.name ? `${address.name} <${address.address}>` : address.address] : [];
};

/** Links of the HTML (href) or, without HTML, of the text; http(s) only, in order, once each. */
export function extractLinks(html: string | null, text: string): string[] {
  const found = html
    ? Array.from(html.matchAll(/href\s*=\s*"([^"]+)"/gi), (match) => match[1]!.replaceAll('&amp;', '&'))
    : Array.from(text.matchAll(/https?:\/\/[^\s<>"]+/g), (match) => match[0]);
  return [...new Set(found.filter((link) => /^https?:\/\//i.test(link)))];
}

export async function parseMessage(raw: Buffer, envelopeTo: string[]): Promise<MailboxMessage> {
  const email = await PostalMime.parse(raw);
  const html = email.html ?? null;
  const text = email.text ?? '';
  const to = (email.to ?? []).flatMap(addressText);
  return {
    id: randomUUID(),
    receivedAt: new Date().toISOString(),
    from: addressText(email.from)[0] ?? '',
    to: to.length > 0 ? to : envelopeTo,
    subject: email.subject ?? '',
    text,
    html,
    links: extractLinks(html, text),
    raw: raw.toString('utf8'),
  };
}

export async function startDevMailbox(log: { warn(obj: object, msg: string): void }): Promise<DevMailbox> {
  const messages: MailboxMessage[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    banner: 'Cổng Dịch vụ công — embedded development mailbox',
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error('Message too large'), { responseCode: 552 }));
        const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        parseMessage(Buffer.concat(chunks), envelopeTo)
          .then((message) => {
            messages.unshift(message);
            messages.splice(MAX_MESSAGES);
            callback();
          })
          .catch((error: unknown) => {
            log.warn({ err: error }, 'dev mailbox: could not parse a message');
            callback(Object.assign(new Error('Cannot parse message'), { responseCode: 554 }));
          });
      });
    },
  });
  server.on('error', (error) => log.warn({ err: error }, 'dev mailbox: SMTP server error'));
  const host = '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    host,
    port,
    list: () => [...messages],
    get: (id) => messages.find((message) => message.id === id),
    clear: () => messages.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
