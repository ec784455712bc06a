import { nextWorkingDay } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { loadWorkingCalendar } from './working-calendar.ts';

const DEMO_PASSWORD = 'Demo@2025';

describe('working-day calendar (/api/v1/admin/calendar/:year, /api/v1/calendar/:year)', () => {
  let ctx: TestContext;
  const staff = (username: string) => signedIn(ctx.app, username, DEMO_PASSWORD, { staff: true });
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('anyone reads a year: the seeded holidays of 2026, in date order', async () => {
    const response = await new TestBrowser(ctx.app).get('/api/v1/calendar/2026');
    expect(response.statusCode, response.body).toBe(200);
    const { year, days } = response.json();
    expect(year).toBe(2026);
    expect(days[0]).toMatchObject({ date: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' });
    expect(days.map((day: { date: string }) => day.date)).toEqual([...days.map((day: { date: string }) => day.date)].sort());
    expect((await new TestBrowser(ctx.app).get('/api/v1/calendar/1800')).statusCode).toBe(400);
  });

  it('only a system administrator edits; agency administrators may look; clerks and citizens may not', async () => {
    const body = { days: [{ date: '2028-01-01', kind: 'holiday', name: 'Tết Dương lịch' }] };
    expect((await (await staff('quantrixd')).request('PUT', '/api/v1/admin/calendar/2028', body)).statusCode).toBe(403);
    expect((await (await staff('quantrixd')).get('/api/v1/admin/calendar/2028')).statusCode).toBe(200);
    expect((await (await staff('motcua')).get('/api/v1/admin/calendar/2028')).statusCode).toBe(403);
    expect((await (await signedIn(ctx.app, 'congdan', DEMO_PASSWORD)).request('PUT', '/api/v1/admin/calendar/2028', body)).statusCode).toBe(403);
  });

  it('refuses a date of another year, a date listed twice and a makeup day on a weekday, naming the row', async () => {
    const admin = await staff('quantri');
    const outside = await admin.request('PUT', '/api/v1/admin/calendar/2028', {
      days: [
        { date: '2028-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
        { date: '2029-01-01', kind: 'holiday', name: 'Năm sau' },
      ],
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({ code: 'CALENDAR_DATE_OUTSIDE_YEAR', errors: { 'days.1.date': 'Ngày không thuộc năm đang sửa' } });

    const duplicate = await admin.request('PUT', '/api/v1/admin/calendar/2028', {
      days: [
        { date: '2028-04-30', kind: 'holiday', name: 'Giải phóng miền Nam' },
        { date: '2028-04-30', kind: 'holiday', name: 'Lặp lại' },
      ],
    });
    expect(duplicate.json()).toMatchObject({ code: 'CALENDAR_DUPLICATE_DATE', errors: { 'days.1.date': 'Ngày này đã có trong lịch' } });

    const weekday = await admin.request('PUT', '/api/v1/admin/calendar/2028', { days: [{ date: '2028-01-03', kind: 'makeup_workday', name: 'Làm bù' }] });
    expect(weekday.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { 'days.0.date': 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật' } });
    expect((await admin.get('/api/v1/admin/calendar/2028')).json().days).toEqual([]);
  });

  it('a saved year is what due dates are computed with, and the change is audited day by day', async () => {
    const admin = await staff('quantri');
    const before = await loadWorkingCalendar(ctx.prisma);
    // Thursday 2028-03-02 + 1 working day = Friday, until the Friday becomes a holiday.
    expect(nextWorkingDay('2028-03-02', before)).toBe('2028-03-03');
    const saved = await admin.request('PUT', '/api/v1/admin/calendar/2028', {
      days: [
        { date: '2028-03-03', kind: 'holiday', name: 'Ngày nghỉ của tỉnh' },
        { date: '2028-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().days.map((day: { date: string }) => day.date)).toEqual(['2028-01-01', '2028-03-03']);
    expect(nextWorkingDay('2028-03-02', await loadWorkingCalendar(ctx.prisma))).toBe('2028-03-06');

    // Rename one, remove the other.
    await admin.request('PUT', '/api/v1/admin/calendar/2028', { days: [{ date: '2028-01-01', kind: 'holiday', name: 'Tết Dương lịch 2028' }] });
    expect((await new TestBrowser(ctx.app).get('/api/v1/calendar/2028')).json().days).toEqual([{ date: '2028-01-01', kind: 'holiday', name: 'Tết Dương lịch 2028' }]);
    const events = await ctx.prisma.auditEvent.findMany({ where: { action: 'calendar.update', entityId: '2028' }, orderBy: { id: 'asc' } });
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      actorName: 'quantri',
      before: { '2028-01-01': { kind: 'holiday', name: 'Tết Dương lịch' }, '2028-03-03': { kind: 'holiday', name: 'Ngày nghỉ của tỉnh' } },
      after: { '2028-01-01': { kind: 'holiday', name: 'Tết Dương lịch 2028' } },
    });
    // Other years are untouched.
    expect((await new TestBrowser(ctx.app).get('/api/v1/calendar/2026')).json().days.length).toBeGreaterThan(5);
  });
});
