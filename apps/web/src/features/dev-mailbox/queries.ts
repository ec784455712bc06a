import { queryOptions } from '@tanstack/react-query';
import { listMailbox } from './api.ts';

export const mailboxKeys = {
  all: ['dev-mailbox'] as const,
  list: () => [...mailboxKeys.all, 'list'] as const,
};

export const mailboxQuery = () =>
  queryOptions({
    queryKey: mailboxKeys.list(),
    queryFn: ({ signal }) => listMailbox(signal),
    staleTime: 0,
    // New mail arrives by itself: look again every few seconds while the page is open.
    refetchInterval: (query) => (query.state.error ? false : 3000),
    retry: false,
  });
