import PDFDocument from 'pdfkit';
import { vnPartsOf } from '@portal/domain';
import { collectPdf, PDF_FONT, registerPdfFonts } from '../../lib/pdf-fonts.ts';
import { drawQrCode } from './draw-qr-code.ts';
import { isReceived, lookupUrlOf, type ReceiptData } from './receipt-data.ts';

/**
 * The receipt as an A4 PDF, laid out like the paper a one-stop desk hands over: agency and
 * national heading side by side, the title, the applicant, the components received, the
 * dates, a QR code that opens the public lookup of the dossier, and the portal's footer.
 * Before the desk receives the dossier it is a sending confirmation (no due date yet).
 *
 * Fonts: DejaVu Sans (package `dejavu-fonts-ttf`) covers every Vietnamese letter and is
 * embedded as a subset, so the PDF reads the same on any machine.
 */

const REGULAR: string = PDF_FONT.regular;
const BOLD: string = PDF_FONT.bold;
const ITALIC: string = PDF_FONT.italic;

const PAGE = { width: 595.28, height: 841.89 };
/** Left 2.5 cm, others 2 cm, close to the margins of administrative documents */
const MARGIN = { top: 50, bottom: 50, left: 70, right: 56 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FOOTER_HEIGHT = 34;
const BODY_SIZE = 10.5;
/** Side of the QR code in points (3 cm) */
export const RECEIPT_QR_SIZE = 86;
const QR_SIZE = RECEIPT_QR_SIZE;

export interface RenderReceiptOptions {
  /** Compress content streams (default). Off makes the PDF text greppable, for inspection. */
  compress?: boolean;
}

export function renderReceiptPdf(data: ReceiptData, options: RenderReceiptOptions = {}): Promise<Buffer> {
  const received = isReceived(data);
  const title = received ? 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ' : 'GIẤY XÁC NHẬN ĐÃ GỬI HỒ SƠ';
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...MARGIN, bottom: MARGIN.bottom + FOOTER_HEIGHT },
    compress: options.compress ?? true,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `${title.charAt(0)}${title.slice(1).toLocaleLowerCase('vi')} ${data.code}`,
      Subject: data.procedure.name,
      Author: data.agency.name,
      Creator: data.portal.name,
      CreationDate: data.generatedAt,
    },
  });
  registerPdfFonts(doc);

  const done = collectPdf(doc);
  drawHeading(doc, data);
  drawTitle(doc, title, data.code);
  drawApplicant(doc, data);
  drawComponents(doc, data);
  drawDates(doc, data);
  drawLookupAndSignature(doc, data);
  drawFooters(doc, data);
  doc.end();
  return done;
}

// ───────────── Sections ─────────────

/** Agency on the left, national heading on the right, each with its short rule. */
function drawHeading(doc: PDFKit.PDFDocument, data: ReceiptData): void {
  const top = MARGIN.top;
  const leftWidth = 210;
  const rightX = MARGIN.left + leftWidth + 10;
  const rightWidth = CONTENT_WIDTH - leftWidth - 10;

  let leftY = top;
  if (data.agency.parentName) {
    doc.font(REGULAR).fontSize(9.5);
    doc.text(upper(data.agency.parentName), MARGIN.left, leftY, { width: leftWidth, align: 'center' });
    leftY = doc.y;
  }
  doc.font(BOLD).fontSize(9.5).text(upper(data.agency.name), MARGIN.left, leftY, { width: leftWidth, align: 'center' });
  rule(doc, MARGIN.left + leftWidth / 2, doc.y + 3, 60);
  const leftBottom = doc.y + 6;

  doc.font(BOLD).fontSize(9.5).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, { width: rightWidth, align: 'center' });
  doc.font(BOLD).fontSize(10).text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y + 1, { width: rightWidth, align: 'center' });
  rule(doc, rightX + rightWidth / 2, doc.y + 3, 150);
  const when = data.receivedAt ?? data.submittedAt;
  const place = data.portal.provinceName ? `${data.portal.provinceName}, ` : '';
  doc
    .font(ITALIC)
    .fontSize(9.5)
    .text(`${place}${longDate(when)}`, rightX, doc.y + 12, { width: rightWidth, align: 'center' });

  doc.y = Math.max(leftBottom, doc.y) + 22;
}

function drawTitle(doc: PDFKit.PDFDocument, title: string, code: string): void {
  doc.font(BOLD).fontSize(13).text(title, MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.2);
  // pdfkit cannot centre a line made of two fonts: measure both parts and place them.
  const label = 'Mã hồ sơ: ';
  const labelWidth = doc.font(REGULAR).fontSize(BODY_SIZE).widthOfString(label);
  const codeWidth = doc.font(BOLD).fontSize(BODY_SIZE).widthOfString(code);
  const y = doc.y;
  const x = MARGIN.left + (CONTENT_WIDTH - labelWidth - codeWidth) / 2;
  doc.font(REGULAR).text(label, x, y, { lineBreak: false });
  doc.font(BOLD).text(code, x + labelWidth, y, { lineBreak: false });
  doc.x = MARGIN.left;
  doc.y = y + doc.currentLineHeight(true);
  doc.moveDown(1);
}

function drawApplicant(doc: PDFKit.PDFDocument, data: ReceiptData): void {
  const intro = isReceived(data)
    ? `${data.agency.name} đã tiếp nhận hồ sơ của:`
    : `Hồ sơ đã được gửi trực tuyến đến ${data.agency.name}, đang chờ tiếp nhận. Người nộp:`;
  paragraph(doc, intro);
  field(doc, 'Ông/Bà', data.applicant.fullName, true);
  field(doc, 'Số CCCD', data.applicant.idNumber);
  field(doc, 'Số điện thoại', data.applicant.phone);
  if (data.applicant.email) field(doc, 'Thư điện tử', data.applicant.email);
  field(doc, 'Địa chỉ', data.applicant.address);
  doc.moveDown(0.4);
  field(doc, 'Nội dung yêu cầu giải quyết', data.procedure.name, true, 0);
  field(doc, 'Mã thủ tục', data.procedure.code, false, 0);
  doc.moveDown(0.4);
}

/** "1. Thành phần hồ sơ" as a bordered table: STT | Tên giấy tờ | Số tệp */
function drawComponents(doc: PDFKit.PDFDocument, data: ReceiptData): void {
  paragraph(doc, '1. Thành phần hồ sơ nhận gồm:', 0, BOLD);
  doc.moveDown(0.3);
  const columns = [
    { title: 'STT', width: 34, align: 'center' as const },
    { title: 'Tên giấy tờ', width: CONTENT_WIDTH - 34 - 64, align: 'left' as const },
    { title: 'Số tệp', width: 64, align: 'center' as const },
  ];
  const rows = data.components.map((component, index) => [
    String(index + 1),
    component.bringOriginal ? `${component.name} (bản gốc nộp tại bộ phận một cửa)` : component.name,
    component.fileCount > 0 ? String(component.fileCount) : component.bringOriginal ? '—' : '0',
  ]);
  if (rows.length === 0) rows.push(['', 'Không có giấy tờ đính kèm', '0']);
  tableRow(doc, columns, columns.map((column) => column.title), BOLD);
  for (const row of rows) tableRow(doc, columns, row, REGULAR);
  doc.moveDown(0.3);
  // Seed 003 (Chọn thông tin bạn có): the papers to bring to the desk, to be checked against the originals.
  const toBring = data.components.filter((component) => component.bringOriginal).map((component) => component.name);
  if (toBring.length > 0) {
    paragraph(doc, `Bản gốc cần mang đến bộ phận một cửa để đối chiếu: ${toBring.join('; ')}.`);
  }
  doc.moveDown(0.3);
}

function drawDates(doc: PDFKit.PDFDocument, data: ReceiptData): void {
  const days = data.procedure.processingDays;
  const numbered = (index: number, label: string, value: string) => {
    doc.font(BOLD).fontSize(BODY_SIZE).text(`${index}. ${label}: `, MARGIN.left, doc.y, { width: CONTENT_WIDTH, continued: true });
    doc.font(REGULAR).text(value);
    doc.moveDown(0.25);
  };
  numbered(2, 'Số lượng hồ sơ', '01 bộ (nộp trực tuyến)');
  numbered(3, 'Thời hạn giải quyết theo quy định', days > 0 ? `${days} ngày làm việc` : 'trong ngày làm việc');
  numbered(4, 'Thời gian gửi hồ sơ', dateTime(data.submittedAt));
  if (data.receivedAt && data.dueAt) {
    numbered(5, 'Thời gian tiếp nhận hồ sơ', dateTime(data.receivedAt));
    numbered(6, 'Thời gian hẹn trả kết quả', dateTime(data.dueAt));
  } else {
    numbered(5, 'Thời gian hẹn trả kết quả', 'sẽ được thông báo khi cơ quan tiếp nhận hồ sơ');
  }
  doc.moveDown(0.8);
}

/** QR code with the lookup address on the left; the receiving officer on the right. */
function drawLookupAndSignature(doc: PDFKit.PDFDocument, data: ReceiptData): void {
  const url = lookupUrlOf(data.portal.publicUrl, data.code);
  const blockHeight = QR_SIZE + 46;
  if (doc.y + blockHeight > PAGE.height - MARGIN.bottom - FOOTER_HEIGHT) doc.addPage();
  const top = doc.y;
  const leftWidth = 230;

  drawQrCode(doc, url, MARGIN.left, top, QR_SIZE);
  doc.font(ITALIC).fontSize(8.5).text('Quét mã để tra cứu tình trạng hồ sơ:', MARGIN.left, top + QR_SIZE + 6, { width: leftWidth });
  doc.font(REGULAR).fontSize(8.5).fillColor('#1a4f9c').text(url, MARGIN.left, doc.y, { width: leftWidth, link: url });
  doc.fillColor('#000000');
  const leftBottom = doc.y;

  const rightX = MARGIN.left + leftWidth + 20;
  const rightWidth = CONTENT_WIDTH - leftWidth - 20;
  const heading = isReceived(data) ? 'NGƯỜI TIẾP NHẬN HỒ SƠ' : 'HỆ THỐNG TIẾP NHẬN TRỰC TUYẾN';
  doc.font(BOLD).fontSize(BODY_SIZE).text(heading, rightX, top, { width: rightWidth, align: 'center' });
  doc
    .font(ITALIC)
    .fontSize(8.5)
    .text('(Giấy được cấp tự động trên Cổng Dịch vụ công, không cần chữ ký)', rightX, doc.y + 2, {
      width: rightWidth,
      align: 'center',
    });
  if (isReceived(data) && data.receivedBy) {
    doc.font(BOLD).fontSize(BODY_SIZE).text(data.receivedBy, rightX, top + 60, { width: rightWidth, align: 'center' });
  }
  doc.y = Math.max(leftBottom, doc.y);
}

function drawFooters(doc: PDFKit.PDFDocument, data: ReceiptData): void {
  const { start, count } = doc.bufferedPageRange();
  const contact = [
    data.portal.name,
    data.portal.hotline ? `Đường dây nóng: ${data.portal.hotline}` : null,
    data.portal.email ? `Thư điện tử: ${data.portal.email}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const site = data.portal.publicUrl.replace(/\/+$/, '');
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const y = PAGE.height - MARGIN.bottom - FOOTER_HEIGHT + 6;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not add a page
    doc.moveTo(MARGIN.left, y).lineTo(PAGE.width - MARGIN.right, y).lineWidth(0.5).strokeColor('#888888').stroke();
    doc.fillColor('#444444').font(REGULAR).fontSize(8);
    doc.text(contact, MARGIN.left, y + 5, { width: CONTENT_WIDTH, align: 'center', lineBreak: true });
    const generated = `${site} · Tạo lúc ${dateTime(data.generatedAt)}${count > 1 ? ` · Trang ${page - start + 1}/${count}` : ''}`;
    doc.text(generated, MARGIN.left, doc.y + 1, { width: CONTENT_WIDTH, align: 'center' });
    doc.fillColor('#000000');
  }
}

// ───────────── Pieces ─────────────

function paragraph(doc: PDFKit.PDFDocument, text: string, indent = 0, font = REGULAR): void {
  doc.font(font).fontSize(BODY_SIZE).text(text, MARGIN.left + indent, doc.y, { width: CONTENT_WIDTH - indent });
  doc.moveDown(0.2);
}

/** "- Label: value", the value wrapping under itself */
function field(doc: PDFKit.PDFDocument, label: string, value: string, strong = false, indent = 14): void {
  doc
    .font(REGULAR)
    .fontSize(BODY_SIZE)
    .text(`${indent ? '- ' : ''}${label}: `, MARGIN.left + indent, doc.y, { width: CONTENT_WIDTH - indent, continued: true });
  doc.font(strong ? BOLD : REGULAR).text(value || '—');
  doc.moveDown(0.15);
}

type Column = { width: number; align: 'left' | 'center' | 'right' };

function tableRow(doc: PDFKit.PDFDocument, columns: Column[], cells: string[], font: string): void {
  const padding = 4;
  doc.font(font).fontSize(BODY_SIZE - 0.5);
  const height =
    Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: columns[index]!.width - 2 * padding }))) + 2 * padding;
  if (doc.y + height > PAGE.height - MARGIN.bottom - FOOTER_HEIGHT) doc.addPage();
  const top = doc.y;
  let x = MARGIN.left;
  columns.forEach((column, index) => {
    doc.lineWidth(0.6).strokeColor('#000000').rect(x, top, column.width, height).stroke();
    doc.text(cells[index] ?? '', x + padding, top + padding, { width: column.width - 2 * padding, align: column.align });
    x += column.width;
  });
  doc.x = MARGIN.left;
  doc.y = top + height;
}

function rule(doc: PDFKit.PDFDocument, centerX: number, y: number, width: number): void {
  doc.moveTo(centerX - width / 2, y).lineTo(centerX + width / 2, y).lineWidth(0.6).strokeColor('#000000').stroke();
}

const upper = (text: string) => text.toLocaleUpperCase('vi');
const pad = (value: number) => String(value).padStart(2, '0');

/** "14:05 ngày 22/11/2026", Vietnam time whatever the server's zone */
export function dateTime(instant: Date): string {
  const { year, month, day, hour, minute } = vnPartsOf(instant);
  return `${pad(hour)}:${pad(minute)} ngày ${pad(day)}/${pad(month)}/${year}`;
}

/** "ngày 22 tháng 11 năm 2026", the place-and-date line of administrative documents */
function longDate(instant: Date): string {
  const { year, month, day } = vnPartsOf(instant);
  return `ngày ${pad(day)} tháng ${pad(month)} năm ${year}`;
}
