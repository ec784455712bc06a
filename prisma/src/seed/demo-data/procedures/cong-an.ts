import { AG } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { CHANNELS, LAW, PERSON, addr, fAddress, fDeclaration, fGender, fIdNumber, fName, fPhone, t } from './_shared.ts';

/** Công an tỉnh */
export const congAnProcedures: SeedProcedure[] = [
  {
    code: '2.000505.H18',
    name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    agencyUnitCode: AG.CONG_AN,
    fieldCode: FIELD.LY_LICH_TU_PHAP,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Người yêu cầu kê khai tờ khai yêu cầu cấp Phiếu lý lịch tư pháp trực tuyến, nộp phí bằng hình thức thanh toán trực tuyến.',
      'Bước 2: Công an tỉnh tiếp nhận, kiểm tra hồ sơ và tra cứu thông tin trong cơ sở dữ liệu lý lịch tư pháp.',
      'Bước 3: Trường hợp cần thiết, xác minh thông tin về án tích, về việc cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp.',
      'Bước 4: Cấp Phiếu lý lịch tư pháp (bản điện tử hoặc bản giấy) và trả kết quả theo hình thức người yêu cầu đã đăng ký.',
    ],
    processingDays: 10,
    processingNote: 'Không quá 10 ngày kể từ ngày nhận yêu cầu hợp lệ; trường hợp phải xác minh về điều kiện đương nhiên được xóa án tích thì không quá 15 ngày. Thẩm quyền cấp chuyển từ Sở Tư pháp sang Công an tỉnh từ ngày 01/7/2025.',
    fees: [
      { label: 'Phí cung cấp thông tin lý lịch tư pháp', amountVnd: 200000, note: 'Mỗi lần yêu cầu' },
      { label: 'Phí đối với sinh viên, người có công với cách mạng, thân nhân liệt sĩ', amountVnd: 100000 },
      { label: 'Phí cấp từ Phiếu thứ 3 trở đi trong cùng một lần yêu cầu', amountVnd: 5000, note: 'Mỗi Phiếu' },
    ],
    legalBasis: [LAW.luatLyLichTuPhap, LAW.tt244_2016, LAW.nd45_2020],
    applicants: 'Công dân Việt Nam; người nước ngoài đã hoặc đang cư trú tại Việt Nam.',
    resultDescription: 'Phiếu lý lịch tư pháp số 1 hoặc số 2.',
    submissionChannels: 'Nộp trực tuyến trên Cổng Dịch vụ công hoặc ứng dụng VNeID; nộp trực tiếp tại Công an tỉnh hoặc qua dịch vụ bưu chính.',
    components: [
      { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', fileName: 'Mẫu tờ khai yêu cầu cấp Phiếu lý lịch tư pháp.docx' } },
      { name: 'Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu số 1)', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf'], paperOriginalAllowed: true },
      { name: 'Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg', 'png'] },
    ],
    templates: [{ title: 'Mẫu tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', fileName: 'Mẫu tờ khai yêu cầu cấp Phiếu lý lịch tư pháp.docx' }],
    form: {
      sections: [
        {
          title: t('Người yêu cầu', 'Applicant'),
          fields: [
            fName('hoTen', 'Họ và tên', 'Full name'),
            fGender(),
            { kind: 'date', key: 'ngaySinh', label: t('Ngày sinh', 'Date of birth'), required: true, range: 'past' },
            fIdNumber(),
            fPhone(),
            fAddress('diaChi', 'Nơi cư trú hiện nay', 'Current residence'),
          ],
        },
        {
          title: t('Nội dung yêu cầu', 'Request'),
          fields: [
            {
              kind: 'select', key: 'loaiPhieu', label: t('Loại Phiếu lý lịch tư pháp', 'Type of record extract'), required: true,
              options: [
                { value: 'phieu_1', label: t('Phiếu lý lịch tư pháp số 1', 'Extract no. 1') },
                { value: 'phieu_2', label: t('Phiếu lý lịch tư pháp số 2', 'Extract no. 2 (full record)') },
              ],
            },
            { kind: 'number', key: 'soLuongPhieu', label: t('Số lượng Phiếu', 'Number of copies'), required: true, min: 1, max: 10, integer: true, unit: 'Phiếu' },
            { kind: 'text', key: 'mucDich', label: t('Mục đích sử dụng Phiếu', 'Purpose'), required: true, maxLength: 255 },
            {
              kind: 'table', key: 'quaTrinhCuTru', label: t('Quá trình cư trú (từ đủ 14 tuổi)', 'Residence history (from age 14)'), required: true, minRows: 1, maxRows: 30,
              columns: [
                { kind: 'number', key: 'tuNam', label: t('Từ năm', 'From'), required: true, min: 1930, max: 2100, integer: true },
                { kind: 'number', key: 'denNam', label: t('Đến năm', 'To'), required: true, min: 1930, max: 2100, integer: true },
                { kind: 'text', key: 'noiCuTru', label: t('Nơi cư trú', 'Place of residence'), required: true, maxLength: 255 },
                { kind: 'text', key: 'ngheNghiep', label: t('Nghề nghiệp, nơi làm việc', 'Occupation and workplace'), maxLength: 255 },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTen: PERSON.an.name,
      gioiTinh: 'nam',
      ngaySinh: PERSON.an.dob,
      soDinhDanh: PERSON.an.id,
      soDienThoai: PERSON.an.phone,
      diaChi: PERSON.an.address,
      loaiPhieu: 'phieu_1',
      soLuongPhieu: 2,
      mucDich: 'Bổ sung hồ sơ xin việc',
      quaTrinhCuTru: [
        { tuNam: 1999, denNam: 2003, noiCuTru: 'Xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên', ngheNghiep: 'Học sinh' },
        { tuNam: 2003, denNam: 2007, noiCuTru: 'Phường Dịch Vọng, quận Cầu Giấy, thành phố Hà Nội', ngheNghiep: 'Sinh viên' },
        { tuNam: 2007, denNam: 2025, noiCuTru: 'Phường Mường Thanh, tỉnh Điện Biên', ngheNghiep: 'Kỹ sư, Công ty Cổ phần Xây dựng Điện Biên' },
      ],
      camDoan: true,
    },
    usageCount: 958,
  },
  {
    code: '1.013210.H18',
    name: 'Thẩm định thiết kế về phòng cháy và chữa cháy',
    agencyUnitCode: AG.CONG_AN,
    fieldCode: FIELD.PHONG_CHAY_CHUA_CHAY,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Chủ đầu tư nộp hồ sơ đề nghị thẩm định thiết kế về phòng cháy và chữa cháy trực tuyến hoặc tại Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh.',
      'Bước 2: Cán bộ tiếp nhận kiểm tra thành phần hồ sơ; trường hợp không đầy đủ thì hướng dẫn bổ sung.',
      'Bước 3: Công an tỉnh thẩm định hồ sơ thiết kế theo quy chuẩn, tiêu chuẩn về phòng cháy và chữa cháy.',
      'Bước 4: Cấp văn bản thẩm định thiết kế về phòng cháy và chữa cháy hoặc văn bản trả lời nêu rõ lý do không đạt.',
    ],
    processingDays: 15,
    processingNote: 'Không quá 15 ngày làm việc đối với dự án, công trình nhóm A; không quá 10 ngày làm việc đối với các dự án, công trình còn lại.',
    fees: [{ label: 'Phí thẩm định phê duyệt thiết kế về phòng cháy và chữa cháy', amountVnd: 500000, note: 'Mức thu tối thiểu; mức thu thực tế tính theo tỷ lệ trên tổng mức đầu tư' }],
    legalBasis: [LAW.luatPhongChayChuaChay, LAW.nd105_2025, LAW.tt258_2016],
    applicants: 'Chủ đầu tư dự án, công trình thuộc diện phải thẩm định thiết kế về phòng cháy và chữa cháy.',
    resultDescription: 'Văn bản thẩm định thiết kế về phòng cháy và chữa cháy kèm hồ sơ thiết kế có đóng dấu thẩm định.',
    submissionChannels: CHANNELS.all,
    components: [
      { name: 'Văn bản đề nghị thẩm định thiết kế về phòng cháy và chữa cháy', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu văn bản đề nghị thẩm định thiết kế PCCC', fileName: 'Mẫu văn bản đề nghị thẩm định thiết kế về phòng cháy và chữa cháy.docx' } },
      { name: 'Hồ sơ thiết kế (bản vẽ và thuyết minh) thể hiện giải pháp phòng cháy và chữa cháy', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
      { name: 'Dự toán xây dựng công trình hoặc tổng mức đầu tư của dự án', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf', 'xls', 'xlsx'] },
      { name: 'Văn bản ủy quyền cho đơn vị tư vấn thực hiện thủ tục (nếu có)', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
    ],
    templates: [{ title: 'Mẫu văn bản đề nghị thẩm định thiết kế về phòng cháy và chữa cháy', fileName: 'Mẫu văn bản đề nghị thẩm định thiết kế về phòng cháy và chữa cháy.docx' }],
    form: {
      sections: [
        {
          title: t('Chủ đầu tư', 'Project owner'),
          fields: [
            { kind: 'text', key: 'tenChuDauTu', label: t('Tên chủ đầu tư', 'Project owner'), required: true, maxLength: 255 },
            fName('nguoiDaiDien', 'Người đại diện', 'Representative'),
            fPhone(),
          ],
        },
        {
          title: t('Công trình', 'Building'),
          fields: [
            { kind: 'text', key: 'tenCongTrinh', label: t('Tên dự án, công trình', 'Project / building'), required: true, maxLength: 500 },
            fAddress('diaDiemCongTrinh', 'Địa điểm xây dựng', 'Site'),
            {
              kind: 'select', key: 'nhomDuAn', label: t('Nhóm dự án', 'Project group'), required: true,
              options: [
                { value: 'nhom_a', label: t('Nhóm A', 'Group A') },
                { value: 'nhom_b', label: t('Nhóm B', 'Group B') },
                { value: 'nhom_c', label: t('Nhóm C', 'Group C') },
              ],
            },
            { kind: 'number', key: 'tongMucDauTu', label: t('Tổng mức đầu tư', 'Total investment'), required: true, min: 0, unit: 'triệu đồng' },
            { kind: 'number', key: 'chieuCao', label: t('Chiều cao phòng cháy, chữa cháy', 'Fire-safety height'), required: true, min: 0, max: 500, unit: 'm' },
            { kind: 'number', key: 'khoiTich', label: t('Tổng khối tích', 'Total volume'), min: 0, unit: 'm³' },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenChuDauTu: 'Công ty Cổ phần Đầu tư và Xây dựng Him Lam Điện Biên',
      nguoiDaiDien: PERSON.hung.name,
      soDienThoai: PERSON.hung.phone,
      tenCongTrinh: 'Trung tâm thương mại và văn phòng cho thuê Mường Thanh',
      diaDiemCongTrinh: addr('dienBienPhu', 'Lô đất số 5, đường Võ Nguyên Giáp'),
      nhomDuAn: 'nhom_b',
      tongMucDauTu: 186000,
      chieuCao: 33.6,
      khoiTich: 49600,
      camDoan: true,
    },
    usageCount: 45,
  },
];
