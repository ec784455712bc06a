import type { PageLink } from '../components/pagination.tsx';

/** Router state of a page: the cursors of the pages before it, for "Trang trước". */
const previousCursors = (state: unknown): string[] =>
  state && typeof state === 'object' && 'cursors' in state && Array.isArray(state.cursors)
    ? state.cursors.filter((cursor): cursor is string => typeof cursor === 'string')
    : [];

/**
 * The links of a cursor-paged list. The API only knows the next cursor; the cursors of
 * earlier pages ride along in the router state so "previous" and "first" work too.
 * `hrefOf(cursor)` is the list's URL at that cursor (undefined: the first page).
 */
export function cursorPageLinks({
  locationState,
  cursor,
  nextCursor,
  hrefOf,
}: {
  locationState: unknown;
  cursor: string | undefined;
  nextCursor: string | null | undefined;
  hrefOf: (cursor: string | undefined) => string;
}): { first: PageLink | null; previous: PageLink | null; next: PageLink | null } {
  const stack = previousCursors(locationState);
  const next = nextCursor ? { to: hrefOf(nextCursor), state: { cursors: [...stack, cursor ?? ''] } } : null;
  const previousCursor = stack.at(-1);
  const previous = cursor && previousCursor !== undefined ? { to: hrefOf(previousCursor || undefined), state: { cursors: stack.slice(0, -1) } } : null;
  const first = cursor && (stack.length !== 1 || previousCursor) ? { to: hrefOf(undefined) } : null;
  return { first, previous, next };
}
