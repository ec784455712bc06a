import type { Prisma, TPrismaClient } from '@portal/db';
import { displayNameOf, formatDateTimeVn, formatDateVn } from '@portal/domain';
import type { Mailer } from '../../plugins/app/mailer.ts';
import type { Db } from './access.ts';
import { applicantOf, toDomainStatus } from './present.ts';

/**
 * E-mails about a dossier, in the recipient's language: the owner's account e-mail and
 * locale, or the guest's address and the language they used. Queued in the caller's
 * transaction (durable outbox), so a mail is sent exactly when its change commits.
 */

/** What these functions need from the app (a FastifyInstance fits). */
export interface DossierMailContext {
  prisma: TPrismaClient;
  mail: Mailer;
  config: { publicUrl: string };
}

/** Pages the e-mails link to (SPA routes, apps/web/src/lib/paths.ts). */
export const dossierLinks = (publicUrl: string) => ({
  /** The citizen's dossier page */
  citizen: (id: string) => `${publicUrl}/ca-nhan/ho-so/${id}`,
  /** Public lookup by code: a guest's only way back */
  tracking: (code: string) => `${publicUrl}/tra-cuu?code=${encodeURIComponent(code)}`,
  /** The guest's confirmation page; the token rides in the fragment (never in server logs) */
  guestConfirmation: (token: string) => `${publicUrl}/ho-so/xac-nhan#token=${token}`,
});

const recipientSelect = {
  id: true,
  code: true,
  status: true,
  ownerId: true,
  guestEmail: true,
  guestLocale: true,
  applicant: true,
  supplementRequest: true,
  returnReason: true,
  submittedAt: true,
  dueAt: true,
  procedure: { select: { name: true } },
  agency: { select: { name: true } },
  owner: { select: { email: true, locale: true, fullName: true, username: true } },
} as const satisfies Prisma.DossierSelect;
type RecipientRow = Prisma.DossierGetPayload<{ select: typeof recipientSelect }>;

interface Recipient {
  to: string;
  locale: string;
  displayName: string;
  guest: boolean;
}

function recipientOf(row: RecipientRow): Recipient | null {
  if (row.owner) return { to: row.owner.email, locale: row.owner.locale, displayName: displayNameOf(row.owner), guest: false };
  if (!row.guestEmail) return null;
  return { to: row.guestEmail, locale: row.guestLocale ?? 'vi', displayName: applicantOf(row.applicant).fullName || row.guestEmail, guest: true };
}

const linkFor = (publicUrl: string, row: RecipientRow & { code: string }, guest: boolean) =>
  guest ? dossierLinks(publicUrl).tracking(row.code) : dossierLinks(publicUrl).citizen(row.id);

/** Who gets the e-mails of a dossier, and what they say (read before the change that they announce). */
export const loadMailFacts = (db: Db, dossierId: string) => db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: recipientSelect });
export type DossierMailFacts = RecipientRow;

/**
 * The confirmation that a dossier was sent, with its code. `facts` read earlier in the
 * transaction spare a query while the agency's code counter is locked.
 */
export async function enqueueDossierSentMail(
  context: DossierMailContext,
  facts: DossierMailFacts,
  sent: { code: string; submittedAt: Date },
  db: Db = context.prisma,
): Promise<void> {
  const recipient = recipientOf(facts);
  if (!recipient) return;
  await context.mail.enqueue(
    {
      to: recipient.to,
      template: 'dossier-sent',
      locale: recipient.locale,
      data: {
        displayName: recipient.displayName,
        code: sent.code,
        procedureName: facts.procedure.name,
        agencyName: facts.agency.name,
        submittedAt: formatDateTimeVn(sent.submittedAt),
        link: linkFor(context.config.publicUrl, { ...facts, code: sent.code }, recipient.guest),
        guest: recipient.guest,
      },
    },
    db,
  );
}

/**
 * Tells the owner (or guest) that the dossier's status changed — call it in the
 * transaction of every status change (staff actions, supplement sent). Carries the
 * supplement request or the return reason, and the due date when known. A dossier
 * without a code (never sent) has nothing to announce.
 */
export async function notifyDossierStatusChanged(context: DossierMailContext, dossierId: string, db: Db = context.prisma): Promise<void> {
  const row = await loadMailFacts(db, dossierId);
  const recipient = recipientOf(row);
  if (!recipient || !row.code) return;
  const status = toDomainStatus(row.status);
  const note = status === 'supplement-requested' ? row.supplementRequest : status === 'returned' ? row.returnReason : null;
  await context.mail.enqueue(
    {
      to: recipient.to,
      template: 'dossier-status-changed',
      locale: recipient.locale,
      data: {
        displayName: recipient.displayName,
        code: row.code,
        procedureName: row.procedure.name,
        agencyName: row.agency.name,
        status,
        ...(note ? { note } : {}),
        ...(row.dueAt && (status === 'processing' || status === 'sent') ? { dueDate: formatDateVn(row.dueAt) } : {}),
        link: linkFor(context.config.publicUrl, { ...row, code: row.code }, recipient.guest),
        guest: recipient.guest,
      },
    },
    db,
  );
}

/**
 * The apology of an overdue dossier (Decree 45/2020, art. 19): the agency's letter and the
 * new due date. Call it in the transaction that extends the due date.
 */
export async function enqueueDossierApologyMail(
  context: DossierMailContext,
  dossierId: string,
  apology: { text: string; previousDueAt: Date | null; newDueAt: Date },
  db: Db = context.prisma,
): Promise<void> {
  const row = await loadMailFacts(db, dossierId);
  const recipient = recipientOf(row);
  if (!recipient || !row.code) return;
  await context.mail.enqueue(
    {
      to: recipient.to,
      template: 'dossier-apology',
      locale: recipient.locale,
      data: {
        displayName: recipient.displayName,
        code: row.code,
        procedureName: row.procedure.name,
        agencyName: row.agency.name,
        ...(apology.previousDueAt ? { previousDueDate: formatDateVn(apology.previousDueAt) } : {}),
        newDueDate: formatDateTimeVn(apology.newDueAt),
        apology: apology.text,
        link: linkFor(context.config.publicUrl, { ...row, code: row.code }, recipient.guest),
        guest: recipient.guest,
      },
    },
    db,
  );
}
