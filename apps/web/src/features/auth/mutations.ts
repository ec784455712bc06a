import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TAccount, TLoginRequest, TPasswordResetConfirm, TRegisterRequest, TUserKind } from '@portal/domain';
import { activate, confirmPasswordReset, login, logout, register, requestPasswordReset, resendActivation } from './api.ts';
import { authKeys } from './queries.ts';

export function useLogin(entry: TUserKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TLoginRequest) => login(body, entry),
    onSuccess: (account: TAccount) => queryClient.setQueryData(authKeys.session(), account),
  });
}

/** "Thoát": ends the session and forgets everything cached for this person. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(authKeys.session(), null);
    },
  });
}

export const useRegister = () => useMutation({ mutationFn: (body: TRegisterRequest) => register(body) });

export const useActivate = () => useMutation({ mutationFn: (token: string) => activate(token) });

export const useResendActivation = () => useMutation({ mutationFn: (username: string) => resendActivation(username) });

export const useRequestPasswordReset = () => useMutation({ mutationFn: (email: string) => requestPasswordReset(email) });

export const useConfirmPasswordReset = () => useMutation({ mutationFn: (body: TPasswordResetConfirm) => confirmPasswordReset(body) });
