import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getDossier, getDossierHistory, getDossierSummary, listDossiers, type DossierListParams } from './api.ts';

/** Query keys, broadest first: invalidating `dossierKeys.all` refreshes counts, lists and pages. */
export const dossierKeys = {
  all: ['dossiers'] as const,
  summary: () => [...dossierKeys.all, 'summary'] as const,
  lists: () => [...dossierKeys.all, 'list'] as const,
  list: (query: DossierListParams) => [...dossierKeys.lists(), query] as const,
  detail: (id: string) => [...dossierKeys.all, 'detail', id] as const,
  history: (id: string) => [...dossierKeys.all, 'history', id] as const,
};

export const dossierSummaryQuery = () =>
  queryOptions({ queryKey: dossierKeys.summary(), queryFn: ({ signal }) => getDossierSummary(signal) });

export const dossierListQuery = (query: DossierListParams) =>
  queryOptions({
    queryKey: dossierKeys.list(query),
    queryFn: ({ signal }) => listDossiers(query, signal),
    placeholderData: keepPreviousData,
  });

export const dossierQuery = (id: string) =>
  queryOptions({ queryKey: dossierKeys.detail(id), queryFn: ({ signal }) => getDossier(id, signal) });

export const dossierHistoryQuery = (id: string) =>
  queryOptions({ queryKey: dossierKeys.history(id), queryFn: ({ signal }) => getDossierHistory(id, signal) });
