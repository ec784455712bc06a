import { infiniteQueryOptions } from '@tanstack/react-query';
import { listAuditEvents, type AuditFilters } from './api.ts';

export const auditKeys = {
  all: ['admin-audit'] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, filters] as const,
};

/** Newest first; "Xem thêm" follows `nextCursor`. */
export const auditEventsQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ signal, pageParam }) => listAuditEvents({ ...filters, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
