import type { TFormField } from '@portal/domain';
import { describe, expect, it } from 'vitest';
import { formatFieldNumber, isYearField } from './sample-dossier.tsx';

type TNumberField = Extract<TFormField, { kind: 'number' }>;
const label = { vi: 'x' };
const year: TNumberField = { kind: 'number', key: 'tuNam', label, required: true, min: 1930, max: 2100, integer: true };
const people: TNumberField = { kind: 'number', key: 'soNguoi', label, required: false, min: 1, integer: true, unit: 'người' };
const capital: TNumberField = { kind: 'number', key: 'von', label, required: false, min: 1, integer: true, unit: 'VND' };

describe('number values in a filled form (citizen and staff dossier pages, sample dossier)', () => {
  it('reads a year as 2022, never 2.022, in both languages', () => {
    expect(isYearField(year)).toBe(true);
    expect(formatFieldNumber(year, 2022, 'vi')).toBe('2022');
    expect(formatFieldNumber(year, 2022, 'en')).toBe('2022');
  });

  it('groups other numbers as usual', () => {
    expect(isYearField(people)).toBe(false);
    expect(isYearField(capital)).toBe(false);
    expect(formatFieldNumber(capital, 1_500_000, 'vi')).toBe('1.500.000');
    expect(formatFieldNumber(people, 2022, 'en')).toBe('2,022');
  });
});
