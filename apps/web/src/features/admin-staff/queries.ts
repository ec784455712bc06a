import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TInvitationAccept, TStaffInvite, TStaffUpdate } from '@portal/domain';
import { type StaffListParams, acceptInvitation, inviteStaff, listStaff, resendInvitation, setStaffDisabled, updateStaff } from './api.ts';

export const adminStaffKeys = {
  all: ['admin-staff'] as const,
  list: (query: StaffListParams) => [...adminStaffKeys.all, 'list', query] as const,
};

/** Pages of staff accounts, by username; "Xem thêm" follows `nextCursor`. */
export const staffListQuery = (query: Omit<StaffListParams, 'cursor'>) =>
  infiniteQueryOptions({
    queryKey: adminStaffKeys.list(query),
    queryFn: ({ signal, pageParam }) => listStaff({ ...query, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

/** Every staff mutation refreshes the lists it may have changed. */
function useStaffMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: adminStaffKeys.all }) });
}

export const useInviteStaff = () => useStaffMutation((body: TStaffInvite) => inviteStaff(body));
export const useUpdateStaff = () => useStaffMutation(({ id, body }: { id: string; body: TStaffUpdate }) => updateStaff(id, body));
export const useResendInvitation = () => useStaffMutation((id: string) => resendInvitation(id));
export const useSetStaffDisabled = () => useStaffMutation(({ id, disabled }: { id: string; disabled: boolean }) => setStaffDisabled(id, disabled));
export const useAcceptInvitation = () => useMutation({ mutationFn: (body: TInvitationAccept) => acceptInvitation(body) });
