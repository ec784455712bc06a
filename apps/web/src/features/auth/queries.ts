import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TAccount } from '@portal/domain';
import { fetchSession } from './api.ts';

/** Query keys, broadest first. */
export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
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

/** Who is signed in, from GET /api/v1/me; a failure to ask counts as signed out. */
export function useSession(): SessionState {
  const query = useQuery(sessionQuery());
  return { account: query.data ?? null, isPending: query.isPending };
}
