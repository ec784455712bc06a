import { ZAuditEventPage } from '@portal/domain';
import { apiGet } from '../../lib/api-client.ts';

export interface AuditFilters {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  agencyId?: string;
}

export const listAuditEvents = (filters: AuditFilters & { cursor?: string; limit?: number }, signal?: AbortSignal) =>
  apiGet('/api/v1/admin/audit-events', ZAuditEventPage, { query: { ...filters }, signal });
