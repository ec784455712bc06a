import { authKeys, sessionQuery } from '../auth/queries.ts';

/**
 * The account's own data is the session document (GET /api/v1/me): one cache entry, so
 * the header greeting and the profile page never disagree.
 */
export const accountKeys = {
  me: authKeys.session,
};

export const accountQuery = sessionQuery;
