import type { Prisma } from '@portal/db';
import {
  DomainError,
  ZApplicant,
  buildFormDataSchema,
  dossierSubmitErrors,
  type TApplicant,
  type TDossierAction,
  type TDossierStatus,
  type TErrorCode,
} from '@portal/domain';
import type { Db } from './access.ts';
import { allocateDossierCode } from './dossier-code-sequence.ts';
import { recordDossierEvent } from '../events/record.ts';
import { appendHistory, oneStopDeskOf } from './history.ts';
import { enqueueDossierSentMail, loadMailFacts, type DossierMailContext } from './notifications.ts';
import { bringOriginalIdsOf, formDefinitionOf, toDbStatus, toDomainStatus } from './present.ts';
import type { DossierForSend, DossierRepository } from './repository.ts';

/** Who sends: the owner citizen, a guest confirming by e-mail, or a system submitting for an applicant (API client). */
export interface Sender {
  id: string | null;
  name: string | null;
  role: 'citizen' | 'guest' | 'system';
  /** api_client.id of a submitting system */
  clientId?: string | null;
}

export const versionConflict = (currentVersion: number) => new DomainError('VERSION_CONFLICT', { details: { currentVersion } });

/**
 * Explains a conditional write that changed nothing: the dossier moved to another state
 * (`stateCode`) or only its version changed (VERSION_CONFLICT with the current one).
 */
export async function explainLostWrite(
  repository: DossierRepository,
  id: string,
  expected: readonly TDossierStatus[],
  stateCode: TErrorCode,
  db?: Db,
): Promise<DomainError> {
  const current = await repository.currentState(id, db);
  if (!current) return new DomainError('DOSSIER_NOT_FOUND');
  const status = toDomainStatus(current.status);
  if (!expected.includes(status)) return new DomainError(stateCode, { details: { status } });
  return versionConflict(current.version);
}

/**
 * Every rule of sending at once (applicant, form data in submit mode, required
 * components): 422 DOSSIER_INCOMPLETE listing all that is missing. Answers the
 * normalised applicant and form data to store.
 */
export function assertReadyToSend(dossier: DossierForSend): { applicant: TApplicant; formData: Record<string, unknown> } {
  const definition = formDefinitionOf(dossier.formVersion);
  const errors = dossierSubmitErrors({
    applicant: dossier.applicant,
    formData: dossier.formData,
    definition,
    components: dossier.procedure.components,
    attachedComponentIds: dossier.files.filter((file) => file.role === 'attachment').map((file) => file.componentId),
    bringOriginalComponentIds: bringOriginalIdsOf(dossier),
  });
  if (Object.keys(errors).length > 0) throw new DomainError('DOSSIER_INCOMPLETE', { fieldErrors: errors });
  return {
    applicant: ZApplicant.parse(dossier.applicant),
    formData: buildFormDataSchema(definition, 'submit').parse(dossier.formData) as Record<string, unknown>,
  };
}

export const applicantColumns = (applicant: TApplicant | { fullName?: string | undefined; idNumber?: string | undefined }) => ({
  applicantName: applicant.fullName ?? '',
  applicantIdNumber: applicant.idNumber ?? null,
});

/**
 * unsent → sent, in the caller's transaction: the checked data, the version bump (only if
 * nobody changed the dossier since it was read), the code from the agency's daily
 * counter, the history row (the citizen → the agency's one-stop desk), the confirmation
 * e-mail. The caller has checked the transition and the completeness (assertReadyToSend).
 */
export async function sendDossier(
  tx: Prisma.TransactionClient,
  deps: { repository: DossierRepository; mailContext: DossierMailContext },
  dossier: DossierForSend,
  ready: { applicant: TApplicant; formData: Record<string, unknown> },
  sender: Sender,
  now = new Date(),
): Promise<{ code: string; version: number; submittedAt: Date }> {
  const action: TDossierAction = 'submit';
  const written = await deps.repository.updateIfVersion(
    dossier.id,
    dossier.version,
    toDbStatus('unsent'),
    {
      status: toDbStatus('sent'),
      submittedAt: now,
      applicant: ready.applicant as Prisma.InputJsonValue,
      ...applicantColumns(ready.applicant),
      formData: ready.formData as Prisma.InputJsonValue,
      ...(sender.role === 'guest' ? { guestConfirmedAt: now } : {}),
    },
    tx,
  );
  if (!written) throw await explainLostWrite(deps.repository, dossier.id, ['unsent'], 'DOSSIER_ACTION_NOT_ALLOWED', tx);
  await appendHistory(tx, {
    dossierId: dossier.id,
    action,
    from: 'unsent',
    to: 'sent',
    at: now,
    actor: { id: sender.id, name: sender.name ?? ready.applicant.fullName, role: sender.role, unit: null, ...(sender.clientId ? { clientId: sender.clientId } : {}) },
    receiver: oneStopDeskOf(dossier.agency.name),
    // Its event carries the code: written below, once the code is given
    event: false,
  });
  const facts = await loadMailFacts(tx, dossier.id);
  // Last: from here the agency's counter row stays locked until the transaction commits.
  const code = await allocateDossierCode(tx, dossier.agency, now);
  await tx.dossier.update({ where: { id: dossier.id }, data: { code }, select: { id: true } });
  await recordDossierEvent(tx, { dossierId: dossier.id, action, from: 'unsent', actorRole: sender.role, actorClientId: sender.clientId ?? null, at: now });
  await enqueueDossierSentMail(deps.mailContext, facts, { code, submittedAt: now }, tx);
  return { code, version: dossier.version + 1, submittedAt: now };
}
