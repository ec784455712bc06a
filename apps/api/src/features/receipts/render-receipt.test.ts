import { describe, expect, it } from 'vitest';
import { inspectPdf } from '../../../test/fixtures/pdf-inspect.ts';
import { qrMatrixOf } from './draw-qr-code.ts';
import { lookupUrlOf, type ReceiptData } from './receipt-data.ts';
import { RECEIPT_QR_SIZE, renderReceiptPdf } from './render-receipt.ts';

const received: ReceiptData = {
  code: '000.00.12.H29-261122-0007',
  procedure: {
    code: '1.009972.000.00.00.H29',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    processingDays: 15,
  },
  agency: { name: 'Sở Xây dựng', parentName: 'Ủy ban nhân dân tỉnh Điện Biên' },
  applicant: {
    fullName: 'Nguyễn Văn An',
    idNumber: '011190005612',
    phone: '0912345678',
    address: 'Số 12, tổ 5, phường Mường Thanh, tỉnh Điện Biên',
    email: 'an.nguyen@example.vn',
  },
  components: [
    { name: 'Đơn đề nghị cấp giấy phép xây dựng', fileCount: 1 },
    { name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất', fileCount: 2 },
  ],
  submittedAt: new Date('2026-11-22T02:15:00Z'),
  receivedAt: new Date('2026-11-23T01:30:00Z'),
  dueAt: new Date('2026-12-14T09:30:00Z'),
  receivedBy: 'Trần Thị Bình',
  portal: {
    name: 'Cổng Dịch vụ công trực tuyến',
    provinceName: 'Điện Biên',
    hotline: '0215 3825 999',
    publicUrl: 'https://dichvucong.dienbien.gov.vn/',
  },
  generatedAt: new Date('2026-11-23T02:00:00Z'),
};
const sentOnly: ReceiptData = { ...received, receivedAt: null, dueAt: null, receivedBy: null };

/** The page's text with line breaks removed: wrapped values read as one string */
const flat = (text: string) => text.replace(/\n/g, '');

describe('renderReceiptPdf', () => {
  it('renders one A4 page with embedded DejaVu fonts and every fact of a received dossier, in Vietnamese', async () => {
    const pdf = inspectPdf(await renderReceiptPdf(received, { compress: false }));
    expect(pdf.version).not.toBe('');
    expect(pdf.pageCount).toBe(1);
    expect(pdf.fontNames.some((name) => /\+DejaVuSans$/.test(name))).toBe(true);
    expect(pdf.fontNames.some((name) => /\+DejaVuSans-Bold$/.test(name))).toBe(true);

    const lines = pdf.pages[0]!.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
        'SỞ XÂY DỰNG',
        'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
        'Điện Biên, ngày 23 tháng 11 năm 2026',
        '000.00.12.H29-261122-0007',
        'Nguyễn Văn An',
        'Trần Thị Bình',
      ]),
    );
    const text = flat(pdf.pages[0]!);
    for (const fact of [
      'Số CCCD: 011190005612',
      'Số điện thoại: 0912345678',
      'Địa chỉ: Số 12, tổ 5, phường Mường Thanh, tỉnh Điện Biên',
      'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
      'Mã thủ tục: 1.009972.000.00.00.H29',
      'Đơn đề nghị cấp giấy phép xây dựng',
      'Bản sao giấy tờ chứng minh quyền sử dụng đất',
      '15 ngày làm việc',
      // Vietnam time (UTC+7), whatever the server's zone
      'Thời gian gửi hồ sơ: 09:15 ngày 22/11/2026',
      'Thời gian tiếp nhận hồ sơ: 08:30 ngày 23/11/2026',
      'Thời gian hẹn trả kết quả: 16:30 ngày 14/12/2026',
      'Đường dây nóng: 0215 3825 999',
      'https://dichvucong.dienbien.gov.vn/tra-cuu?code=000.00.12.H29-261122-0007',
    ]) {
      expect(text).toContain(fact);
    }
  });

  it('lists each component with its number of files in the table', async () => {
    const lines = inspectPdf(await renderReceiptPdf(received, { compress: false })).pages[0]!.split('\n');
    const row = (name: string) => lines.slice(lines.indexOf(name) - 1, lines.indexOf(name) + 2);
    expect(row('Đơn đề nghị cấp giấy phép xây dựng')).toEqual(['1', 'Đơn đề nghị cấp giấy phép xây dựng', '1']);
    expect(row('Bản sao giấy tờ chứng minh quyền sử dụng đất')).toEqual(['2', 'Bản sao giấy tờ chứng minh quyền sử dụng đất', '2']);
  });

  it('draws the QR code of the public lookup address, module for module', async () => {
    const pdf = inspectPdf(await renderReceiptPdf(received, { compress: false }));
    const expected = qrMatrixOf(lookupUrlOf(received.portal.publicUrl, received.code));
    const module = RECEIPT_QR_SIZE / expected.length;
    const runs = pdf.rectangles[0]!.filter(([, , , height]) => Math.abs(height - module) < 1e-3);
    const originX = Math.min(...runs.map(([x]) => x));
    const originY = Math.min(...runs.map(([, y]) => y));
    const drawn = expected.map((cells) => cells.map(() => false));
    for (const [x, y, width] of runs) {
      const row = Math.round((y - originY) / module);
      const first = Math.round((x - originX) / module);
      for (let column = first; column < first + Math.round(width / module); column++) drawn[row]![column] = true;
    }
    expect(drawn).toEqual(expected);
    // A different code gives a different symbol: the comparison above is not vacuous.
    expect(qrMatrixOf(lookupUrlOf(received.portal.publicUrl, '000.00.12.H29-261122-0008'))).not.toEqual(expected);
  });

  it('before receipt, confirms the sending without promising a due date', async () => {
    const text = inspectPdf(await renderReceiptPdf(sentOnly, { compress: false })).pages[0]!;
    expect(text).toContain('GIẤY XÁC NHẬN ĐÃ GỬI HỒ SƠ');
    expect(text).not.toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(flat(text)).toContain('Thời gian hẹn trả kết quả: sẽ được thông báo khi cơ quan tiếp nhận hồ sơ');
    expect(flat(text)).not.toContain('Thời gian tiếp nhận hồ sơ');
    expect(text).not.toContain('Trần Thị Bình');
  });

  it('is compressed by default, with the same content', async () => {
    const compressed = await renderReceiptPdf(received);
    const plain = await renderReceiptPdf(received, { compress: false });
    expect(compressed.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(compressed.length).toBeLessThan(plain.length);
    expect(compressed.toString('latin1')).toContain('/FlateDecode');
    expect(inspectPdf(compressed).pages).toEqual(inspectPdf(plain).pages);
    expect(inspectPdf(compressed).info.Title).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả 000.00.12.H29-261122-0007');
  });

  it('names the components whose original the applicant brings to the one-stop desk (seed 003)', async () => {
    const bringing: ReceiptData = {
      ...received,
      components: [...received.components, { name: 'Bản chính giấy chứng nhận quyền sử dụng đất', fileCount: 0, bringOriginal: true }],
    };
    const text = flat(inspectPdf(await renderReceiptPdf(bringing, { compress: false })).pages.join(''));
    expect(text).toContain('Bản chính giấy chứng nhận quyền sử dụng đất (bản gốc nộp tại bộ phận một cửa)');
    expect(text).toContain('Bản gốc cần mang đến bộ phận một cửa để đối chiếu: Bản chính giấy chứng nhận quyền sử dụng đất.');
  });

  it('continues a long list of components on further pages, numbered, with the footer on each', async () => {
    const many: ReceiptData = {
      ...received,
      components: Array.from({ length: 40 }, (_, index) => ({ name: `Giấy tờ kèm theo số ${index + 1}`, fileCount: index % 3 })),
    };
    const pdf = inspectPdf(await renderReceiptPdf(many, { compress: false }));
    expect(pdf.pageCount).toBeGreaterThan(1);
    const all = pdf.pages.join('\n').split('\n');
    for (let index = 1; index <= 40; index++) expect(all).toContain(`Giấy tờ kèm theo số ${index}`);
    pdf.pages.forEach((page, index) => {
      expect(flat(page)).toContain(`Trang ${index + 1}/${pdf.pageCount}`);
      expect(flat(page)).toContain('Cổng Dịch vụ công trực tuyến · Đường dây nóng: 0215 3825 999');
    });
    expect(flat(pdf.pages.at(-1)!)).toContain('tra-cuu?code=000.00.12.H29-261122-0007');
  });
});
