import { ZDossierLookup, type TLookupCriteria } from '@portal/domain';
import { apiGet } from '../../lib/api-client.ts';

/** Tra cứu hồ sơ: `GET /api/v1/lookup`, by code or by receipt number + CCCD (see packages/domain/src/lookup.ts). */
export const lookupDossier = (criteria: TLookupCriteria, signal?: AbortSignal) =>
  apiGet('/api/v1/lookup', ZDossierLookup, {
    query: criteria.by === 'code' ? { code: criteria.code } : { receiptNo: criteria.receiptNo, idNumber: criteria.idNumber },
    signal,
  });

export const lookupKeys = {
  all: ['lookup'] as const,
  one: (criteria: TLookupCriteria) => ['lookup', criteria] as const,
};
