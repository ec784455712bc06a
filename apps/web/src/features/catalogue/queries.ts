import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  getProcedure,
  listAgencies,
  listFields,
  listProcedures,
  type AgencyListParams,
  type FieldListParams,
  type ProcedureListParams,
} from './api.ts';

/** Query keys, broadest first, so `invalidateQueries({ queryKey: catalogueKeys.all })` clears the lot. */
export const catalogueKeys = {
  all: ['catalogue'] as const,
  procedures: () => [...catalogueKeys.all, 'procedures'] as const,
  procedureList: (params: ProcedureListParams) => [...catalogueKeys.procedures(), 'list', params] as const,
  procedure: (idOrCode: string) => [...catalogueKeys.procedures(), 'detail', idOrCode] as const,
  agencies: (params: AgencyListParams) => [...catalogueKeys.all, 'agencies', params] as const,
  fields: (params: FieldListParams) => [...catalogueKeys.all, 'fields', params] as const,
};

/** The catalogue changes a few times a year; five minutes of freshness saves many requests. */
const CATALOGUE_STALE_MS = 5 * 60 * 1000;

export const procedureListQuery = (params: ProcedureListParams) =>
  queryOptions({
    queryKey: catalogueKeys.procedureList(params),
    queryFn: ({ signal }) => listProcedures(params, signal),
    staleTime: CATALOGUE_STALE_MS,
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const procedureQuery = (idOrCode: string) =>
  queryOptions({
    queryKey: catalogueKeys.procedure(idOrCode),
    queryFn: ({ signal }) => getProcedure(idOrCode, signal),
    staleTime: CATALOGUE_STALE_MS,
  });

export const agencyListQuery = (params: AgencyListParams = {}) =>
  queryOptions({
    queryKey: catalogueKeys.agencies(params),
    queryFn: ({ signal }) => listAgencies(params, signal),
    staleTime: CATALOGUE_STALE_MS,
  });

export const fieldListQuery = (params: FieldListParams = {}) =>
  queryOptions({
    queryKey: catalogueKeys.fields(params),
    queryFn: ({ signal }) => listFields(params, signal),
    staleTime: CATALOGUE_STALE_MS,
  });
