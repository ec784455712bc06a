import { AG } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { CHANNELS, LAW, NO_FEE, PATTERN_ID, PERSON, addr, fAddress, fDeclaration, fIdNumber, fName, fPhone, fTaxCode, t } from './_shared.ts';

/** Sở Nội vụ (incl. labour, meritorious people and emulation – reward after the 2025 merger) */
export const noiVuProcedures: SeedProcedure[] = [
  {
    code: '1.000775.H18',
    name: 'Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh',
    agencyUnitCode: AG.SO_NOI_VU,
    fieldCode: FIELD.THI_DUA_KHEN_THUONG,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Cơ quan, đơn vị, địa phương trình khen thưởng gửi hồ sơ đề nghị tặng Bằng khen về Sở Nội vụ (Ban Thi đua – Khen thưởng).',
      'Bước 2: Sở Nội vụ thẩm định hồ sơ, lấy ý kiến các cơ quan liên quan (nếu cần) và tổng hợp trình Hội đồng Thi đua – Khen thưởng tỉnh.',
      'Bước 3: Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định tặng Bằng khen.',
      'Bước 4: Sở Nội vụ thông báo kết quả và chuyển quyết định, Bằng khen cho cơ quan trình khen thưởng.',
    ],
    processingDays: 20,
    processingNote: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (Sở Nội vụ thẩm định 10 ngày, Chủ tịch UBND tỉnh quyết định 10 ngày).',
    fees: NO_FEE,
    legalBasis: [LAW.luatThiDuaKhenThuong, LAW.nd98_2023],
    applicants: 'Cơ quan, tổ chức, đơn vị, địa phương đề nghị khen thưởng cho cá nhân, tập thể, hộ gia đình có thành tích.',
    conditions: 'Cá nhân, tập thể, hộ gia đình đạt tiêu chuẩn tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh theo Luật Thi đua, khen thưởng và Nghị định số 98/2023/NĐ-CP.',
    resultDescription: 'Quyết định và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Tờ trình đề nghị khen thưởng kèm danh sách cá nhân, tập thể được đề nghị', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu tờ trình đề nghị khen thưởng', fileName: 'Mẫu tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.docx' } },
      { name: 'Báo cáo thành tích của cá nhân, tập thể được đề nghị khen thưởng', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu báo cáo thành tích', fileName: 'Mẫu báo cáo thành tích đề nghị khen thưởng.docx' } },
      { name: 'Biên bản họp xét của Hội đồng Thi đua – Khen thưởng cấp trình', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
      { name: 'Văn bản xác nhận, công nhận sáng kiến, đề tài hoặc thành tích đột xuất', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
    ],
    templates: [
      { title: 'Mẫu tờ trình đề nghị khen thưởng', fileName: 'Mẫu tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.docx' },
      { title: 'Mẫu báo cáo thành tích', fileName: 'Mẫu báo cáo thành tích đề nghị khen thưởng.docx' },
    ],
    form: {
      sections: [
        {
          title: t('Cơ quan trình khen thưởng', 'Proposing body'),
          fields: [
            { kind: 'text', key: 'coQuanDeNghi', label: t('Cơ quan, đơn vị trình khen thưởng', 'Proposing body'), required: true, maxLength: 255 },
            { kind: 'text', key: 'soToTrinh', label: t('Số tờ trình', 'Proposal number'), required: true, maxLength: 50 },
            { kind: 'date', key: 'ngayToTrinh', label: t('Ngày tờ trình', 'Proposal date'), required: true, range: 'past' },
            fName('nguoiLienHe', 'Người liên hệ', 'Contact person'),
            fPhone(),
          ],
        },
        {
          title: t('Nội dung đề nghị', 'Proposal'),
          fields: [
            {
              kind: 'select', key: 'hinhThucKhenThuong', label: t('Loại hình khen thưởng', 'Kind of award'), required: true,
              options: [
                { value: 'cong_trang', label: t('Theo công trạng và thành tích đạt được', 'For merit and achievements') },
                { value: 'chuyen_de', label: t('Theo đợt hoặc chuyên đề', 'For a campaign or theme') },
                { value: 'dot_xuat', label: t('Đột xuất', 'Exceptional') },
                { value: 'cong_hien', label: t('Quá trình cống hiến', 'Long service') },
                { value: 'doi_ngoai', label: t('Đối ngoại', 'Foreign relations') },
              ],
            },
            {
              kind: 'table', key: 'danhSachDeNghi', label: t('Danh sách đề nghị khen thưởng', 'Proposed recipients'), required: true, minRows: 1, maxRows: 200,
              columns: [
                { kind: 'text', key: 'ten', label: t('Họ tên cá nhân / tên tập thể', 'Person or group'), required: true, maxLength: 255 },
                {
                  kind: 'select', key: 'doiTuong', label: t('Đối tượng', 'Type'), required: true,
                  options: [
                    { value: 'ca_nhan', label: t('Cá nhân', 'Individual') },
                    { value: 'tap_the', label: t('Tập thể', 'Group') },
                    { value: 'ho_gia_dinh', label: t('Hộ gia đình', 'Household') },
                  ],
                },
                { kind: 'text', key: 'chucVuDonVi', label: t('Chức vụ, đơn vị công tác', 'Position and unit'), maxLength: 255 },
              ],
            },
            { kind: 'textarea', key: 'tomTatThanhTich', label: t('Tóm tắt thành tích', 'Summary of achievements'), required: true, maxLength: 4000 },
            fDeclaration('Cơ quan trình khen thưởng cam đoan hồ sơ, thành tích đề nghị khen thưởng là đúng sự thật và chịu trách nhiệm về nội dung đề nghị.', 'The proposing body declares that the achievements are true and takes responsibility for the proposal.'),
          ],
        },
      ],
    },
    sampleFormData: {
      coQuanDeNghi: 'Ủy ban nhân dân xã Mường Phăng',
      soToTrinh: '45/TTr-UBND',
      ngayToTrinh: '2025-11-20',
      nguoiLienHe: 'Lò Thị Xuân',
      soDienThoai: '0978123450',
      hinhThucKhenThuong: 'chuyen_de',
      danhSachDeNghi: [
        { ten: 'Nhân dân và cán bộ bản Co Cại', doiTuong: 'tap_the', chucVuDonVi: 'Xã Mường Phăng' },
        { ten: 'Lường Văn Pánh', doiTuong: 'ca_nhan', chucVuDonVi: 'Trưởng bản Co Cại, xã Mường Phăng' },
      ],
      tomTatThanhTich: 'Có thành tích xuất sắc trong phong trào thi đua xây dựng nông thôn mới giai đoạn 2021–2025: hiến 3.200 m² đất mở rộng đường liên bản, hoàn thành xóa nhà tạm cho 17 hộ nghèo.',
      camDoan: true,
    },
    usageCount: 66,
  },
  {
    code: '1.003827.H18',
    name: 'Thủ tục thành lập hội',
    agencyUnitCode: AG.SO_NOI_VU,
    fieldCode: FIELD.TO_CHUC_PHI_CHINH_PHU,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Ban vận động thành lập hội gửi hồ sơ đề nghị thành lập hội đến Sở Nội vụ.',
      'Bước 2: Sở Nội vụ kiểm tra hồ sơ; trường hợp hồ sơ chưa hợp lệ thì thông báo bằng văn bản để ban vận động bổ sung.',
      'Bước 3: Sở Nội vụ lấy ý kiến cơ quan quản lý nhà nước về lĩnh vực hội dự kiến hoạt động, thẩm định và trình Chủ tịch Ủy ban nhân dân tỉnh.',
      'Bước 4: Chủ tịch Ủy ban nhân dân tỉnh quyết định cho phép thành lập hội; trường hợp không đồng ý thì trả lời bằng văn bản và nêu rõ lý do.',
    ],
    processingDays: 30,
    fees: NO_FEE,
    legalBasis: [LAW.nd126_2024],
    applicants: 'Ban vận động thành lập hội có phạm vi hoạt động trong tỉnh đã được cơ quan có thẩm quyền công nhận.',
    conditions: 'Có mục đích hoạt động không trái pháp luật, không trùng lặp về tên gọi và lĩnh vực hoạt động chính với hội đã được thành lập hợp pháp; có điều lệ; có trụ sở; có đủ số công dân, tổ chức đăng ký tham gia thành lập hội theo quy định.',
    resultDescription: 'Quyết định cho phép thành lập hội và phê duyệt điều lệ hội.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Đơn đề nghị thành lập hội', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị thành lập hội', fileName: 'Mẫu đơn đề nghị thành lập hội.docx' } },
      { name: 'Dự thảo điều lệ hội', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'] },
      { name: 'Danh sách những người trong ban vận động thành lập hội và quyết định công nhận ban vận động', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Danh sách công dân, tổ chức đăng ký tham gia thành lập hội', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'xls', 'xlsx'] },
      { name: 'Văn bản xác nhận nơi dự kiến đặt trụ sở của hội', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
    ],
    templates: [{ title: 'Mẫu đơn đề nghị thành lập hội', fileName: 'Mẫu đơn đề nghị thành lập hội.docx' }],
    form: {
      sections: [
        {
          title: t('Hội dự kiến thành lập', 'Proposed association'),
          fields: [
            { kind: 'text', key: 'tenHoi', label: t('Tên hội dự kiến', 'Proposed name'), required: true, maxLength: 255 },
            { kind: 'text', key: 'linhVucHoatDong', label: t('Lĩnh vực hoạt động chính', 'Main field of activity'), required: true, maxLength: 255 },
            fAddress('diaChiTruSo', 'Địa điểm dự kiến đặt trụ sở', 'Proposed seat'),
            { kind: 'number', key: 'soHoiVienDangKy', label: t('Số công dân, tổ chức đăng ký tham gia', 'Founding members registered'), required: true, min: 1, integer: true, unit: 'hội viên' },
            { kind: 'textarea', key: 'tonChiMucDich', label: t('Tôn chỉ, mục đích của hội', 'Purpose of the association'), required: true, maxLength: 4000 },
          ],
        },
        {
          title: t('Ban vận động', 'Founding committee'),
          fields: [
            fName('truongBanVanDong', 'Trưởng ban vận động', 'Chair of the founding committee'),
            fPhone(),
            {
              kind: 'table', key: 'banVanDong', label: t('Thành viên ban vận động', 'Committee members'), required: true, minRows: 3, maxRows: 30,
              columns: [
                { kind: 'text', key: 'hoTen', label: t('Họ và tên', 'Full name'), required: true, maxLength: 100 },
                { kind: 'text', key: 'soDinhDanh', label: t('Số định danh cá nhân', 'ID number'), required: true, maxLength: 12, pattern: PATTERN_ID },
                { kind: 'text', key: 'ngheNghiep', label: t('Nghề nghiệp, chức vụ', 'Occupation'), required: true, maxLength: 255 },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenHoi: 'Hội Doanh nhân trẻ tỉnh Điện Biên',
      linhVucHoatDong: 'Hỗ trợ, kết nối doanh nhân trẻ phát triển sản xuất, kinh doanh',
      diaChiTruSo: addr('dienBienPhu', 'Số 891, đường Võ Nguyên Giáp'),
      soHoiVienDangKy: 86,
      tonChiMucDich: 'Tập hợp, đoàn kết doanh nhân trẻ trên địa bàn tỉnh; hỗ trợ hội viên nâng cao năng lực quản trị, kết nối thị trường; đại diện, bảo vệ quyền và lợi ích hợp pháp của hội viên.',
      truongBanVanDong: PERSON.hung.name,
      soDienThoai: PERSON.hung.phone,
      banVanDong: [
        { hoTen: PERSON.hung.name, soDinhDanh: PERSON.hung.id, ngheNghiep: 'Giám đốc doanh nghiệp' },
        { hoTen: PERSON.thu.name, soDinhDanh: PERSON.thu.id, ngheNghiep: 'Chủ hộ kinh doanh' },
        { hoTen: PERSON.pao.name, soDinhDanh: PERSON.pao.id, ngheNghiep: 'Chủ doanh nghiệp tư nhân' },
      ],
      camDoan: true,
    },
    usageCount: 9,
  },
  {
    code: '1.010817.H18',
    name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    agencyUnitCode: AG.SO_NOI_VU,
    fieldCode: FIELD.NGUOI_CO_CONG,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Người thờ cúng liệt sĩ nộp văn bản đề nghị kèm biên bản ủy quyền của các thân nhân tại Ủy ban nhân dân cấp xã nơi cư trú hoặc trực tuyến.',
      'Bước 2: Ủy ban nhân dân cấp xã xác nhận và chuyển hồ sơ đến Sở Nội vụ trong thời hạn 05 ngày làm việc.',
      'Bước 3: Sở Nội vụ kiểm tra, đối chiếu hồ sơ liệt sĩ và ban hành quyết định trợ cấp thờ cúng liệt sĩ.',
      'Bước 4: Thông báo kết quả và chi trả trợ cấp cho người thờ cúng liệt sĩ.',
    ],
    processingDays: 12,
    processingNote: 'Ủy ban nhân dân cấp xã: 05 ngày làm việc; Sở Nội vụ: 07 ngày làm việc.',
    fees: NO_FEE,
    legalBasis: [LAW.phapLenhNguoiCoCong, LAW.nd131_2021],
    applicants: 'Người thờ cúng liệt sĩ (thân nhân liệt sĩ hoặc người được các thân nhân ủy quyền thờ cúng).',
    resultDescription: 'Quyết định trợ cấp thờ cúng liệt sĩ.',
    submissionChannels: CHANNELS.commune,
    components: [
      { name: 'Văn bản đề nghị giải quyết chế độ trợ cấp thờ cúng liệt sĩ', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu văn bản đề nghị trợ cấp thờ cúng liệt sĩ', fileName: 'Mẫu văn bản đề nghị trợ cấp thờ cúng liệt sĩ.docx' } },
      { name: 'Biên bản ủy quyền thờ cúng liệt sĩ của các thân nhân', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf'], template: { title: 'Mẫu biên bản ủy quyền thờ cúng liệt sĩ', fileName: 'Mẫu biên bản ủy quyền thờ cúng liệt sĩ.docx' } },
      { name: 'Bằng “Tổ quốc ghi công”', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg'] },
    ],
    templates: [
      { title: 'Mẫu văn bản đề nghị trợ cấp thờ cúng liệt sĩ', fileName: 'Mẫu văn bản đề nghị trợ cấp thờ cúng liệt sĩ.docx' },
      { title: 'Mẫu biên bản ủy quyền thờ cúng liệt sĩ', fileName: 'Mẫu biên bản ủy quyền thờ cúng liệt sĩ.docx' },
    ],
    form: {
      sections: [
        {
          title: t('Người thờ cúng liệt sĩ', 'Person maintaining worship'),
          fields: [fName(), fIdNumber(), fPhone(), fAddress()],
        },
        {
          title: t('Thông tin liệt sĩ', 'Martyr'),
          fields: [
            fName('hoTenLietSi', 'Họ và tên liệt sĩ', 'Name of the martyr'),
            { kind: 'text', key: 'soBangToQuoc', label: t('Số Bằng "Tổ quốc ghi công"', 'Certificate of merit number'), required: true, maxLength: 30 },
            { kind: 'date', key: 'ngayHySinh', label: t('Ngày hy sinh', 'Date of death'), required: true, range: 'past' },
            {
              kind: 'select', key: 'quanHe', label: t('Quan hệ với liệt sĩ', 'Relationship to the martyr'), required: true,
              options: [
                { value: 'con', label: t('Con', 'Child') },
                { value: 'vo_chong', label: t('Vợ hoặc chồng', 'Spouse') },
                { value: 'anh_chi_em', label: t('Anh, chị, em ruột', 'Sibling') },
                { value: 'chau', label: t('Cháu', 'Nephew or niece') },
                { value: 'khac', label: t('Người khác được ủy quyền', 'Other authorised person') },
              ],
            },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTen: PERSON.panh.name,
      soDinhDanh: PERSON.panh.id,
      soDienThoai: PERSON.panh.phone,
      diaChi: PERSON.panh.address,
      hoTenLietSi: 'Lường Văn Chăn',
      soBangToQuoc: '4B-217534',
      ngayHySinh: '1979-02-26',
      quanHe: 'chau',
      camDoan: true,
    },
    usageCount: 52,
  },
  {
    code: '1.009463.H18',
    name: 'Đăng ký nội quy lao động',
    agencyUnitCode: AG.SO_NOI_VU,
    fieldCode: FIELD.LAO_DONG,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Trong thời hạn 10 ngày kể từ ngày ban hành nội quy lao động, người sử dụng lao động nộp hồ sơ đăng ký trực tuyến trên Cổng Dịch vụ công.',
      'Bước 2: Sở Nội vụ tiếp nhận và xem xét nội dung nội quy lao động.',
      'Bước 3: Trường hợp nội quy có nội dung trái pháp luật, trong thời hạn 07 ngày làm việc Sở Nội vụ thông báo, hướng dẫn người sử dụng lao động sửa đổi, bổ sung và đăng ký lại.',
    ],
    processingDays: 7,
    processingNote: 'Nội quy lao động có hiệu lực sau 15 ngày kể từ ngày Sở Nội vụ nhận được hồ sơ đăng ký hợp lệ.',
    fees: NO_FEE,
    legalBasis: [LAW.boLuatLaoDong, LAW.nd145_2020],
    applicants: 'Người sử dụng lao động sử dụng từ 10 người lao động trở lên, có trụ sở chính trên địa bàn tỉnh.',
    resultDescription: 'Nội quy lao động được đăng ký (thông báo của Sở Nội vụ nếu cần sửa đổi, bổ sung).',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Văn bản đề nghị đăng ký nội quy lao động', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu văn bản đề nghị đăng ký nội quy lao động', fileName: 'Mẫu văn bản đề nghị đăng ký nội quy lao động.docx' } },
      { name: 'Nội quy lao động', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'] },
      { name: 'Văn bản góp ý của tổ chức đại diện người lao động tại cơ sở (nếu có)', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
      { name: 'Các văn bản quy định liên quan đến kỷ luật lao động và trách nhiệm vật chất (nếu có)', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'] },
    ],
    templates: [{ title: 'Mẫu văn bản đề nghị đăng ký nội quy lao động', fileName: 'Mẫu văn bản đề nghị đăng ký nội quy lao động.docx' }],
    form: {
      sections: [
        {
          title: t('Người sử dụng lao động', 'Employer'),
          fields: [
            { kind: 'text', key: 'tenDoanhNghiep', label: t('Tên người sử dụng lao động', 'Employer'), required: true, maxLength: 255 },
            fTaxCode(),
            fName('nguoiDaiDien', 'Người đại diện theo pháp luật', 'Legal representative'),
            fPhone(),
            fAddress('diaChiTruSo', 'Địa chỉ trụ sở chính', 'Head office address'),
          ],
        },
        {
          title: t('Nội quy lao động', 'Work rules'),
          fields: [
            { kind: 'text', key: 'nganhNghe', label: t('Ngành, nghề kinh doanh chính', 'Main business'), required: true, maxLength: 255 },
            { kind: 'number', key: 'soLaoDong', label: t('Tổng số người lao động', 'Number of employees'), required: true, min: 10, integer: true, unit: 'người' },
            { kind: 'date', key: 'ngayBanHanh', label: t('Ngày ban hành nội quy lao động', 'Date the rules were issued'), required: true, range: 'past' },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenDoanhNghiep: 'Công ty Cổ phần Xăng dầu Tây Bắc',
      maSoDoanhNghiep: '5600104512',
      nguoiDaiDien: 'Nguyễn Quang Vinh',
      soDienThoai: '0913058246',
      diaChiTruSo: addr('muongThanh', 'Số 230, đường Trường Chinh'),
      nganhNghe: 'Bán lẻ nhiên liệu động cơ trong các cửa hàng chuyên doanh',
      soLaoDong: 64,
      ngayBanHanh: '2025-10-01',
      camDoan: true,
    },
    usageCount: 40,
  },
];
