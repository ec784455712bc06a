import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../../test/fixtures/pdf-inspect.ts';
import { renderLegalDocument, renderLegalDocumentPdf } from './render-legal-document.ts';

const decree = {
  number: '45/2020/NĐ-CP',
  title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
  docType: 'Nghị định',
  issuer: 'Chính phủ',
  issuedOn: '2020-04-08',
  effectiveOn: '2020-05-22',
  summary: 'Quy định việc thực hiện thủ tục hành chính trên môi trường điện tử; thời hạn 08 giờ làm việc để xác nhận tiếp nhận hồ sơ.',
  fieldName: 'Hộ tịch',
};

/** The page's text with line breaks removed: wrapped values read as one string */
const flat = (text: string) => text.replace(/\n/g, '');

describe('renderLegalDocumentPdf', () => {
  it('lays out one A4 page like an administrative document, in Vietnamese, with the facts and the summary', async () => {
    const pdf = inspectPdf(await renderLegalDocumentPdf(decree, { compress: false }));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.fontNames.some((name) => /\+DejaVuSans$/.test(name))).toBe(true);
    const page = flat(pdf.pages[0]!);
    for (const text of ['CHÍNH PHỦ', 'Số: 45/2020/NĐ-CP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Ngày 08 tháng 4 năm 2020', 'NGHỊ ĐỊNH', 'Về thực hiện thủ tục hành chính trên môi trường điện tử', '22/05/2020', 'Hộ tịch', 'thời hạn 08 giờ làm việc', 'không thay thế văn bản gốc']) {
      expect(page, text).toContain(text);
    }
  });

  it('writes a law’s name as its heading and says when the entry into force is not recorded', async () => {
    const pdf = inspectPdf(await renderLegalDocumentPdf({ ...decree, number: '60/2014/QH13', docType: 'Luật', title: 'Luật Hộ tịch', issuer: 'Quốc hội', effectiveOn: undefined }, { compress: false }));
    const page = flat(pdf.pages[0]!);
    expect(page).toContain('LUẬT HỘ TỊCH');
    expect(page).toContain('Theo quy định tại văn bản');
  });

  it('gives the seed a PDF named like the public download', async () => {
    const rendered = await renderLegalDocument(decree);
    expect(rendered.mimeType).toBe('application/pdf');
    expect(rendered.fileName).toBe('Nghị định 45-2020-NĐ-CP.pdf');
    expect(rendered.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
