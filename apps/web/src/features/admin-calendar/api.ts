import { ZCalendarYear, type TCalendarDay } from '@portal/domain';
import { apiGet, apiSend } from '../../lib/api-client.ts';

export const getCalendarYear = (year: number, signal?: AbortSignal) => apiGet(`/api/v1/admin/calendar/${year}`, ZCalendarYear, { signal });
export const saveCalendarYear = (year: number, days: TCalendarDay[]) => apiSend('PUT', `/api/v1/admin/calendar/${year}`, { days }, ZCalendarYear);
