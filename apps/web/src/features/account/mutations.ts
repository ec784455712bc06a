import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TChangePasswordRequest, TEmailChangeRequest, TProfileUpdate } from '@portal/domain';
import { changePassword, confirmEmailChange, requestEmailChange, updateProfile } from './api.ts';
import { accountKeys } from './queries.ts';

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TProfileUpdate) => updateProfile(body),
    onSuccess: (account) => queryClient.setQueryData(accountKeys.me(), account),
  });
}

export const useChangePassword = () => useMutation({ mutationFn: (body: TChangePasswordRequest) => changePassword(body) });

export function useRequestEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TEmailChangeRequest) => requestEmailChange(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.me() }),
  });
}

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => confirmEmailChange(token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.me() }),
  });
}
