import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ZDossierCode, ZUnitCode, formatDossierCode, parseDossierCode } from './dossier-code.ts';
import { localDateOf } from './vietnam-time.ts';

describe('formatDossierCode', () => {
  it('formats {unitCode}-{YYMMDD}-{NNNN}', () => {
    expect(formatDossierCode('000.00.12.H29', new Date('2026-11-20T03:00:00Z'), 1)).toBe('000.00.12.H29-261120-0001');
    expect(formatDossierCode('G22', new Date('2026-01-05T03:00:00Z'), 9999)).toBe('G22-260105-9999');
  });

  it('uses the Vietnam local date: 2026-11-21T17:30Z is already 2026-11-22 in Vietnam', () => {
    expect(formatDossierCode('H29', new Date('2026-11-21T17:30:00Z'), 7)).toBe('H29-261122-0007');
    expect(formatDossierCode('H29', new Date('2026-11-21T16:59:59Z'), 7)).toBe('H29-261121-0007');
  });

  it('widens above 9999 instead of failing', () => {
    expect(formatDossierCode('H29', new Date('2026-11-20T03:00:00Z'), 10000)).toBe('H29-261120-10000');
    expect(parseDossierCode('H29-261120-10000')).toEqual({ unitCode: 'H29', date: '2026-11-20', sequence: 10000 });
  });

  it('refuses a sequence below 1, a fractional sequence and a malformed unit code', () => {
    const at = new Date('2026-11-20T03:00:00Z');
    expect(() => formatDossierCode('H29', at, 0)).toThrow(RangeError);
    expect(() => formatDossierCode('H29', at, 1.5)).toThrow(RangeError);
    expect(() => formatDossierCode('', at, 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H 29', at, 1)).toThrow(RangeError);
    expect(() => formatDossierCode('H29', new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe('parseDossierCode', () => {
  it('reads the parts back, with hyphens allowed in the unit code', () => {
    expect(parseDossierCode('000.00.12.H29-261120-0042')).toEqual({
      unitCode: '000.00.12.H29',
      date: '2026-11-20',
      sequence: 42,
    });
    expect(parseDossierCode('SO-TP-261120-0001')).toEqual({ unitCode: 'SO-TP', date: '2026-11-20', sequence: 1 });
  });

  it('returns null for anything that is not a code', () => {
    for (const code of [
      '',
      'H29',
      'H29-261120',
      'H29-261120-001', // too short
      'H29-261120-0000', // sequences start at 1
      'H29-261120-01234', // a widened sequence has no leading zero
      'H29-263120-0001', // no 31st month
      'H29-260230-0001', // no 30 February
      '-261120-0001',
      'H29-261120-0001 ',
      'H29_261120_0001',
    ]) {
      expect(parseDossierCode(code), code).toBeNull();
    }
  });

  it('round-trips any unit code, instant and sequence', () => {
    const unitCodeArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/);
    const instantArb = fc.date({ min: new Date('2000-01-01T00:00:00+07:00'), max: new Date('2099-12-31T23:59:59+07:00'), noInvalidDate: true });
    fc.assert(
      fc.property(unitCodeArb, instantArb, fc.integer({ min: 1, max: 2_000_000 }), (unitCode, at, sequence) => {
        const code = formatDossierCode(unitCode, at, sequence);
        expect(parseDossierCode(code)).toEqual({ unitCode, date: localDateOf(at), sequence });
        expect(ZDossierCode.parse(code)).toBe(code);
      }),
    );
  });
});

describe('ZDossierCode / ZUnitCode', () => {
  it('accepts well-formed codes, trimming spaces a citizen may paste', () => {
    expect(ZDossierCode.parse('  000.00.12.H29-261120-0001 ')).toBe('000.00.12.H29-261120-0001');
    expect(ZDossierCode.safeParse('H29-260230-0001').success).toBe(false);
    const result = ZDossierCode.safeParse('abc');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Mã hồ sơ không đúng định dạng');
  });

  it('unit codes are letters, digits, dots, hyphens and underscores', () => {
    expect(ZUnitCode.safeParse('000.00.12.H29').success).toBe(true);
    expect(ZUnitCode.safeParse('.H29').success).toBe(false);
    expect(ZUnitCode.safeParse('H/29').success).toBe(false);
  });
});
