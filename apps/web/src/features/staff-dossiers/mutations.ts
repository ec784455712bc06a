import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TStaffActionRequest } from '@portal/domain';
import { deleteResultFile, performAction } from './api.ts';
import { staffDossierKeys } from './queries.ts';

/**
 * One processing action (Tiếp nhận, Chuyển xử lý…). Whatever the outcome, counts, lists
 * and this dossier are refreshed: after a 409 the page must show the state that won.
 */
export function useDossierAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TStaffActionRequest) => performAction(id, body),
    onSuccess: (dossier) => queryClient.setQueryData(staffDossierKeys.detail(id), dossier),
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffDossierKeys.all }),
  });
}

/** Removes a result document uploaded by mistake (before Kết thúc xử lý). */
export function useDeleteResultFile(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => deleteResultFile(id, fileId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffDossierKeys.detail(id) }),
  });
}
