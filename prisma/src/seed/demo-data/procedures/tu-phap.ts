import { AG } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { CHANNELS, LAW, NO_FEE, PERSON, addr, fAddress, fDeclaration, fEmail, fIdNumber, fName, fPhone, t } from './_shared.ts';

const tt12_2018 = { number: '12/2018/TT-BTP', title: 'Thông tư hướng dẫn một số hoạt động nghiệp vụ trợ giúp pháp lý và quản lý chất lượng vụ việc trợ giúp pháp lý', issuer: 'Bộ Tư pháp', issuedOn: '2018-08-28' };

/** Sở Tư pháp */
export const tuPhapProcedures: SeedProcedure[] = [
  {
    code: '2.000789.H18',
    name: 'Thủ tục đăng ký hành nghề và cấp Thẻ công chứng viên',
    agencyUnitCode: AG.SO_TU_PHAP,
    fieldCode: FIELD.CONG_CHUNG,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Tổ chức hành nghề công chứng nộp hồ sơ đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên cho công chứng viên của tổ chức mình.',
      'Bước 2: Sở Tư pháp kiểm tra hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.',
      'Bước 3: Giám đốc Sở Tư pháp xem xét, ghi tên công chứng viên vào danh sách công chứng viên hành nghề tại địa phương và cấp Thẻ công chứng viên; trường hợp từ chối phải thông báo bằng văn bản và nêu rõ lý do.',
      'Bước 4: Trả Thẻ công chứng viên cho tổ chức hành nghề công chứng.',
    ],
    processingDays: 10,
    fees: [{ label: 'Lệ phí cấp Thẻ công chứng viên', amountVnd: 100000 }],
    legalBasis: [LAW.luatCongChung, LAW.tt257_2016],
    applicants: 'Tổ chức hành nghề công chứng (Phòng công chứng, Văn phòng công chứng) đề nghị cho công chứng viên của tổ chức mình.',
    conditions: 'Công chứng viên đã được Bộ trưởng Bộ Tư pháp bổ nhiệm, là thành viên hợp danh hoặc có hợp đồng lao động với tổ chức hành nghề công chứng.',
    resultDescription: 'Thẻ công chứng viên.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Đơn đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên', fileName: 'Mẫu đơn đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên.docx' } },
      { name: 'Quyết định bổ nhiệm công chứng viên', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Hợp đồng lao động hoặc giấy tờ chứng minh là thành viên hợp danh của Văn phòng công chứng', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Ảnh chân dung cỡ 2 cm x 3 cm chụp không quá 06 tháng', required: true, originals: 1, copies: 0, acceptedTypes: ['jpeg', 'png'] },
    ],
    templates: [{ title: 'Mẫu đơn đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên', fileName: 'Mẫu đơn đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên.docx' }],
    form: {
      sections: [
        {
          title: t('Công chứng viên', 'Notary'),
          fields: [
            fName('hoTen', 'Họ và tên công chứng viên', 'Notary name'),
            { kind: 'date', key: 'ngaySinh', label: t('Ngày sinh', 'Date of birth'), required: true, range: 'past' },
            fIdNumber(),
            fPhone(),
            { kind: 'text', key: 'soQuyetDinhBoNhiem', label: t('Số quyết định bổ nhiệm công chứng viên', 'Appointment decision number'), required: true, maxLength: 50 },
            { kind: 'date', key: 'ngayBoNhiem', label: t('Ngày bổ nhiệm', 'Appointment date'), required: true, range: 'past' },
          ],
        },
        {
          title: t('Tổ chức hành nghề công chứng', 'Notarial practice'),
          fields: [
            { kind: 'text', key: 'toChucHanhNghe', label: t('Tên tổ chức hành nghề công chứng', 'Notarial office'), required: true, maxLength: 255 },
            fAddress('diaChiToChuc', 'Địa chỉ trụ sở', 'Office address'),
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTen: 'Đặng Thị Thanh Hương',
      ngaySinh: '1984-02-27',
      soDinhDanh: '011184003961',
      soDienThoai: '0915632874',
      soQuyetDinhBoNhiem: '1487/QĐ-BTP',
      ngayBoNhiem: '2025-08-05',
      toChucHanhNghe: 'Văn phòng công chứng Điện Biên Phủ',
      diaChiToChuc: addr('dienBienPhu', 'Số 152, đường Võ Nguyên Giáp'),
      camDoan: true,
    },
    usageCount: 12,
  },
  {
    code: '2.001013.H18',
    name: 'Thủ tục đăng ký hoạt động Văn phòng công chứng',
    agencyUnitCode: AG.SO_TU_PHAP,
    fieldCode: FIELD.CONG_CHUNG,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Văn phòng công chứng đã có quyết định cho phép thành lập nộp hồ sơ đăng ký hoạt động tại Sở Tư pháp trong thời hạn 90 ngày kể từ ngày có quyết định.',
      'Bước 2: Sở Tư pháp kiểm tra hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.',
      'Bước 3: Sở Tư pháp cấp Giấy đăng ký hoạt động cho Văn phòng công chứng; trường hợp từ chối phải thông báo bằng văn bản và nêu rõ lý do.',
      'Bước 4: Văn phòng công chứng đăng báo về nội dung đăng ký hoạt động theo quy định.',
    ],
    processingDays: 10,
    fees: [{ label: 'Phí thẩm định điều kiện hoạt động Văn phòng công chứng', amountVnd: 1000000 }],
    legalBasis: [LAW.luatCongChung, LAW.tt257_2016],
    applicants: 'Văn phòng công chứng đã được Ủy ban nhân dân tỉnh cho phép thành lập.',
    resultDescription: 'Giấy đăng ký hoạt động của Văn phòng công chứng.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Đơn đề nghị đăng ký hoạt động Văn phòng công chứng', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị đăng ký hoạt động Văn phòng công chứng', fileName: 'Mẫu đơn đề nghị đăng ký hoạt động Văn phòng công chứng.docx' } },
      { name: 'Quyết định cho phép thành lập Văn phòng công chứng', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Giấy tờ chứng minh về trụ sở của Văn phòng công chứng', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Hồ sơ đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên cho công chứng viên của Văn phòng', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
    ],
    templates: [{ title: 'Mẫu đơn đề nghị đăng ký hoạt động Văn phòng công chứng', fileName: 'Mẫu đơn đề nghị đăng ký hoạt động Văn phòng công chứng.docx' }],
    form: {
      sections: [
        {
          title: t('Văn phòng công chứng', 'Notary office'),
          fields: [
            { kind: 'text', key: 'tenVanPhong', label: t('Tên Văn phòng công chứng', 'Office name'), required: true, maxLength: 255 },
            fName('truongVanPhong', 'Trưởng Văn phòng công chứng', 'Head of office'),
            { kind: 'text', key: 'soQuyetDinhThanhLap', label: t('Số quyết định cho phép thành lập', 'Establishment decision number'), required: true, maxLength: 50 },
            fAddress('diaChiTruSo', 'Địa chỉ trụ sở', 'Office address'),
            fPhone(),
            fEmail(),
          ],
        },
        {
          title: t('Công chứng viên', 'Notaries'),
          fields: [
            {
              kind: 'table', key: 'congChungVien', label: t('Danh sách công chứng viên', 'Notaries'), required: true, minRows: 1, maxRows: 20,
              columns: [
                { kind: 'text', key: 'hoTen', label: t('Họ và tên', 'Full name'), required: true, maxLength: 100 },
                { kind: 'text', key: 'soQuyetDinhBoNhiem', label: t('Số quyết định bổ nhiệm', 'Appointment decision'), required: true, maxLength: 50 },
                {
                  kind: 'select', key: 'vaiTro', label: t('Hình thức hành nghề', 'Role'), required: true,
                  options: [
                    { value: 'hop_danh', label: t('Thành viên hợp danh', 'Partner') },
                    { value: 'hop_dong', label: t('Làm việc theo hợp đồng lao động', 'Employee') },
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
      tenVanPhong: 'Văn phòng công chứng Điện Biên Phủ',
      truongVanPhong: 'Đặng Thị Thanh Hương',
      soQuyetDinhThanhLap: '2210/QĐ-UBND',
      diaChiTruSo: addr('dienBienPhu', 'Số 152, đường Võ Nguyên Giáp'),
      soDienThoai: '0915632874',
      email: 'vpccdienbienphu@example.com',
      congChungVien: [
        { hoTen: 'Đặng Thị Thanh Hương', soQuyetDinhBoNhiem: '1487/QĐ-BTP', vaiTro: 'hop_danh' },
        { hoTen: 'Bùi Văn Quang', soQuyetDinhBoNhiem: '0932/QĐ-BTP', vaiTro: 'hop_danh' },
      ],
      camDoan: true,
    },
    usageCount: 6,
  },
  {
    code: '2.001680.H18',
    name: 'Thủ tục yêu cầu trợ giúp pháp lý',
    agencyUnitCode: AG.SO_TU_PHAP,
    fieldCode: FIELD.TRO_GIUP_PHAP_LY,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Người yêu cầu trợ giúp pháp lý nộp đơn và giấy tờ chứng minh thuộc diện được trợ giúp pháp lý trực tuyến hoặc tại Trung tâm Trợ giúp pháp lý nhà nước tỉnh.',
      'Bước 2: Trung tâm Trợ giúp pháp lý kiểm tra hồ sơ; trường hợp đủ điều kiện thì thụ lý vụ việc và thông báo cho người yêu cầu.',
      'Bước 3: Trung tâm cử trợ giúp viên pháp lý hoặc luật sư thực hiện trợ giúp pháp lý.',
      'Bước 4: Kết thúc vụ việc và thông báo kết quả cho người được trợ giúp pháp lý.',
    ],
    processingDays: 1,
    processingNote: 'Thụ lý ngay khi nhận đủ hồ sơ; trường hợp phải bổ sung giấy tờ thì người yêu cầu bổ sung trong 05 ngày làm việc.',
    fees: NO_FEE,
    legalBasis: [LAW.luatTroGiupPhapLy, LAW.nd144_2017, tt12_2018],
    applicants: 'Người được trợ giúp pháp lý: người có công với cách mạng, người thuộc hộ nghèo, trẻ em, người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn, người bị buộc tội từ đủ 16 đến dưới 18 tuổi, người khuyết tật, nạn nhân mua bán người và các đối tượng khác theo Luật Trợ giúp pháp lý.',
    resultDescription: 'Văn bản thông báo thụ lý; kết quả trợ giúp pháp lý (văn bản tư vấn, tham gia tố tụng, đại diện ngoài tố tụng).',
    submissionChannels: CHANNELS.all,
    components: [
      { name: 'Đơn yêu cầu trợ giúp pháp lý', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx', 'jpeg'], template: { title: 'Mẫu đơn yêu cầu trợ giúp pháp lý', fileName: 'Mẫu đơn yêu cầu trợ giúp pháp lý.docx' } },
      { name: 'Giấy tờ chứng minh là người được trợ giúp pháp lý', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg', 'png'] },
      { name: 'Các giấy tờ, tài liệu liên quan đến vụ việc', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg', 'png'] },
    ],
    templates: [{ title: 'Mẫu đơn yêu cầu trợ giúp pháp lý', fileName: 'Mẫu đơn yêu cầu trợ giúp pháp lý.docx' }],
    form: {
      sections: [
        {
          title: t('Người yêu cầu', 'Applicant'),
          fields: [fName(), fIdNumber(), fPhone(), fAddress()],
        },
        {
          title: t('Vụ việc', 'Case'),
          fields: [
            {
              kind: 'select', key: 'dienNguoiDuocTroGiup', label: t('Diện người được trợ giúp pháp lý', 'Eligibility category'), required: true,
              options: [
                { value: 'nguoi_co_cong', label: t('Người có công với cách mạng', 'Person with meritorious service') },
                { value: 'ho_ngheo', label: t('Người thuộc hộ nghèo', 'Member of a poor household') },
                { value: 'tre_em', label: t('Trẻ em', 'Child') },
                { value: 'dan_toc_thieu_so', label: t('Người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế – xã hội đặc biệt khó khăn', 'Ethnic-minority resident of an extremely disadvantaged area') },
                { value: 'khuyet_tat', label: t('Người khuyết tật có khó khăn về tài chính', 'Person with disability in financial difficulty') },
                { value: 'nan_nhan', label: t('Nạn nhân mua bán người, bạo lực gia đình', 'Victim of trafficking or domestic violence') },
                { value: 'khac', label: t('Đối tượng khác theo quy định', 'Other eligible person') },
              ],
            },
            {
              kind: 'select', key: 'hinhThucTroGiup', label: t('Hình thức trợ giúp đề nghị', 'Form of assistance'), required: true,
              options: [
                { value: 'tu_van', label: t('Tư vấn pháp luật', 'Legal advice') },
                { value: 'to_tung', label: t('Tham gia tố tụng', 'Representation in court') },
                { value: 'ngoai_to_tung', label: t('Đại diện ngoài tố tụng', 'Out-of-court representation') },
              ],
            },
            { kind: 'textarea', key: 'noiDungVuViec', label: t('Tóm tắt nội dung vụ việc', 'Summary of the case'), required: true, maxLength: 4000 },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTen: PERSON.pao.name,
      soDinhDanh: PERSON.pao.id,
      soDienThoai: PERSON.pao.phone,
      diaChi: PERSON.pao.address,
      dienNguoiDuocTroGiup: 'dan_toc_thieu_so',
      hinhThucTroGiup: 'tu_van',
      noiDungVuViec: 'Gia đình tôi có tranh chấp ranh giới đất nương với hộ liền kề, đề nghị được tư vấn về thủ tục hòa giải tại cơ sở và khởi kiện.',
      camDoan: true,
    },
    usageCount: 43,
  },
];
