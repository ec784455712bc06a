import { z } from 'zod';
import { vnPartsOf } from './vietnam-time.ts';

/**
 * Dossier code (mã hồ sơ), Circular 01/2018/TT-VPCP: `{unitCode}-{YYMMDD}-{NNNN}`, e.g.
 * `000.00.12.H29-261120-0001`. The date is the Vietnam local date the code was given,
 * NNNN the agency's daily sequence. The sequence itself is allocated by the database
 * (unique under concurrency); this module only formats and reads codes.
 *
 * Above 9999 dossiers in one day the sequence widens to 5+ digits instead of failing: a
 * citizen's dossier must never be refused because of a counter, and the wider code still
 * parses unambiguously because the sequence is the last segment. Widened sequences never
 * start with 0, so every code has exactly one spelling.
 */
export const ZUnitCode = z
  .string()
  .min(1)
  .max(50)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang và gạch dưới');

const DOSSIER_CODE = /^([A-Za-z0-9][A-Za-z0-9._-]*)-(\d{2})(\d{2})(\d{2})-(\d{4}|[1-9]\d{4,})$/;

export type TParsedDossierCode = {
  unitCode: string;
  /** Vietnam local date 'YYYY-MM-DD' (two-digit years are 20YY) */
  date: string;
  sequence: number;
};

export const formatDossierCode = (unitCode: string, at: Date, sequence: number): string => {
  if (!ZUnitCode.safeParse(unitCode).success) throw new RangeError(`Invalid unit code: ${unitCode}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`A dossier sequence starts at 1, got ${sequence}`);
  }
  const { year, month, day } = vnPartsOf(at);
  const yymmdd = [year % 100, month, day].map((n) => String(n).padStart(2, '0')).join('');
  return `${unitCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
};

/** The parts of a code, or null when it is not a well-formed code for a real date. */
export const parseDossierCode = (code: string): TParsedDossierCode | null => {
  const match = DOSSIER_CODE.exec(code);
  if (!match) return null;
  const [, unitCode = '', yy = '', mm = '', dd = '', digits = ''] = match;
  const year = 2000 + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const sequence = Number(digits);
  if (sequence < 1 || !Number.isSafeInteger(sequence) || unitCode.length > 50) return null;
  return { unitCode, date: `${year}-${mm}-${dd}`, sequence };
};

/** A well-formed dossier code (lookup forms, route params); surrounding spaces ignored. */
export const ZDossierCode = z
  .string()
  .trim()
  .max(80)
  .regex(DOSSIER_CODE, 'Mã hồ sơ không đúng định dạng')
  .refine((code) => parseDossierCode(code) !== null, 'Mã hồ sơ không đúng định dạng');
export type TDossierCode = z.infer<typeof ZDossierCode>;
