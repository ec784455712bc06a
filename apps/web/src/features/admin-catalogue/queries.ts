import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { catalogueKeys } from '../catalogue/queries.ts';
import { getAdminProcedure, listAdminAgencies, listAdminFields, listAdminProcedures, type AdminProcedureListParams } from './api.ts';

/** Query keys of the catalogue administration, broadest first. */
export const adminCatalogueKeys = {
  all: ['admin-catalogue'] as const,
  agencies: () => [...adminCatalogueKeys.all, 'agencies'] as const,
  fields: () => [...adminCatalogueKeys.all, 'fields'] as const,
  procedures: () => [...adminCatalogueKeys.all, 'procedures'] as const,
  procedureList: (params: AdminProcedureListParams) => [...adminCatalogueKeys.procedures(), 'list', params] as const,
  procedure: (id: string) => [...adminCatalogueKeys.procedures(), 'detail', id] as const,
};

export const adminAgenciesQuery = () => queryOptions({ queryKey: adminCatalogueKeys.agencies(), queryFn: ({ signal }) => listAdminAgencies(signal) });

export const adminFieldsQuery = () => queryOptions({ queryKey: adminCatalogueKeys.fields(), queryFn: ({ signal }) => listAdminFields(signal) });

export const adminProcedureListQuery = (params: AdminProcedureListParams) =>
  queryOptions({
    queryKey: adminCatalogueKeys.procedureList(params),
    queryFn: ({ signal }) => listAdminProcedures(params, signal),
    placeholderData: keepPreviousData,
  });

export const adminProcedureQuery = (id: string) =>
  queryOptions({ queryKey: adminCatalogueKeys.procedure(id), queryFn: ({ signal }) => getAdminProcedure(id, signal) });

/**
 * A catalogue change: on success, what the administration and the public catalogue show
 * is fetched again (the public pages of this browser included).
 */
export function useCatalogueMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: adminCatalogueKeys.all }),
        client.invalidateQueries({ queryKey: catalogueKeys.all }),
      ]);
    },
  });
}
