import { randomBytes } from 'node:crypto';
import { ACCOUNT_MESSAGES, DomainError, assertTransition, type TGuestConfirmResult, type TGuestDossierCreate, type TGuestDossierCreated } from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { Captcha } from '../auth/captcha.ts';
import type { RequestContext } from '../auth/service.ts';
import { hashEmailToken } from '../auth/tokens.ts';
import { hashGuestToken } from '../dossiers/access.ts';
import { dossierLinks, type DossierMailContext } from '../dossiers/notifications.ts';
import { applicantOf, toDomainStatus } from '../dossiers/present.ts';
import type { DossierRepository } from '../dossiers/repository.ts';
import { assertReadyToSend, sendDossier } from '../dossiers/send.ts';
import type { DossierService } from '../dossiers/service.ts';

export interface GuestDossierServiceDeps {
  dossiers: DossierService;
  repository: DossierRepository;
  mailContext: DossierMailContext;
  audit: Audit;
  captcha: Captcha;
}

/**
 * Submission without an account (seed 004): the guest creates a dossier with an e-mail
 * address and a captcha, and receives a secret access token for the /dossiers/:id routes.
 * Their "Gửi đi" e-mails a confirmation link; following it sends the dossier.
 */
export function createGuestDossierService({ dossiers, repository, mailContext, audit, captcha }: GuestDossierServiceDeps) {
  return {
    async create(input: TGuestDossierCreate & { captcha: string }, ctx: RequestContext): Promise<TGuestDossierCreated> {
      if (!(await captcha.verify(input.captcha))) {
        throw new DomainError('CAPTCHA_INVALID', { fieldErrors: { captcha: ACCOUNT_MESSAGES.captchaWrong } });
      }
      const guestToken = randomBytes(32).toString('base64url');
      const { email, locale, captcha: _captcha, ...dossier } = input;
      const created = await dossiers.create(
        { kind: 'guest', email, locale: locale ?? 'vi', tokenHash: hashGuestToken(guestToken) },
        { ...dossier, applicant: { email, ...dossier.applicant } },
        ctx,
      );
      return { dossier: created, guestToken };
    },

    /** The e-mailed link: the dossier is sent (code, history, e-mail with the tracking link). */
    async confirm(token: string, ctx: RequestContext): Promise<TGuestConfirmResult> {
      const prisma = mailContext.prisma;
      const found = await prisma.oneTimeToken.findUnique({ where: { tokenHash: hashEmailToken(token) } });
      if (!found || found.purpose !== 'guest_dossier_confirmation' || !found.dossierId) throw new DomainError('TOKEN_INVALID');
      if (found.usedAt) throw new DomainError('TOKEN_USED');
      if (found.expiresAt <= new Date()) throw new DomainError('TOKEN_EXPIRED');
      const dossierId = found.dossierId;
      return repository.transaction(async (tx) => {
        const { count } = await tx.oneTimeToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: new Date() } });
        if (count !== 1) throw new DomainError('TOKEN_USED');
        const dossier = await repository.findForSend(dossierId, tx);
        assertTransition(toDomainStatus(dossier.status), 'submit', 'guest');
        // Checked again: the guest may have changed the dossier after asking for the link.
        const ready = assertReadyToSend(dossier);
        const sent = await sendDossier(tx, { repository, mailContext }, dossier, ready, {
          id: null,
          name: applicantOf(dossier.applicant).fullName ?? null,
          role: 'guest',
        });
        await audit.record(
          { action: 'dossier.submit', actorName: 'guest', entityType: 'dossier', entityId: dossierId, ip: ctx.ip, requestId: ctx.requestId, metadata: { code: sent.code, guest: true } },
          tx,
        );
        return {
          id: dossierId,
          code: sent.code,
          status: 'sent' as const,
          procedureName: dossier.procedure.name,
          trackingUrl: dossierLinks(mailContext.config.publicUrl).tracking(sent.code),
        };
      });
    },
  };
}
