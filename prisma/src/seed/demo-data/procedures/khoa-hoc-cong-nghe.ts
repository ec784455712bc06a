import { AG } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { CHANNELS, LAW, NO_FEE, PERSON, addr, fAddress, fDeclaration, fEmail, fName, fPhone, t } from './_shared.ts';

/** Sở Khoa học và Công nghệ */
export const khoaHocCongNgheProcedures: SeedProcedure[] = [
  {
    code: '1.000574.H18',
    name: 'Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)',
    agencyUnitCode: AG.SO_KH_CN,
    fieldCode: FIELD.AN_TOAN_BUC_XA,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Cơ sở nộp hồ sơ đề nghị cấp giấy phép trực tuyến hoặc tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Bước 2: Sở Khoa học và Công nghệ kiểm tra tính đầy đủ của hồ sơ; thông báo bằng văn bản nếu hồ sơ cần bổ sung.',
      'Bước 3: Cơ sở nộp phí thẩm định an toàn bức xạ và lệ phí cấp giấy phép theo thông báo.',
      'Bước 4: Sở Khoa học và Công nghệ thẩm định hồ sơ và cấp giấy phép; trường hợp không cấp thì trả lời bằng văn bản, nêu rõ lý do.',
    ],
    processingDays: 15,
    processingNote: '15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ và phí, lệ phí.',
    fees: [
      { label: 'Phí thẩm định an toàn bức xạ', amountVnd: 2000000, note: 'Cho mỗi thiết bị X-quang chẩn đoán trong y tế' },
      { label: 'Lệ phí cấp giấy phép tiến hành công việc bức xạ', amountVnd: 200000 },
    ],
    legalBasis: [LAW.luatNangLuongNguyenTu, LAW.nd142_2020, LAW.tt287_2016],
    applicants: 'Cơ sở khám bệnh, chữa bệnh sử dụng thiết bị X-quang chẩn đoán trong y tế.',
    conditions: 'Có người phụ trách an toàn bức xạ có chứng chỉ nhân viên bức xạ; phòng đặt thiết bị đáp ứng yêu cầu che chắn; thiết bị đã được kiểm định; nhân viên bức xạ được theo dõi liều chiếu xạ cá nhân.',
    resultDescription: 'Giấy phép tiến hành công việc bức xạ.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Đơn đề nghị cấp giấy phép tiến hành công việc bức xạ', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị cấp giấy phép tiến hành công việc bức xạ', fileName: 'Mẫu đơn đề nghị cấp giấy phép tiến hành công việc bức xạ.docx' } },
      { name: 'Báo cáo đánh giá an toàn bức xạ', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu báo cáo đánh giá an toàn bức xạ', fileName: 'Mẫu báo cáo đánh giá an toàn X-quang chẩn đoán y tế.docx' } },
      { name: 'Giấy chứng nhận kiểm định thiết bị X-quang', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Chứng chỉ nhân viên bức xạ của người phụ trách an toàn', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg'] },
      { name: 'Kết quả đo kiểm tra bức xạ khu vực làm việc và môi trường xung quanh', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
    ],
    templates: [
      { title: 'Mẫu đơn đề nghị cấp giấy phép tiến hành công việc bức xạ', fileName: 'Mẫu đơn đề nghị cấp giấy phép tiến hành công việc bức xạ.docx' },
      { title: 'Mẫu báo cáo đánh giá an toàn bức xạ', fileName: 'Mẫu báo cáo đánh giá an toàn X-quang chẩn đoán y tế.docx' },
    ],
    form: {
      sections: [
        {
          title: t('Cơ sở đề nghị', 'Facility'),
          fields: [
            { kind: 'text', key: 'tenCoSo', label: t('Tên cơ sở', 'Facility name'), required: true, maxLength: 255 },
            fName('nguoiDaiDien', 'Người đứng đầu cơ sở', 'Head of the facility'),
            fPhone(),
            fAddress('diaChiCoSo', 'Địa chỉ nơi đặt thiết bị', 'Where the equipment is installed'),
          ],
        },
        {
          title: t('An toàn bức xạ và thiết bị', 'Radiation safety and equipment'),
          fields: [
            fName('nguoiPhuTrachAnToan', 'Người phụ trách an toàn bức xạ', 'Radiation safety officer'),
            { kind: 'text', key: 'soChungChiNhanVienBucXa', label: t('Số chứng chỉ nhân viên bức xạ', 'Radiation worker certificate no.'), required: true, maxLength: 30 },
            {
              kind: 'table', key: 'thietBi', label: t('Danh mục thiết bị X-quang', 'X-ray equipment'), required: true, minRows: 1, maxRows: 20,
              columns: [
                { kind: 'text', key: 'tenThietBi', label: t('Tên thiết bị, model', 'Equipment and model'), required: true, maxLength: 150 },
                { kind: 'text', key: 'hangSanXuat', label: t('Hãng, nước sản xuất', 'Manufacturer'), required: true, maxLength: 150 },
                { kind: 'text', key: 'soSeri', label: t('Số sê-ri', 'Serial number'), required: true, maxLength: 50 },
                { kind: 'number', key: 'namSanXuat', label: t('Năm sản xuất', 'Year of manufacture'), required: true, min: 1980, max: 2100, integer: true },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenCoSo: 'Phòng khám đa khoa Him Lam',
      nguoiDaiDien: 'Bác sỹ Nguyễn Hữu Phước',
      soDienThoai: '0912734520',
      diaChiCoSo: addr('muongThanh', 'Số 15, đường Him Lam'),
      nguoiPhuTrachAnToan: 'Lò Văn Khánh',
      soChungChiNhanVienBucXa: '2381/ATBXHN-CCNV',
      thietBi: [
        { tenThietBi: 'Máy X-quang kỹ thuật số DRX-Compass', hangSanXuat: 'Carestream – Hoa Kỳ', soSeri: 'CS22DRX0457', namSanXuat: 2022 },
      ],
      camDoan: true,
    },
    usageCount: 14,
  },
  {
    code: '2.000364.H18',
    name: 'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước',
    agencyUnitCode: AG.SO_KH_CN,
    fieldCode: FIELD.KHOA_HOC_CONG_NGHE,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Tổ chức, cá nhân chủ trì nhiệm vụ nộp hồ sơ đăng ký kết quả trực tuyến trên Cổng Dịch vụ công.',
      'Bước 2: Sở Khoa học và Công nghệ kiểm tra hồ sơ; trường hợp chưa hợp lệ thì thông báo để bổ sung.',
      'Bước 3: Sở Khoa học và Công nghệ cấp Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ.',
    ],
    processingDays: 10,
    fees: NO_FEE,
    legalBasis: [LAW.luatKhoaHocCongNghe, LAW.nd08_2014, LAW.tt14_2014],
    applicants: 'Tổ chức, cá nhân thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước trên địa bàn tỉnh.',
    resultDescription: 'Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu phiếu đăng ký kết quả thực hiện nhiệm vụ KH&CN', fileName: 'Mẫu phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ.docx' } },
      { name: 'Báo cáo tổng hợp kết quả thực hiện nhiệm vụ (bản giấy và bản điện tử)', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'] },
      { name: 'Văn bản đánh giá, nghiệm thu kết quả của tổ chức chủ trì (nếu có)', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
    ],
    templates: [{ title: 'Mẫu phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ', fileName: 'Mẫu phiếu đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ.docx' }],
    form: {
      sections: [
        {
          title: t('Tổ chức chủ trì', 'Lead organisation'),
          fields: [
            { kind: 'text', key: 'toChucChuTri', label: t('Tổ chức chủ trì', 'Lead organisation'), required: true, maxLength: 255 },
            fName('chuNhiemNhiemVu', 'Chủ nhiệm nhiệm vụ', 'Principal investigator'),
            fPhone(),
            fEmail('email', true),
          ],
        },
        {
          title: t('Nhiệm vụ khoa học và công nghệ', 'Research task'),
          fields: [
            { kind: 'text', key: 'tenNhiemVu', label: t('Tên nhiệm vụ', 'Title'), required: true, maxLength: 500 },
            {
              kind: 'select', key: 'linhVucNghienCuu', label: t('Lĩnh vực nghiên cứu', 'Research field'), required: true,
              options: [
                { value: 'tu_nhien', label: t('Khoa học tự nhiên', 'Natural sciences') },
                { value: 'ky_thuat', label: t('Khoa học kỹ thuật và công nghệ', 'Engineering and technology') },
                { value: 'y_duoc', label: t('Khoa học y, dược', 'Medical and health sciences') },
                { value: 'nong_nghiep', label: t('Khoa học nông nghiệp', 'Agricultural sciences') },
                { value: 'xa_hoi', label: t('Khoa học xã hội', 'Social sciences') },
                { value: 'nhan_van', label: t('Khoa học nhân văn', 'Humanities') },
              ],
            },
            { kind: 'date', key: 'ngayBatDau', label: t('Thời gian bắt đầu', 'Start date'), required: true, range: 'past' },
            { kind: 'date', key: 'ngayKetThuc', label: t('Thời gian kết thúc', 'End date'), required: true, range: 'past' },
            { kind: 'textarea', key: 'tomTatKetQua', label: t('Tóm tắt kết quả chính', 'Summary of results'), required: true, maxLength: 4000 },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      toChucChuTri: 'Hợp tác xã Nông nghiệp Thanh Nưa',
      chuNhiemNhiemVu: PERSON.thanh.name,
      soDienThoai: PERSON.thanh.phone,
      email: PERSON.thanh.email,
      tenNhiemVu: 'Ứng dụng quy trình canh tác lúa Séng Cù theo hướng hữu cơ tại cánh đồng Mường Thanh',
      linhVucNghienCuu: 'nong_nghiep',
      ngayBatDau: '2023-03-01',
      ngayKetThuc: '2025-02-28',
      tomTatKetQua: 'Xây dựng mô hình 15 ha lúa Séng Cù hữu cơ, năng suất đạt 5,8 tấn/ha; ban hành quy trình kỹ thuật và chuyển giao cho 3 hợp tác xã.',
      camDoan: true,
    },
    usageCount: 11,
  },
];
