import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TCalendarDay } from '@portal/domain';
import { getCalendarYear, saveCalendarYear } from './api.ts';

export const calendarKeys = {
  all: ['admin-calendar'] as const,
  year: (year: number) => [...calendarKeys.all, year] as const,
};

export const calendarYearQuery = (year: number) =>
  queryOptions({ queryKey: calendarKeys.year(year), queryFn: ({ signal }) => getCalendarYear(year, signal) });

export function useSaveCalendarYear(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: TCalendarDay[]) => saveCalendarYear(year, days),
    onSuccess: (saved) => queryClient.setQueryData(calendarKeys.year(year), saved),
  });
}
