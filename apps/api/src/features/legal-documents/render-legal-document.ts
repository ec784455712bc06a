import PDFDocument from 'pdfkit';
import type { LegalDocumentRenderer, LegalDocumentSpec } from '@portal/db/seed';
import { legalDocumentFileName } from '@portal/domain';
import { collectPdf, PDF_FONT, registerPdfFonts } from '../../lib/pdf-fonts.ts';

/**
 * The PDF a demo legal document downloads as: a one-page A4 laid out like a Vietnamese
 * administrative document (issuer and number on the left, national heading and date on
 * the right, type and title centred), then the document's facts and summary. It says in
 * plain words that it is a summary for the demo portal, not the official text.
 */

const PAGE = { width: 595.28, height: 841.89 };
/** Left 3 cm, right 2 cm, top and bottom 2 cm: the margins of Decree 30/2020 */
const MARGIN = { top: 57, bottom: 57, left: 85, right: 57 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = 11;

/** Types whose title is the document's name ("Luật Xây dựng" → "LUẬT XÂY DỰNG" on one line). */
const NAMED_TYPES = new Set(['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh']);

const pad = (value: number) => String(value).padStart(2, '0');
/** "ngày 08 tháng 4 năm 2020": days below 10 and the months 1 and 2 take a leading zero (Decree 30/2020) */
const longDate = (isoDay: string) => {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return `ngày ${pad(day)} tháng ${month <= 2 ? pad(month) : month} năm ${year}`;
};
const shortDate = (isoDay: string) => isoDay.split('-').reverse().join('/');

/** The heading lines: the type in capitals, then the title without the type's word. */
function headingOf(spec: LegalDocumentSpec): { type: string; subject: string } {
  if (NAMED_TYPES.has(spec.docType)) return { type: spec.title.toLocaleUpperCase('vi'), subject: '' };
  const rest = spec.title.toLocaleLowerCase('vi').startsWith(`${spec.docType.toLocaleLowerCase('vi')} `) ? spec.title.slice(spec.docType.length + 1) : spec.title;
  return { type: spec.docType.toLocaleUpperCase('vi'), subject: rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) };
}

export interface RenderLegalDocumentOptions {
  /** Compress content streams (default). Off makes the PDF text greppable, for inspection. */
  compress?: boolean;
}

export function renderLegalDocumentPdf(spec: LegalDocumentSpec, options: RenderLegalDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    compress: options.compress ?? true,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: `${spec.number} ${spec.title}`, Subject: spec.summary.slice(0, 200), Author: spec.issuer, Creator: 'Cổng Dịch vụ công trực tuyến' },
  });
  registerPdfFonts(doc);
  const done = collectPdf(doc);

  // Issuer and number | national heading and date
  const leftWidth = 200;
  const rightX = MARGIN.left + leftWidth + 8;
  const rightWidth = CONTENT_WIDTH - leftWidth - 8;
  const top = MARGIN.top;
  doc.font(PDF_FONT.bold).fontSize(10).text(spec.issuer.toLocaleUpperCase('vi'), MARGIN.left, top, { width: leftWidth, align: 'center' });
  rule(doc, MARGIN.left + leftWidth / 2, doc.y + 3, 60);
  doc.font(PDF_FONT.regular).fontSize(10).text(`Số: ${spec.number}`, MARGIN.left, doc.y + 10, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;
  doc.font(PDF_FONT.bold).fontSize(10).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, { width: rightWidth, align: 'center' });
  doc.font(PDF_FONT.bold).fontSize(10.5).text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y + 1, { width: rightWidth, align: 'center' });
  rule(doc, rightX + rightWidth / 2, doc.y + 3, 150);
  doc.font(PDF_FONT.italic).fontSize(10).text(longDate(spec.issuedOn).replace(/^n/, 'N'), rightX, doc.y + 10, { width: rightWidth, align: 'center' });
  doc.y = Math.max(leftBottom, doc.y) + 28;

  const heading = headingOf(spec);
  doc.font(PDF_FONT.bold).fontSize(13).text(heading.type, MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'center' });
  if (heading.subject) doc.font(PDF_FONT.bold).fontSize(12).text(heading.subject, MARGIN.left, doc.y + 2, { width: CONTENT_WIDTH, align: 'center' });
  rule(doc, MARGIN.left + CONTENT_WIDTH / 2, doc.y + 6, 120);
  doc.y += 22;

  // What this file is
  const noteTop = doc.y;
  const note =
    'Tài liệu phục vụ tra cứu trên Cổng Dịch vụ công trực tuyến (dữ liệu minh họa): bản này tóm tắt văn bản, ' +
    'không thay thế văn bản gốc đăng trên Công báo và Cơ sở dữ liệu quốc gia về văn bản pháp luật.';
  doc.font(PDF_FONT.italic).fontSize(9.5);
  const noteHeight = doc.heightOfString(note, { width: CONTENT_WIDTH - 16 }) + 12;
  doc.lineWidth(0.6).strokeColor('#666666').rect(MARGIN.left, noteTop, CONTENT_WIDTH, noteHeight).stroke();
  doc.fillColor('#333333').text(note, MARGIN.left + 8, noteTop + 6, { width: CONTENT_WIDTH - 16 });
  doc.fillColor('#000000').strokeColor('#000000');
  doc.y = noteTop + noteHeight + 16;

  section(doc, 'Thông tin văn bản');
  const facts: [string, string][] = [
    ['Số ký hiệu', spec.number],
    ['Loại văn bản', spec.docType],
    ['Cơ quan ban hành', spec.issuer],
    ['Ngày ban hành', shortDate(spec.issuedOn)],
    ['Ngày có hiệu lực', spec.effectiveOn ? shortDate(spec.effectiveOn) : 'Theo quy định tại văn bản'],
    ...(spec.fieldName ? ([['Lĩnh vực', spec.fieldName]] as [string, string][]) : []),
    ['Trích yếu', spec.title],
  ];
  for (const [label, value] of facts) factRow(doc, label, value);
  doc.moveDown(0.8);

  section(doc, 'Tóm tắt nội dung');
  doc.font(PDF_FONT.regular).fontSize(BODY).text(spec.summary, MARGIN.left, doc.y, { width: CONTENT_WIDTH, lineGap: 2 });

  doc.end();
  return done;
}

function section(doc: PDFKit.PDFDocument, title: string): void {
  doc.font(PDF_FONT.bold).fontSize(BODY + 0.5).text(title, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.35);
}

/** "Label:   value", the value wrapping under itself */
function factRow(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const labelWidth = 120;
  const y = doc.y;
  doc.font(PDF_FONT.regular).fontSize(BODY).fillColor('#444444').text(`${label}:`, MARGIN.left, y, { width: labelWidth });
  doc.fillColor('#000000').font(PDF_FONT.bold).text(value, MARGIN.left + labelWidth, y, { width: CONTENT_WIDTH - labelWidth });
  doc.x = MARGIN.left;
  doc.moveDown(0.25);
}

function rule(doc: PDFKit.PDFDocument, centerX: number, y: number, width: number): void {
  doc.moveTo(centerX - width / 2, y).lineTo(centerX + width / 2, y).lineWidth(0.6).strokeColor('#000000').stroke();
}

/** The seed's renderer: the PDF under the name the public download uses. */
export const renderLegalDocument: LegalDocumentRenderer = async (spec) => ({
  content: await renderLegalDocumentPdf(spec),
  fileName: legalDocumentFileName(spec),
  mimeType: 'application/pdf',
});
