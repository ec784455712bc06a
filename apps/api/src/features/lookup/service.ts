import {
  ACTION_LABELS,
  DomainError,
  ZActorRole,
  ZDossierAction,
  ZDossierLookup,
  ZDossierStatus,
  isTerminal,
  lookupPartyOf,
  maskPersonName,
  type TDossierLookup,
  type TLookupCriteria,
  type TLookupHistoryRow,
} from '@portal/domain';
import type { LookupHistorySnapshot, LookupRepository, LookupRow } from './repository.ts';

export interface LookupServiceDeps {
  repository: LookupRepository;
}

const roleOf = (value: string | null) => {
  const role = ZActorRole.safeParse(value);
  return role.success ? role.data : null;
};

function historyRowOf(row: LookupHistorySnapshot, agencyName: string): TLookupHistoryRow[] {
  const action = ZDossierAction.safeParse(row.action);
  if (!action.success) return []; // an action this version does not know: not shown rather than mislabelled
  const receiver = row.receiverRole !== null || row.receiverUnit !== null ? { role: roleOf(row.receiverRole), unit: row.receiverUnit } : null;
  return [
    {
      at: new Date(row.at).toISOString(),
      sender: lookupPartyOf({ role: roleOf(row.actorRole), unit: row.actorUnit }, agencyName),
      action: { code: action.data, label: ACTION_LABELS[action.data] },
      receiver: lookupPartyOf(receiver, agencyName),
    },
  ];
}

/** The public view of a row; `ZDossierLookup.parse` is the last gate (the route serialises through it again). */
function present(row: LookupRow): TDossierLookup {
  const status = ZDossierStatus.parse(row.status);
  return ZDossierLookup.parse({
    code: row.code,
    applicantName: maskPersonName(row.applicant_name),
    procedure: { code: row.procedure_code, name: row.procedure_name },
    agency: { name: row.agency_name },
    status,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    receivedAt: row.received_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
    finishedAt: isTerminal(status) ? (row.finished_at?.toISOString() ?? null) : null,
    history: row.history.flatMap((event) => historyRowOf(event, row.agency_name)),
  });
}

/**
 * Tra cứu hồ sơ: the same masked view by code or by receipt number + CCCD. Every miss
 * (unknown code, wrong CCCD, a dossier not sent) is the one LOOKUP_NOT_FOUND, raised after
 * the same single query a hit runs.
 */
export function createLookupService({ repository }: LookupServiceDeps) {
  return {
    async lookup(criteria: TLookupCriteria): Promise<TDossierLookup> {
      const row =
        criteria.by === 'code' ? await repository.findSent(criteria.code, null) : await repository.findSent(criteria.receiptNo, criteria.idNumber);
      if (!row) throw new DomainError('LOOKUP_NOT_FOUND');
      return present(row);
    },
  };
}

export type LookupService = ReturnType<typeof createLookupService>;
