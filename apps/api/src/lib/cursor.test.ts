import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '@portal/domain';
import { createCursorCodec, isPgTimestamptzText, ZCursorDate, ZCursorIsoTime, ZCursorText, ZCursorUuid } from './cursor.ts';

const ID = '0190f3c4-0000-7000-8000-000000000001';
const codec = createCursorCodec(z.object({ at: ZCursorIsoTime, day: ZCursorDate, key: ZCursorText, id: ZCursorUuid }), 'Vị trí trang không hợp lệ');
const raw = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64url');

const refusal = (cursor: string) => {
  try {
    codec.decode(cursor);
  } catch (error) {
    return error;
  }
  return null;
};

describe('cursor codec', () => {
  it('round-trips its payload and reads no cursor as none', () => {
    const payload = { at: '2025-01-02T03:04:05.678Z', day: '2024-02-29', key: 'Cấp giấy phép "xây dựng"', id: ID };
    expect(codec.decode(codec.encode(payload))).toEqual(payload);
    expect(codec.decode(undefined)).toBeUndefined();
    expect(codec.decode('')).toBeUndefined();
  });

  it('refuses garbage, forged values and wrong shapes with VALIDATION_FAILED on cursor', () => {
    const good = { at: '2025-01-02T03:04:05.678Z', day: '2025-01-02', key: 'a', id: ID };
    for (const cursor of [
      'not a cursor!',
      'bm9wZQ',
      raw('garbage'),
      raw({ v: 'garbage' }),
      raw({ ...good, at: '2025-13-45T00:00:00Z' }),
      raw({ ...good, day: '2025-02-30' }),
      raw({ ...good, day: '2025-13-45' }),
      raw({ ...good, id: '-'.repeat(36) }),
      raw({ ...good, id: 'zzz' }),
      raw({ ...good, key: 'a\u0000b' }),
      raw({ ...good, key: 'a\ud800' }),
      'A'.repeat(5000),
    ]) {
      const error = refusal(cursor);
      expect(error, cursor.slice(0, 40)).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { cursor: 'Vị trí trang không hợp lệ' } });
    }
  });

  it('knows a timestamptz as PostgreSQL prints it', () => {
    for (const text of ['2025-01-02 03:04:05+07', '2025-01-02 03:04:05.123456+00', '2024-02-29 23:59:59.5-03:30', 'infinity']) {
      expect(isPgTimestamptzText(text), text).toBe(true);
    }
    for (const text of ['garbage', '2025-13-45 00:00:00+00', '2025-02-29 00:00:00+00', '2025-01-02 24:00:00+00', '2025-01-02T03:04:05Z', '']) {
      expect(isPgTimestamptzText(text), text).toBe(false);
    }
  });
});
