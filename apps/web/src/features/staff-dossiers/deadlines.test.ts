import { describe, expect, it } from 'vitest';
import { deadlineState, durationOf, formatDueVn } from './deadlines.ts';

describe('deadlines', () => {
  it('writes due dates as dd/MM/yyyy HH:mm in Vietnam time', () => {
    expect(formatDueVn('2026-12-21T10:00:00.000Z')).toBe('21/12/2026 17:00');
    // 20:30 UTC is already the next morning in Hà Nội.
    expect(formatDueVn('2026-12-31T20:30:00.000Z')).toBe('01/01/2027 03:30');
  });

  it('rounds time left up to the minute and splits it into days, hours and minutes', () => {
    expect(durationOf(90_000)).toEqual({ days: 0, hours: 0, minutes: 2 });
    expect(durationOf((26 * 60 + 5) * 60_000)).toEqual({ days: 1, hours: 2, minutes: 5 });
  });

  it('says whether a deadline has passed', () => {
    const now = new Date('2026-11-23T03:00:00.000Z');
    expect(deadlineState('2026-11-23T05:30:00.000Z', now)).toEqual({ passed: false, span: { days: 0, hours: 2, minutes: 30 } });
    expect(deadlineState('2026-11-23T02:00:00.000Z', now)).toEqual({ passed: true, span: { days: 0, hours: 1, minutes: 0 } });
  });
});
