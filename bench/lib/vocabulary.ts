/**
 * Word lists for synthetic data. Passed to PostgreSQL as text[] parameters and combined
 * there (set-based), so a million rows cost nothing on the Node side.
 */

/** Verbs applied to a document (giấy phép, giấy chứng nhận, chứng chỉ …) */
export const DOCUMENT_VERBS = [
  'Cấp',
  'Cấp lại',
  'Cấp đổi',
  'Gia hạn',
  'Điều chỉnh',
  'Sửa đổi, bổ sung',
  'Thu hồi',
  'Cấp bản sao',
];

/** Documents: "Cấp <document>", "Gia hạn <document>" …, with the code of the field they belong to */
export const DOCUMENT_OBJECTS: [text: string, fieldCode: string][] = [
  ['giấy phép xây dựng nhà ở riêng lẻ', 'XD-HDXD'],
  ['giấy phép xây dựng công trình không theo tuyến', 'XD-HDXD'],
  ['giấy phép sửa chữa, cải tạo công trình', 'XD-HDXD'],
  ['giấy phép di dời công trình', 'XD-HDXD'],
  ['chứng chỉ hành nghề hoạt động xây dựng', 'XD-HDXD'],
  ['chứng chỉ năng lực hoạt động xây dựng', 'XD-HDXD'],
  ['giấy phép hoạt động khám bệnh, chữa bệnh', 'YT-KBCB'],
  ['chứng chỉ hành nghề dược', 'YT-DUOC'],
  ['giấy chứng nhận đủ điều kiện kinh doanh dược', 'YT-DUOC'],
  ['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'YT-ATTP'],
  ['giấy phép kinh doanh bán lẻ sản phẩm rượu', 'CT-LTHH'],
  ['giấy phép kinh doanh bán lẻ sản phẩm thuốc lá', 'CT-LTHH'],
  ['giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu', 'CT-LTHH'],
  ['giấy phép sử dụng vật liệu nổ công nghiệp', 'CT-XTTM'],
  ['giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', 'MT-DD'],
  ['giấy phép khai thác, sử dụng nước mặt', 'MT-MT'],
  ['giấy phép xả nước thải vào nguồn nước', 'MT-MT'],
  ['giấy phép môi trường', 'MT-MT'],
  ['giấy phép khai thác khoáng sản', 'MT-DD'],
  ['giấy phép tiến hành công việc bức xạ', 'KH-ATBXHN'],
  ['giấy chứng nhận đăng ký hoạt động khoa học và công nghệ', 'KH-HDKHCN'],
  ['giấy phép thành lập cơ sở giáo dục mầm non tư thục', 'GD-THPT'],
  ['giấy phép hoạt động giáo dục kỹ năng sống', 'GD-THPT'],
  ['bản sao văn bằng, chứng chỉ từ sổ gốc', 'GD-VBCC'],
  ['giấy phép tổ chức lễ hội', 'VH-VHCS'],
  ['giấy phép kinh doanh dịch vụ karaoke', 'VH-VHCS'],
  ['giấy phép kinh doanh dịch vụ lữ hành nội địa', 'VH-DL'],
  ['giấy chứng nhận cơ sở lưu trú du lịch đạt tiêu chuẩn', 'VH-DL'],
  ['giấy phép liên vận quốc tế', 'CT-XTTM'],
  ['giấy phép lái xe', 'CA-LLTP'],
  ['phù hiệu xe ô tô kinh doanh vận tải', 'CT-LTHH'],
  ['giấy phép hoạt động bến thủy nội địa', 'CT-LTHH'],
  ['giấy chứng nhận đăng ký doanh nghiệp', 'TC-DN'],
  ['giấy chứng nhận đăng ký hộ kinh doanh', 'TC-HKD'],
  ['giấy chứng nhận đăng ký hợp tác xã', 'TC-DN'],
  ['giấy phép thành lập văn phòng công chứng', 'TP-CC'],
  ['thẻ công chứng viên', 'TP-CC'],
  ['chứng chỉ hành nghề đấu giá', 'TP-TGPL'],
  ['giấy phép lao động cho người lao động nước ngoài', 'NV-LD'],
  ['giấy phép hoạt động dịch vụ việc làm', 'NV-LD'],
  ['giấy chứng nhận kiểm dịch thực vật nội địa', 'NN-BVTV'],
  ['giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', 'NN-BVTV'],
  ['giấy phép vận chuyển thuốc bảo vệ thực vật', 'NN-BVTV'],
  ['giấy chứng nhận cơ sở chăn nuôi đủ điều kiện', 'NN-BVTV'],
  ['giấy phép hoạt động cơ sở trợ giúp xã hội', 'NV-BTXH'],
];

/** Verbs applied to a registration or a notice */
export const REGISTRATION_VERBS = [
  'Đăng ký',
  'Đăng ký thay đổi',
  'Đăng ký lại',
  'Xác nhận',
  'Thông báo',
  'Giải quyết',
];

export const REGISTRATION_OBJECTS: [text: string, fieldCode: string][] = [
  ['khai sinh', 'TP-HT'],
  ['kết hôn', 'TP-HT'],
  ['khai tử', 'TP-HT'],
  ['nhận cha, mẹ, con', 'TP-HT'],
  ['giám hộ', 'TP-HT'],
  ['thay đổi, cải chính, bổ sung thông tin hộ tịch', 'TP-HT'],
  ['thường trú', 'CA-LLTP'],
  ['tạm trú', 'CA-LLTP'],
  ['hộ kinh doanh', 'TC-HKD'],
  ['hoạt động văn phòng đại diện', 'TC-DN'],
  ['biến động đất đai, tài sản gắn liền với đất', 'MT-DD'],
  ['thế chấp quyền sử dụng đất', 'MT-DD'],
  ['hợp đồng lao động', 'NV-LD'],
  ['nội quy lao động', 'NV-LD'],
  ['thang lương, bảng lương', 'NV-LD'],
  ['trợ cấp xã hội hằng tháng', 'NV-BTXH'],
  ['hỗ trợ chi phí mai táng', 'NV-BTXH'],
  ['chế độ ưu đãi người có công với cách mạng', 'NV-NCC'],
  ['trợ cấp thất nghiệp', 'NV-LD'],
  ['hỗ trợ học nghề', 'NV-LD'],
  ['tổ chức sự kiện, hội nghị, hội thảo', 'VH-VHCS'],
  ['quảng cáo trên bảng quảng cáo, băng rôn', 'VH-VHCS'],
  ['hoạt động thể thao', 'VH-VHCS'],
  ['kế hoạch bảo vệ môi trường', 'MT-MT'],
  ['khai thác nước dưới đất', 'MT-MT'],
  ['sử dụng chất thải nguy hại', 'MT-MT'],
  ['khen thưởng thành tích đột xuất', 'NV-TDKT'],
  ['tuyển sinh vào lớp 10 trung học phổ thông', 'GD-TTS'],
  ['chuyển trường cho học sinh trung học', 'GD-THPT'],
  ['dự thi chứng chỉ ngoại ngữ', 'GD-TTS'],
  ['hành nghề luật sư', 'TP-TGPL'],
  ['hoạt động tín ngưỡng', 'DT-TN'],
  ['sinh hoạt tôn giáo tập trung', 'DT-TG'],
  ['cư trú cho người nước ngoài', 'CA-LLTP'],
  ['mã số thuế cá nhân', 'TC-HKD'],
];

/** Appended to a name (the first one is empty on purpose) */
export const QUALIFIERS = [
  '',
  ' đối với cá nhân',
  ' đối với tổ chức',
  ' cho doanh nghiệp có vốn đầu tư nước ngoài',
  ' trên địa bàn tỉnh',
  ' cấp tỉnh',
  ' cấp xã',
  ' trong trường hợp bị mất, hư hỏng',
  ' do thay đổi thông tin',
  ' có yếu tố nước ngoài',
  ' lần đầu',
  ' theo thủ tục rút gọn',
  ' cho hộ gia đình',
  ' đối với công trình cấp III, cấp IV',
  ' tại khu công nghiệp',
  ' cho người dân tộc thiểu số',
  ' đối với hợp tác xã',
  ' trong khu vực biên giới',
];

export const APPLICANTS = [
  'Tổ chức, cá nhân có nhu cầu.',
  'Công dân Việt Nam cư trú trên địa bàn tỉnh.',
  'Doanh nghiệp, hợp tác xã, hộ kinh doanh.',
  'Cá nhân, hộ gia đình.',
  'Cơ quan, tổ chức, đơn vị sự nghiệp công lập.',
  'Người nước ngoài cư trú hợp pháp tại Việt Nam.',
];

export const CONDITIONS = [
  'Hồ sơ đầy đủ, hợp lệ theo quy định.',
  'Có đủ năng lực hành vi dân sự; không thuộc trường hợp bị cấm theo quy định của pháp luật.',
  'Cơ sở vật chất, trang thiết bị và nhân lực đáp ứng điều kiện theo quy định của pháp luật chuyên ngành.',
  'Phù hợp với quy hoạch được cấp có thẩm quyền phê duyệt.',
];

export const SUBMISSION_CHANNELS = [
  'Nộp trực tuyến trên Cổng Dịch vụ công; trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh; qua dịch vụ bưu chính công ích.',
  'Nộp trực tuyến trên Cổng Dịch vụ công hoặc trực tiếp tại Bộ phận Một cửa của Ủy ban nhân dân xã, phường.',
  'Nộp trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích.',
];

/** Legal documents cited by synthetic procedures (the legal_basis JSON shape) */
export const LEGAL_DOCUMENTS = [
  { number: '61/2018/NĐ-CP', title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính', issuer: 'Chính phủ', issuedOn: '2018-04-23' },
  { number: '107/2021/NĐ-CP', title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP', issuer: 'Chính phủ', issuedOn: '2021-12-06' },
  { number: '45/2020/NĐ-CP', title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử', issuer: 'Chính phủ', issuedOn: '2020-04-08' },
  { number: '42/2022/NĐ-CP', title: 'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng', issuer: 'Chính phủ', issuedOn: '2022-06-24' },
  { number: '01/2018/TT-VPCP', title: 'Thông tư hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP', issuer: 'Văn phòng Chính phủ', issuedOn: '2018-11-23' },
  { number: '50/2014/QH13', title: 'Luật Xây dựng', issuer: 'Quốc hội', issuedOn: '2014-06-18' },
  { number: '31/2024/QH15', title: 'Luật Đất đai', issuer: 'Quốc hội', issuedOn: '2024-01-18' },
  { number: '60/2014/QH13', title: 'Luật Hộ tịch', issuer: 'Quốc hội', issuedOn: '2014-11-20' },
  { number: '68/2020/QH14', title: 'Luật Cư trú', issuer: 'Quốc hội', issuedOn: '2020-11-13' },
  { number: '59/2020/QH14', title: 'Luật Doanh nghiệp', issuer: 'Quốc hội', issuedOn: '2020-06-17' },
  { number: '105/2016/QH13', title: 'Luật Dược', issuer: 'Quốc hội', issuedOn: '2016-04-06' },
  { number: '15/2023/QH15', title: 'Luật Khám bệnh, chữa bệnh', issuer: 'Quốc hội', issuedOn: '2023-01-09' },
  { number: '72/2020/QH14', title: 'Luật Bảo vệ môi trường', issuer: 'Quốc hội', issuedOn: '2020-11-17' },
  { number: '85/2019/TT-BTC', title: 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh', issuer: 'Bộ Tài chính', issuedOn: '2019-11-29' },
  { number: '123/2015/NĐ-CP', title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', issuer: 'Chính phủ', issuedOn: '2015-11-15' },
  { number: '01/2021/NĐ-CP', title: 'Nghị định về đăng ký doanh nghiệp', issuer: 'Chính phủ', issuedOn: '2021-01-04' },
];

export const COMPONENTS = [
  'Bản sao giấy tờ chứng minh nhân thân của người đề nghị',
  'Giấy ủy quyền (trường hợp ủy quyền thực hiện thủ tục)',
  'Bản sao giấy chứng nhận đăng ký doanh nghiệp',
  'Bản vẽ, sơ đồ vị trí',
  'Bản thuyết minh điều kiện cơ sở vật chất, trang thiết bị',
  'Danh sách nhân sự kèm theo văn bằng, chứng chỉ',
  'Giấy tờ chứng minh quyền sử dụng đất hoặc hợp đồng thuê địa điểm',
  'Bản chính giấy phép đã được cấp (trường hợp cấp lại, gia hạn, điều chỉnh)',
  'Ảnh chân dung cỡ 4x6 cm chụp trong thời gian không quá 06 tháng',
  'Văn bản cam kết thực hiện đúng các quy định của pháp luật',
];

export const FAMILY_NAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Đinh', 'Lò', 'Lò', 'Quàng', 'Cà', 'Tòng', 'Lường', 'Lù', 'Giàng',
  'Sùng', 'Vàng', 'Mùa', 'Thào', 'Điêu', 'Lầu',
];
export const MALE_MIDDLE_NAMES = ['Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Công', 'Xuân', 'A'];
export const FEMALE_MIDDLE_NAMES = ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Kim'];
export const MALE_GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Duy', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Long', 'Mạnh',
  'Nam', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Thành', 'Tiến', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh',
  'Chiến', 'Páo', 'Sinh', 'Chứ', 'Dế',
];
export const FEMALE_GIVEN_NAMES = [
  'Anh', 'Ánh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Huyền', 'Lan', 'Linh', 'Loan',
  'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Thảo', 'Thủy', 'Trang', 'Tuyết', 'Vân',
  'Yến', 'Xuân', 'Pằng', 'Dợ',
];
export const STREETS = [
  'đường Võ Nguyên Giáp', 'đường Nguyễn Chí Thanh', 'đường Trần Đăng Ninh', 'đường Hoàng Văn Thái',
  'đường 7/5', 'đường Phan Đình Giót', 'đường Lò Văn Bường', 'đường Trường Chinh', 'đường Nguyễn Hữu Thọ',
  'đường Hoàng Công Chất', 'đường Bế Văn Đàn', 'đường Tô Vĩnh Diện', 'bản Him Lam', 'bản Noong Bua', 'bản Pú Tửu',
];

export const SUPPLEMENT_REQUESTS = [
  'Đề nghị bổ sung bản chụp giấy tờ chứng minh quyền sử dụng đất rõ nét, đủ các trang.',
  'Tờ khai chưa có chữ ký của người đề nghị; đề nghị ký và tải lên lại.',
  'Đề nghị bổ sung giấy ủy quyền có chứng thực.',
  'Thông tin địa chỉ trên tờ khai không khớp với giấy tờ kèm theo; đề nghị kiểm tra, điều chỉnh.',
  'Đề nghị bổ sung bản vẽ mặt bằng có kích thước rõ ràng.',
];

export const RETURN_REASONS = [
  'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại cơ quan có thẩm quyền.',
  'Không đủ điều kiện theo quy định.',
  'Quá thời hạn bổ sung hồ sơ theo yêu cầu nhưng người nộp không bổ sung.',
  'Người nộp đề nghị rút hồ sơ.',
  'Hồ sơ trùng với hồ sơ đã nộp trước đó.',
];

export const RATING_COMMENTS = [
  'Cán bộ hướng dẫn nhiệt tình, trả kết quả đúng hẹn.',
  'Thủ tục nhanh gọn, không phải đi lại nhiều.',
  'Nộp trực tuyến rất thuận tiện.',
  'Trả kết quả chậm so với giấy hẹn.',
  'Cần hướng dẫn rõ hơn về thành phần hồ sơ.',
  'Hài lòng.',
];
