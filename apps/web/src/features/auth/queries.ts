import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAccount } from '@portal/domain';
import { fetchSession, hasSessionHint } from './api.ts';

/** Query keys, broadest first. */
export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
  /** GET /me asked without the session hint (signed-in areas only, see useSession) */
  probe: () => [...authKeys.all, 'probe'] as const,
};

export const sessionQuery = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60 * 1000,
    retry: false,
  });

export interface SessionState {
  /** Null when signed out (or while the session is unknown) */
  account: TAccount | null;
  /** True until the first answer: guards wait instead of redirecting */
  isPending: boolean;
}

/**
 * Who is signed in, from GET /api/v1/me; a failure to ask counts as signed out. Without
 * the session hint cookie nobody is asked and the visitor is anonymous. `verify` (the
 * signed-in areas' guard) asks GET /me even then, once: a session from before the hint
 * existed is not locked out.
 */
export function useSession({ verify = false }: { verify?: boolean } = {}): SessionState {
  const queryClient = useQueryClient();
  const query = useQuery(sessionQuery());
  const mustVerify = verify && query.isSuccess && query.data === null && !hasSessionHint();
  const probe = useQuery({
    queryKey: authKeys.probe(),
    queryFn: async ({ signal }) => {
      const account = await fetchSession(signal, { evenWithoutHint: true });
      if (account) queryClient.setQueryData(authKeys.session(), account);
      return account;
    },
    enabled: mustVerify,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  // The probe only fills the session query: a session it finds ends `mustVerify`.
  if (mustVerify) return { account: null, isPending: probe.isPending || probe.isFetching };
  return { account: query.data ?? null, isPending: query.isPending };
}
