import { AG } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { LAW, PERSON, PATTERN_ID, addr, fAddress, fDeclaration, fEmail, fIdNumber, fName, fPhone, fTaxCode, t } from './_shared.ts';

const ENTERPRISE_FEES: SeedProcedure['fees'] = [
  { label: 'Lệ phí đăng ký doanh nghiệp', amountVnd: 50000, note: 'Miễn lệ phí khi đăng ký qua mạng thông tin điện tử' },
  { label: 'Phí công bố nội dung đăng ký doanh nghiệp', amountVnd: 100000 },
];

const ENTERPRISE_LAW = [LAW.luatDoanhNghiep, LAW.nd01_2021, LAW.nd168_2025, LAW.tt47_2019];

const VSIC_PATTERN = '^[0-9]{4}$';

/** Sở Tài chính (Phòng Đăng ký kinh doanh) */
export const taiChinhProcedures: SeedProcedure[] = [
  {
    code: '2.002036.H18',
    name: 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên',
    agencyUnitCode: AG.SO_TAI_CHINH,
    fieldCode: FIELD.DOANH_NGHIEP,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Người thành lập doanh nghiệp hoặc người được ủy quyền kê khai và nộp hồ sơ đăng ký doanh nghiệp qua mạng thông tin điện tử, sử dụng tài khoản định danh điện tử.',
      'Bước 2: Phòng Đăng ký kinh doanh thuộc Sở Tài chính tiếp nhận, kiểm tra tính hợp lệ của hồ sơ.',
      'Bước 3: Trường hợp hồ sơ hợp lệ, Phòng Đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp; trường hợp chưa hợp lệ, gửi thông báo bằng văn bản yêu cầu sửa đổi, bổ sung.',
      'Bước 4: Doanh nghiệp nhận Giấy chứng nhận đăng ký doanh nghiệp bản điện tử và bản giấy (nếu có yêu cầu) và công bố nội dung đăng ký trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.',
    ],
    processingDays: 3,
    fees: ENTERPRISE_FEES,
    legalBasis: ENTERPRISE_LAW,
    applicants: 'Tổ chức, cá nhân thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên có trụ sở chính trên địa bàn tỉnh.',
    conditions: 'Ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt đúng quy định; có hồ sơ đăng ký hợp lệ; nộp đủ lệ phí đăng ký doanh nghiệp.',
    resultDescription: 'Giấy chứng nhận đăng ký doanh nghiệp.',
    submissionChannels: 'Nộp qua mạng thông tin điện tử tại Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc Cổng Dịch vụ công; nộp trực tiếp hoặc qua dịch vụ bưu chính tới Phòng Đăng ký kinh doanh.',
    components: [
      { name: 'Giấy đề nghị đăng ký doanh nghiệp', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Giấy đề nghị đăng ký công ty TNHH hai thành viên trở lên', fileName: 'Giấy đề nghị đăng ký công ty TNHH hai thành viên trở lên.docx' } },
      { name: 'Điều lệ công ty', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'] },
      { name: 'Danh sách thành viên', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx', 'xls', 'xlsx'], template: { title: 'Danh sách thành viên công ty TNHH hai thành viên trở lên', fileName: 'Danh sách thành viên công ty TNHH hai thành viên trở lên.docx' } },
      { name: 'Giấy tờ pháp lý của tổ chức là thành viên và văn bản cử người đại diện theo ủy quyền', description: 'Trường hợp thành viên là tổ chức.', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
    ],
    templates: [
      { title: 'Giấy đề nghị đăng ký công ty TNHH hai thành viên trở lên', fileName: 'Giấy đề nghị đăng ký công ty TNHH hai thành viên trở lên.docx' },
      { title: 'Danh sách thành viên công ty TNHH hai thành viên trở lên', fileName: 'Danh sách thành viên công ty TNHH hai thành viên trở lên.docx' },
    ],
    form: {
      sections: [
        {
          title: t('Thông tin doanh nghiệp', 'Company'),
          fields: [
            { kind: 'text', key: 'tenCongTy', label: t('Tên công ty viết bằng tiếng Việt', 'Company name in Vietnamese'), required: true, maxLength: 255, placeholder: t('Ví dụ: Công ty TNHH Thương mại Mường Thanh', 'e.g. Công ty TNHH Thương mại Mường Thanh') },
            { kind: 'text', key: 'tenTiengNuocNgoai', label: t('Tên công ty viết bằng tiếng nước ngoài (nếu có)', 'Company name in a foreign language (optional)'), maxLength: 255 },
            fAddress('diaChiTruSo', 'Địa chỉ trụ sở chính', 'Head office address'),
            { kind: 'text', key: 'nganhNgheChinh', label: t('Mã ngành kinh doanh chính (cấp 4)', 'Main business line (4-digit VSIC code)'), required: true, maxLength: 4, pattern: VSIC_PATTERN, patternMessage: t('Mã ngành cấp 4 gồm 4 chữ số', 'A level-4 code has 4 digits') },
            { kind: 'number', key: 'vonDieuLe', label: t('Vốn điều lệ', 'Charter capital'), required: true, min: 1000000, integer: true, unit: 'VND' },
          ],
        },
        {
          title: t('Người đại diện và thành viên', 'Representative and members'),
          fields: [
            fName('nguoiDaiDien', 'Người đại diện theo pháp luật', 'Legal representative'),
            fPhone(),
            fEmail('email', true),
            {
              kind: 'table', key: 'thanhVienGopVon', label: t('Danh sách thành viên góp vốn', 'Members and contributions'), required: true, minRows: 2, maxRows: 50,
              columns: [
                { kind: 'text', key: 'hoTen', label: t('Họ tên cá nhân / tên tổ chức', 'Member (person or organisation)'), required: true, maxLength: 255 },
                { kind: 'text', key: 'soGiayTo', label: t('Số định danh cá nhân / mã số doanh nghiệp', 'ID number / enterprise code'), required: true, maxLength: 12, pattern: '^([0-9]{12}|[0-9]{10})$', patternMessage: t('12 chữ số (cá nhân) hoặc 10 chữ số (tổ chức)', '12 digits (person) or 10 digits (organisation)') },
                { kind: 'number', key: 'giaTriGopVon', label: t('Giá trị phần vốn góp', 'Contribution'), required: true, min: 1, integer: true, unit: 'VND' },
                { kind: 'number', key: 'tyLe', label: t('Tỷ lệ', 'Share'), required: true, min: 0.01, max: 100, unit: '%' },
              ],
            },
            fDeclaration('Chúng tôi cam kết hoàn toàn chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác và trung thực của nội dung hồ sơ đăng ký doanh nghiệp.', 'We take full legal responsibility for the lawfulness, accuracy and truthfulness of this application.'),
          ],
        },
      ],
    },
    sampleFormData: {
      tenCongTy: 'Công ty TNHH Nông sản sạch Mường Thanh',
      tenTiengNuocNgoai: 'Muong Thanh Clean Agricultural Products Company Limited',
      diaChiTruSo: addr('thanhNua', 'Bản Hồng Lếch Cang'),
      nganhNgheChinh: '4620',
      vonDieuLe: 2000000000,
      nguoiDaiDien: PERSON.thanh.name,
      soDienThoai: PERSON.thanh.phone,
      email: PERSON.thanh.email,
      thanhVienGopVon: [
        { hoTen: PERSON.thanh.name, soGiayTo: PERSON.thanh.id, giaTriGopVon: 1200000000, tyLe: 60 },
        { hoTen: PERSON.panh.name, soGiayTo: PERSON.panh.id, giaTriGopVon: 800000000, tyLe: 40 },
      ],
      camDoan: true,
    },
    usageCount: 205,
  },
  {
    code: '2.002035.H18',
    name: 'Đăng ký thành lập doanh nghiệp tư nhân',
    agencyUnitCode: AG.SO_TAI_CHINH,
    fieldCode: FIELD.DOANH_NGHIEP,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Chủ doanh nghiệp tư nhân hoặc người được ủy quyền kê khai và nộp hồ sơ qua mạng thông tin điện tử.',
      'Bước 2: Phòng Đăng ký kinh doanh thuộc Sở Tài chính tiếp nhận và kiểm tra tính hợp lệ của hồ sơ.',
      'Bước 3: Phòng Đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp hoặc thông báo bằng văn bản nội dung cần sửa đổi, bổ sung.',
      'Bước 4: Trả kết quả và công bố nội dung đăng ký doanh nghiệp trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.',
    ],
    processingDays: 3,
    fees: ENTERPRISE_FEES,
    legalBasis: ENTERPRISE_LAW,
    applicants: 'Cá nhân thành lập doanh nghiệp tư nhân.',
    conditions: 'Mỗi cá nhân chỉ được quyền thành lập một doanh nghiệp tư nhân; chủ doanh nghiệp tư nhân không đồng thời là chủ hộ kinh doanh, thành viên hợp danh của công ty hợp danh.',
    resultDescription: 'Giấy chứng nhận đăng ký doanh nghiệp.',
    submissionChannels: 'Nộp qua mạng thông tin điện tử tại Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc Cổng Dịch vụ công; nộp trực tiếp hoặc qua dịch vụ bưu chính tới Phòng Đăng ký kinh doanh.',
    components: [
      { name: 'Giấy đề nghị đăng ký doanh nghiệp tư nhân', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Giấy đề nghị đăng ký doanh nghiệp tư nhân', fileName: 'Giấy đề nghị đăng ký doanh nghiệp tư nhân.docx' } },
      { name: 'Văn bản ủy quyền cho người thực hiện thủ tục', description: 'Trường hợp không phải chủ doanh nghiệp trực tiếp nộp hồ sơ.', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
    ],
    templates: [{ title: 'Giấy đề nghị đăng ký doanh nghiệp tư nhân', fileName: 'Giấy đề nghị đăng ký doanh nghiệp tư nhân.docx' }],
    form: {
      sections: [
        {
          title: t('Chủ doanh nghiệp', 'Owner'),
          fields: [
            fName('hoTenChuDoanhNghiep', 'Họ và tên chủ doanh nghiệp', 'Owner name'),
            { kind: 'date', key: 'ngaySinh', label: t('Ngày sinh', 'Date of birth'), required: true, range: 'past' },
            fIdNumber(),
            fPhone(),
          ],
        },
        {
          title: t('Doanh nghiệp', 'Enterprise'),
          fields: [
            { kind: 'text', key: 'tenDoanhNghiep', label: t('Tên doanh nghiệp', 'Enterprise name'), required: true, maxLength: 255 },
            fAddress('diaChiTruSo', 'Địa chỉ trụ sở chính', 'Head office address'),
            { kind: 'number', key: 'vonDauTu', label: t('Vốn đầu tư của chủ doanh nghiệp', "Owner's investment capital"), required: true, min: 1000000, integer: true, unit: 'VND' },
            {
              kind: 'table', key: 'nganhNghe', label: t('Ngành, nghề kinh doanh', 'Business lines'), required: true, minRows: 1, maxRows: 100,
              columns: [
                { kind: 'text', key: 'maNganh', label: t('Mã ngành (cấp 4)', 'Code (level 4)'), required: true, maxLength: 4, pattern: VSIC_PATTERN },
                { kind: 'text', key: 'tenNganh', label: t('Tên ngành', 'Description'), required: true, maxLength: 500 },
                {
                  kind: 'select', key: 'nganhChinh', label: t('Ngành chính', 'Main line'), required: true,
                  options: [
                    { value: 'co', label: t('Có', 'Yes') },
                    { value: 'khong', label: t('Không', 'No') },
                  ],
                },
              ],
            },
            {
              kind: 'select', key: 'phuongPhapTinhThue', label: t('Phương pháp tính thuế giá trị gia tăng', 'VAT method'), required: true,
              options: [
                { value: 'khau_tru', label: t('Khấu trừ', 'Credit-invoice method') },
                { value: 'truc_tiep_gtgt', label: t('Trực tiếp trên giá trị gia tăng', 'Direct method on value added') },
                { value: 'truc_tiep_doanh_so', label: t('Trực tiếp trên doanh số', 'Direct method on turnover') },
              ],
            },
            fDeclaration('Tôi cam kết hoàn toàn chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác và trung thực của nội dung hồ sơ đăng ký doanh nghiệp.', 'I take full legal responsibility for the lawfulness, accuracy and truthfulness of this application.'),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTenChuDoanhNghiep: PERSON.pao.name,
      ngaySinh: PERSON.pao.dob,
      soDinhDanh: PERSON.pao.id,
      soDienThoai: PERSON.pao.phone,
      tenDoanhNghiep: 'Doanh nghiệp tư nhân Chè Shan tuyết Tủa Chùa',
      diaChiTruSo: addr('tuaChua', 'Tổ dân phố Đồng Tâm'),
      vonDauTu: 800000000,
      nganhNghe: [
        { maNganh: '1077', tenNganh: 'Sản xuất cà phê, chè', nganhChinh: 'co' },
        { maNganh: '4632', tenNganh: 'Bán buôn thực phẩm', nganhChinh: 'khong' },
      ],
      phuongPhapTinhThue: 'khau_tru',
      camDoan: true,
    },
    usageCount: 96,
  },
  {
    code: '2.002024.H18',
    name: 'Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần',
    agencyUnitCode: AG.SO_TAI_CHINH,
    fieldCode: FIELD.DOANH_NGHIEP,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Doanh nghiệp nộp hồ sơ đăng ký thay đổi qua mạng thông tin điện tử trong thời hạn 10 ngày kể từ ngày có thay đổi.',
      'Bước 2: Phòng Đăng ký kinh doanh thuộc Sở Tài chính tiếp nhận và kiểm tra tính hợp lệ của hồ sơ.',
      'Bước 3: Phòng Đăng ký kinh doanh cấp Giấy chứng nhận đăng ký doanh nghiệp mới hoặc thông báo nội dung cần sửa đổi, bổ sung.',
    ],
    processingDays: 3,
    fees: ENTERPRISE_FEES,
    legalBasis: ENTERPRISE_LAW,
    applicants: 'Công ty trách nhiệm hữu hạn, công ty cổ phần có trụ sở chính trên địa bàn tỉnh.',
    resultDescription: 'Giấy chứng nhận đăng ký doanh nghiệp cập nhật thông tin người đại diện theo pháp luật.',
    submissionChannels: 'Nộp qua mạng thông tin điện tử tại Cổng thông tin quốc gia về đăng ký doanh nghiệp hoặc Cổng Dịch vụ công; nộp trực tiếp hoặc qua dịch vụ bưu chính tới Phòng Đăng ký kinh doanh.',
    components: [
      { name: 'Thông báo thay đổi người đại diện theo pháp luật do người đại diện theo pháp luật ký', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Thông báo thay đổi người đại diện theo pháp luật', fileName: 'Thông báo thay đổi người đại diện theo pháp luật.docx' } },
      { name: 'Nghị quyết, quyết định và biên bản họp của Hội đồng thành viên, Đại hội đồng cổ đông hoặc Hội đồng quản trị về việc thay đổi', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
    ],
    templates: [{ title: 'Thông báo thay đổi người đại diện theo pháp luật', fileName: 'Thông báo thay đổi người đại diện theo pháp luật.docx' }],
    form: {
      sections: [
        {
          title: t('Doanh nghiệp', 'Company'),
          fields: [
            { kind: 'text', key: 'tenDoanhNghiep', label: t('Tên doanh nghiệp', 'Company name'), required: true, maxLength: 255 },
            fTaxCode(),
            fName('nguoiDaiDienCu', 'Người đại diện theo pháp luật hiện tại', 'Current legal representative'),
          ],
        },
        {
          title: t('Người đại diện mới', 'New legal representative'),
          fields: [
            fName('nguoiDaiDienMoi', 'Họ và tên người đại diện mới', 'New representative'),
            { kind: 'text', key: 'soDinhDanhNguoiMoi', label: t('Số định danh cá nhân của người đại diện mới', 'ID number of the new representative'), required: true, maxLength: 12, pattern: PATTERN_ID, patternMessage: t('Số định danh cá nhân gồm đúng 12 chữ số', 'The identification number has exactly 12 digits') },
            {
              kind: 'select', key: 'chucDanh', label: t('Chức danh', 'Title'), required: true,
              options: [
                { value: 'giam_doc', label: t('Giám đốc', 'Director') },
                { value: 'tong_giam_doc', label: t('Tổng giám đốc', 'General director') },
                { value: 'chu_tich_hdtv', label: t('Chủ tịch Hội đồng thành viên', 'Chair of the members’ council') },
                { value: 'chu_tich_hdqt', label: t('Chủ tịch Hội đồng quản trị', 'Chair of the board') },
              ],
            },
            { kind: 'date', key: 'ngayBoNhiem', label: t('Ngày quyết định bổ nhiệm', 'Appointment date'), required: true, range: 'past' },
            fPhone(),
            fDeclaration('Doanh nghiệp cam kết hoàn toàn chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác và trung thực của nội dung thông báo.', 'The company takes full legal responsibility for the lawfulness, accuracy and truthfulness of this notice.'),
          ],
        },
      ],
    },
    sampleFormData: {
      tenDoanhNghiep: 'Công ty Cổ phần Đầu tư và Xây dựng Him Lam Điện Biên',
      maSoDoanhNghiep: '5600287153',
      nguoiDaiDienCu: 'Phạm Đức Hùng',
      nguoiDaiDienMoi: 'Trần Thị Minh Thu',
      soDinhDanhNguoiMoi: PERSON.thu.id,
      chucDanh: 'tong_giam_doc',
      ngayBoNhiem: '2025-07-15',
      soDienThoai: PERSON.thu.phone,
      camDoan: true,
    },
    usageCount: 74,
  },
];
