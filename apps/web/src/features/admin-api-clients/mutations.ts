import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TApiClient, TApiClientCreate, TApiClientRotate, TApiClientUpdate, TApiClientWithSecret } from '@portal/domain';
import { apiClientKeys, createApiClient, revokeApiClient, rotateApiClientSecret, updateApiClient } from './api.ts';

/**
 * A change by the administrator: the changed client goes straight into the detail page's
 * cache (never the secret: it lives only in the dialog that shows it), the lists reload.
 */
function useApiClientMutation<TVariables, TResult extends TApiClient | TApiClientWithSecret>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      const saved: TApiClient = 'clientSecret' in result ? (result as TApiClientWithSecret).client : (result as TApiClient);
      client.setQueryData(apiClientKeys.one(saved.id), saved);
      await client.invalidateQueries({ queryKey: [...apiClientKeys.all, 'list'] });
    },
  });
}

export const useCreateApiClient = () => useApiClientMutation((body: TApiClientCreate) => createApiClient(body));
export const useUpdateApiClient = () => useApiClientMutation(({ id, body }: { id: string; body: TApiClientUpdate }) => updateApiClient(id, body));
export const useRotateApiClientSecret = () => useApiClientMutation(({ id, body }: { id: string; body: TApiClientRotate }) => rotateApiClientSecret(id, body));
export const useRevokeApiClient = () => useApiClientMutation((id: string) => revokeApiClient(id));
