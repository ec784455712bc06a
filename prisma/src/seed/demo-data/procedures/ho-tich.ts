import { AG, COMMUNE_UNIT_CODES } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { CHANNELS, LAW, PERSON, PATTERN_ID, addr, fAddress, fDeclaration, fEthnic, fGender, fIdNumber, fName, t } from './_shared.ts';

const tt281_2016 = { number: '281/2016/TT-BTC', title: 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch', issuer: 'Bộ Tài chính', issuedOn: '2016-11-14' };
const luatHonNhan = { number: '52/2014/QH13', title: 'Luật Hôn nhân và gia đình', issuer: 'Quốc hội', issuedOn: '2014-06-19' };

const COPY_FEE = { label: 'Phí cấp bản sao trích lục hộ tịch (nếu có yêu cầu)', amountVnd: 8000, note: 'Mỗi bản sao' };
const SAME_DAY = 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.';

const copies = { kind: 'number', key: 'soBanSao', label: t('Số bản sao trích lục đề nghị cấp', 'Number of certified extracts'), min: 0, max: 10, integer: true, unit: 'bản' } as const;

const optionalId = (key: string, vi: string, en: string) =>
  ({ kind: 'text', key, label: t(vi, en), maxLength: 12, pattern: PATTERN_ID, patternMessage: t('Số định danh cá nhân gồm đúng 12 chữ số', 'The identification number has exactly 12 digits') }) as const;

/** Civil status (hộ tịch) — handled by every commune and ward since 1 July 2025 */
export const hoTichProcedures: SeedProcedure[] = [
  {
    code: '1.001193.H18',
    name: 'Đăng ký khai sinh',
    agencyUnitCode: AG.P_MUONG_THANH,
    handlingAgencyUnitCodes: COMMUNE_UNIT_CODES,
    fieldCode: FIELD.HO_TICH,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Người đi đăng ký khai sinh nộp tờ khai và giấy chứng sinh (hoặc giấy tờ thay thế) trực tuyến trên Cổng Dịch vụ công hoặc tại Bộ phận Một cửa của Ủy ban nhân dân xã, phường nơi cư trú của người cha hoặc người mẹ.',
      'Bước 2: Công chức tư pháp – hộ tịch kiểm tra hồ sơ; nếu thông tin khai sinh đầy đủ, phù hợp thì báo cáo Chủ tịch Ủy ban nhân dân xã, phường.',
      'Bước 3: Chủ tịch Ủy ban nhân dân xã, phường đồng ý; công chức ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử và cấp số định danh cá nhân cho trẻ.',
      'Bước 4: Cấp Giấy khai sinh (bản chính) và bản sao trích lục khai sinh theo yêu cầu; trả kết quả trực tiếp, qua bưu chính hoặc bản điện tử.',
    ],
    processingDays: 1,
    processingNote: SAME_DAY,
    fees: [
      { label: 'Lệ phí đăng ký khai sinh đúng hạn', amountVnd: 0, note: 'Miễn lệ phí' },
      { label: 'Lệ phí đăng ký khai sinh quá hạn', amountVnd: 5000, note: 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh; miễn cho người thuộc hộ nghèo, người khuyết tật' },
      COPY_FEE,
    ],
    legalBasis: [LAW.luatHoTich, LAW.nd123_2015, LAW.tt04_2020, LAW.tt85_2019, tt281_2016],
    applicants: 'Cha, mẹ, ông, bà hoặc người thân thích khác, cá nhân, tổ chức đang nuôi dưỡng trẻ em.',
    conditions: 'Trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh cho con.',
    resultDescription: 'Giấy khai sinh (bản chính); bản sao trích lục khai sinh (nếu có yêu cầu).',
    submissionChannels: CHANNELS.commune,
    components: [
      { name: 'Tờ khai đăng ký khai sinh', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx', 'jpeg'], template: { title: 'Mẫu tờ khai đăng ký khai sinh', fileName: 'Mẫu tờ khai đăng ký khai sinh.docx' } },
      { name: 'Giấy chứng sinh', description: 'Trường hợp không có giấy chứng sinh thì nộp văn bản của người làm chứng hoặc giấy cam đoan về việc sinh.', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'jpeg', 'png'], paperOriginalAllowed: true },
      { name: 'Văn bản ủy quyền được chứng thực (trường hợp ủy quyền đăng ký khai sinh)', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
      { name: 'Giấy chứng nhận kết hôn của cha, mẹ (nếu chưa có trong Cơ sở dữ liệu hộ tịch)', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg'], paperOriginalAllowed: true },
    ],
    templates: [{ title: 'Mẫu tờ khai đăng ký khai sinh', fileName: 'Mẫu tờ khai đăng ký khai sinh.docx' }],
    form: {
      sections: [
        {
          title: t('Người được khai sinh', 'Child'),
          fields: [
            fName('hoTenTre', 'Họ, chữ đệm và tên người được khai sinh', 'Full name of the child'),
            { kind: 'date', key: 'ngaySinh', label: t('Ngày, tháng, năm sinh', 'Date of birth'), required: true, range: 'past' },
            fGender(),
            fEthnic(),
            fAddress('noiSinh', 'Nơi sinh', 'Place of birth', true, t('Tên cơ sở y tế và địa chỉ, hoặc địa chỉ nơi sinh nếu sinh ngoài cơ sở y tế.', 'Health facility and address, or the address if born elsewhere.')),
          ],
        },
        {
          title: t('Cha, mẹ', 'Parents'),
          fields: [
            fName('hoTenMe', 'Họ, chữ đệm và tên người mẹ', "Mother's full name"),
            fIdNumber('soDinhDanhMe', 'Số định danh cá nhân của người mẹ', "Mother's ID number"),
            fName('hoTenCha', 'Họ, chữ đệm và tên người cha', "Father's full name", false),
            optionalId('soDinhDanhCha', 'Số định danh cá nhân của người cha', "Father's ID number"),
          ],
        },
        {
          title: t('Người đi đăng ký', 'Declarant'),
          fields: [
            {
              kind: 'select', key: 'quanHeNguoiKhai', label: t('Quan hệ với người được khai sinh', 'Relationship to the child'), required: true,
              options: [
                { value: 'cha', label: t('Cha', 'Father') },
                { value: 'me', label: t('Mẹ', 'Mother') },
                { value: 'ong_ba', label: t('Ông, bà', 'Grandparent') },
                { value: 'nguoi_than', label: t('Người thân thích khác', 'Other relative') },
                { value: 'nguoi_nuoi_duong', label: t('Cá nhân, tổ chức đang nuôi dưỡng', 'Carer or institution') },
              ],
            },
            copies,
            fDeclaration('Tôi cam đoan nội dung khai trên đây là đúng sự thật, được sự thỏa thuận nhất trí của các bên liên quan theo quy định pháp luật và chịu trách nhiệm trước pháp luật về cam đoan của mình.', 'I declare that the above is true, agreed by all parties concerned, and take legal responsibility for this declaration.'),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTenTre: 'Nguyễn Minh Khang',
      ngaySinh: '2025-08-20',
      gioiTinh: 'nam',
      danToc: 'kinh',
      noiSinh: addr('dienBienPhu', 'Bệnh viện Đa khoa tỉnh Điện Biên'),
      hoTenMe: 'Lò Thị Hương',
      soDinhDanhMe: '011195007314',
      hoTenCha: PERSON.an.name,
      soDinhDanhCha: PERSON.an.id,
      quanHeNguoiKhai: 'cha',
      soBanSao: 2,
      camDoan: true,
    },
    usageCount: 2460,
  },
  {
    code: '1.000894.H18',
    name: 'Đăng ký kết hôn',
    agencyUnitCode: AG.P_MUONG_THANH,
    handlingAgencyUnitCodes: COMMUNE_UNIT_CODES,
    fieldCode: FIELD.HO_TICH,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Hai bên nam, nữ nộp tờ khai đăng ký kết hôn trực tuyến hoặc tại Bộ phận Một cửa của Ủy ban nhân dân xã, phường nơi cư trú của một trong hai bên.',
      'Bước 2: Công chức tư pháp – hộ tịch kiểm tra hồ sơ, điều kiện kết hôn theo Luật Hôn nhân và gia đình; xác minh nếu cần.',
      'Bước 3: Hai bên nam, nữ có mặt tại trụ sở Ủy ban nhân dân xã, phường; công chức ghi việc kết hôn vào Sổ đăng ký kết hôn, hai bên cùng ký vào Sổ và Giấy chứng nhận kết hôn.',
      'Bước 4: Chủ tịch Ủy ban nhân dân xã, phường trao Giấy chứng nhận kết hôn cho hai bên.',
    ],
    processingDays: 1,
    processingNote: 'Ngay sau khi nhận đủ giấy tờ; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.',
    fees: [{ label: 'Lệ phí đăng ký kết hôn', amountVnd: 0, note: 'Miễn lệ phí' }, COPY_FEE],
    legalBasis: [luatHonNhan, LAW.luatHoTich, LAW.nd123_2015, LAW.tt04_2020],
    applicants: 'Công dân Việt Nam cư trú trong nước đủ điều kiện kết hôn.',
    conditions: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do hai bên tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc trường hợp cấm kết hôn.',
    resultDescription: 'Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên).',
    submissionChannels: CHANNELS.commune,
    components: [
      { name: 'Tờ khai đăng ký kết hôn', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx', 'jpeg'], template: { title: 'Mẫu tờ khai đăng ký kết hôn', fileName: 'Mẫu tờ khai đăng ký kết hôn.docx' } },
      { name: 'Giấy xác nhận tình trạng hôn nhân', description: 'Trường hợp đăng ký kết hôn tại xã, phường không phải nơi thường trú và thông tin chưa có trong Cơ sở dữ liệu hộ tịch.', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf', 'jpeg'] },
      { name: 'Trích lục ghi chú ly hôn (trường hợp đã ly hôn tại cơ quan có thẩm quyền của nước ngoài)', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg'] },
    ],
    templates: [{ title: 'Mẫu tờ khai đăng ký kết hôn', fileName: 'Mẫu tờ khai đăng ký kết hôn.docx' }],
    form: {
      sections: [
        {
          title: t('Bên nữ', 'Bride'),
          fields: [
            fName('hoTenVo', 'Họ, chữ đệm và tên bên nữ', 'Full name'),
            { kind: 'date', key: 'ngaySinhVo', label: t('Ngày sinh bên nữ', 'Date of birth'), required: true, range: 'past' },
            fIdNumber('soDinhDanhVo', 'Số định danh cá nhân bên nữ', 'ID number'),
            fEthnic('danTocVo', 'Dân tộc bên nữ', 'Ethnicity'),
            fAddress('noiCuTruVo', 'Nơi cư trú bên nữ', 'Residence'),
          ],
        },
        {
          title: t('Bên nam', 'Groom'),
          fields: [
            fName('hoTenChong', 'Họ, chữ đệm và tên bên nam', 'Full name'),
            { kind: 'date', key: 'ngaySinhChong', label: t('Ngày sinh bên nam', 'Date of birth'), required: true, range: 'past' },
            fIdNumber('soDinhDanhChong', 'Số định danh cá nhân bên nam', 'ID number'),
            fEthnic('danTocChong', 'Dân tộc bên nam', 'Ethnicity'),
            fAddress('noiCuTruChong', 'Nơi cư trú bên nam', 'Residence'),
          ],
        },
        {
          title: t('Cam đoan', 'Declaration'),
          fields: [
            fDeclaration('Chúng tôi cam đoan những lời khai trên đây là đúng sự thật, việc kết hôn của chúng tôi là tự nguyện, không vi phạm quy định của Luật Hôn nhân và gia đình Việt Nam.', 'We declare that the above is true and that we marry of our own free will, in accordance with the Law on Marriage and Family.'),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTenVo: PERSON.linh.name,
      ngaySinhVo: PERSON.linh.dob,
      soDinhDanhVo: PERSON.linh.id,
      danTocVo: 'thai',
      noiCuTruVo: PERSON.linh.address,
      hoTenChong: 'Lò Văn Tuấn',
      ngaySinhChong: '1996-06-11',
      soDinhDanhChong: '011096005821',
      danTocChong: 'thai',
      noiCuTruChong: addr('muongThanh', 'Tổ dân phố 10, đường Hoàng Văn Thái'),
      camDoan: true,
    },
    usageCount: 1320,
  },
  {
    code: '1.000656.H18',
    name: 'Đăng ký khai tử',
    agencyUnitCode: AG.P_MUONG_THANH,
    handlingAgencyUnitCodes: COMMUNE_UNIT_CODES,
    fieldCode: FIELD.HO_TICH,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Người đi đăng ký khai tử nộp tờ khai và giấy báo tử (hoặc giấy tờ thay thế) trực tuyến hoặc tại Bộ phận Một cửa của Ủy ban nhân dân xã, phường nơi cư trú cuối cùng của người chết.',
      'Bước 2: Công chức tư pháp – hộ tịch kiểm tra hồ sơ và báo cáo Chủ tịch Ủy ban nhân dân xã, phường.',
      'Bước 3: Ghi nội dung khai tử vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch và Cơ sở dữ liệu quốc gia về dân cư.',
      'Bước 4: Cấp trích lục khai tử cho người đi đăng ký.',
    ],
    processingDays: 1,
    processingNote: `${SAME_DAY} Trường hợp cần xác minh thì không quá 03 ngày làm việc.`,
    fees: [{ label: 'Lệ phí đăng ký khai tử đúng hạn', amountVnd: 0, note: 'Miễn lệ phí' }, COPY_FEE],
    legalBasis: [LAW.luatHoTich, LAW.nd123_2015, LAW.tt04_2020, tt281_2016],
    applicants: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; cơ quan, tổ chức nơi người đó cư trú hoặc công tác.',
    conditions: 'Trong thời hạn 15 ngày kể từ ngày có người chết, người thân thích có trách nhiệm đi đăng ký khai tử.',
    resultDescription: 'Trích lục khai tử (bản chính).',
    submissionChannels: CHANNELS.commune,
    components: [
      { name: 'Tờ khai đăng ký khai tử', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx', 'jpeg'], template: { title: 'Mẫu tờ khai đăng ký khai tử', fileName: 'Mẫu tờ khai đăng ký khai tử.docx' } },
      { name: 'Giấy báo tử hoặc giấy tờ thay giấy báo tử', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'jpeg', 'png'] },
      { name: 'Văn bản ủy quyền được chứng thực (nếu ủy quyền)', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf'] },
    ],
    templates: [{ title: 'Mẫu tờ khai đăng ký khai tử', fileName: 'Mẫu tờ khai đăng ký khai tử.docx' }],
    form: {
      sections: [
        {
          title: t('Người đã chết', 'Deceased'),
          fields: [
            fName('hoTenNguoiChet', 'Họ, chữ đệm và tên người đã chết', 'Full name of the deceased'),
            { kind: 'date', key: 'ngaySinhNguoiChet', label: t('Ngày sinh', 'Date of birth'), required: true, range: 'past' },
            fGender(),
            optionalId('soDinhDanhNguoiChet', 'Số định danh cá nhân của người đã chết', 'ID number of the deceased'),
            { kind: 'date', key: 'ngayChet', label: t('Ngày chết', 'Date of death'), required: true, range: 'past' },
            fAddress('noiChet', 'Nơi chết', 'Place of death'),
            { kind: 'text', key: 'nguyenNhanChet', label: t('Nguyên nhân chết', 'Cause of death'), required: true, maxLength: 255 },
          ],
        },
        {
          title: t('Người đi đăng ký', 'Declarant'),
          fields: [
            {
              kind: 'select', key: 'quanHeNguoiKhai', label: t('Quan hệ với người đã chết', 'Relationship to the deceased'), required: true,
              options: [
                { value: 'vo_chong', label: t('Vợ hoặc chồng', 'Spouse') },
                { value: 'con', label: t('Con', 'Child') },
                { value: 'cha_me', label: t('Cha, mẹ', 'Parent') },
                { value: 'nguoi_than', label: t('Người thân thích khác', 'Other relative') },
                { value: 'co_quan', label: t('Đại diện cơ quan, tổ chức', 'Organisation representative') },
              ],
            },
            copies,
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTenNguoiChet: 'Lường Văn Ón',
      ngaySinhNguoiChet: '1940-03-02',
      gioiTinh: 'nam',
      soDinhDanhNguoiChet: '011040001872',
      ngayChet: '2025-10-02',
      noiChet: addr('muongPhang', 'Bản Co Cại (tại nhà riêng)'),
      nguyenNhanChet: 'Bệnh già',
      quanHeNguoiKhai: 'con',
      soBanSao: 3,
      camDoan: true,
    },
    usageCount: 640,
  },
  {
    code: '1.004873.H18',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    agencyUnitCode: AG.P_MUONG_THANH,
    handlingAgencyUnitCodes: COMMUNE_UNIT_CODES,
    fieldCode: FIELD.HO_TICH,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Người yêu cầu nộp tờ khai cấp Giấy xác nhận tình trạng hôn nhân trực tuyến hoặc tại Bộ phận Một cửa của Ủy ban nhân dân xã, phường nơi thường trú.',
      'Bước 2: Công chức tư pháp – hộ tịch kiểm tra, tra cứu Cơ sở dữ liệu hộ tịch; trường hợp người yêu cầu đã từng đăng ký thường trú ở nhiều nơi thì xác minh tình trạng hôn nhân.',
      'Bước 3: Chủ tịch Ủy ban nhân dân xã, phường ký cấp Giấy xác nhận tình trạng hôn nhân.',
    ],
    processingDays: 3,
    processingNote: '03 ngày làm việc; trường hợp phải xác minh thì không quá 23 ngày.',
    fees: [{ label: 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', amountVnd: 15000, note: 'Mức thu theo Nghị quyết của Hội đồng nhân dân tỉnh; miễn khi nộp hồ sơ trực tuyến' }],
    legalBasis: [LAW.luatHoTich, LAW.nd123_2015, LAW.tt04_2020, LAW.tt85_2019],
    applicants: 'Công dân Việt Nam cư trú trong nước có yêu cầu xác nhận tình trạng hôn nhân.',
    resultDescription: 'Giấy xác nhận tình trạng hôn nhân, có giá trị 06 tháng kể từ ngày cấp.',
    submissionChannels: CHANNELS.commune,
    components: [
      { name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx', 'jpeg'], template: { title: 'Mẫu tờ khai cấp Giấy xác nhận tình trạng hôn nhân', fileName: 'Mẫu tờ khai cấp Giấy xác nhận tình trạng hôn nhân.docx' } },
      { name: 'Giấy tờ chứng minh đã ly hôn hoặc vợ, chồng đã chết (nếu có)', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf', 'jpeg'] },
      { name: 'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây (trường hợp đề nghị cấp lại)', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf', 'jpeg'] },
    ],
    templates: [{ title: 'Mẫu tờ khai cấp Giấy xác nhận tình trạng hôn nhân', fileName: 'Mẫu tờ khai cấp Giấy xác nhận tình trạng hôn nhân.docx' }],
    form: {
      sections: [
        {
          title: t('Người được xác nhận', 'Person concerned'),
          fields: [
            fName('hoTen', 'Họ, chữ đệm và tên', 'Full name'),
            { kind: 'date', key: 'ngaySinh', label: t('Ngày sinh', 'Date of birth'), required: true, range: 'past' },
            fGender(),
            fIdNumber(),
            fAddress('noiCuTru', 'Nơi cư trú', 'Residence'),
          ],
        },
        {
          title: t('Nội dung xác nhận', 'Certificate'),
          fields: [
            {
              kind: 'select', key: 'tinhTrangHonNhan', label: t('Tình trạng hôn nhân hiện tại', 'Current marital status'), required: true,
              options: [
                { value: 'chua_ket_hon', label: t('Chưa đăng ký kết hôn với ai', 'Never married') },
                { value: 'da_ly_hon', label: t('Đã ly hôn, hiện chưa kết hôn với ai', 'Divorced, not remarried') },
                { value: 'goa', label: t('Vợ hoặc chồng đã chết, hiện chưa kết hôn với ai', 'Widowed, not remarried') },
                { value: 'dang_co_vo_chong', label: t('Đang có vợ hoặc chồng', 'Currently married') },
              ],
            },
            {
              kind: 'select', key: 'mucDich', label: t('Mục đích sử dụng', 'Purpose'), required: true,
              options: [
                { value: 'ket_hon', label: t('Đăng ký kết hôn', 'To marry') },
                { value: 'giao_dich', label: t('Giao dịch dân sự (vay vốn, mua bán tài sản…)', 'Civil transactions (loans, property…)') },
                { value: 'khac', label: t('Mục đích khác', 'Other') },
              ],
            },
            { kind: 'textarea', key: 'ghiChuMucDich', label: t('Ghi rõ mục đích (ví dụ: kết hôn với ai, tại đâu)', 'Details of the purpose'), maxLength: 1000 },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      hoTen: PERSON.hoa.name,
      ngaySinh: PERSON.hoa.dob,
      gioiTinh: 'nu',
      soDinhDanh: PERSON.hoa.id,
      noiCuTru: PERSON.hoa.address,
      tinhTrangHonNhan: 'chua_ket_hon',
      mucDich: 'giao_dich',
      ghiChuMucDich: 'Bổ sung hồ sơ vay vốn tại Ngân hàng Chính sách xã hội tỉnh Điện Biên.',
      camDoan: true,
    },
    usageCount: 905,
  },
];
