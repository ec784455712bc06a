import { describe, expect, it } from 'vitest';
import { maskPersonName } from './common.ts';
import { fieldErrorsOf } from './errors.ts';
import {
  LOOKUP_MESSAGES,
  LOOKUP_MESSAGES_EN,
  ZDossierLookup,
  ZDossierLookupQuery,
  ZLookupByCodeForm,
  ZLookupByReceiptForm,
  lookupPartyOf,
  lookupPartyText,
} from './lookup.ts';
import { translateDomainMessage } from './messages-en.ts';

const CODE = '000.00.12.H29-261122-0008';
const CCCD = '011085012345';

const errorsOf = (query: Record<string, string>) => {
  const result = ZDossierLookupQuery.safeParse(query);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('maskPersonName (Chủ hồ sơ on the lookup page)', () => {
  it('keeps the first word and one letter of every other word, one * per hidden letter', () => {
    expect(maskPersonName('Nguyễn Tuấn Anh')).toBe('Nguyễn T*** A**');
    expect(maskPersonName('Nguyễn Văn An')).toBe('Nguyễn V** A*');
  });

  it('ignores extra spaces and leaves a one-word name whole', () => {
    expect(maskPersonName('   Lò  Thị   Mai  ')).toBe('Lò T** M**');
    expect(maskPersonName('\tĐặng\n')).toBe('Đặng');
    expect(maskPersonName('   ')).toBe('');
  });

  it('counts a Vietnamese letter as one character, however it was typed', () => {
    // Decomposed, 'ượ' is four code points (u + horn, o + horn + dot below); it is still two letters.
    expect(maskPersonName('Hà Ượng Ửu'.normalize('NFD'))).toBe('Hà Ư*** Ử*');
    expect(maskPersonName('Trần Đức')).toBe('Trần Đ**');
  });
});

describe('ZDossierLookupQuery: exactly one way in', () => {
  it('reads a code, whatever its case and spaces', () => {
    expect(ZDossierLookupQuery.parse({ code: `  ${CODE.toLowerCase()} ` })).toEqual({ by: 'code', code: CODE.toLowerCase() });
    expect(ZDossierLookupQuery.parse({ code: CODE, receiptNo: '', idNumber: '' })).toEqual({ by: 'code', code: CODE });
  });

  it('reads a receipt number with the CCCD, spaces between digit groups allowed', () => {
    expect(ZDossierLookupQuery.parse({ receiptNo: ` ${CODE} `, idNumber: '011 085 012 345' })).toEqual({ by: 'receipt', receiptNo: CODE, idNumber: CCCD });
  });

  it('refuses no way, both ways, or half of the second way, in Vietnamese', () => {
    expect(errorsOf({})).toEqual({ code: LOOKUP_MESSAGES.oneWay });
    expect(errorsOf({ code: ' ' })).toEqual({ code: LOOKUP_MESSAGES.oneWay });
    expect(errorsOf({ code: CODE, receiptNo: CODE, idNumber: CCCD })).toEqual({ code: LOOKUP_MESSAGES.oneWay });
    expect(errorsOf({ receiptNo: CODE })).toEqual({ idNumber: LOOKUP_MESSAGES.idNumber });
    expect(errorsOf({ idNumber: CCCD })).toEqual({ receiptNo: LOOKUP_MESSAGES.receiptNo });
  });

  it('checks the code format and the 12 digits of the CCCD', () => {
    expect(errorsOf({ code: 'HS-123' })).toEqual({ code: LOOKUP_MESSAGES.codeFormat });
    expect(errorsOf({ code: '000.00.12.H29-261340-0008' })).toEqual({ code: LOOKUP_MESSAGES.codeFormat });
    expect(errorsOf({ receiptNo: CODE, idNumber: '01108501234' })).toEqual({ idNumber: LOOKUP_MESSAGES.idNumberFormat });
    expect(errorsOf({ receiptNo: CODE, idNumber: '01108501234x' })).toEqual({ idNumber: LOOKUP_MESSAGES.idNumberFormat });
  });

  it('has an English text for every message', () => {
    for (const message of Object.values(LOOKUP_MESSAGES)) {
      expect(LOOKUP_MESSAGES_EN[message], message).toBeDefined();
      expect(translateDomainMessage(message, 'en')).toBe(LOOKUP_MESSAGES_EN[message]);
    }
  });
});

describe('the lookup forms', () => {
  it('use the same rules as the query', () => {
    expect(fieldErrorsOf(ZLookupByCodeForm.safeParse({ code: '' }).error!)).toEqual({ code: LOOKUP_MESSAGES.code });
    expect(fieldErrorsOf(ZLookupByReceiptForm.safeParse({ receiptNo: '', idNumber: '' }).error!)).toEqual({
      receiptNo: LOOKUP_MESSAGES.receiptNo,
      idNumber: LOOKUP_MESSAGES.idNumber,
    });
    expect(ZLookupByReceiptForm.parse({ receiptNo: CODE, idNumber: CCCD })).toEqual({ receiptNo: CODE, idNumber: CCCD });
  });
});

describe('history parties', () => {
  const agency = 'Sở Xây dựng';

  it('turns the citizen and the guest into the applicant, staff into their role at the handling agency', () => {
    expect(lookupPartyOf({ role: 'citizen', unit: null }, agency)).toEqual({ role: 'applicant', unit: null });
    expect(lookupPartyOf({ role: 'guest', unit: null }, agency)).toEqual({ role: 'applicant', unit: null });
    // The snapshot's position is dropped: "Phó Giám đốc Sở" is one person.
    expect(lookupPartyOf({ role: 'leader', unit: 'Phó Giám đốc Sở – Sở Xây dựng' }, agency)).toEqual({ role: 'leader', unit: agency });
    expect(lookupPartyOf({ role: null, unit: null }, agency)).toBeNull();
    expect(lookupPartyOf(null, agency)).toBeNull();
  });

  it('reads as role – unit', () => {
    expect(lookupPartyText({ role: 'clerk', unit: agency }, 'vi')).toBe('Bộ phận một cửa – Sở Xây dựng');
    expect(lookupPartyText({ role: 'specialist', unit: agency }, 'en')).toBe('Specialist – Sở Xây dựng');
    expect(lookupPartyText({ role: 'applicant', unit: null }, 'vi')).toBe('Người nộp hồ sơ');
    expect(lookupPartyText({ role: null, unit: agency }, 'vi')).toBe(agency);
  });
});

describe('ZDossierLookup', () => {
  it('strips any field that is not part of the public view', () => {
    const parsed = ZDossierLookup.parse({
      code: CODE,
      applicantName: 'Nguyễn V** A*',
      applicantIdNumber: CCCD,
      phone: '0912345678',
      procedure: { code: '1.009994.H18', name: 'Cấp giấy phép xây dựng', id: 'x' },
      agency: { name: 'Sở Xây dựng', address: 'Tổ 1, phường Mường Thanh' },
      status: 'processing',
      submittedAt: '2026-11-22T02:00:00.000Z',
      receivedAt: '2026-11-22T03:00:00.000Z',
      dueAt: '2026-12-20T10:00:00.000Z',
      finishedAt: null,
      history: [
        {
          at: '2026-11-22T03:00:00.000Z',
          sender: { role: 'clerk', unit: 'Sở Xây dựng', name: 'Đỗ Thị Hạnh' },
          action: { code: 'receive', label: { vi: 'Tiếp nhận hồ sơ', en: 'Receive dossier' } },
          receiver: { role: 'applicant', unit: null, name: 'Nguyễn Văn An' },
          note: 'Gọi 0912345678',
        },
      ],
    });
    const text = JSON.stringify(parsed);
    for (const secret of [CCCD, '0912345678', 'Mường Thanh', 'Đỗ Thị Hạnh', 'Nguyễn Văn An', '"id"']) expect(text).not.toContain(secret);
    expect(parsed.history[0]).toEqual({
      at: '2026-11-22T03:00:00.000Z',
      sender: { role: 'clerk', unit: 'Sở Xây dựng' },
      action: { code: 'receive', label: { vi: 'Tiếp nhận hồ sơ', en: 'Receive dossier' } },
      receiver: { role: 'applicant', unit: null },
    });
  });
});
