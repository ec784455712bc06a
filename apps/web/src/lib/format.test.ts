import { describe, expect, it } from 'vitest';
import { fileSizeKb, formatIsoDate, formatVnd } from './format.ts';

describe('format', () => {
  it('writes fees in đồng with Vietnamese grouping', () => {
    expect(formatVnd(1_500_000)).toMatch(/^1\.500\.000\s₫$/);
  });

  it('writes ISO dates as dd/MM/yyyy in both languages, without shifting the day', () => {
    expect(formatIsoDate('2014-06-18', 'vi')).toBe('18/06/2014');
    expect(formatIsoDate('2014-06-18', 'en')).toBe('18/06/2014');
    expect(formatIsoDate('not a date', 'vi')).toBe('not a date');
  });

  it('rounds file sizes to whole kilobytes, at least 1', () => {
    expect(fileSizeKb(35_840)).toBe('35');
    expect(fileSizeKb(10)).toBe('1');
    expect(fileSizeKb(2_048_000)).toBe('2.000');
  });
});
