import { AG } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { CHANNELS, LAW, NO_FEE, addr, fAddress, fDeclaration, fName, fPhone, t } from './_shared.ts';

/** Sở Dân tộc và Tôn giáo */
export const danTocTonGiaoProcedures: SeedProcedure[] = [
  {
    code: '1.001090.H18',
    name: 'Thủ tục đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký để sinh hoạt tôn giáo có quy mô tổ chức ở một tỉnh',
    agencyUnitCode: AG.SO_DT_TG,
    fieldCode: FIELD.TON_GIAO,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc gửi văn bản đề nghị chậm nhất 30 ngày trước ngày dự kiến tổ chức cuộc lễ.',
      'Bước 2: Sở Dân tộc và Tôn giáo tiếp nhận, kiểm tra hồ sơ và lấy ý kiến của Ủy ban nhân dân cấp xã nơi tổ chức cuộc lễ.',
      'Bước 3: Sở Dân tộc và Tôn giáo tham mưu Ủy ban nhân dân tỉnh trả lời bằng văn bản; trường hợp không chấp thuận phải nêu rõ lý do.',
    ],
    processingDays: 15,
    processingNote: '15 ngày kể từ ngày nhận được văn bản đề nghị hợp lệ.',
    fees: NO_FEE,
    legalBasis: [LAW.luatTinNguongTonGiao, LAW.nd95_2023],
    applicants: 'Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc, người đại diện nhóm sinh hoạt tôn giáo tập trung.',
    resultDescription: 'Văn bản chấp thuận việc tổ chức cuộc lễ.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Văn bản đề nghị tổ chức cuộc lễ (tên cuộc lễ, người chủ trì, nội dung, chương trình, thời gian, địa điểm, quy mô)', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu văn bản đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo', fileName: 'Mẫu văn bản đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo.docx' } },
      { name: 'Văn bản đồng ý của chủ sở hữu hoặc người quản lý địa điểm tổ chức cuộc lễ', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'jpeg'] },
    ],
    templates: [{ title: 'Mẫu văn bản đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo', fileName: 'Mẫu văn bản đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo.docx' }],
    form: {
      sections: [
        {
          title: t('Tổ chức đề nghị', 'Applicant'),
          fields: [
            { kind: 'text', key: 'tenToChucTonGiao', label: t('Tên tổ chức tôn giáo', 'Religious organisation'), required: true, maxLength: 255 },
            fName('nguoiChuTri', 'Người chủ trì cuộc lễ', 'Presiding person'),
            fPhone(),
          ],
        },
        {
          title: t('Cuộc lễ', 'Ceremony'),
          fields: [
            { kind: 'text', key: 'tenCuocLe', label: t('Tên cuộc lễ', 'Ceremony'), required: true, maxLength: 255 },
            fAddress('diaDiemToChuc', 'Địa điểm tổ chức', 'Venue'),
            { kind: 'date', key: 'ngayToChuc', label: t('Ngày tổ chức', 'Date'), required: true, range: 'any' },
            { kind: 'number', key: 'soNguoiDuKien', label: t('Số người dự kiến tham dự', 'Expected attendance'), required: true, min: 1, integer: true, unit: 'người' },
            {
              kind: 'table', key: 'chuongTrinh', label: t('Chương trình cuộc lễ', 'Programme'), required: true, minRows: 1, maxRows: 30,
              columns: [
                { kind: 'text', key: 'thoiGian', label: t('Thời gian', 'Time'), required: true, maxLength: 50, placeholder: t('Ví dụ: 08:00 – 09:00', 'e.g. 08:00 – 09:00') },
                { kind: 'text', key: 'noiDung', label: t('Nội dung', 'Activity'), required: true, maxLength: 255 },
                { kind: 'text', key: 'nguoiThucHien', label: t('Người thực hiện', 'Led by'), maxLength: 100 },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenToChucTonGiao: 'Giáo xứ Điện Biên Phủ',
      nguoiChuTri: 'Linh mục Phạm Văn Hòa',
      soDienThoai: '0912604318',
      tenCuocLe: 'Thánh lễ mừng Giáng sinh ngoài trời',
      diaDiemToChuc: addr('muongThanh', 'Sân vận động phường Mường Thanh'),
      ngayToChuc: '2025-12-24',
      soNguoiDuKien: 1500,
      chuongTrinh: [
        { thoiGian: '19:00 – 19:30', noiDung: 'Văn nghệ chào mừng', nguoiThucHien: 'Ca đoàn giáo xứ' },
        { thoiGian: '19:30 – 21:00', noiDung: 'Thánh lễ', nguoiThucHien: 'Linh mục Phạm Văn Hòa' },
      ],
      camDoan: true,
    },
    usageCount: 8,
  },
  {
    code: '1.001098.H18',
    name: 'Thủ tục thông báo tổ chức hội nghị thường niên của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở một tỉnh',
    agencyUnitCode: AG.SO_DT_TG,
    fieldCode: FIELD.TON_GIAO,
    serviceLevel: 'info_only',
    legacyLevel: 2,
    steps: [
      'Bước 1: Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc gửi văn bản thông báo đến Sở Dân tộc và Tôn giáo chậm nhất 10 ngày làm việc trước ngày dự kiến tổ chức hội nghị.',
      'Bước 2: Sở Dân tộc và Tôn giáo tiếp nhận văn bản thông báo.',
      'Bước 3: Trường hợp nội dung hội nghị có dấu hiệu vi phạm pháp luật, Sở có văn bản yêu cầu điều chỉnh hoặc không tổ chức.',
    ],
    processingDays: 0,
    processingNote: 'Thủ tục thông báo: cơ quan nhà nước không phải ban hành văn bản chấp thuận.',
    fees: NO_FEE,
    legalBasis: [LAW.luatTinNguongTonGiao, LAW.nd95_2023],
    applicants: 'Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở một tỉnh.',
    resultDescription: 'Không có kết quả (cơ quan nhà nước tiếp nhận thông báo).',
    submissionChannels: CHANNELS.inPerson,
    components: [
      { name: 'Văn bản thông báo tổ chức hội nghị thường niên (tên tổ chức, người chủ trì, nội dung, thời gian, địa điểm, thành phần tham dự)', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu văn bản thông báo tổ chức hội nghị thường niên', fileName: 'Mẫu văn bản thông báo tổ chức hội nghị thường niên.docx' } },
      { name: 'Danh sách đại biểu dự kiến tham dự', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf', 'xls', 'xlsx'] },
    ],
    templates: [{ title: 'Mẫu văn bản thông báo tổ chức hội nghị thường niên', fileName: 'Mẫu văn bản thông báo tổ chức hội nghị thường niên.docx' }],
    form: {
      sections: [
        {
          title: t('Hội nghị thường niên', 'Annual meeting'),
          fields: [
            { kind: 'text', key: 'tenToChucTonGiao', label: t('Tên tổ chức tôn giáo', 'Religious organisation'), required: true, maxLength: 255 },
            fName('nguoiDaiDien', 'Người đại diện, người chủ trì', 'Representative'),
            fPhone(),
            fAddress('diaDiemHoiNghi', 'Địa điểm tổ chức hội nghị', 'Venue'),
            { kind: 'date', key: 'ngayBatDau', label: t('Ngày bắt đầu', 'Start date'), required: true, range: 'any' },
            { kind: 'date', key: 'ngayKetThuc', label: t('Ngày kết thúc', 'End date'), required: true, range: 'any' },
            { kind: 'number', key: 'soDaiBieu', label: t('Số đại biểu dự kiến', 'Expected delegates'), required: true, min: 1, integer: true, unit: 'người' },
            { kind: 'textarea', key: 'noiDungChinh', label: t('Nội dung chính của hội nghị', 'Agenda'), required: true, maxLength: 4000 },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenToChucTonGiao: 'Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Điện Biên',
      nguoiDaiDien: 'Thượng tọa Thích Minh Tuệ',
      soDienThoai: '0983561204',
      diaDiemHoiNghi: addr('dienBienPhu', 'Chùa Phật Quang, tổ dân phố 2'),
      ngayBatDau: '2026-01-10',
      ngayKetThuc: '2026-01-10',
      soDaiBieu: 80,
      noiDungChinh: 'Tổng kết Phật sự năm 2025, triển khai chương trình Phật sự năm 2026.',
      camDoan: true,
    },
    usageCount: 4,
  },
];
