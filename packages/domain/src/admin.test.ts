import { describe, expect, it } from 'vitest';
import {
  ADMIN_MESSAGES,
  ZCalendarYearUpdate,
  ZStaffInvite,
  ZStaffUpdate,
  auditDiff,
  calendarYearProblems,
  copyFixedHolidays,
  fillPlaceholders,
  grantableRoles,
  mailPlaceholderProblems,
  placeholdersIn,
  zCalendarYearForm,
  zMailTemplateOverrideForm,
  ZMailTemplateOverrideInput,
} from './admin.ts';

describe('who grants which role', () => {
  it('an agency administrator grants every staff role but system_admin; a system administrator all; others none', () => {
    expect(grantableRoles(['agency_admin'])).toEqual(['clerk', 'leader', 'specialist', 'agency_admin']);
    expect(grantableRoles(['system_admin'])).toContain('system_admin');
    expect(grantableRoles(['clerk', 'leader'])).toEqual([]);
  });
});

describe('staff invitation and update', () => {
  it('normalises the username and e-mail and orders roles once each', () => {
    const invite = ZStaffInvite.parse({
      username: ' VanThu2 ',
      email: 'VanThu2@SoXayDung.gov.vn',
      fullName: ' Lò Thị Hoa ',
      position: 'Văn thư Sở',
      agencyId: '0190f3c4-0000-7000-8000-0000000000a1',
      roles: ['leader', 'clerk', 'clerk'],
    });
    expect(invite).toMatchObject({ username: 'vanthu2', email: 'vanthu2@soxaydung.gov.vn', fullName: 'Lò Thị Hoa', roles: ['clerk', 'leader'], locale: 'vi' });
  });

  it('refuses an invitation without roles or position, and an update that changes nothing', () => {
    const result = ZStaffInvite.safeParse({ username: 'abc', email: 'a@b.vn', fullName: 'A', position: ' ', agencyId: 'a1', roles: [] });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toContain(ADMIN_MESSAGES.rolesRequired);
    expect(messages).toContain(ADMIN_MESSAGES.positionRequired);
    expect(ZStaffUpdate.safeParse({}).success).toBe(false);
    expect(ZStaffUpdate.parse({ position: 'Chuyên viên' })).toEqual({ position: 'Chuyên viên' });
  });
});

describe('calendar year', () => {
  const day = (date: string, kind: 'holiday' | 'makeup_workday' = 'holiday', name = 'Nghỉ') => ({ date, kind, name });

  it('refuses dates of another year, duplicates and makeup days on weekdays', () => {
    const problems = calendarYearProblems(2027, [day('2027-01-01'), day('2026-12-31'), day('2027-01-01'), day('2027-02-01', 'makeup_workday'), day('2027-02-06', 'makeup_workday')]);
    expect(problems).toEqual({
      'days.1.date': ADMIN_MESSAGES.dateOutsideYear,
      'days.2.date': ADMIN_MESSAGES.dateDuplicate,
      'days.3.date': ADMIN_MESSAGES.makeupNotWeekend,
    });
  });

  it('the API body names duplicates with their own code; the form also checks the year', () => {
    const body = ZCalendarYearUpdate.safeParse({ days: [day('2027-01-01'), day('2027-01-01')] });
    expect(body.success).toBe(false);
    expect(body.error!.issues[0]).toMatchObject({ path: ['days', 1, 'date'], params: { code: 'CALENDAR_DUPLICATE_DATE' } });
    expect(ZCalendarYearUpdate.safeParse({ days: [day('2026-01-01')] }).success).toBe(true);
    expect(zCalendarYearForm(2027).safeParse({ days: [day('2026-01-01')] }).success).toBe(false);
    expect(ZCalendarYearUpdate.safeParse({ days: [day('2027-02-30')] }).success).toBe(false);
    expect(ZCalendarYearUpdate.safeParse({ days: [{ date: '2027-01-01', kind: 'holiday', name: '  ' }] }).success).toBe(false);
  });

  it('copies only the fixed solar holidays of last year, skipping dates already listed', () => {
    const previous = [
      day('2026-01-01', 'holiday', 'Tết Dương lịch'),
      day('2026-02-17', 'holiday', 'Tết Nguyên đán (Mùng 1 Tết)'),
      day('2026-04-30', 'holiday', 'Ngày Giải phóng miền Nam'),
      day('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động'),
      day('2026-09-02', 'holiday', 'Quốc khánh'),
      day('2026-01-03', 'makeup_workday', 'Làm bù'),
    ];
    const copied = copyFixedHolidays(previous, 2027, [day('2027-05-01', 'holiday', 'Đã có')]);
    expect(copied).toEqual([
      day('2027-01-01', 'holiday', 'Tết Dương lịch'),
      day('2027-04-30', 'holiday', 'Ngày Giải phóng miền Nam'),
      day('2027-09-02', 'holiday', 'Quốc khánh'),
    ]);
  });
});

describe('e-mail template placeholders', () => {
  const allowed = ['displayName', 'code', 'link'];

  it('finds placeholders with or without inner spaces and fills them, escaping when asked', () => {
    expect(placeholdersIn('Hồ sơ {{code}} của {{ displayName }}: {{code}}')).toEqual(['code', 'displayName']);
    expect(fillPlaceholders('Chào {{ displayName }} ({{other}})', { displayName: '<b>An</b>' }, (v) => v.replace(/</g, '&lt;'))).toBe('Chào &lt;b>An&lt;/b> ({{other}})');
  });

  it('refuses unknown and malformed placeholders, naming the field', () => {
    expect(mailPlaceholderProblems({ subject: 'Hồ sơ {{code}}', text: 'Xin chào {{displayName}}' }, allowed)).toEqual({});
    const problems = mailPlaceholderProblems({ subject: 'Hồ sơ {{ma}}', text: 'Xin chào {{displayName', html: '<p>{{ten bien}}</p>' }, allowed);
    expect(problems.subject).toContain('{{ma}}');
    expect(problems.text).toBe(ADMIN_MESSAGES.placeholderMalformed);
    expect(problems.html).toBe(ADMIN_MESSAGES.placeholderMalformed);
    expect(zMailTemplateOverrideForm(allowed).safeParse({ subject: 'x {{nope}}', text: 'y' }).success).toBe(false);
  });

  it('refuses executable HTML and stores an empty HTML body as none', () => {
    expect(ZMailTemplateOverrideInput.safeParse({ subject: 's', text: 't', html: '<img src=x onerror=alert(1)>' }).success).toBe(false);
    expect(ZMailTemplateOverrideInput.safeParse({ subject: 's', text: 't', html: '<script>x</script>' }).success).toBe(false);
    expect(ZMailTemplateOverrideInput.parse({ subject: 's', text: 't', html: '  ' }).html).toBeNull();
  });
});

describe('audit diff', () => {
  it('lists changed, added and removed paths of before/after', () => {
    expect(
      auditDiff(
        { roles: ['clerk'], position: 'Văn thư', agency: { id: 'a', name: 'Sở Xây dựng' }, status: 'active' },
        { roles: ['clerk', 'leader'], position: 'Văn thư', agency: { id: 'b', name: 'Sở Y tế' }, note: 'mới' },
      ),
    ).toEqual([
      { path: 'roles', kind: 'changed', before: ['clerk'], after: ['clerk', 'leader'] },
      { path: 'agency.id', kind: 'changed', before: 'a', after: 'b' },
      { path: 'agency.name', kind: 'changed', before: 'Sở Xây dựng', after: 'Sở Y tế' },
      { path: 'status', kind: 'removed', before: 'active' },
      { path: 'note', kind: 'added', after: 'mới' },
    ]);
    expect(auditDiff(null, { a: 1 })).toEqual([{ path: '*', kind: 'added', after: { a: 1 } }]);
    expect(auditDiff({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
