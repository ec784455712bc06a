import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import {
  CCCD_PROVINCE_CODES,
  COMMON_MESSAGES,
  CURSOR_MAX_LENGTH,
  ZCursorParam,
  ZUuid,
  hasInvalidTextChars,
  zPathId,
  zText,
  ZCccd,
  ZEmail,
  ZUsername,
  ZVnMobile,
  formatDateTimeVn,
  formatDateVn,
  formatVnd,
  maskPersonName,
  normalizeVietnamese,
} from './common.ts';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('ZUsername', () => {
  it('accepts a-z and 0-9, 3–32 characters, lower-cased', () => {
    expect(ZUsername.parse('nguyenvana90')).toBe('nguyenvana90');
    expect(ZUsername.parse(' NguyenVanA ')).toBe('nguyenvana');
    expect(ZUsername.parse('abc')).toBe('abc');
    expect(ZUsername.parse('a'.repeat(32))).toBe('a'.repeat(32));
  });

  it('refuses other characters and lengths with Vietnamese messages', () => {
    expect(messageOf(ZUsername.safeParse('ab'))).toBe('Tên đăng nhập phải có từ 3 đến 32 ký tự');
    expect(messageOf(ZUsername.safeParse('a'.repeat(33)))).toBe('Tên đăng nhập phải có từ 3 đến 32 ký tự');
    for (const name of ['nguyễn', 'van.a', 'van_a', 'van a', 'đức123']) {
      expect(messageOf(ZUsername.safeParse(name)), name).toBe('Tên đăng nhập chỉ gồm chữ cái không dấu (a-z) và chữ số (0-9)');
    }
    expect(messageOf(ZUsername.safeParse(undefined))).toBe('Vui lòng nhập tên đăng nhập');
  });
});

describe('ZVnMobile', () => {
  it('accepts 03/05/07/08/09 mobiles and normalises +84 / 84 / separators to 0xxxxxxxxx', () => {
    expect(ZVnMobile.parse('0912345678')).toBe('0912345678');
    expect(ZVnMobile.parse('+84912345678')).toBe('0912345678');
    expect(ZVnMobile.parse('84912345678')).toBe('0912345678');
    expect(ZVnMobile.parse('+84 912 345 678')).toBe('0912345678');
    expect(ZVnMobile.parse('038.123.4567')).toBe('0381234567');
    for (const prefix of ['03', '05', '07', '08', '09']) expect(ZVnMobile.parse(`${prefix}12345678`)).toBe(`${prefix}12345678`);
  });

  it('refuses landlines, old 11-digit mobiles and other lengths', () => {
    for (const phone of ['0241234567', '01234567890', '091234567', '09123456789', '+8491234567', 'abc', '', '+1 912345678']) {
      expect(messageOf(ZVnMobile.safeParse(phone)), phone).toBe('Số điện thoại di động không hợp lệ');
    }
  });
});

describe('ZCccd', () => {
  it('accepts 12 digits opening with a province code', () => {
    expect(ZCccd.parse('001090012345')).toBe('001090012345');
    expect(ZCccd.parse(' 079190012345 ')).toBe('079190012345');
    expect(ZCccd.parse('096399999999')).toBe('096399999999');
  });

  it('refuses other lengths, non-digits and codes that are not provinces', () => {
    for (const value of ['00109001234', '0010900123456', '00109001234a', '003090012345', '000090012345', '097090012345', '099090012345']) {
      expect(messageOf(ZCccd.safeParse(value)), value).toBe('Số CCCD gồm 12 chữ số hợp lệ');
    }
  });

  it('lists the 63 province codes', () => {
    expect(CCCD_PROVINCE_CODES.size).toBe(63);
  });

  it('any 4th digit 0–9 is a valid gender/century code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CCCD_PROVINCE_CODES),
        fc.integer({ min: 0, max: 9 }),
        fc.stringMatching(/^\d{8}$/),
        (province, genderCentury, rest) => {
          expect(ZCccd.safeParse(`${province}${genderCentury}${rest}`).success).toBe(true);
        },
      ),
    );
  });
});

describe('ZEmail', () => {
  it('trims and lower-cases', () => {
    expect(ZEmail.parse('  Nguyen.Van.A@Example.GOV.vn ')).toBe('nguyen.van.a@example.gov.vn');
  });

  it('refuses malformed addresses', () => {
    for (const value of ['nguyen', 'a@', '@b.vn', 'a b@c.vn', '']) {
      expect(messageOf(ZEmail.safeParse(value)), value).toBe('Địa chỉ thư điện tử không hợp lệ');
    }
  });
});

describe('formatDateVn / formatDateTimeVn', () => {
  it('formats in Vietnam time, whatever the machine time zone', () => {
    expect(formatDateVn(new Date('2026-11-20T03:00:00Z'))).toBe('20/11/2026');
    expect(formatDateVn(new Date('2026-11-21T17:30:00Z'))).toBe('22/11/2026');
    expect(formatDateTimeVn(new Date('2026-11-21T17:30:00Z'))).toBe('00:30 22/11/2026');
    expect(formatDateTimeVn(new Date('2027-01-05T09:05:00Z'))).toBe('16:05 05/01/2027');
  });
});

describe('formatVnd', () => {
  it('uses Vietnamese grouping and the đồng sign', () => {
    expect(formatVnd(1_500_000)).toBe('1.500.000 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
    expect(formatVnd(50_000)).toBe('50.000 ₫');
    expect(formatVnd(1234.6)).toBe('1.235 ₫');
  });
});

describe('normalizeVietnamese', () => {
  it('lower-cases, removes diacritics (đ → d) and collapses spaces', () => {
    expect(normalizeVietnamese('  Nguyễn   Văn  ĐỨC ')).toBe('nguyen van duc');
    expect(normalizeVietnamese('Thủ tục đăng ký kết hôn')).toBe('thu tuc dang ky ket hon');
    expect(normalizeVietnamese('Ủy ban nhân dân\tPhường Bến Nghé')).toBe('uy ban nhan dan phuong ben nghe');
  });

  it('treats composed and decomposed input alike and is idempotent', () => {
    expect(normalizeVietnamese('Nguyễn'.normalize('NFD'))).toBe(normalizeVietnamese('Nguyễn'.normalize('NFC')));
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normalizeVietnamese(text);
        expect(normalizeVietnamese(once)).toBe(once);
      }),
    );
  });
});

describe('maskPersonName', () => {
  it('keeps the family name and the first letter of the other words', () => {
    expect(maskPersonName('Nguyễn Tuấn Anh')).toBe('Nguyễn T*** A**');
    expect(maskPersonName('  Trần   Thị  Bích Ngọc ')).toBe('Trần T** B*** N***');
    expect(maskPersonName('Lê A')).toBe('Lê A');
    expect(maskPersonName('Đặng')).toBe('Đặng');
    expect(maskPersonName('')).toBe('');
  });

  it('counts letters, not code units, for decomposed input', () => {
    expect(maskPersonName('Nguyễn Tuấn Anh'.normalize('NFD'))).toBe('Nguyễn T*** A**');
  });
});

describe('zText', () => {
  const invalid = ['a\u0000b', '\u0000', 'x\ud800', '\ud800y', '\udc00', 'a\udfffb', '\ude00\ud83d'];

  it('finds NUL and lone surrogates, and nothing in well-formed text', () => {
    for (const text of invalid) expect(hasInvalidTextChars(text), JSON.stringify(text)).toBe(true);
    for (const text of ['', 'Nguyễn Văn Đức', '😀 emoji', 'tab\tand\nnewline', '\u0001\u001f']) expect(hasInvalidTextChars(text), text).toBe(false);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => !hasInvalidTextChars(text)), { numRuns: 50 });
    // Node's own check of well-formed UTF-16 (ES2024, not in this package's lib) as the reference
    const isWellFormed = (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed();
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => hasInvalidTextChars(text) === (text.includes('\u0000') || !isWellFormed(text))));
  });

  it('refuses such text with one Vietnamese message and stays a chainable ZodString', () => {
    const schema = zText({ error: 'Vui lòng nhập' }).trim().min(2).max(5);
    expect(schema).toBeInstanceOf(z.ZodString);
    for (const text of invalid) {
      expect(schema.safeParse(` ${text}xx `).error?.issues).toEqual([expect.objectContaining({ message: COMMON_MESSAGES.invalidText })]);
    }
    expect(schema.parse('  Đức ')).toBe('Đức');
    expect(messageOf(schema.safeParse('a'))).not.toBe(COMMON_MESSAGES.invalidText);
    expect(messageOf(schema.safeParse(42))).toBe('Vui lòng nhập');
    expect(z.toJSONSchema(schema)).toMatchObject({ type: 'string', minLength: 2, maxLength: 5 });
  });

  it('guards the shared value schemas too', () => {
    expect(ZUsername.safeParse('abc\u0000').success).toBe(false);
    expect(ZCursorParam.safeParse('abc\ud800').success).toBe(false);
    expect(ZCursorParam.safeParse('a'.repeat(CURSOR_MAX_LENGTH)).success).toBe(true);
  });
});

describe('ids', () => {
  const id = '0190f3c4-0000-7000-8000-000000000001';

  it('ZUuid accepts a UUID and refuses anything else with a Vietnamese message', () => {
    expect(ZUuid.parse(id)).toBe(id);
    for (const bad of ['abc', 'zzz', '-'.repeat(36), `${id}\u0000`, '']) expect(messageOf(ZUuid.safeParse(bad)), bad).toBe(COMMON_MESSAGES.invalidId);
  });

  it('zPathId carries the route’s not-found code and documents the uuid format', () => {
    const params = z.object({ id: zPathId('DOSSIER_NOT_FOUND') });
    expect(params.parse({ id })).toEqual({ id });
    expect(params.safeParse({ id: 'abc' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['id'], message: COMMON_MESSAGES.invalidId, params: { code: 'DOSSIER_NOT_FOUND' } }),
    ]);
    expect(z.toJSONSchema(params).properties).toEqual({ id: { type: 'string', format: 'uuid' } });
  });
});
