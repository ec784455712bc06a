import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getInboxSummary, getStaffDossier, listColleagues, listStaffDossiers, type StaffListParams } from './api.ts';

/** Query keys, broadest first: invalidating `staffDossierKeys.all` refreshes counts, lists and dossiers. */
export const staffDossierKeys = {
  all: ['staff-dossiers'] as const,
  summary: () => [...staffDossierKeys.all, 'summary'] as const,
  lists: () => [...staffDossierKeys.all, 'list'] as const,
  list: (query: StaffListParams) => [...staffDossierKeys.lists(), query] as const,
  detail: (id: string) => [...staffDossierKeys.all, 'detail', id] as const,
  colleagues: () => ['staff-colleagues'] as const,
};

export const inboxSummaryQuery = () =>
  queryOptions({ queryKey: staffDossierKeys.summary(), queryFn: ({ signal }) => getInboxSummary(signal) });

export const staffDossierListQuery = (query: StaffListParams) =>
  queryOptions({
    queryKey: staffDossierKeys.list(query),
    queryFn: ({ signal }) => listStaffDossiers(query, signal),
    placeholderData: keepPreviousData,
  });

export const staffDossierQuery = (id: string) =>
  queryOptions({ queryKey: staffDossierKeys.detail(id), queryFn: ({ signal }) => getStaffDossier(id, signal) });

/** The forward picker's people: they change rarely. */
export const colleaguesQuery = () =>
  queryOptions({ queryKey: staffDossierKeys.colleagues(), queryFn: ({ signal }) => listColleagues(signal), staleTime: 5 * 60_000 });
