import { ZStatsReport, type TStatsGrouping, type TStatsQuery } from '@portal/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet, buildUrl } from '../../lib/api-client.ts';

/** Thống kê: `GET /api/v1/stats` and the CSV export `GET /api/v1/stats.csv`. */
export const getStats = (query: TStatsQuery, signal?: AbortSignal) => apiGet('/api/v1/stats', ZStatsReport, { query: { ...query }, signal });

/** A plain link: the browser downloads the file with the name the API gives it. */
export const statsCsvUrl = (query: TStatsQuery, groupBy: TStatsGrouping, locale: string) =>
  buildUrl('/api/v1/stats.csv', { ...query, groupBy, locale: locale === 'en' ? 'en' : 'vi' });

export const statsKeys = {
  all: ['stats'] as const,
  report: (query: TStatsQuery) => ['stats', 'report', query] as const,
};

export const statsQuery = (query: TStatsQuery) =>
  queryOptions({
    queryKey: statsKeys.report(query),
    queryFn: ({ signal }) => getStats(query, signal),
    // The API lets caches keep an answer for a minute: asking sooner brings nothing new.
    staleTime: 60_000,
    // Keep the previous figures on screen while another selection loads.
    placeholderData: keepPreviousData,
  });
