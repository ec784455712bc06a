import { DomainError, GUEST_TOKEN_TTL_HOURS } from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { RequestContext } from '../auth/service.ts';
import { newEmailToken } from '../auth/tokens.ts';
import { dossierLinks, type DossierMailContext } from './notifications.ts';
import { applicantOf } from './present.ts';
import type { DossierForSend, DossierRepository } from './repository.ts';

/** More confirmation e-mails than this per dossier and hour are refused (RATE_LIMITED). */
const CONFIRMATIONS_PER_HOUR = 5;

/**
 * A guest's "Gửi đi": the dossier becomes effective only once the e-mailed link is
 * followed (seed 003). Each request replaces the previous link; only the SHA-256 of the
 * link's token is stored. Answers the address the link went to.
 */
export async function requestGuestConfirmation(
  deps: { repository: DossierRepository; mailContext: DossierMailContext; audit: Audit },
  dossier: DossierForSend,
  ctx: RequestContext,
): Promise<string> {
  const email = dossier.guestEmail;
  if (!email) throw new DomainError('DOSSIER_NOT_FOUND');
  const since = new Date(Date.now() - 3600_000);
  const recent = await deps.mailContext.prisma.oneTimeToken.count({
    where: { dossierId: dossier.id, purpose: 'guest_dossier_confirmation', createdAt: { gt: since } },
  });
  if (recent >= CONFIRMATIONS_PER_HOUR) throw new DomainError('RATE_LIMITED');

  const { token, tokenHash } = newEmailToken();
  const now = new Date();
  await deps.repository.transaction(async (tx) => {
    await tx.oneTimeToken.updateMany({
      where: { dossierId: dossier.id, purpose: 'guest_dossier_confirmation', usedAt: null },
      data: { usedAt: now },
    });
    await tx.oneTimeToken.create({
      data: {
        purpose: 'guest_dossier_confirmation',
        tokenHash,
        dossierId: dossier.id,
        expiresAt: new Date(now.getTime() + GUEST_TOKEN_TTL_HOURS * 3600_000),
      },
    });
    await deps.mailContext.mail.enqueue(
      {
        to: email,
        template: 'guest-dossier-confirm',
        locale: dossier.guestLocale ?? 'vi',
        data: {
          displayName: applicantOf(dossier.applicant).fullName || email,
          procedureName: dossier.procedure.name,
          agencyName: dossier.agency.name,
          link: dossierLinks(deps.mailContext.config.publicUrl).guestConfirmation(token),
          expiresInHours: GUEST_TOKEN_TTL_HOURS,
        },
      },
      tx,
    );
    await deps.audit.record(
      { action: 'dossier.guest.confirmation.request', actorName: 'guest', entityType: 'dossier', entityId: dossier.id, ip: ctx.ip, requestId: ctx.requestId },
      tx,
    );
  });
  return email;
}
