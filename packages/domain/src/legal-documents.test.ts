import { describe, expect, it } from 'vitest';
import {
  LEGAL_DOCUMENT_MESSAGES,
  LEGAL_DOCUMENT_MESSAGES_EN,
  LEGAL_DOCUMENT_VALIDITIES,
  LEGAL_DOCUMENT_VALIDITY_LABELS,
  ZLegalDocumentCreate,
  ZLegalDocumentRefsQuery,
  ZLegalDocumentUpdate,
  ZPublicLegalDocumentQuery,
  compareDocTypes,
  compareIssuers,
  legalDocumentFileName,
  normalizeLegalDocumentNumber,
} from './legal-documents.ts';
import { translateDomainMessage } from './messages-en.ts';

const valid = {
  number: '45/2020/NĐ-CP',
  title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
  docType: 'Nghị định',
  issuer: 'Chính phủ',
  issuedOn: '2020-04-08',
  effectiveOn: '2020-05-22',
  validity: 'in_force',
  summary: 'Quy định việc thực hiện thủ tục hành chính trên môi trường điện tử.',
  fieldId: '',
  published: true,
};

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('legal document form', () => {
  it('stores the number as one NFC word, whatever the keyboard sent, and keeps its case (QĐ-TTg)', () => {
    const decomposed = ' 45 / 2020 / N\u0110-CP '.normalize('NFD');
    expect(ZLegalDocumentCreate.parse({ ...valid, number: decomposed }).number).toBe('45/2020/NĐ-CP');
    expect(ZLegalDocumentCreate.parse({ ...valid, number: '468/QĐ-TTg' }).number).toBe('468/QĐ-TTg');
    expect(normalizeLegalDocumentNumber('01/2018/TT-VPCP')).toBe('01/2018/TT-VPCP');
  });

  it('refuses numbers with other characters and says how to write one', () => {
    for (const number of ['', 'Số: 45/2020', '45/2020/NĐ-CP;', '/45']) {
      expect(messagesOf(ZLegalDocumentCreate.safeParse({ ...valid, number })).number, number).toBe(LEGAL_DOCUMENT_MESSAGES.number);
    }
  });

  it('turns empty optional inputs into null and trims the texts', () => {
    const parsed = ZLegalDocumentCreate.parse({ ...valid, effectiveOn: '', fieldId: '', title: '  Luật   Xây dựng  ', issuer: ' Quốc hội ' });
    expect(parsed).toMatchObject({ effectiveOn: null, fieldId: null, title: 'Luật Xây dựng', issuer: 'Quốc hội' });
  });

  it('refuses an entry into force before the issue, and impossible dates, with Vietnamese messages', () => {
    expect(messagesOf(ZLegalDocumentCreate.safeParse({ ...valid, effectiveOn: '2020-04-01' }))).toEqual({ effectiveOn: LEGAL_DOCUMENT_MESSAGES.effectiveBeforeIssued });
    expect(messagesOf(ZLegalDocumentCreate.safeParse({ ...valid, issuedOn: '2020-02-30' }))).toEqual({ issuedOn: LEGAL_DOCUMENT_MESSAGES.issuedOn });
    expect(messagesOf(ZLegalDocumentCreate.safeParse({ ...valid, issuedOn: '1900-01-01' }))).toEqual({ issuedOn: LEGAL_DOCUMENT_MESSAGES.issuedOn });
    expect(messagesOf(ZLegalDocumentCreate.safeParse({ ...valid, summary: 'ngắn', validity: 'repealed' }))).toEqual({
      summary: LEGAL_DOCUMENT_MESSAGES.summary,
      validity: LEGAL_DOCUMENT_MESSAGES.validity,
    });
  });

  it('needs the loaded revision to update', () => {
    expect(messagesOf(ZLegalDocumentUpdate.safeParse(valid))).toEqual({ revision: LEGAL_DOCUMENT_MESSAGES.revision });
    expect(ZLegalDocumentUpdate.parse({ ...valid, revision: 3 }).revision).toBe(3);
  });

  it('has an English text for every message', () => {
    for (const message of Object.values(LEGAL_DOCUMENT_MESSAGES)) {
      expect(LEGAL_DOCUMENT_MESSAGES_EN[message], message).toBeDefined();
      expect(translateDomainMessage(message, 'en')).not.toBe(message);
    }
  });
});

describe('public search query', () => {
  it('ignores empty filters, as a plain HTML form sends them', () => {
    expect(ZPublicLegalDocumentQuery.parse({ q: ' xay dung ', docType: '', issuer: '', fieldId: '', validity: '', year: '' })).toEqual({ q: 'xay dung', limit: 20 });
  });

  it('takes a year or a range of issue dates, not both, and a range in order', () => {
    expect(ZPublicLegalDocumentQuery.parse({ year: '2020' }).year).toBe(2020);
    expect(ZPublicLegalDocumentQuery.parse({ from: '2020-01-01', to: '2020-12-31' })).toMatchObject({ from: '2020-01-01', to: '2020-12-31' });
    expect(messagesOf(ZPublicLegalDocumentQuery.safeParse({ year: '2020', from: '2020-01-01' }))).toEqual({ year: LEGAL_DOCUMENT_MESSAGES.yearWithRange });
    expect(messagesOf(ZPublicLegalDocumentQuery.safeParse({ from: '2021-01-01', to: '2020-12-31' }))).toEqual({ to: LEGAL_DOCUMENT_MESSAGES.rangeOrder });
    expect(messagesOf(ZPublicLegalDocumentQuery.safeParse({ year: '20x0' })).year).toBe(LEGAL_DOCUMENT_MESSAGES.year);
  });

  it('reads the refs query as a list of distinct normalised numbers, at most 50', () => {
    expect(ZLegalDocumentRefsQuery.parse({ numbers: '50/2014/QH13, 60/2014/QH13,50/2014/QH13,' }).numbers).toEqual(['50/2014/QH13', '60/2014/QH13']);
    expect(ZLegalDocumentRefsQuery.safeParse({ numbers: ',' }).success).toBe(false);
    expect(ZLegalDocumentRefsQuery.safeParse({ numbers: Array.from({ length: 51 }, (_, i) => `${i}/2020/NĐ-CP`).join(',') }).success).toBe(false);
  });
});

describe('presentation', () => {
  it('labels every validity in Vietnamese and English', () => {
    for (const validity of LEGAL_DOCUMENT_VALIDITIES) {
      expect(LEGAL_DOCUMENT_VALIDITY_LABELS[validity].vi).toMatch(/hiệu lực/);
      expect(LEGAL_DOCUMENT_VALIDITY_LABELS[validity].en).not.toBe('');
    }
  });

  it('orders types by the legal hierarchy and issuers from the centre to the province', () => {
    expect(['Thông tư', 'Công văn nội bộ', 'Luật', 'Nghị định', 'Bộ luật'].sort(compareDocTypes)).toEqual(['Bộ luật', 'Luật', 'Nghị định', 'Thông tư', 'Công văn nội bộ']);
    expect(['Ủy ban nhân dân tỉnh Điện Biên', 'Bộ Xây dựng', 'Chính phủ', 'Bộ Tài chính', 'Quốc hội'].sort(compareIssuers)).toEqual([
      'Quốc hội',
      'Chính phủ',
      'Bộ Tài chính',
      'Bộ Xây dựng',
      'Ủy ban nhân dân tỉnh Điện Biên',
    ]);
  });

  it('names the downloaded PDF after the type and number, without slashes', () => {
    expect(legalDocumentFileName({ docType: 'Nghị định', number: '45/2020/NĐ-CP' })).toBe('Nghị định 45-2020-NĐ-CP.pdf');
  });
});
