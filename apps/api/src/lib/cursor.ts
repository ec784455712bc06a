import { z } from 'zod';
import { CURSOR_MAX_LENGTH, DomainError, hasInvalidTextChars } from '@portal/domain';

/**
 * The one codec of every list's pagination cursor: base64url JSON of the page's last
 * sort keys, opaque to clients. Decoding validates the payload with a zod schema, so a
 * forged or damaged cursor (a date that is no date, an id that is no UUID) is a 400 on
 * `cursor`, never a failed cast in PostgreSQL.
 */

export const CURSOR_MESSAGE = 'Vị trí trang không hợp lệ, vui lòng tải lại danh sách';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** Text of a cursor key: any string PostgreSQL can take (no NUL, no lone surrogate). */
export const ZCursorText = z.string().max(CURSOR_MAX_LENGTH).refine((text) => !hasInvalidTextChars(text));
export const ZCursorUuid = z.uuid();
/** A JavaScript `toISOString()` time, e.g. 2025-01-02T03:04:05.678Z (real calendar dates only). */
export const ZCursorIsoTime = z.iso.datetime({ offset: true });
/** A calendar date YYYY-MM-DD that exists. */
export const ZCursorDate = z.iso.date();

const PG_TIMESTAMPTZ = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-]\d{2}(?::\d{2}){0,2}$/;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True for a timestamptz as PostgreSQL prints it (ISO DateStyle), or ±infinity. */
export const isPgTimestamptzText = (text: string): boolean => {
  if (text === 'infinity' || text === '-infinity') return true;
  const match = PG_TIMESTAMPTZ.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59 && second <= 59;
};
export const ZCursorPgTimestamptz = z.string().refine(isPgTimestamptzText);

export interface CursorCodec<T> {
  encode(payload: T): string;
  /** The payload, or undefined without a cursor; a malformed cursor throws VALIDATION_FAILED on `cursor`. */
  decode(raw: string | undefined | null): T | undefined;
}

export function createCursorCodec<S extends z.ZodType>(schema: S, message: string = CURSOR_MESSAGE): CursorCodec<z.output<S>> {
  const invalid = () => new DomainError('VALIDATION_FAILED', { fieldErrors: { cursor: message } });
  return {
    encode: (payload) => Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url'),
    decode(raw) {
      if (raw === undefined || raw === null || raw === '') return undefined;
      if (raw.length > CURSOR_MAX_LENGTH || !BASE64URL.test(raw)) throw invalid();
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
      } catch {
        throw invalid();
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw invalid();
      return parsed.data;
    },
  };
}
