import {
  AlignmentType,
  BorderStyle,
  Document,
  LeaderType,
  Packer,
  Paragraph,
  Tab,
  TabStopPosition,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { TemplateDocumentSpec, TemplateRenderer } from '@portal/db/seed';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt, the size of Vietnamese administrative documents

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: value, font: FONT, size: options.size ?? SIZE, bold: options.bold, italics: options.italics });

const centered = (value: string, options: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: options.after ?? 0 }, children: [text(value, options)] });

const paragraph = (runs: TextRun[], after = 80) => new Paragraph({ spacing: { after }, children: runs });

/** "Label: ……………" up to the right margin, for the citizen to fill in by hand. */
const dottedLine = (label: string) =>
  new Paragraph({
    spacing: { after: 100 },
    tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX, leader: LeaderType.DOT }],
    children: [text(`${label}: `), new TextRun({ children: [new Tab()], font: FONT, size: SIZE })],
  });

/** "Mẫu đơn đề nghị cấp giấy phép xây dựng" → "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP XÂY DỰNG" */
const documentHeading = (title: string) =>
  title
    .replace(/^mẫu\s+(số\s+\S+\s+)?/iu, '')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase())
    .toLocaleUpperCase('vi');

const nationalHeader = () => [
  centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
  centered('Độc lập - Tự do - Hạnh phúc', { bold: true }),
  centered('_______________________', { after: 240 }),
];

const cell = (value: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [text(value, { bold, size: 24 })] })] });

const componentsTable = (components: TemplateDocumentSpec['components']) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      left: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      right: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideHorizontal: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
      insideVertical: { style: BorderStyle.SINGLE, size: 4, color: '000000' },
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [cell('STT', true), cell('Tên giấy tờ', true), cell('Bắt buộc', true), cell('Bản chính', true), cell('Bản sao', true)],
      }),
      ...components.map(
        (component, index) =>
          new TableRow({
            children: [
              cell(String(index + 1)),
              cell(component.name),
              cell(component.required ? 'Có' : 'Không'),
              cell(String(component.originals)),
              cell(String(component.copies)),
            ],
          }),
      ),
    ],
  });

const legalBasisSection = (spec: TemplateDocumentSpec) => [
  paragraph([text('Căn cứ pháp lý:', { bold: true })], 60),
  ...spec.legalBasis.map((law) =>
    paragraph([text(`- ${law.issuer ? `${law.issuer}: ` : ''}${law.number} — ${law.title}`, { size: 22 })], 40),
  ),
];

const signatureBlock = (who: string) => [
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 240 }, children: [text('……………, ngày …… tháng …… năm 20……', { italics: true })] }),
  new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(who, { bold: true })] }),
  new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 600 }, children: [text('(Ký, ghi rõ họ tên)', { italics: true })] }),
];

function formBody(spec: TemplateDocumentSpec) {
  const children: (Paragraph | Table)[] = [
    ...nationalHeader(),
    centered(documentHeading(spec.title), { bold: true, size: 28 }),
    centered(`Thủ tục: ${spec.procedure.name} (mã ${spec.procedure.code})`, { italics: true, size: 22, after: 240 }),
    paragraph([text('Kính gửi: ', { bold: true }), text(spec.procedure.agencyName)], 200),
  ];
  let section = '';
  let number = 0;
  for (const field of spec.fields) {
    if (field.section !== section) {
      section = field.section;
      children.push(paragraph([text(section, { bold: true })], 60));
    }
    number += 1;
    const label = `${number}. ${field.label}${field.unit ? ` (${field.unit})` : ''}`;
    if (field.options?.length) {
      children.push(paragraph([text(`${label}: `), text(field.options.map((option) => `☐ ${option}`).join('    '))], 100));
    } else {
      children.push(dottedLine(label));
    }
  }
  if (spec.components.length > 0) {
    children.push(paragraph([text('Hồ sơ kèm theo:', { bold: true })], 60));
    for (const component of spec.components) {
      children.push(paragraph([text(`☐ ${component.name}${component.required ? '' : ' (nếu có)'}`)], 40));
    }
  }
  if (spec.declaration) children.push(paragraph([text(spec.declaration, { italics: true })], 120));
  children.push(...signatureBlock('NGƯỜI ĐỀ NGHỊ'), ...legalBasisSection(spec));
  return children;
}

function guideBody(spec: TemplateDocumentSpec) {
  return [
    centered(spec.title.toLocaleUpperCase('vi'), { bold: true, size: 28 }),
    centered(`Thủ tục: ${spec.procedure.name} (mã ${spec.procedure.code})`, { italics: true, size: 22, after: 240 }),
    paragraph([text('Cơ quan giải quyết: ', { bold: true }), text(spec.procedure.agencyName)]),
    paragraph([text('Thời hạn giải quyết: ', { bold: true }), text(`${spec.procedure.processingDays} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.`)]),
    paragraph([text('Kết quả: ', { bold: true }), text(spec.procedure.resultDescription)], 200),
    paragraph([text('Thành phần hồ sơ cần chuẩn bị:', { bold: true })], 120),
    componentsTable(spec.components),
    paragraph([], 200),
    paragraph([text('Hồ sơ được nộp trực tuyến trên Cổng Dịch vụ công, trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích.')], 200),
    ...legalBasisSection(spec),
  ];
}

/**
 * The demo province's downloadable templates as Word documents (DOCX needs no embedded
 * font, so Vietnamese renders everywhere). A seed file name ending in .pdf gets .docx.
 */
export const renderTemplateDocument: TemplateRenderer = async (spec) => {
  const document = new Document({
    creator: 'Cổng Dịch vụ công trực tuyến',
    title: spec.title,
    description: `${spec.procedure.code} ${spec.procedure.name}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
        children: spec.kind === 'guide' ? guideBody(spec) : formBody(spec),
      },
    ],
  });
  const content = await Packer.toBuffer(document);
  return { content, fileName: spec.fileName.replace(/\.(pdf|docx?)$/i, '') + '.docx', mimeType: DOCX_MIME };
};
