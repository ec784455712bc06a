import { AG } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { CHANNELS, LAW, NO_FEE, PERSON, addr, fAddress, fDeclaration, fIdNumber, fName, fPhone, fResultDelivery, t } from './_shared.ts';

const tt21_2019 = { number: '21/2019/TT-BGDĐT', title: 'Thông tư ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân', issuer: 'Bộ Giáo dục và Đào tạo', issuedOn: '2019-11-29' };
const tt24_2024 = { number: '24/2024/TT-BGDĐT', title: 'Thông tư ban hành Quy chế thi tốt nghiệp trung học phổ thông', issuer: 'Bộ Giáo dục và Đào tạo', issuedOn: '2024-12-24' };
const qd51_2002 = { number: '51/2002/QĐ-BGDĐT', title: 'Quyết định ban hành Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông', issuer: 'Bộ Giáo dục và Đào tạo', issuedOn: '2002-12-25' };
const tt50_2021 = { number: '50/2021/TT-BGDĐT', title: 'Thông tư sửa đổi, bổ sung một số điều của Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông', issuer: 'Bộ Giáo dục và Đào tạo', issuedOn: '2021-12-31' };

const GRADE_OPTIONS = [
  { value: 'lop_10', label: t('Lớp 10', 'Grade 10') },
  { value: 'lop_11', label: t('Lớp 11', 'Grade 11') },
  { value: 'lop_12', label: t('Lớp 12', 'Grade 12') },
];

/** Sở Giáo dục và Đào tạo */
export const giaoDucProcedures: SeedProcedure[] = [
  {
    code: '1.006444.H18',
    name: 'Thủ tục thành lập, cho phép thành lập trường trung học phổ thông',
    agencyUnitCode: AG.SO_GD_DT,
    fieldCode: FIELD.GIAO_DUC_TRUNG_HOC,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Ủy ban nhân dân cấp xã (đối với trường công lập) hoặc tổ chức, cá nhân (đối với trường tư thục) gửi 01 bộ hồ sơ đề nghị thành lập, cho phép thành lập trường trực tuyến, qua bưu chính hoặc trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Bước 2: Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ, nếu hồ sơ không hợp lệ thì cơ quan tiếp nhận thông báo bằng văn bản những nội dung cần chỉnh sửa, bổ sung.',
      'Bước 3: Sở Giáo dục và Đào tạo chủ trì, phối hợp với các cơ quan liên quan thẩm định các điều kiện thành lập, cho phép thành lập trường; kiểm tra thực tế cơ sở vật chất và lập báo cáo thẩm định trình Chủ tịch Ủy ban nhân dân tỉnh.',
      'Bước 4: Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập hoặc cho phép thành lập trường nếu đủ điều kiện; nếu chưa đủ điều kiện thì thông báo bằng văn bản và nêu rõ lý do.',
      'Bước 5: Trả quyết định cho cơ quan, tổ chức, cá nhân đề nghị tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu chính.',
    ],
    processingDays: 25,
    processingNote: '25 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không kể 05 ngày làm việc kiểm tra tính hợp lệ của hồ sơ).',
    fees: NO_FEE,
    legalBasis: [LAW.luatGiaoDuc, LAW.nd46_2017, LAW.nd135_2018, LAW.nd125_2024, LAW.tt32_2020],
    applicants: 'Ủy ban nhân dân cấp xã (trường công lập); tổ chức, cá nhân (trường tư thục).',
    conditions: 'Có đề án thành lập trường phù hợp với quy hoạch mạng lưới cơ sở giáo dục được phê duyệt; xác định rõ mục tiêu, nhiệm vụ, chương trình và nội dung giáo dục; đất đai, cơ sở vật chất, thiết bị, tổ chức bộ máy, nguồn lực và tài chính; phương hướng chiến lược xây dựng và phát triển nhà trường.',
    resultDescription: 'Quyết định thành lập (trường công lập) hoặc cho phép thành lập (trường tư thục) trường trung học phổ thông của Chủ tịch Ủy ban nhân dân tỉnh.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Tờ trình đề nghị thành lập trường (trường công lập) hoặc đơn đề nghị cho phép thành lập trường (trường tư thục)', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị cho phép thành lập trường', fileName: 'Mẫu đơn đề nghị cho phép thành lập trường trung học phổ thông.docx' } },
      { name: 'Đề án thành lập trường', description: 'Nêu rõ sự cần thiết, mục tiêu, nhiệm vụ, chương trình giáo dục, cơ sở vật chất, tổ chức bộ máy, nguồn lực và tài chính.', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đề án thành lập trường', fileName: 'Mẫu đề án thành lập trường trung học phổ thông.docx' } },
      { name: 'Văn bản chứng minh quyền sử dụng đất, quyền sở hữu hoặc hợp đồng thuê trụ sở, cơ sở vật chất', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Văn bản chứng minh khả năng tài chính đầu tư xây dựng trường', description: 'Áp dụng đối với trường tư thục.', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
      { name: 'Danh sách dự kiến cán bộ quản lý, giáo viên kèm sơ yếu lý lịch và văn bằng', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'xls', 'xlsx'] },
    ],
    templates: [
      { title: 'Mẫu đơn đề nghị cho phép thành lập trường trung học phổ thông', fileName: 'Mẫu đơn đề nghị cho phép thành lập trường trung học phổ thông.docx' },
      { title: 'Mẫu đề án thành lập trường trung học phổ thông', fileName: 'Mẫu đề án thành lập trường trung học phổ thông.docx' },
    ],
    form: {
      sections: [
        {
          title: t('Cơ quan, tổ chức đề nghị', 'Applicant'),
          fields: [
            {
              kind: 'select', key: 'loaiHinhTruong', label: t('Loại hình trường', 'Type of school'), required: true,
              options: [
                { value: 'cong_lap', label: t('Công lập (đề nghị thành lập)', 'Public (establishment)') },
                { value: 'tu_thuc', label: t('Tư thục (đề nghị cho phép thành lập)', 'Private (permission to establish)') },
              ],
            },
            { kind: 'text', key: 'coQuanDeNghi', label: t('Tên cơ quan, tổ chức, cá nhân đề nghị', 'Applicant organisation or person'), required: true, maxLength: 255 },
            fName('nguoiDaiDien', 'Người đại diện', 'Representative'),
            fPhone(),
          ],
        },
        {
          title: t('Thông tin trường dự kiến', 'Proposed school'),
          fields: [
            { kind: 'text', key: 'tenTruongDuKien', label: t('Tên trường dự kiến', 'Proposed school name'), required: true, maxLength: 255 },
            fAddress('diaDiemDatTruong', 'Địa điểm đặt trường', 'School site'),
            { kind: 'number', key: 'dienTichKhuonVien', label: t('Diện tích khuôn viên', 'Campus area'), required: true, min: 1, unit: 'm²' },
            { kind: 'number', key: 'soLopDuKien', label: t('Số lớp dự kiến', 'Planned number of classes'), required: true, min: 1, max: 100, integer: true, unit: 'lớp' },
            { kind: 'number', key: 'soHocSinhDuKien', label: t('Số học sinh dự kiến', 'Planned number of students'), required: true, min: 1, max: 5000, integer: true, unit: 'học sinh' },
            {
              kind: 'table', key: 'canBoQuanLy', label: t('Cán bộ quản lý dự kiến', 'Proposed management staff'), required: true, minRows: 1, maxRows: 10,
              columns: [
                { kind: 'text', key: 'hoTen', label: t('Họ và tên', 'Full name'), required: true, maxLength: 100 },
                {
                  kind: 'select', key: 'chucVu', label: t('Chức vụ dự kiến', 'Proposed position'), required: true,
                  options: [
                    { value: 'hieu_truong', label: t('Hiệu trưởng', 'Principal') },
                    { value: 'pho_hieu_truong', label: t('Phó Hiệu trưởng', 'Vice-principal') },
                  ],
                },
                { kind: 'text', key: 'trinhDo', label: t('Trình độ chuyên môn', 'Qualification'), required: true, maxLength: 150 },
                { kind: 'number', key: 'soNamCongTac', label: t('Số năm công tác trong ngành giáo dục', 'Years in education'), required: true, min: 0, max: 50, integer: true },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      loaiHinhTruong: 'tu_thuc',
      coQuanDeNghi: 'Công ty Cổ phần Giáo dục Tây Bắc',
      nguoiDaiDien: 'Nguyễn Tuấn Anh',
      soDienThoai: '0983217654',
      tenTruongDuKien: 'Trường Trung học phổ thông tư thục Hoàng Công Chất',
      diaDiemDatTruong: addr('dienBienPhu', 'Khu đất số 3, đường 13 tháng 3, tổ dân phố 15'),
      dienTichKhuonVien: 12500,
      soLopDuKien: 18,
      soHocSinhDuKien: 720,
      canBoQuanLy: [
        { hoTen: 'Nguyễn Tuấn Anh', chucVu: 'hieu_truong', trinhDo: 'Thạc sĩ Quản lý giáo dục', soNamCongTac: 22 },
        { hoTen: 'Trần Thị Minh Thu', chucVu: 'pho_hieu_truong', trinhDo: 'Cử nhân Sư phạm Toán', soNamCongTac: 14 },
      ],
      camDoan: true,
    },
    usageCount: 37,
  },
  {
    code: '1.006445.H18',
    name: 'Cho phép trường trung học phổ thông hoạt động giáo dục',
    agencyUnitCode: AG.SO_GD_DT,
    fieldCode: FIELD.GIAO_DUC_TRUNG_HOC,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Trường trung học phổ thông đã có quyết định thành lập hoặc cho phép thành lập gửi hồ sơ đề nghị cho phép hoạt động giáo dục đến Sở Giáo dục và Đào tạo.',
      'Bước 2: Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ, nếu hồ sơ không hợp lệ, Sở thông báo bằng văn bản những nội dung cần chỉnh sửa, bổ sung.',
      'Bước 3: Sở Giáo dục và Đào tạo tổ chức thẩm định hồ sơ và kiểm tra thực tế các điều kiện hoạt động giáo dục của trường.',
      'Bước 4: Giám đốc Sở Giáo dục và Đào tạo quyết định cho phép hoạt động giáo dục; nếu chưa đủ điều kiện thì thông báo bằng văn bản và nêu rõ lý do.',
    ],
    processingDays: 20,
    fees: NO_FEE,
    legalBasis: [LAW.luatGiaoDuc, LAW.nd125_2024, LAW.tt32_2020],
    applicants: 'Trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông.',
    conditions: 'Có quyết định thành lập hoặc cho phép thành lập; có đất đai, trường sở, cơ sở vật chất, thiết bị đáp ứng yêu cầu; có chương trình giáo dục, đội ngũ giáo viên và cán bộ quản lý đạt tiêu chuẩn, đủ về số lượng, đồng bộ về cơ cấu.',
    resultDescription: 'Quyết định cho phép hoạt động giáo dục của Giám đốc Sở Giáo dục và Đào tạo.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Tờ trình đề nghị cho phép hoạt động giáo dục', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu tờ trình đề nghị cho phép hoạt động giáo dục', fileName: 'Mẫu tờ trình đề nghị cho phép hoạt động giáo dục.docx' } },
      { name: 'Quyết định thành lập hoặc cho phép thành lập trường', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Danh sách đội ngũ cán bộ quản lý, giáo viên, nhân viên kèm hợp đồng lao động (trường tư thục)', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'xls', 'xlsx'] },
      { name: 'Kế hoạch giáo dục năm học đầu tiên và quy chế tổ chức, hoạt động của trường', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'] },
      { name: 'Báo cáo về phòng học, phòng bộ môn, thư viện, thiết bị dạy học', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'] },
    ],
    templates: [{ title: 'Mẫu tờ trình đề nghị cho phép hoạt động giáo dục', fileName: 'Mẫu tờ trình đề nghị cho phép hoạt động giáo dục.docx' }],
    form: {
      sections: [
        {
          title: t('Thông tin trường', 'School'),
          fields: [
            { kind: 'text', key: 'tenTruong', label: t('Tên trường', 'School name'), required: true, maxLength: 255 },
            { kind: 'text', key: 'soQuyetDinhThanhLap', label: t('Số quyết định thành lập, cho phép thành lập', 'Establishment decision number'), required: true, maxLength: 50 },
            { kind: 'date', key: 'ngayQuyetDinh', label: t('Ngày ký quyết định', 'Decision date'), required: true, range: 'past' },
            fName('hieuTruong', 'Hiệu trưởng', 'Principal'),
            fPhone(),
            fAddress('diaChiTruong', 'Địa chỉ trường', 'School address'),
          ],
        },
        {
          title: t('Điều kiện hoạt động', 'Operating conditions'),
          fields: [
            { kind: 'number', key: 'soPhongHoc', label: t('Số phòng học', 'Classrooms'), required: true, min: 1, max: 200, integer: true, unit: 'phòng' },
            {
              kind: 'table', key: 'doiNguGiaoVien', label: t('Đội ngũ giáo viên theo môn học', 'Teachers by subject'), required: true, minRows: 1, maxRows: 20,
              columns: [
                { kind: 'text', key: 'monHoc', label: t('Môn học', 'Subject'), required: true, maxLength: 100 },
                { kind: 'number', key: 'soLuong', label: t('Số giáo viên', 'Number of teachers'), required: true, min: 1, max: 100, integer: true },
                {
                  kind: 'select', key: 'trinhDo', label: t('Trình độ cao nhất', 'Highest qualification'), required: true,
                  options: [
                    { value: 'cu_nhan', label: t('Cử nhân', "Bachelor's") },
                    { value: 'thac_si', label: t('Thạc sĩ', "Master's") },
                    { value: 'tien_si', label: t('Tiến sĩ', 'Doctorate') },
                  ],
                },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenTruong: 'Trường Trung học phổ thông tư thục Hoàng Công Chất',
      soQuyetDinhThanhLap: '1256/QĐ-UBND',
      ngayQuyetDinh: '2025-06-10',
      hieuTruong: 'Nguyễn Tuấn Anh',
      soDienThoai: '0983217654',
      diaChiTruong: addr('dienBienPhu', 'Đường 13 tháng 3, tổ dân phố 15'),
      soPhongHoc: 20,
      doiNguGiaoVien: [
        { monHoc: 'Toán', soLuong: 4, trinhDo: 'thac_si' },
        { monHoc: 'Ngữ văn', soLuong: 4, trinhDo: 'cu_nhan' },
        { monHoc: 'Tiếng Anh', soLuong: 3, trinhDo: 'cu_nhan' },
      ],
      camDoan: true,
    },
    usageCount: 24,
  },
  {
    code: '2.002481.H18',
    name: 'Chuyển trường đối với học sinh trung học phổ thông',
    agencyUnitCode: AG.SO_GD_DT,
    fieldCode: FIELD.GIAO_DUC_TRUNG_HOC,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Cha, mẹ hoặc người giám hộ học sinh nộp đơn xin chuyển trường và hồ sơ kèm theo trực tuyến trên Cổng Dịch vụ công.',
      'Bước 2: Hiệu trưởng trường nơi đến tiếp nhận (chuyển trường trong tỉnh) hoặc Sở Giáo dục và Đào tạo (chuyển từ tỉnh khác đến) xem xét hồ sơ.',
      'Bước 3: Trường nơi đi trả hồ sơ học sinh; trường nơi đến tiếp nhận và xếp lớp cho học sinh.',
      'Bước 4: Thông báo kết quả cho gia đình học sinh qua Cổng Dịch vụ công và thư điện tử.',
    ],
    processingDays: 3,
    fees: NO_FEE,
    legalBasis: [LAW.luatGiaoDuc, qd51_2002, tt50_2021],
    applicants: 'Cha, mẹ hoặc người giám hộ của học sinh trung học phổ thông.',
    conditions: 'Học sinh chuyển theo cha mẹ thay đổi nơi cư trú hoặc có hoàn cảnh gia đình đặc biệt; thời điểm chuyển trường trong kỳ nghỉ hè hoặc khi kết thúc học kỳ I (trường hợp đặc biệt do hiệu trưởng trường nơi đến xem xét).',
    resultDescription: 'Học sinh được tiếp nhận vào học tại trường nơi đến.',
    submissionChannels: CHANNELS.all,
    components: [
      { name: 'Đơn xin chuyển trường do cha, mẹ hoặc người giám hộ ký', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx', 'jpeg'], template: { title: 'Mẫu đơn xin chuyển trường', fileName: 'Mẫu đơn xin chuyển trường trung học phổ thông.docx' } },
      { name: 'Học bạ', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
      { name: 'Giấy giới thiệu chuyển trường do hiệu trưởng trường nơi đi cấp', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'jpeg'] },
      { name: 'Bằng tốt nghiệp trung học cơ sở hoặc giấy chứng nhận tốt nghiệp tạm thời', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg'] },
    ],
    templates: [{ title: 'Mẫu đơn xin chuyển trường', fileName: 'Mẫu đơn xin chuyển trường trung học phổ thông.docx' }],
    form: {
      sections: [
        {
          title: t('Người làm đơn', 'Parent or guardian'),
          fields: [fName('hoTenPhuHuynh', 'Họ và tên cha, mẹ hoặc người giám hộ', 'Parent or guardian'), fIdNumber(), fPhone()],
        },
        {
          title: t('Học sinh', 'Student'),
          fields: [
            fName('hoTenHocSinh', 'Họ và tên học sinh', 'Student name'),
            { kind: 'date', key: 'ngaySinhHocSinh', label: t('Ngày sinh của học sinh', 'Student date of birth'), required: true, range: 'past' },
            { kind: 'select', key: 'lop', label: t('Lớp', 'Grade'), required: true, options: GRADE_OPTIONS },
            { kind: 'text', key: 'truongDangHoc', label: t('Trường đang học', 'Current school'), required: true, maxLength: 255 },
            { kind: 'text', key: 'truongXinChuyenDen', label: t('Trường xin chuyển đến', 'Requested school'), required: true, maxLength: 255 },
            {
              kind: 'select', key: 'lyDo', label: t('Lý do chuyển trường', 'Reason'), required: true,
              options: [
                { value: 'thay_doi_cu_tru', label: t('Theo cha mẹ thay đổi nơi cư trú', 'Family moved') },
                { value: 'hoan_canh', label: t('Hoàn cảnh gia đình đặc biệt', 'Special family circumstances') },
                { value: 'khac', label: t('Lý do khác', 'Other') },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTenPhuHuynh: PERSON.hung.name,
      soDinhDanh: PERSON.hung.id,
      soDienThoai: PERSON.hung.phone,
      hoTenHocSinh: 'Phạm Gia Bảo',
      ngaySinhHocSinh: '2009-09-12',
      lop: 'lop_11',
      truongDangHoc: 'Trường THPT Tuần Giáo',
      truongXinChuyenDen: 'Trường THPT Thành phố Điện Biên Phủ',
      lyDo: 'thay_doi_cu_tru',
      camDoan: true,
    },
    usageCount: 215,
  },
  {
    code: '1.005142.H18',
    name: 'Phúc khảo bài thi tốt nghiệp trung học phổ thông',
    agencyUnitCode: AG.SO_GD_DT,
    fieldCode: FIELD.THI_TUYEN_SINH,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Thí sinh nộp đơn phúc khảo trực tuyến trong thời hạn 10 ngày kể từ ngày công bố kết quả thi.',
      'Bước 2: Sở Giáo dục và Đào tạo tiếp nhận, lập danh sách bài thi đề nghị phúc khảo và chuyển cho Hội đồng thi.',
      'Bước 3: Ban Phúc khảo tổ chức chấm phúc khảo theo quy chế.',
      'Bước 4: Hội đồng thi công bố kết quả phúc khảo và thông báo cho thí sinh trên Cổng Dịch vụ công.',
    ],
    processingDays: 15,
    processingNote: 'Kết quả phúc khảo được công bố chậm nhất 15 ngày kể từ ngày hết hạn nhận đơn phúc khảo.',
    fees: [{ label: 'Phí phúc khảo bài thi', amountVnd: 30000, note: 'Mỗi bài thi; mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh' }],
    legalBasis: [LAW.luatGiaoDuc, tt24_2024],
    applicants: 'Thí sinh dự thi tốt nghiệp trung học phổ thông tại Hội đồng thi Sở Giáo dục và Đào tạo tỉnh Điện Biên.',
    resultDescription: 'Thông báo kết quả phúc khảo bài thi.',
    submissionChannels: 'Nộp trực tuyến trên Cổng Dịch vụ công hoặc Hệ thống quản lý thi của Bộ Giáo dục và Đào tạo; nộp trực tiếp tại trường phổ thông nơi đăng ký dự thi.',
    components: [
      { name: 'Đơn đề nghị phúc khảo bài thi', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn phúc khảo bài thi', fileName: 'Mẫu đơn phúc khảo bài thi tốt nghiệp THPT.docx' } },
      { name: 'Giấy chứng nhận kết quả thi', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg', 'png'] },
    ],
    templates: [{ title: 'Mẫu đơn phúc khảo bài thi tốt nghiệp trung học phổ thông', fileName: 'Mẫu đơn phúc khảo bài thi tốt nghiệp THPT.docx' }],
    form: {
      sections: [
        {
          title: t('Thông tin thí sinh', 'Candidate'),
          fields: [
            fName('hoTen', 'Họ và tên thí sinh', 'Candidate name'),
            { kind: 'date', key: 'ngaySinh', label: t('Ngày sinh', 'Date of birth'), required: true, range: 'past' },
            fIdNumber(),
            { kind: 'text', key: 'soBaoDanh', label: t('Số báo danh', 'Candidate number'), required: true, maxLength: 8, pattern: '^[0-9]{8}$', patternMessage: t('Số báo danh gồm 8 chữ số', 'The candidate number has 8 digits') },
            fPhone(),
          ],
        },
        {
          title: t('Bài thi đề nghị phúc khảo', 'Papers to re-mark'),
          fields: [
            { kind: 'number', key: 'namThi', label: t('Năm thi', 'Exam year'), required: true, min: 2020, max: 2100, integer: true },
            {
              kind: 'select', key: 'monPhucKhao', label: t('Môn đề nghị phúc khảo', 'Subjects'), required: true, multiple: true,
              options: [
                { value: 'toan', label: t('Toán', 'Mathematics') },
                { value: 'ngu_van', label: t('Ngữ văn', 'Literature') },
                { value: 'ngoai_ngu', label: t('Ngoại ngữ', 'Foreign language') },
                { value: 'vat_li', label: t('Vật lí', 'Physics') },
                { value: 'hoa_hoc', label: t('Hóa học', 'Chemistry') },
                { value: 'sinh_hoc', label: t('Sinh học', 'Biology') },
                { value: 'lich_su', label: t('Lịch sử', 'History') },
                { value: 'dia_li', label: t('Địa lí', 'Geography') },
                { value: 'gd_ktpl', label: t('Giáo dục kinh tế và pháp luật', 'Economics and law') },
                { value: 'tin_hoc', label: t('Tin học', 'Informatics') },
                { value: 'cong_nghe', label: t('Công nghệ', 'Technology') },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTen: 'Lò Thị Ngọc Ánh',
      ngaySinh: '2007-05-19',
      soDinhDanh: '011307001482',
      soBaoDanh: '62001873',
      soDienThoai: '0365214789',
      namThi: 2025,
      monPhucKhao: ['toan', 'ngu_van'],
      camDoan: true,
    },
    usageCount: 342,
  },
  {
    code: '2.001914.H18',
    name: 'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
    agencyUnitCode: AG.SO_GD_DT,
    fieldCode: FIELD.VAN_BANG_CHUNG_CHI,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Người yêu cầu nộp đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc trực tuyến hoặc trực tiếp tại Bộ phận Một cửa.',
      'Bước 2: Sở Giáo dục và Đào tạo đối chiếu với sổ gốc cấp văn bằng, chứng chỉ.',
      'Bước 3: Cấp bản sao văn bằng, chứng chỉ từ sổ gốc; trường hợp không còn lưu sổ gốc hoặc trong sổ gốc không có thông tin thì trả lời bằng văn bản và nêu rõ lý do.',
    ],
    processingDays: 1,
    processingNote: 'Ngay trong ngày tiếp nhận; trường hợp nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
    fees: NO_FEE,
    legalBasis: [LAW.nd23_2015, tt21_2019],
    applicants: 'Người được cấp văn bằng, chứng chỉ; người đại diện theo pháp luật, người được ủy quyền; cha, mẹ, con, vợ, chồng, anh chị em ruột, người thừa kế khác trong trường hợp người được cấp đã chết.',
    resultDescription: 'Bản sao văn bằng, chứng chỉ từ sổ gốc.',
    submissionChannels: CHANNELS.all,
    components: [
      { name: 'Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị cấp bản sao văn bằng, chứng chỉ', fileName: 'Mẫu đơn đề nghị cấp bản sao văn bằng chứng chỉ từ sổ gốc.docx' } },
      { name: 'Giấy tờ chứng minh quan hệ hoặc văn bản ủy quyền', description: 'Trường hợp người yêu cầu không phải là người được cấp văn bằng.', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg'] },
    ],
    templates: [{ title: 'Mẫu đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc', fileName: 'Mẫu đơn đề nghị cấp bản sao văn bằng chứng chỉ từ sổ gốc.docx' }],
    form: {
      sections: [
        {
          title: t('Người được cấp văn bằng', 'Holder of the diploma'),
          fields: [
            fName('hoTen', 'Họ và tên người được cấp văn bằng', 'Holder name'),
            { kind: 'date', key: 'ngaySinh', label: t('Ngày sinh', 'Date of birth'), required: true, range: 'past' },
            fIdNumber(),
            fPhone(),
          ],
        },
        {
          title: t('Văn bằng đề nghị cấp bản sao', 'Diploma to copy'),
          fields: [
            {
              kind: 'select', key: 'loaiVanBang', label: t('Loại văn bằng, chứng chỉ', 'Type'), required: true,
              options: [
                { value: 'tn_thpt', label: t('Bằng tốt nghiệp trung học phổ thông', 'Upper-secondary diploma') },
                { value: 'tn_bttt', label: t('Bằng tốt nghiệp trung học phổ thông (hệ giáo dục thường xuyên)', 'Upper-secondary diploma (continuing education)') },
                { value: 'chung_chi', label: t('Chứng chỉ do Sở Giáo dục và Đào tạo cấp', 'Certificate issued by the Department') },
              ],
            },
            { kind: 'number', key: 'namTotNghiep', label: t('Năm tốt nghiệp', 'Year of graduation'), required: true, min: 1960, max: 2100, integer: true },
            { kind: 'text', key: 'truongTotNghiep', label: t('Trường tốt nghiệp', 'School'), required: true, maxLength: 255 },
            { kind: 'number', key: 'soBanSao', label: t('Số bản sao đề nghị cấp', 'Number of copies'), required: true, min: 1, max: 10, integer: true, unit: 'bản' },
            fResultDelivery(),
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTen: PERSON.hoa.name,
      ngaySinh: PERSON.hoa.dob,
      soDinhDanh: PERSON.hoa.id,
      soDienThoai: PERSON.hoa.phone,
      loaiVanBang: 'tn_thpt',
      namTotNghiep: 2010,
      truongTotNghiep: 'Trường THPT Phan Đình Giót',
      soBanSao: 2,
      hinhThucNhanKetQua: 'buu_chinh',
      camDoan: true,
    },
    usageCount: 289,
  },
];
