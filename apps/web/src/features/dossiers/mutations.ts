import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TRatingRequest } from '@portal/domain';
import { deleteDossier, rateDossier, submitDossier } from './api.ts';
import { dossierKeys } from './queries.ts';

/** Xóa (only while unsent): counts and lists change. */
export function useDeleteDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteDossier(id),
    onSuccess: (_result, id) => {
      queryClient.removeQueries({ queryKey: dossierKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: dossierKeys.all });
    },
  });
}

/** Gửi from the list: the dossier moves from Hồ sơ chưa gửi to Hồ sơ đã gửi with its code. */
export function useSubmitDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version?: number }) => submitDossier(id, version),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dossierKeys.all }),
  });
}

/** Đánh giá (once, in `result`). */
export function useRateDossier(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TRatingRequest) => rateDossier(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dossierKeys.detail(id) }),
  });
}
