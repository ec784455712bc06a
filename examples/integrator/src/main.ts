/**
 * The example integrator, end to end:
 *
 *   pnpm --filter @portal/example-integrator start
 *
 * against PORTAL_URL (default http://127.0.0.1:3000, a portal started with `pnpm start`)
 * as CLIENT_ID / CLIENT_SECRET (default: the demo seed's `demo-integrator`, which holds
 * every scope for the whole province). One client plays both systems here: "another
 * channel" that submits for an applicant, and "the agency's back office" that processes
 * the dossier. In real life they are two systems with two clients.
 */
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createPortalApi } from './portal-client.ts';
import {
  lookUpPublicly,
  processAsBackOffice,
  isDossierEvent,
  readFeed,
  registerWebhook,
  removeWebhook,
  submitForApplicant,
  subjectIdOf,
  waitForDossierWebhook,
  type Applicant,
  type DossierEvent,
  type EventType,
} from './steps.ts';
import { clientCredentialsTokenSource } from './token.ts';
import { startWebhookReceiver } from './webhook-receiver.ts';

export interface IntegratorOptions {
  portalUrl: string;
  clientId: string;
  clientSecret: string;
  /** A 1.xxxxxx.H18 code of the demo catalogue (default: the building permit) */
  procedureCode?: string;
  applicant?: Applicant;
  /** Where the feed cursor is kept between runs (default: none, the run catches up first) */
  cursorFile?: string;
  /** Longest wait for one webhook (ms) */
  webhookTimeoutMs?: number;
  /** Host the receiver listens on: the portal must be able to reach it (default 127.0.0.1) */
  receiverHost?: string;
  log?: (line: string) => void;
}

export interface IntegratorRun {
  dossier: { id: string; code: string; trackingUrl: string };
  idempotentReplay: boolean;
  webhooks: { type: string; webhookId: string }[];
  feed: DossierEvent[];
  cursor: string;
  lookup: Awaited<ReturnType<typeof lookUpPublicly>>;
  grantedScopes: string[];
}

export const DEFAULTS = {
  portalUrl: 'http://127.0.0.1:3000',
  clientId: 'demo-integrator',
  clientSecret: 'demo-integrator-secret',
  procedureCode: '1.009994.H18',
} as const;

const DEFAULT_APPLICANT: Applicant = {
  fullName: 'Lò Thị Mai',
  idNumber: '011190001234',
  phone: '0987654321',
  email: 'lo.thi.mai@example.invalid',
  address: 'Bản Him Lam, phường Him Lam, Điện Biên',
};

const WEBHOOK_TYPES: EventType[] = ['dossier.submitted', 'dossier.received', 'dossier.result', 'dossier.handed_over'];

async function savedCursor(file: string | undefined): Promise<string | undefined> {
  if (!file) return undefined;
  return (await readFile(file, 'utf8').catch(() => '')).trim() || undefined;
}

export async function runIntegrator(options: IntegratorOptions): Promise<IntegratorRun> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const timeout = options.webhookTimeoutMs ?? 60_000;

  // (a) a token, refreshed before it expires
  const tokens = clientCredentialsTokenSource({ baseUrl: options.portalUrl, clientId: options.clientId, clientSecret: options.clientSecret });
  await tokens.get();
  log(`(a) token for ${options.clientId}: scopes ${tokens.scopes.join(' ')}`);
  const api = createPortalApi(options.portalUrl, tokens);
  const publicApi = createPortalApi(options.portalUrl);

  // (f, first half) where the feed stands: the saved cursor, or the end of the feed now
  let cursor = await savedCursor(options.cursorFile);
  if (cursor) log(`(f) feed cursor of the last run: ${cursor}`);
  else {
    cursor = (await readFeed(api, undefined)).cursor;
    log(`(f) feed read to its end, cursor saved: ${cursor}`);
  }

  // (b) the receiver, and a subscription pointing at it
  const receiver = await startWebhookReceiver({ host: options.receiverHost, log });
  const subscription = await registerWebhook(api, receiver, WEBHOOK_TYPES);
  log(`(b) webhook receiver on ${receiver.url}, subscription ${subscription.id}`);
  try {
    // (c) another channel submits a dossier for an applicant
    const submitted = await submitForApplicant(api, {
      procedureCode: options.procedureCode ?? DEFAULTS.procedureCode,
      applicant: options.applicant ?? DEFAULT_APPLICANT,
      idempotencyKey: randomUUID(),
    });
    log(`(c) submitted ${submitted.code} (${submitted.id}); the retry with the same Idempotency-Key was replayed: ${submitted.replayed}`);

    // (d) the webhook announcing it, verified
    const announced = await waitForDossierWebhook(receiver, 'dossier.submitted', submitted.id, timeout);
    log(`(d) webhook ${announced.type} ${announced.webhookId} verified (signature and timestamp)`);

    // (e) the agency's back office receives and completes it, then hands the result over
    const processed = await processAsBackOffice(api, submitted.id, Number(announced.data.version ?? submitted.version));
    log(`(e) back office: received, result file ${processed.resultFileId}, completed, handed over → ${processed.status}`);
    // Deliveries may run in parallel: the webhooks of these steps can arrive in any order.
    const later = await Promise.all(
      ['dossier.received', 'dossier.result', 'dossier.handed_over'].map((type) => waitForDossierWebhook(receiver, type, submitted.id, timeout)),
    );
    log(`(e) webhooks verified: ${later.map((message) => message.type).join(', ')}`);

    // (f) the feed from the saved cursor shows every step
    const feed = await readFeed(api, cursor);
    const steps = feed.events.filter(isDossierEvent).filter((event) => event.subject.id === submitted.id);
    for (const event of steps) log(`(f) ${event.occurredAt} ${event.type} → ${event.data.status} (version ${event.data.version})`);
    if (options.cursorFile) await writeFile(options.cursorFile, `${feed.cursor}\n`);

    // (g) what the applicant sees
    const lookup = await lookUpPublicly(publicApi, submitted.code);
    log(`(g) public lookup of ${lookup.code}: ${lookup.status}; ${lookup.history.map((row) => row.action.code).join(' → ')}`);

    return {
      dossier: { id: submitted.id, code: submitted.code, trackingUrl: submitted.trackingUrl },
      idempotentReplay: submitted.replayed,
      webhooks: receiver.messages.filter((message) => subjectIdOf(message) === submitted.id).map((m) => ({ type: m.type, webhookId: m.webhookId })),
      feed: steps,
      cursor: feed.cursor,
      lookup,
      grantedScopes: tokens.scopes,
    };
  } finally {
    await removeWebhook(api, subscription).catch((error: unknown) => log(`could not remove the subscription: ${String(error)}`));
    await receiver.close();
  }
}

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runIntegrator({
    portalUrl: env.PORTAL_URL ?? DEFAULTS.portalUrl,
    clientId: env.CLIENT_ID ?? DEFAULTS.clientId,
    clientSecret: env.CLIENT_SECRET ?? DEFAULTS.clientSecret,
    procedureCode: env.PROCEDURE_CODE ?? DEFAULTS.procedureCode,
    cursorFile: env.CURSOR_FILE,
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
