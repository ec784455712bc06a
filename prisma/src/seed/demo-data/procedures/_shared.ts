/**
 * Building blocks shared by the procedure modules: localized labels, common form
 * fields, sample addresses and applicants, and legal documents cited repeatedly.
 */
import type { LocalizedText, SeedFormField, SeedProcedure } from '../types.ts';

export const t = (vi: string, en: string): LocalizedText => ({ vi, en });

type Legal = SeedProcedure['legalBasis'][number];
type Fee = SeedProcedure['fees'][number];

// ---------------------------------------------------------------------------
// Common form fields
// ---------------------------------------------------------------------------

export const PATTERN_ID = '^[0-9]{12}$';
export const PATTERN_PHONE = '^0(3|5|7|8|9)[0-9]{8}$';
export const PATTERN_EMAIL = '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$';
export const PATTERN_TAX_CODE = '^[0-9]{10}(-[0-9]{3})?$';

export const fName = (
  key = 'hoTen',
  vi = 'Họ, chữ đệm và tên người yêu cầu',
  en = 'Full name of the applicant',
  required = true,
): SeedFormField => ({ kind: 'text', key, label: t(vi, en), required, maxLength: 100 });

export const fIdNumber = (
  key = 'soDinhDanh',
  vi = 'Số định danh cá nhân (số CCCD)',
  en = 'Personal identification number (citizen ID)',
  required = true,
): SeedFormField => ({
  kind: 'text',
  key,
  label: t(vi, en),
  required,
  maxLength: 12,
  pattern: PATTERN_ID,
  patternMessage: t('Số định danh cá nhân gồm đúng 12 chữ số', 'The identification number has exactly 12 digits'),
  placeholder: t('Ví dụ: 011085012345', 'e.g. 011085012345'),
});

export const fPhone = (key = 'soDienThoai', required = true): SeedFormField => ({
  kind: 'text',
  key,
  label: t('Số điện thoại di động', 'Mobile phone number'),
  required,
  maxLength: 10,
  pattern: PATTERN_PHONE,
  patternMessage: t('Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09', 'A Vietnamese mobile number has 10 digits and starts with 03, 05, 07, 08 or 09'),
  placeholder: t('Ví dụ: 0912345678', 'e.g. 0912345678'),
});

export const fEmail = (key = 'email', required = false): SeedFormField => ({
  kind: 'text',
  key,
  label: t('Thư điện tử', 'E-mail'),
  required,
  maxLength: 100,
  pattern: PATTERN_EMAIL,
  patternMessage: t('Địa chỉ thư điện tử không hợp lệ', 'Invalid e-mail address'),
});

export const fTaxCode = (
  key = 'maSoDoanhNghiep',
  vi = 'Mã số doanh nghiệp / mã số thuế',
  en = 'Enterprise code / tax code',
  required = true,
): SeedFormField => ({
  kind: 'text',
  key,
  label: t(vi, en),
  required,
  maxLength: 14,
  pattern: PATTERN_TAX_CODE,
  patternMessage: t('Mã số gồm 10 chữ số, có thể kèm 3 chữ số đơn vị phụ thuộc (ví dụ 5600123456-001)', '10 digits, optionally followed by a 3-digit branch suffix (e.g. 5600123456-001)'),
});

export const fAddress = (
  key = 'diaChi',
  vi = 'Nơi cư trú',
  en = 'Place of residence',
  required = true,
  help?: LocalizedText,
): SeedFormField => (help ? { kind: 'address', key, label: t(vi, en), required, help } : { kind: 'address', key, label: t(vi, en), required });

export const fGender = (key = 'gioiTinh', vi = 'Giới tính', en = 'Sex'): SeedFormField => ({
  kind: 'select',
  key,
  label: t(vi, en),
  required: true,
  options: [
    { value: 'nam', label: t('Nam', 'Male') },
    { value: 'nu', label: t('Nữ', 'Female') },
  ],
});

export const ETHNIC_OPTIONS: { value: string; label: LocalizedText }[] = [
  { value: 'kinh', label: t('Kinh', 'Kinh') },
  { value: 'thai', label: t('Thái', 'Thai') },
  { value: 'mong', label: t('Mông', 'Hmong') },
  { value: 'kho_mu', label: t('Khơ Mú', 'Khmu') },
  { value: 'dao', label: t('Dao', 'Dao') },
  { value: 'ha_nhi', label: t('Hà Nhì', 'Ha Nhi') },
  { value: 'lao', label: t('Lào', 'Lao') },
  { value: 'lu', label: t('Lự', 'Lu') },
  { value: 'khang', label: t('Kháng', 'Khang') },
  { value: 'hoa', label: t('Hoa', 'Hoa') },
  { value: 'si_la', label: t('Si La', 'Si La') },
  { value: 'cong', label: t('Cống', 'Cong') },
  { value: 'khac', label: t('Dân tộc khác', 'Other') },
];

export const fEthnic = (key = 'danToc', vi = 'Dân tộc', en = 'Ethnicity'): SeedFormField => ({
  kind: 'select',
  key,
  label: t(vi, en),
  required: true,
  options: ETHNIC_OPTIONS,
});

export const fDeclaration = (
  vi = 'Tôi xin cam đoan những thông tin khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.',
  en = 'I declare that the information above is true and I take full legal responsibility for it.',
  key = 'camDoan',
): SeedFormField => ({ kind: 'checkbox', key, label: t(vi, en), required: true, mustBeChecked: true });

/** How the result is delivered (nhận kết quả) */
export const fResultDelivery = (key = 'hinhThucNhanKetQua'): SeedFormField => ({
  kind: 'select',
  key,
  label: t('Hình thức nhận kết quả', 'How to receive the result'),
  required: true,
  options: [
    { value: 'truc_tiep', label: t('Nhận trực tiếp tại Bộ phận Một cửa', 'In person at the one-stop desk') },
    { value: 'buu_chinh', label: t('Nhận qua dịch vụ bưu chính công ích', 'By public postal service') },
    { value: 'truc_tuyen', label: t('Nhận bản điện tử trên Cổng Dịch vụ công', 'Electronic copy on the portal') },
  ],
});

// ---------------------------------------------------------------------------
// Sample addresses (province code 11 = Điện Biên; commune codes are illustrative)
// ---------------------------------------------------------------------------

export type AddressValue = { provinceCode: string; provinceName: string; communeCode?: string; communeName: string; street?: string };

const PROVINCE = { provinceCode: '11', provinceName: 'Tỉnh Điện Biên' } as const;

export const COMMUNE = {
  dienBienPhu: { communeCode: '03127', communeName: 'Phường Điện Biên Phủ' },
  muongThanh: { communeCode: '03151', communeName: 'Phường Mường Thanh' },
  muongLay: { communeCode: '03158', communeName: 'Phường Mường Lay' },
  muongPhang: { communeCode: '03334', communeName: 'Xã Mường Phăng' },
  thanhNua: { communeCode: '03203', communeName: 'Xã Thanh Nưa' },
  tuanGiao: { communeCode: '03217', communeName: 'Xã Tuần Giáo' },
  muongAng: { communeCode: '03256', communeName: 'Xã Mường Ảng' },
  tuaChua: { communeCode: '03283', communeName: 'Xã Tủa Chùa' },
} as const;

export const addr = (commune: keyof typeof COMMUNE, street: string): AddressValue => ({ ...PROVINCE, ...COMMUNE[commune], street });

/** Sample applicants used in "hồ sơ mẫu" */
export const PERSON = {
  an: { name: 'Nguyễn Văn An', id: '011085012345', phone: '0912345678', email: 'congdan@example.com', dob: '1985-03-15', address: addr('muongThanh', 'Số 12, đường Nguyễn Chí Thanh, tổ dân phố 7') },
  thanh: { name: 'Lò Văn Thành', id: '011079003816', phone: '0983456712', email: 'lovanthanh@example.com', dob: '1979-08-02', address: addr('thanhNua', 'Bản Hồng Lếch Cang') },
  hoa: { name: 'Quàng Thị Hoa', id: '011192004527', phone: '0389123456', email: 'quanghoa92@example.com', dob: '1992-11-20', address: addr('dienBienPhu', 'Số 45, đường Võ Nguyên Giáp, tổ dân phố 3') },
  panh: { name: 'Lường Văn Pánh', id: '011068001234', phone: '0977512368', email: 'luongpanh@example.com', dob: '1968-05-09', address: addr('muongPhang', 'Bản Co Cại') },
  pao: { name: 'Giàng A Páo', id: '011090007781', phone: '0868214375', email: 'giangapao@example.com', dob: '1990-01-26', address: addr('tuaChua', 'Tổ dân phố Đồng Tâm') },
  thu: { name: 'Trần Thị Minh Thu', id: '011188009902', phone: '0914678203', email: 'minhthu.tran@example.com', dob: '1988-07-14', address: addr('dienBienPhu', 'Số 7, đường Hoàng Văn Thái, tổ dân phố 9') },
  hung: { name: 'Phạm Đức Hùng', id: '034075006218', phone: '0904223561', email: 'phamduchung@example.com', dob: '1975-12-03', address: addr('muongThanh', 'Số 108, đường Trường Chinh, tổ dân phố 12') },
  linh: { name: 'Vì Thị Linh', id: '011197002648', phone: '0349871025', email: 'vithilinh@example.com', dob: '1997-04-30', address: addr('tuanGiao', 'Khối Tân Giang') },
} as const;

// ---------------------------------------------------------------------------
// Fees
// ---------------------------------------------------------------------------

export const NO_FEE: Fee[] = [{ label: 'Không thu phí, lệ phí', amountVnd: 0 }];

// ---------------------------------------------------------------------------
// Legal documents cited by several procedures
// ---------------------------------------------------------------------------

const law = (number: string, title: string, issuedOn?: string): Legal => (issuedOn ? { number, title, issuer: 'Quốc hội', issuedOn } : { number, title, issuer: 'Quốc hội' });
const decree = (number: string, title: string, issuedOn?: string): Legal => (issuedOn ? { number, title, issuer: 'Chính phủ', issuedOn } : { number, title, issuer: 'Chính phủ' });
const circular = (number: string, title: string, issuer: string, issuedOn?: string): Legal => (issuedOn ? { number, title, issuer, issuedOn } : { number, title, issuer });

export const LAW = {
  // cross-cutting
  nd61_2018: decree('61/2018/NĐ-CP', 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', '2018-04-23'),
  nd45_2020: decree('45/2020/NĐ-CP', 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử', '2020-04-08'),
  nd42_2022: decree('42/2022/NĐ-CP', 'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng', '2022-06-24'),
  tt85_2019: circular('85/2019/TT-BTC', 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương', 'Bộ Tài chính', '2019-11-29'),
  // construction
  luatXayDung: law('50/2014/QH13', 'Luật Xây dựng', '2014-06-18'),
  luatXayDungSuaDoi: law('62/2020/QH14', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng', '2020-06-17'),
  nd15_2021: decree('15/2021/NĐ-CP', 'Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng', '2021-03-03'),
  nd175_2024: decree('175/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng', '2024-12-30'),
  tt38_2022: circular('38/2022/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp chứng chỉ hành nghề hoạt động xây dựng, phí thẩm định cấp chứng chỉ năng lực hoạt động xây dựng', 'Bộ Tài chính'),
  // civil status, authentication, justice
  luatHoTich: law('60/2014/QH13', 'Luật Hộ tịch', '2014-11-20'),
  nd123_2015: decree('123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', '2015-11-15'),
  tt04_2020: circular('04/2020/TT-BTP', 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP', 'Bộ Tư pháp', '2020-05-28'),
  nd23_2015: decree('23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch', '2015-02-16'),
  tt01_2020_btp: circular('01/2020/TT-BTP', 'Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP', 'Bộ Tư pháp', '2020-03-03'),
  tt226_2016: circular('226/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực', 'Bộ Tài chính', '2016-11-11'),
  luatCongChung: law('46/2024/QH15', 'Luật Công chứng', '2024-11-26'),
  tt257_2016: circular('257/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí công chứng; phí chứng thực; phí thẩm định tiêu chuẩn, điều kiện hành nghề công chứng; phí thẩm định điều kiện hoạt động Văn phòng công chứng; lệ phí cấp thẻ công chứng viên', 'Bộ Tài chính', '2016-11-11'),
  luatTroGiupPhapLy: law('11/2017/QH14', 'Luật Trợ giúp pháp lý', '2017-06-20'),
  nd144_2017: decree('144/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Trợ giúp pháp lý', '2017-12-15'),
  luatLyLichTuPhap: law('28/2009/QH12', 'Luật Lý lịch tư pháp', '2009-06-17'),
  tt244_2016: circular('244/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp', 'Bộ Tài chính', '2016-11-11'),
  // enterprises and household businesses
  luatDoanhNghiep: law('59/2020/QH14', 'Luật Doanh nghiệp', '2020-06-17'),
  nd01_2021: decree('01/2021/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', '2021-01-04'),
  nd168_2025: decree('168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp (thay thế Nghị định số 01/2021/NĐ-CP)', '2025-06-30'),
  tt47_2019: circular('47/2019/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp', 'Bộ Tài chính', '2019-08-05'),
  // education
  luatGiaoDuc: law('43/2019/QH14', 'Luật Giáo dục', '2019-06-14'),
  nd46_2017: decree('46/2017/NĐ-CP', 'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục', '2017-04-21'),
  nd135_2018: decree('135/2018/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 46/2017/NĐ-CP quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục', '2018-10-04'),
  nd125_2024: decree('125/2024/NĐ-CP', 'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục', '2024-10-05'),
  tt32_2020: circular('32/2020/TT-BGDĐT', 'Thông tư ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học', 'Bộ Giáo dục và Đào tạo', '2020-09-15'),
  // health
  luatKhamChuaBenh: law('15/2023/QH15', 'Luật Khám bệnh, chữa bệnh', '2023-01-09'),
  nd96_2023: decree('96/2023/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh', '2023-12-30'),
  tt59_2023: circular('59/2023/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế', 'Bộ Tài chính', '2023-08-30'),
  luatDuoc: law('105/2016/QH13', 'Luật Dược', '2016-04-06'),
  luatDuocSuaDoi: law('44/2024/QH15', 'Luật sửa đổi, bổ sung một số điều của Luật Dược', '2024-11-21'),
  nd54_2017: decree('54/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dược', '2017-05-08'),
  nd155_2018: decree('155/2018/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế', '2018-11-12'),
  tt277_2016: circular('277/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực dược, mỹ phẩm', 'Bộ Tài chính', '2016-11-14'),
  luatAnToanThucPham: law('55/2010/QH12', 'Luật An toàn thực phẩm', '2010-06-17'),
  nd15_2018: decree('15/2018/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm', '2018-02-02'),
  tt67_2021: circular('67/2021/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm', 'Bộ Tài chính'),
  // trade
  luatThuongMai: law('36/2005/QH11', 'Luật Thương mại', '2005-06-14'),
  nd105_2017: decree('105/2017/NĐ-CP', 'Nghị định về kinh doanh rượu', '2017-09-14'),
  nd17_2020: decree('17/2020/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Công Thương', '2020-02-05'),
  tt168_2016: circular('168/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh hàng hóa, dịch vụ hạn chế kinh doanh; hàng hóa, dịch vụ kinh doanh có điều kiện thuộc lĩnh vực thương mại', 'Bộ Tài chính', '2016-10-26'),
  nd83_2014: decree('83/2014/NĐ-CP', 'Nghị định về kinh doanh xăng dầu', '2014-09-03'),
  nd95_2021: decree('95/2021/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu', '2021-11-01'),
  nd80_2023: decree('80/2023/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 95/2021/NĐ-CP và Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu', '2023-11-17'),
  nd81_2018: decree('81/2018/NĐ-CP', 'Nghị định quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại', '2018-05-22'),
  nd128_2024: decree('128/2024/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 81/2018/NĐ-CP quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại', '2024-10-10'),
  // home affairs, labour, social
  luatThiDuaKhenThuong: law('06/2022/QH15', 'Luật Thi đua, khen thưởng', '2022-06-15'),
  nd98_2023: decree('98/2023/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', '2023-12-31'),
  nd126_2024: decree('126/2024/NĐ-CP', 'Nghị định quy định về tổ chức, hoạt động và quản lý hội', '2024-10-08'),
  phapLenhNguoiCoCong: circular('02/2020/UBTVQH14', 'Pháp lệnh Ưu đãi người có công với cách mạng', 'Ủy ban Thường vụ Quốc hội', '2020-12-09'),
  nd131_2021: decree('131/2021/NĐ-CP', 'Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng', '2021-12-30'),
  boLuatLaoDong: law('45/2019/QH14', 'Bộ luật Lao động', '2019-11-20'),
  nd145_2020: decree('145/2020/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động', '2020-12-14'),
  nd20_2021: decree('20/2021/NĐ-CP', 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', '2021-03-15'),
  nd76_2024: decree('76/2024/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', '2024-07-01'),
  // agriculture and environment
  luatBaoVeMoiTruong: law('72/2020/QH14', 'Luật Bảo vệ môi trường', '2020-11-17'),
  nd08_2022: decree('08/2022/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường', '2022-01-10'),
  nd05_2025: decree('05/2025/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường', '2025-01-06'),
  tt02_2022: circular('02/2022/TT-BTNMT', 'Thông tư quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường', 'Bộ Tài nguyên và Môi trường', '2022-01-10'),
  luatDatDai: law('31/2024/QH15', 'Luật Đất đai', '2024-01-18'),
  nd101_2024: decree('101/2024/NĐ-CP', 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai', '2024-07-29'),
  nd151_2025: decree('151/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai', '2025-06-12'),
  luatBaoVeThucVat: law('41/2013/QH13', 'Luật Bảo vệ và kiểm dịch thực vật', '2013-11-25'),
  nd66_2016: decree('66/2016/NĐ-CP', 'Nghị định quy định điều kiện đầu tư kinh doanh về bảo vệ và kiểm dịch thực vật; giống cây trồng; nuôi động vật rừng thông thường; chăn nuôi; thủy sản; thực phẩm', '2016-07-01'),
  tt21_2015: circular('21/2015/TT-BNNPTNT', 'Thông tư về quản lý thuốc bảo vệ thực vật', 'Bộ Nông nghiệp và Phát triển nông thôn', '2015-06-08'),
  // science and technology
  luatNangLuongNguyenTu: law('18/2008/QH12', 'Luật Năng lượng nguyên tử', '2008-06-03'),
  nd142_2020: decree('142/2020/NĐ-CP', 'Nghị định quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử', '2020-12-09'),
  tt287_2016: circular('287/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định an toàn bức xạ, phí thẩm định an ninh hạt nhân, lệ phí cấp giấy đăng ký, giấy phép, chứng chỉ trong lĩnh vực năng lượng nguyên tử', 'Bộ Tài chính', '2016-11-15'),
  luatKhoaHocCongNghe: law('29/2013/QH13', 'Luật Khoa học và Công nghệ', '2013-06-18'),
  nd08_2014: decree('08/2014/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ', '2014-01-27'),
  tt14_2014: circular('14/2014/TT-BKHCN', 'Thông tư quy định việc thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ khoa học và công nghệ', 'Bộ Khoa học và Công nghệ', '2014-06-11'),
  // culture and tourism
  luatDuLich: law('09/2017/QH14', 'Luật Du lịch', '2017-06-19'),
  nd168_2017: decree('168/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Du lịch', '2017-12-31'),
  nd94_2021: decree('94/2021/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 168/2017/NĐ-CP quy định chi tiết một số điều của Luật Du lịch', '2021-10-28'),
  tt06_2017: circular('06/2017/TT-BVHTTDL', 'Thông tư quy định chi tiết một số điều của Luật Du lịch', 'Bộ Văn hóa, Thể thao và Du lịch', '2017-12-15'),
  tt33_2018: circular('33/2018/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, phí thẩm định cấp thẻ hướng dẫn viên du lịch', 'Bộ Tài chính', '2018-03-30'),
  nd54_2019: decree('54/2019/NĐ-CP', 'Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường', '2019-06-19'),
  tt01_2021_btc: circular('01/2021/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường', 'Bộ Tài chính', '2021-01-07'),
  nd110_2018: decree('110/2018/NĐ-CP', 'Nghị định quy định về quản lý và tổ chức lễ hội', '2018-08-29'),
  // religion and belief
  luatTinNguongTonGiao: law('02/2016/QH14', 'Luật Tín ngưỡng, tôn giáo', '2016-11-18'),
  nd95_2023: decree('95/2023/NĐ-CP', 'Nghị định quy định chi tiết Luật Tín ngưỡng, tôn giáo', '2023-12-29'),
  // police, fire safety
  luatPhongChayChuaChay: law('55/2024/QH15', 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', '2024-11-29'),
  nd105_2025: decree('105/2025/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', '2025-05-15'),
  tt258_2016: circular('258/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định phê duyệt thiết kế phòng cháy, chữa cháy', 'Bộ Tài chính', '2016-11-11'),
  // inspection, complaints, denunciations
  luatKhieuNai: law('02/2011/QH13', 'Luật Khiếu nại', '2011-11-11'),
  nd124_2020: decree('124/2020/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại', '2020-10-19'),
  luatToCao: law('25/2018/QH14', 'Luật Tố cáo', '2018-06-12'),
  nd31_2019: decree('31/2019/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo', '2019-04-10'),
  luatTiepCongDan: law('42/2013/QH13', 'Luật Tiếp công dân', '2013-11-25'),
  nd64_2014: decree('64/2014/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Tiếp công dân', '2014-06-26'),
  tt04_2021_ttcp: circular('04/2021/TT-TTCP', 'Thông tư quy định quy trình tiếp công dân', 'Thanh tra Chính phủ', '2021-10-01'),
  tt05_2021_ttcp: circular('05/2021/TT-TTCP', 'Thông tư quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh', 'Thanh tra Chính phủ', '2021-10-01'),
} satisfies Record<string, Legal>;

/** Standard submission channels text */
export const CHANNELS = {
  all: 'Nộp trực tuyến trên Cổng Dịch vụ công; nộp trực tiếp tại Bộ phận Một cửa; hoặc gửi qua dịch vụ bưu chính công ích.',
  province: 'Nộp trực tuyến trên Cổng Dịch vụ công; nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; hoặc gửi qua dịch vụ bưu chính công ích.',
  commune: 'Nộp trực tuyến trên Cổng Dịch vụ công; nộp trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân xã, phường nơi cư trú; hoặc gửi qua dịch vụ bưu chính công ích.',
  inPerson: 'Nộp trực tiếp tại trụ sở cơ quan hoặc gửi qua dịch vụ bưu chính; thủ tục chưa cung cấp dịch vụ công trực tuyến (Cổng chỉ cung cấp thông tin).',
} as const;
