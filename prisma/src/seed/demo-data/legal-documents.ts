import { FIELD } from './fields.ts';
import type { SeedLegalDocument } from './types.ts';

/**
 * Legal documents (Văn bản pháp luật) of the demo portal: every document the demo
 * procedures cite in their legal basis (same number, title, issuer and date, so the
 * procedure page can link them), and the documents that govern the portal itself
 * (one-stop mechanism, online public services, electronic transactions, personal data).
 * National documents only, with their real numbers and dates; the entry-into-force date
 * is given where it is certain. `validity` is as of the end of 2026 for this demo.
 */

const QH = 'Quốc hội';
const CP = 'Chính phủ';
const BTC = 'Bộ Tài chính';

const doc = (
  number: string,
  docType: string,
  issuer: string,
  issuedOn: string,
  title: string,
  summary: string,
  extra: Partial<Pick<SeedLegalDocument, 'effectiveOn' | 'validity' | 'fieldCode'>> = {},
): SeedLegalDocument => ({ number, docType, issuer, issuedOn, title, summary, validity: extra.validity ?? 'in_force', ...extra });

/** The documents every online public service rests on. */
const portal: SeedLegalDocument[] = [
  doc(
    '45/2020/NĐ-CP',
    'Nghị định',
    CP,
    '2020-04-08',
    'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
    'Quy định việc thực hiện thủ tục hành chính trên môi trường điện tử: tài khoản giao dịch, nộp hồ sơ, tiếp nhận, giải quyết và trả kết quả trực tuyến; giá trị pháp lý của hồ sơ, giấy tờ điện tử và kết quả giải quyết thủ tục hành chính bản điện tử; thời hạn 08 giờ làm việc để cơ quan xác nhận tiếp nhận hoặc yêu cầu bổ sung hồ sơ nộp trực tuyến.',
    { effectiveOn: '2020-05-22' },
  ),
  doc(
    '42/2022/NĐ-CP',
    'Nghị định',
    CP,
    '2022-06-24',
    'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    'Quy định việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng; phân loại dịch vụ công trực tuyến toàn trình và một phần; yêu cầu đối với cổng dịch vụ công, hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh và việc đánh giá chất lượng cung cấp dịch vụ.',
    { effectiveOn: '2022-08-01' },
  ),
  doc(
    '61/2018/NĐ-CP',
    'Nghị định',
    CP,
    '2018-04-23',
    'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    'Quy định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính: tổ chức và hoạt động của Bộ phận Một cửa, quy trình tiếp nhận, chuyển hồ sơ, giải quyết và trả kết quả, mã số hồ sơ, phiếu tiếp nhận và hẹn trả kết quả, đánh giá việc giải quyết thủ tục hành chính.',
    { effectiveOn: '2018-06-21', validity: 'partially_expired' },
  ),
  doc(
    '107/2021/NĐ-CP',
    'Nghị định',
    CP,
    '2021-12-06',
    'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    'Sửa đổi, bổ sung Nghị định số 61/2018/NĐ-CP: Trung tâm Phục vụ hành chính công cấp tỉnh, Bộ phận Một cửa cấp huyện, cấp xã; tiếp nhận hồ sơ không phụ thuộc địa giới hành chính; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính khi tiếp nhận; đánh giá chất lượng giải quyết thủ tục hành chính theo thời gian thực.',
  ),
  doc(
    '01/2018/TT-VPCP',
    'Thông tư',
    'Văn phòng Chính phủ',
    '2018-11-23',
    'Thông tư hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    'Hướng dẫn nguyên tắc đánh số hồ sơ thủ tục hành chính, mẫu giấy tiếp nhận hồ sơ và hẹn trả kết quả, phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, phiếu từ chối giải quyết, phiếu xin lỗi và hẹn lại ngày trả kết quả, sổ theo dõi hồ sơ và phiếu kiểm soát quá trình giải quyết hồ sơ.',
  ),
  doc(
    '01/2023/TT-VPCP',
    'Thông tư',
    'Văn phòng Chính phủ',
    '2023-04-05',
    'Thông tư quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thực hiện thủ tục hành chính trên môi trường điện tử',
    'Quy định việc số hóa hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa; ký số, lưu trữ và tái sử dụng dữ liệu đã số hóa; trách nhiệm của cán bộ, công chức khi tiếp nhận và giải quyết hồ sơ trên môi trường điện tử.',
  ),
  doc(
    '468/QĐ-TTg',
    'Quyết định',
    'Thủ tướng Chính phủ',
    '2021-03-27',
    'Quyết định phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    'Phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông theo hướng tiếp nhận hồ sơ không phụ thuộc địa giới hành chính, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, giảm thời gian đi lại và chi phí của người dân, doanh nghiệp.',
    { effectiveOn: '2021-03-27' },
  ),
  doc(
    '63/2010/NĐ-CP',
    'Nghị định',
    CP,
    '2010-06-08',
    'Nghị định về kiểm soát thủ tục hành chính',
    'Quy định về kiểm soát thủ tục hành chính: yêu cầu khi quy định thủ tục hành chính, đánh giá tác động, công bố, công khai thủ tục hành chính, rà soát, đánh giá và tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính.',
    { validity: 'partially_expired' },
  ),
  doc(
    '92/2017/NĐ-CP',
    'Nghị định',
    CP,
    '2017-08-07',
    'Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính',
    'Sửa đổi, bổ sung các Nghị định về kiểm soát thủ tục hành chính: công bố danh mục thủ tục hành chính, nhập và công khai trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, trách nhiệm của cơ quan, đơn vị trong kiểm soát thủ tục hành chính.',
  ),
  doc(
    '30/2020/NĐ-CP',
    'Nghị định',
    CP,
    '2020-03-05',
    'Nghị định về công tác văn thư',
    'Quy định về công tác văn thư: thể thức, kỹ thuật trình bày văn bản hành chính (số, ký hiệu, trích yếu, chữ ký số), soạn thảo, ký ban hành, quản lý văn bản đi, văn bản đến, lập hồ sơ và nộp lưu hồ sơ, quản lý và sử dụng con dấu, thiết bị lưu khóa bí mật.',
    { effectiveOn: '2020-03-05' },
  ),
  doc(
    '20/2023/QH15',
    'Luật',
    QH,
    '2023-06-22',
    'Luật Giao dịch điện tử',
    'Quy định về thực hiện giao dịch điện tử: thông điệp dữ liệu, chữ ký điện tử và dịch vụ tin cậy, hợp đồng điện tử, giao dịch điện tử của cơ quan nhà nước, hệ thống thông tin phục vụ giao dịch điện tử; giá trị pháp lý của văn bản, hồ sơ điện tử.',
    { effectiveOn: '2024-07-01' },
  ),
  doc(
    '13/2023/NĐ-CP',
    'Nghị định',
    CP,
    '2023-04-17',
    'Nghị định về bảo vệ dữ liệu cá nhân',
    'Quy định về bảo vệ dữ liệu cá nhân và trách nhiệm bảo vệ dữ liệu cá nhân của cơ quan, tổ chức, cá nhân: quyền của chủ thể dữ liệu, sự đồng ý, xử lý dữ liệu cá nhân cơ bản và nhạy cảm, đánh giá tác động và thông báo vi phạm.',
    { effectiveOn: '2023-07-01' },
  ),
  doc(
    '69/2024/NĐ-CP',
    'Nghị định',
    CP,
    '2024-06-25',
    'Nghị định quy định về định danh và xác thực điện tử',
    'Quy định về danh tính điện tử, tài khoản định danh điện tử mức độ 1 và mức độ 2, việc sử dụng tài khoản định danh điện tử để thực hiện thủ tục hành chính, dịch vụ công trực tuyến và các giao dịch điện tử khác.',
    { effectiveOn: '2024-07-01' },
  ),
  doc(
    '64/2025/QH15',
    'Luật',
    QH,
    '2025-02-19',
    'Luật Ban hành văn bản quy phạm pháp luật',
    'Quy định nguyên tắc, thẩm quyền, hình thức, trình tự, thủ tục xây dựng, ban hành văn bản quy phạm pháp luật; hệ thống văn bản quy phạm pháp luật, hiệu lực của văn bản và việc đăng công báo, công khai văn bản.',
    { effectiveOn: '2025-04-01' },
  ),
  doc(
    '80/2015/QH13',
    'Luật',
    QH,
    '2015-06-22',
    'Luật Ban hành văn bản quy phạm pháp luật',
    'Quy định nguyên tắc, thẩm quyền, hình thức, trình tự, thủ tục xây dựng, ban hành văn bản quy phạm pháp luật. Được thay thế bởi Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15.',
    { effectiveOn: '2016-07-01', validity: 'expired' },
  ),
];

/** What the demo procedures cite, field by field (titles and dates as the procedures give them). */
const cited: SeedLegalDocument[] = [
  // Xây dựng
  doc('50/2014/QH13', 'Luật', QH, '2014-06-18', 'Luật Xây dựng', 'Quy định về quyền, nghĩa vụ, trách nhiệm của cơ quan, tổ chức, cá nhân và quản lý nhà nước trong hoạt động đầu tư xây dựng: quy hoạch, dự án, khảo sát, thiết kế, giấy phép xây dựng, thi công và nghiệm thu công trình.', { effectiveOn: '2015-01-01', validity: 'partially_expired', fieldCode: FIELD.HOAT_DONG_XAY_DUNG }),
  doc('62/2020/QH14', 'Luật', QH, '2020-06-17', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng', 'Sửa đổi, bổ sung Luật Xây dựng năm 2014: phân loại dự án, thẩm định báo cáo nghiên cứu khả thi, các trường hợp được miễn giấy phép xây dựng, hồ sơ và thẩm quyền cấp giấy phép xây dựng.', { effectiveOn: '2021-01-01', fieldCode: FIELD.HOAT_DONG_XAY_DUNG }),
  doc('15/2021/NĐ-CP', 'Nghị định', CP, '2021-03-03', 'Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng', 'Quy định chi tiết về lập, thẩm định dự án, thiết kế xây dựng, giấy phép xây dựng, chứng chỉ hành nghề và chứng chỉ năng lực hoạt động xây dựng. Được thay thế bởi Nghị định số 175/2024/NĐ-CP.', { effectiveOn: '2021-03-03', validity: 'expired', fieldCode: FIELD.HOAT_DONG_XAY_DUNG }),
  doc('175/2024/NĐ-CP', 'Nghị định', CP, '2024-12-30', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng', 'Quy định chi tiết về thẩm định dự án và thiết kế xây dựng, cấp, điều chỉnh, gia hạn, cấp lại và thu hồi giấy phép xây dựng, điều kiện năng lực hoạt động xây dựng, chứng chỉ hành nghề của cá nhân.', { effectiveOn: '2024-12-30', fieldCode: FIELD.HOAT_DONG_XAY_DUNG }),
  doc('85/2019/TT-BTC', 'Thông tư', BTC, '2019-11-29', 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương', 'Hướng dẫn các khoản phí, lệ phí do Hội đồng nhân dân cấp tỉnh quyết định (lệ phí cấp giấy phép xây dựng, lệ phí hộ tịch, lệ phí đăng ký kinh doanh, phí thẩm định hồ sơ đất đai…), căn cứ xác định mức thu và việc miễn, giảm.'),
  doc('38/2022/TT-BTC', 'Thông tư', BTC, '2022-06-24', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp chứng chỉ hành nghề hoạt động xây dựng, phí thẩm định cấp chứng chỉ năng lực hoạt động xây dựng', 'Quy định người nộp phí, tổ chức thu phí, mức thu phí thẩm định cấp chứng chỉ hành nghề hoạt động xây dựng của cá nhân và chứng chỉ năng lực hoạt động xây dựng của tổ chức, việc kê khai, nộp và quản lý phí.', { fieldCode: FIELD.HOAT_DONG_XAY_DUNG }),
  // Giáo dục và Đào tạo
  doc('43/2019/QH14', 'Luật', QH, '2019-06-14', 'Luật Giáo dục', 'Quy định về hệ thống giáo dục quốc dân, cơ sở giáo dục, nhà giáo, người học, trách nhiệm và quyền của cơ quan, tổ chức, cá nhân liên quan đến hoạt động giáo dục; văn bằng, chứng chỉ và quản lý nhà nước về giáo dục.', { effectiveOn: '2020-07-01', fieldCode: FIELD.GIAO_DUC_TRUNG_HOC }),
  doc('46/2017/NĐ-CP', 'Nghị định', CP, '2017-04-21', 'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục', 'Quy định điều kiện, thủ tục thành lập, cho phép hoạt động, sáp nhập, chia tách, giải thể cơ sở giáo dục. Được thay thế bởi Nghị định số 125/2024/NĐ-CP.', { validity: 'expired', fieldCode: FIELD.GIAO_DUC_TRUNG_HOC }),
  doc('135/2018/NĐ-CP', 'Nghị định', CP, '2018-10-04', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 46/2017/NĐ-CP quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục', 'Sửa đổi, bổ sung điều kiện thành lập, cho phép hoạt động giáo dục đối với cơ sở giáo dục mầm non, phổ thông, trung tâm ngoại ngữ, tin học. Được thay thế bởi Nghị định số 125/2024/NĐ-CP.', { validity: 'expired', fieldCode: FIELD.GIAO_DUC_TRUNG_HOC }),
  doc('125/2024/NĐ-CP', 'Nghị định', CP, '2024-10-05', 'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục', 'Quy định điều kiện đầu tư, thành lập, cho phép hoạt động giáo dục, sáp nhập, chia, tách, giải thể cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên và cơ sở giáo dục có vốn đầu tư nước ngoài.', { fieldCode: FIELD.GIAO_DUC_TRUNG_HOC }),
  doc('32/2020/TT-BGDĐT', 'Thông tư', 'Bộ Giáo dục và Đào tạo', '2020-09-15', 'Thông tư ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học', 'Ban hành Điều lệ quy định tổ chức và hoạt động của trường trung học cơ sở, trung học phổ thông và trường phổ thông có nhiều cấp học: hội đồng trường, hiệu trưởng, tổ chuyên môn, hoạt động giáo dục, giáo viên và học sinh.', { fieldCode: FIELD.GIAO_DUC_TRUNG_HOC }),
  doc('51/2002/QĐ-BGDĐT', 'Quyết định', 'Bộ Giáo dục và Đào tạo', '2002-12-25', 'Quyết định ban hành Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông', 'Ban hành Quy định về đối tượng, điều kiện, hồ sơ và thủ tục chuyển trường, tiếp nhận học sinh trung học cơ sở, trung học phổ thông trong tỉnh, ngoài tỉnh và học sinh từ nước ngoài về nước.', { validity: 'partially_expired', fieldCode: FIELD.GIAO_DUC_TRUNG_HOC }),
  doc('50/2021/TT-BGDĐT', 'Thông tư', 'Bộ Giáo dục và Đào tạo', '2021-12-31', 'Thông tư sửa đổi, bổ sung một số điều của Quy định chuyển trường và tiếp nhận học sinh học tại các trường trung học cơ sở và trung học phổ thông', 'Sửa đổi, bổ sung hồ sơ, thủ tục chuyển trường của học sinh trung học; cho phép nộp hồ sơ chuyển trường trực tuyến và sử dụng học bạ điện tử.', { fieldCode: FIELD.GIAO_DUC_TRUNG_HOC }),
  doc('24/2024/TT-BGDĐT', 'Thông tư', 'Bộ Giáo dục và Đào tạo', '2024-12-24', 'Thông tư ban hành Quy chế thi tốt nghiệp trung học phổ thông', 'Ban hành Quy chế thi tốt nghiệp trung học phổ thông từ năm 2025: môn thi, đăng ký dự thi, tổ chức coi thi, chấm thi, phúc khảo, xét công nhận tốt nghiệp và cấp giấy chứng nhận tốt nghiệp tạm thời.', { fieldCode: FIELD.THI_TUYEN_SINH }),
  doc('21/2019/TT-BGDĐT', 'Thông tư', 'Bộ Giáo dục và Đào tạo', '2019-11-29', 'Thông tư ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân', 'Quy định việc in, quản lý, cấp phát, thu hồi, hủy bỏ văn bằng, chứng chỉ; cấp bản sao văn bằng, chứng chỉ từ sổ gốc và chỉnh sửa nội dung văn bằng, chứng chỉ.', { fieldCode: FIELD.VAN_BANG_CHUNG_CHI }),
  // Y tế
  doc('15/2023/QH15', 'Luật', QH, '2023-01-09', 'Luật Khám bệnh, chữa bệnh', 'Quy định quyền, nghĩa vụ của người bệnh và người hành nghề, giấy phép hành nghề và giấy phép hoạt động khám bệnh, chữa bệnh, chuyên môn kỹ thuật và các điều kiện bảo đảm hoạt động khám bệnh, chữa bệnh.', { effectiveOn: '2024-01-01', fieldCode: FIELD.KHAM_CHUA_BENH }),
  doc('96/2023/NĐ-CP', 'Nghị định', CP, '2023-12-30', 'Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh', 'Quy định chi tiết về cấp, cấp lại, điều chỉnh giấy phép hành nghề, giấy phép hoạt động khám bệnh, chữa bệnh, điều kiện của cơ sở khám bệnh, chữa bệnh và lộ trình thực hiện.', { effectiveOn: '2023-12-30', fieldCode: FIELD.KHAM_CHUA_BENH }),
  doc('59/2023/TT-BTC', 'Thông tư', BTC, '2023-08-30', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực y tế', 'Quy định mức thu phí thẩm định cấp giấy phép hành nghề, giấy phép hoạt động khám bệnh, chữa bệnh và các phí khác trong lĩnh vực y tế; việc kê khai, nộp và quản lý, sử dụng phí.', { fieldCode: FIELD.KHAM_CHUA_BENH }),
  doc('105/2016/QH13', 'Luật', QH, '2016-04-06', 'Luật Dược', 'Quy định về chính sách của Nhà nước về dược, hành nghề dược, kinh doanh dược, đăng ký lưu hành thuốc, thông tin, quảng cáo thuốc, dược lâm sàng và quản lý chất lượng thuốc.', { effectiveOn: '2017-01-01', validity: 'partially_expired', fieldCode: FIELD.DUOC_PHAM }),
  doc('44/2024/QH15', 'Luật', QH, '2024-11-21', 'Luật sửa đổi, bổ sung một số điều của Luật Dược', 'Sửa đổi, bổ sung Luật Dược: kinh doanh dược theo phương thức thương mại điện tử, chuỗi nhà thuốc, cấp chứng chỉ hành nghề dược, đăng ký lưu hành và gia hạn giấy đăng ký lưu hành thuốc.', { effectiveOn: '2025-07-01', fieldCode: FIELD.DUOC_PHAM }),
  doc('54/2017/NĐ-CP', 'Nghị định', CP, '2017-05-08', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dược', 'Quy định chi tiết về chứng chỉ hành nghề dược, giấy chứng nhận đủ điều kiện kinh doanh dược, xuất khẩu, nhập khẩu thuốc, thông tin, quảng cáo thuốc và quản lý giá thuốc.', { effectiveOn: '2017-07-01', validity: 'partially_expired', fieldCode: FIELD.DUOC_PHAM }),
  doc('155/2018/NĐ-CP', 'Nghị định', CP, '2018-11-12', 'Nghị định sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế', 'Sửa đổi, bổ sung, bãi bỏ điều kiện đầu tư kinh doanh trong các lĩnh vực dược, an toàn thực phẩm, trang thiết bị y tế và khám bệnh, chữa bệnh nhằm cắt giảm thủ tục hành chính.', { fieldCode: FIELD.DUOC_PHAM }),
  doc('277/2016/TT-BTC', 'Thông tư', BTC, '2016-11-14', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong lĩnh vực dược, mỹ phẩm', 'Quy định mức thu phí thẩm định cấp chứng chỉ hành nghề dược, cấp giấy chứng nhận đủ điều kiện kinh doanh dược, thẩm định hồ sơ đăng ký thuốc và mỹ phẩm.', { fieldCode: FIELD.DUOC_PHAM }),
  doc('55/2010/QH12', 'Luật', QH, '2010-06-17', 'Luật An toàn thực phẩm', 'Quy định quyền và nghĩa vụ của tổ chức, cá nhân trong bảo đảm an toàn thực phẩm, điều kiện bảo đảm an toàn thực phẩm, sản xuất, kinh doanh, xuất nhập khẩu thực phẩm, kiểm nghiệm và truy xuất nguồn gốc.', { effectiveOn: '2011-07-01', fieldCode: FIELD.AN_TOAN_THUC_PHAM }),
  doc('15/2018/NĐ-CP', 'Nghị định', CP, '2018-02-02', 'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm', 'Quy định chi tiết thủ tục tự công bố sản phẩm, đăng ký bản công bố sản phẩm, cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, kiểm tra nhà nước về an toàn thực phẩm nhập khẩu.', { effectiveOn: '2018-02-02', fieldCode: FIELD.AN_TOAN_THUC_PHAM }),
  doc('67/2021/TT-BTC', 'Thông tư', BTC, '2021-08-05', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm', 'Quy định mức thu phí thẩm định cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, thẩm định hồ sơ công bố sản phẩm và các phí khác trong công tác an toàn thực phẩm.', { fieldCode: FIELD.AN_TOAN_THUC_PHAM }),
  // Tài chính: doanh nghiệp, hộ kinh doanh
  doc('59/2020/QH14', 'Luật', QH, '2020-06-17', 'Luật Doanh nghiệp', 'Quy định về thành lập, tổ chức quản lý, tổ chức lại, giải thể và hoạt động có liên quan của doanh nghiệp; đăng ký doanh nghiệp, nhóm công ty và doanh nghiệp nhà nước.', { effectiveOn: '2021-01-01', fieldCode: FIELD.DOANH_NGHIEP }),
  doc('01/2021/NĐ-CP', 'Nghị định', CP, '2021-01-04', 'Nghị định về đăng ký doanh nghiệp', 'Quy định hồ sơ, trình tự, thủ tục đăng ký doanh nghiệp, đăng ký hộ kinh doanh, đăng ký qua mạng thông tin điện tử. Được thay thế bởi Nghị định số 168/2025/NĐ-CP.', { effectiveOn: '2021-01-04', validity: 'expired', fieldCode: FIELD.DOANH_NGHIEP }),
  doc('168/2025/NĐ-CP', 'Nghị định', CP, '2025-06-30', 'Nghị định về đăng ký doanh nghiệp (thay thế Nghị định số 01/2021/NĐ-CP)', 'Quy định hồ sơ, trình tự, thủ tục đăng ký doanh nghiệp, đăng ký hộ kinh doanh, đăng ký liên hiệp hợp tác xã; cơ quan đăng ký kinh doanh theo mô hình chính quyền địa phương hai cấp và đăng ký qua mạng thông tin điện tử.', { effectiveOn: '2025-07-01', fieldCode: FIELD.DOANH_NGHIEP }),
  doc('47/2019/TT-BTC', 'Thông tư', BTC, '2019-08-05', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp', 'Quy định mức thu lệ phí đăng ký doanh nghiệp, phí công bố nội dung đăng ký doanh nghiệp, phí cung cấp thông tin doanh nghiệp; miễn lệ phí khi đăng ký qua mạng điện tử.', { fieldCode: FIELD.DOANH_NGHIEP }),
  // Tư pháp
  doc('60/2014/QH13', 'Luật', QH, '2014-11-20', 'Luật Hộ tịch', 'Quy định về hộ tịch, quyền, nghĩa vụ của cá nhân, trách nhiệm của cơ quan nhà nước về đăng ký hộ tịch: khai sinh, kết hôn, giám hộ, nhận cha, mẹ, con, thay đổi, cải chính hộ tịch, khai tử; Cơ sở dữ liệu hộ tịch điện tử.', { effectiveOn: '2016-01-01', fieldCode: FIELD.HO_TICH }),
  doc('123/2015/NĐ-CP', 'Nghị định', CP, '2015-11-15', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', 'Quy định chi tiết về đăng ký khai sinh, kết hôn, khai tử, cấp giấy xác nhận tình trạng hôn nhân, đăng ký lại hộ tịch, thẩm quyền và thủ tục ghi vào sổ hộ tịch việc hộ tịch đã giải quyết ở nước ngoài.', { effectiveOn: '2016-01-01', fieldCode: FIELD.HO_TICH }),
  doc('04/2020/TT-BTP', 'Thông tư', 'Bộ Tư pháp', '2020-05-28', 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP', 'Quy định chi tiết việc đăng ký hộ tịch, cấp bản sao trích lục hộ tịch, ban hành mẫu sổ hộ tịch, mẫu giấy tờ hộ tịch và hướng dẫn ghi chép sổ hộ tịch, giấy tờ hộ tịch.', { effectiveOn: '2020-07-16', fieldCode: FIELD.HO_TICH }),
  doc('281/2016/TT-BTC', 'Thông tư', BTC, '2016-11-14', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch', 'Quy định mức thu phí khai thác thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, xác nhận là người gốc Việt Nam và lệ phí quốc tịch; các trường hợp miễn phí, lệ phí.', { fieldCode: FIELD.HO_TICH }),
  doc('52/2014/QH13', 'Luật', QH, '2014-06-19', 'Luật Hôn nhân và gia đình', 'Quy định chế độ hôn nhân và gia đình: điều kiện kết hôn, các trường hợp cấm kết hôn, quan hệ giữa vợ và chồng, cha mẹ và con, chế độ tài sản của vợ chồng, ly hôn và cấp dưỡng.', { effectiveOn: '2015-01-01', fieldCode: FIELD.HO_TICH }),
  doc('23/2015/NĐ-CP', 'Nghị định', CP, '2015-02-16', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch', 'Quy định thẩm quyền, thủ tục cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký, chữ ký người dịch và chứng thực hợp đồng, giao dịch; giá trị pháp lý của bản sao được chứng thực.', { effectiveOn: '2015-04-10', fieldCode: FIELD.CHUNG_THUC }),
  doc('01/2020/TT-BTP', 'Thông tư', 'Bộ Tư pháp', '2020-03-03', 'Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP', 'Hướng dẫn việc chứng thực bản sao từ bản chính, chứng thực chữ ký, chứng thực hợp đồng, giao dịch; mẫu lời chứng, sổ chứng thực và chứng thực bản sao điện tử từ bản chính.', { fieldCode: FIELD.CHUNG_THUC }),
  doc('226/2016/TT-BTC', 'Thông tư', BTC, '2016-11-11', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực', 'Quy định mức thu phí chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch tại Ủy ban nhân dân cấp xã và Phòng Tư pháp.', { fieldCode: FIELD.CHUNG_THUC }),
  doc('46/2024/QH15', 'Luật', QH, '2024-11-26', 'Luật Công chứng', 'Quy định về công chứng viên, tổ chức hành nghề công chứng, thủ tục công chứng giao dịch, công chứng điện tử, cơ sở dữ liệu công chứng và quản lý nhà nước về công chứng.', { effectiveOn: '2025-07-01', fieldCode: FIELD.CONG_CHUNG }),
  doc('257/2016/TT-BTC', 'Thông tư', BTC, '2016-11-11', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí công chứng; phí chứng thực; phí thẩm định tiêu chuẩn, điều kiện hành nghề công chứng; phí thẩm định điều kiện hoạt động Văn phòng công chứng; lệ phí cấp thẻ công chứng viên', 'Quy định mức thu phí công chứng hợp đồng, giao dịch, phí thẩm định tiêu chuẩn hành nghề công chứng, điều kiện hoạt động Văn phòng công chứng và lệ phí cấp thẻ công chứng viên.', { fieldCode: FIELD.CONG_CHUNG }),
  doc('11/2017/QH14', 'Luật', QH, '2017-06-20', 'Luật Trợ giúp pháp lý', 'Quy định người được trợ giúp pháp lý, tổ chức thực hiện và người thực hiện trợ giúp pháp lý, hình thức, lĩnh vực trợ giúp pháp lý và trách nhiệm của cơ quan nhà nước.', { effectiveOn: '2018-01-01', fieldCode: FIELD.TRO_GIUP_PHAP_LY }),
  doc('144/2017/NĐ-CP', 'Nghị định', CP, '2017-12-15', 'Nghị định quy định chi tiết một số điều của Luật Trợ giúp pháp lý', 'Quy định chi tiết về người có khó khăn về tài chính được trợ giúp pháp lý, tổ chức bộ máy của Trung tâm trợ giúp pháp lý nhà nước và chế độ đối với người thực hiện trợ giúp pháp lý.', { fieldCode: FIELD.TRO_GIUP_PHAP_LY }),
  doc('12/2018/TT-BTP', 'Thông tư', 'Bộ Tư pháp', '2018-08-28', 'Thông tư hướng dẫn một số hoạt động nghiệp vụ trợ giúp pháp lý và quản lý chất lượng vụ việc trợ giúp pháp lý', 'Hướng dẫn thụ lý, thực hiện vụ việc trợ giúp pháp lý, mẫu đơn yêu cầu trợ giúp pháp lý, đánh giá chất lượng vụ việc và quản lý hồ sơ vụ việc trợ giúp pháp lý.', { fieldCode: FIELD.TRO_GIUP_PHAP_LY }),
  // Công Thương
  doc('36/2005/QH11', 'Luật', QH, '2005-06-14', 'Luật Thương mại', 'Quy định về hoạt động thương mại: mua bán hàng hóa, cung ứng dịch vụ, xúc tiến thương mại, trung gian thương mại và các hoạt động thương mại khác; chế tài và giải quyết tranh chấp.', { effectiveOn: '2006-01-01', validity: 'partially_expired', fieldCode: FIELD.XUC_TIEN_THUONG_MAI }),
  doc('44/2019/QH14', 'Luật', QH, '2019-06-14', 'Luật Phòng, chống tác hại của rượu, bia', 'Quy định biện pháp giảm mức tiêu thụ rượu, bia, quản lý việc cung cấp rượu, bia, điều kiện kinh doanh và hạn chế quảng cáo, khuyến mại rượu, bia.', { effectiveOn: '2020-01-01', fieldCode: FIELD.LUU_THONG_HANG_HOA }),
  doc('105/2017/NĐ-CP', 'Nghị định', CP, '2017-09-14', 'Nghị định về kinh doanh rượu', 'Quy định điều kiện sản xuất, kinh doanh rượu, cấp giấy phép sản xuất rượu, giấy phép phân phối, bán buôn, bán lẻ, bán rượu tiêu dùng tại chỗ và quản lý nhập khẩu rượu.', { validity: 'partially_expired', fieldCode: FIELD.LUU_THONG_HANG_HOA }),
  doc('17/2020/NĐ-CP', 'Nghị định', CP, '2020-02-05', 'Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Công Thương', 'Sửa đổi, bổ sung điều kiện kinh doanh rượu, thuốc lá, xăng dầu, khí, hóa chất và tiền chất công nghiệp; đơn giản hóa hồ sơ và thủ tục cấp giấy phép.', { fieldCode: FIELD.LUU_THONG_HANG_HOA }),
  doc('168/2016/TT-BTC', 'Thông tư', BTC, '2016-10-26', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh hàng hóa, dịch vụ hạn chế kinh doanh; hàng hóa, dịch vụ kinh doanh có điều kiện thuộc lĩnh vực thương mại', 'Quy định mức thu phí thẩm định cấp giấy phép kinh doanh hàng hóa, dịch vụ hạn chế kinh doanh và kinh doanh có điều kiện thuộc lĩnh vực thương mại (rượu, thuốc lá, xăng dầu).', { fieldCode: FIELD.LUU_THONG_HANG_HOA }),
  doc('83/2014/NĐ-CP', 'Nghị định', CP, '2014-09-03', 'Nghị định về kinh doanh xăng dầu', 'Quy định về kinh doanh xăng dầu và điều kiện kinh doanh xăng dầu tại thị trường Việt Nam: thương nhân đầu mối, thương nhân phân phối, cửa hàng bán lẻ xăng dầu, dự trữ và bình ổn giá.', { validity: 'partially_expired', fieldCode: FIELD.LUU_THONG_HANG_HOA }),
  doc('95/2021/NĐ-CP', 'Nghị định', CP, '2021-11-01', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu', 'Sửa đổi, bổ sung điều kiện kinh doanh xăng dầu, cơ chế điều hành giá, quỹ bình ổn giá và trách nhiệm của thương nhân kinh doanh xăng dầu.', { validity: 'partially_expired', fieldCode: FIELD.LUU_THONG_HANG_HOA }),
  doc('80/2023/NĐ-CP', 'Nghị định', CP, '2023-11-17', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 95/2021/NĐ-CP và Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu', 'Sửa đổi, bổ sung quy định về thương nhân kinh doanh xăng dầu, điều hành giá xăng dầu, chu kỳ điều chỉnh giá và quản lý, sử dụng Quỹ bình ổn giá xăng dầu.', { fieldCode: FIELD.LUU_THONG_HANG_HOA }),
  doc('81/2018/NĐ-CP', 'Nghị định', CP, '2018-05-22', 'Nghị định quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại', 'Quy định chi tiết về khuyến mại, hội chợ, triển lãm thương mại: hình thức khuyến mại, đăng ký, thông báo thực hiện khuyến mại và tổ chức hội chợ, triển lãm.', { validity: 'partially_expired', fieldCode: FIELD.XUC_TIEN_THUONG_MAI }),
  doc('128/2024/NĐ-CP', 'Nghị định', CP, '2024-10-10', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 81/2018/NĐ-CP quy định chi tiết Luật Thương mại về hoạt động xúc tiến thương mại', 'Sửa đổi, bổ sung thủ tục đăng ký, thông báo thực hiện khuyến mại, mức giảm giá tối đa và tổ chức hội chợ, triển lãm thương mại tại Việt Nam.', { fieldCode: FIELD.XUC_TIEN_THUONG_MAI }),
  // Nội vụ
  doc('06/2022/QH15', 'Luật', QH, '2022-06-15', 'Luật Thi đua, khen thưởng', 'Quy định đối tượng, nguyên tắc, hình thức, tiêu chuẩn thi đua, khen thưởng, thẩm quyền quyết định, trao tặng và thủ tục, hồ sơ đề nghị khen thưởng.', { effectiveOn: '2024-01-01', fieldCode: FIELD.THI_DUA_KHEN_THUONG }),
  doc('98/2023/NĐ-CP', 'Nghị định', CP, '2023-12-31', 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', 'Quy định chi tiết tiêu chuẩn danh hiệu thi đua, hình thức khen thưởng, hồ sơ, thủ tục đề nghị khen thưởng và quỹ thi đua, khen thưởng.', { effectiveOn: '2024-01-01', fieldCode: FIELD.THI_DUA_KHEN_THUONG }),
  doc('126/2024/NĐ-CP', 'Nghị định', CP, '2024-10-08', 'Nghị định quy định về tổ chức, hoạt động và quản lý hội', 'Quy định điều kiện, thủ tục thành lập hội, phê duyệt điều lệ, tổ chức đại hội, chia, tách, sáp nhập, hợp nhất, giải thể hội và quản lý nhà nước về hội.', { fieldCode: FIELD.TO_CHUC_PHI_CHINH_PHU }),
  doc('02/2020/UBTVQH14', 'Pháp lệnh', 'Ủy ban Thường vụ Quốc hội', '2020-12-09', 'Pháp lệnh Ưu đãi người có công với cách mạng', 'Quy định đối tượng người có công với cách mạng và thân nhân, chế độ ưu đãi, điều kiện, tiêu chuẩn công nhận và trách nhiệm thực hiện chính sách ưu đãi người có công.', { effectiveOn: '2021-07-01', fieldCode: FIELD.NGUOI_CO_CONG }),
  doc('131/2021/NĐ-CP', 'Nghị định', CP, '2021-12-30', 'Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng', 'Quy định chi tiết hồ sơ, thủ tục xác nhận người có công, giải quyết chế độ ưu đãi, di chuyển hồ sơ và mức hưởng trợ cấp, phụ cấp ưu đãi.', { effectiveOn: '2022-02-15', fieldCode: FIELD.NGUOI_CO_CONG }),
  doc('45/2019/QH14', 'Bộ luật', QH, '2019-11-20', 'Bộ luật Lao động', 'Quy định tiêu chuẩn lao động, quyền, nghĩa vụ của người lao động và người sử dụng lao động, hợp đồng lao động, tiền lương, thời giờ làm việc, nghỉ ngơi và quản lý nhà nước về lao động.', { effectiveOn: '2021-01-01', fieldCode: FIELD.LAO_DONG }),
  doc('145/2020/NĐ-CP', 'Nghị định', CP, '2020-12-14', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động', 'Quy định chi tiết về hợp đồng lao động, nội quy lao động, thời giờ làm việc, thời giờ nghỉ ngơi, lao động nữ, đối thoại tại nơi làm việc và giải quyết tranh chấp lao động.', { effectiveOn: '2021-02-01', fieldCode: FIELD.LAO_DONG }),
  doc('20/2021/NĐ-CP', 'Nghị định', CP, '2021-03-15', 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', 'Quy định mức chuẩn trợ giúp xã hội, trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng, trợ giúp khẩn cấp và hồ sơ, thủ tục thực hiện trợ giúp xã hội.', { effectiveOn: '2021-07-01', validity: 'partially_expired', fieldCode: FIELD.BAO_TRO_XA_HOI }),
  doc('76/2024/NĐ-CP', 'Nghị định', CP, '2024-07-01', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', 'Nâng mức chuẩn trợ giúp xã hội, sửa đổi đối tượng hưởng trợ cấp xã hội hằng tháng và đơn giản hóa hồ sơ, thủ tục thực hiện chính sách trợ giúp xã hội.', { effectiveOn: '2024-07-01', fieldCode: FIELD.BAO_TRO_XA_HOI }),
  // Nông nghiệp và Môi trường
  doc('72/2020/QH14', 'Luật', QH, '2020-11-17', 'Luật Bảo vệ môi trường', 'Quy định về hoạt động bảo vệ môi trường: đánh giá môi trường chiến lược, đánh giá tác động môi trường, giấy phép môi trường, đăng ký môi trường, quản lý chất thải và ứng phó với biến đổi khí hậu.', { effectiveOn: '2022-01-01', fieldCode: FIELD.MOI_TRUONG }),
  doc('08/2022/NĐ-CP', 'Nghị định', CP, '2022-01-10', 'Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường', 'Quy định chi tiết về đánh giá tác động môi trường, cấp giấy phép môi trường, đăng ký môi trường, quản lý chất thải rắn, chất thải nguy hại và quan trắc môi trường.', { effectiveOn: '2022-01-10', validity: 'partially_expired', fieldCode: FIELD.MOI_TRUONG }),
  doc('05/2025/NĐ-CP', 'Nghị định', CP, '2025-01-06', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường', 'Sửa đổi, bổ sung thủ tục cấp, cấp đổi, điều chỉnh giấy phép môi trường, quản lý chất thải và phân cấp thẩm quyền trong bảo vệ môi trường.', { fieldCode: FIELD.MOI_TRUONG }),
  doc('02/2022/TT-BTNMT', 'Thông tư', 'Bộ Tài nguyên và Môi trường', '2022-01-10', 'Thông tư quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường', 'Quy định chi tiết nội dung báo cáo đánh giá tác động môi trường, hồ sơ đề nghị cấp giấy phép môi trường, mẫu văn bản và báo cáo công tác bảo vệ môi trường.', { effectiveOn: '2022-01-10', fieldCode: FIELD.MOI_TRUONG }),
  doc('31/2024/QH15', 'Luật', QH, '2024-01-18', 'Luật Đất đai', 'Quy định chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước, quyền và nghĩa vụ của người sử dụng đất; quy hoạch, giao đất, cho thuê đất, đăng ký đất đai, cấp Giấy chứng nhận và giá đất.', { effectiveOn: '2024-08-01', fieldCode: FIELD.DAT_DAI }),
  doc('101/2024/NĐ-CP', 'Nghị định', CP, '2024-07-29', 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai', 'Quy định hồ sơ, trình tự, thủ tục đăng ký đất đai, tài sản gắn liền với đất, cấp, cấp đổi, cấp lại Giấy chứng nhận, đăng ký biến động và xây dựng Hệ thống thông tin đất đai.', { effectiveOn: '2024-08-01', fieldCode: FIELD.DAT_DAI }),
  doc('151/2025/NĐ-CP', 'Nghị định', CP, '2025-06-12', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai', 'Phân định thẩm quyền của chính quyền cấp tỉnh và cấp xã trong lĩnh vực đất đai khi tổ chức chính quyền địa phương hai cấp; điều chỉnh trình tự, thủ tục hành chính về đất đai tương ứng.', { effectiveOn: '2025-07-01', fieldCode: FIELD.DAT_DAI }),
  doc('41/2013/QH13', 'Luật', QH, '2013-11-25', 'Luật Bảo vệ và kiểm dịch thực vật', 'Quy định về phòng, chống sinh vật gây hại thực vật, kiểm dịch thực vật, quản lý thuốc bảo vệ thực vật và quyền, nghĩa vụ của tổ chức, cá nhân trong hoạt động bảo vệ và kiểm dịch thực vật.', { effectiveOn: '2015-01-01', fieldCode: FIELD.BAO_VE_THUC_VAT }),
  doc('66/2016/NĐ-CP', 'Nghị định', CP, '2016-07-01', 'Nghị định quy định điều kiện đầu tư kinh doanh về bảo vệ và kiểm dịch thực vật; giống cây trồng; nuôi động vật rừng thông thường; chăn nuôi; thủy sản; thực phẩm', 'Quy định điều kiện sản xuất, buôn bán thuốc bảo vệ thực vật, khảo nghiệm thuốc, giống cây trồng, chăn nuôi, thủy sản và thực phẩm thuộc phạm vi quản lý của ngành nông nghiệp.', { effectiveOn: '2016-07-01', fieldCode: FIELD.BAO_VE_THUC_VAT }),
  doc('21/2015/TT-BNNPTNT', 'Thông tư', 'Bộ Nông nghiệp và Phát triển nông thôn', '2015-06-08', 'Thông tư về quản lý thuốc bảo vệ thực vật', 'Quy định đăng ký thuốc bảo vệ thực vật, khảo nghiệm, sản xuất, buôn bán, xuất khẩu, nhập khẩu, bảo quản, vận chuyển, sử dụng và tiêu hủy thuốc bảo vệ thực vật; cấp giấy chứng nhận đủ điều kiện buôn bán.', { fieldCode: FIELD.BAO_VE_THUC_VAT }),
  // Khoa học và Công nghệ
  doc('18/2008/QH12', 'Luật', QH, '2008-06-03', 'Luật Năng lượng nguyên tử', 'Quy định về hoạt động trong lĩnh vực năng lượng nguyên tử, biện pháp bảo đảm an toàn, an ninh, giấy phép tiến hành công việc bức xạ và ứng phó sự cố bức xạ, hạt nhân.', { effectiveOn: '2009-01-01', fieldCode: FIELD.AN_TOAN_BUC_XA }),
  doc('142/2020/NĐ-CP', 'Nghị định', CP, '2020-12-09', 'Nghị định quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử', 'Quy định hồ sơ, thủ tục cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán y tế…), chứng chỉ nhân viên bức xạ và đăng ký dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử.', { fieldCode: FIELD.AN_TOAN_BUC_XA }),
  doc('287/2016/TT-BTC', 'Thông tư', BTC, '2016-11-15', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định an toàn bức xạ, phí thẩm định an ninh hạt nhân, lệ phí cấp giấy đăng ký, giấy phép, chứng chỉ trong lĩnh vực năng lượng nguyên tử', 'Quy định mức thu phí thẩm định an toàn bức xạ, an ninh hạt nhân và lệ phí cấp giấy phép tiến hành công việc bức xạ, chứng chỉ nhân viên bức xạ.', { fieldCode: FIELD.AN_TOAN_BUC_XA }),
  doc('29/2013/QH13', 'Luật', QH, '2013-06-18', 'Luật Khoa học và Công nghệ', 'Quy định về tổ chức khoa học và công nghệ, cá nhân hoạt động khoa học và công nghệ, nhiệm vụ khoa học và công nghệ, đầu tư, tài chính và chính sách phát triển khoa học và công nghệ.', { effectiveOn: '2014-01-01', fieldCode: FIELD.KHOA_HOC_CONG_NGHE }),
  doc('08/2014/NĐ-CP', 'Nghị định', CP, '2014-01-27', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ', 'Quy định chi tiết về thành lập, đăng ký hoạt động tổ chức khoa học và công nghệ, tuyển chọn, giao trực tiếp và đánh giá nhiệm vụ khoa học và công nghệ.', { fieldCode: FIELD.KHOA_HOC_CONG_NGHE }),
  doc('14/2014/TT-BKHCN', 'Thông tư', 'Bộ Khoa học và Công nghệ', '2014-06-11', 'Thông tư quy định việc thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ khoa học và công nghệ', 'Quy định hồ sơ, thủ tục đăng ký và lưu giữ kết quả thực hiện nhiệm vụ khoa học và công nghệ, cấp giấy chứng nhận đăng ký kết quả và công bố thông tin.', { fieldCode: FIELD.KHOA_HOC_CONG_NGHE }),
  // Văn hóa, Thể thao và Du lịch
  doc('09/2017/QH14', 'Luật', QH, '2017-06-19', 'Luật Du lịch', 'Quy định về tài nguyên du lịch, phát triển sản phẩm du lịch, kinh doanh dịch vụ lữ hành, hướng dẫn viên du lịch, cơ sở lưu trú du lịch và quản lý nhà nước về du lịch.', { effectiveOn: '2018-01-01', fieldCode: FIELD.DU_LICH }),
  doc('168/2017/NĐ-CP', 'Nghị định', CP, '2017-12-31', 'Nghị định quy định chi tiết một số điều của Luật Du lịch', 'Quy định chi tiết về ký quỹ kinh doanh dịch vụ lữ hành, hồ sơ cấp giấy phép kinh doanh dịch vụ lữ hành, công nhận khu du lịch, điểm du lịch và quỹ hỗ trợ phát triển du lịch.', { effectiveOn: '2018-01-01', validity: 'partially_expired', fieldCode: FIELD.DU_LICH }),
  doc('94/2021/NĐ-CP', 'Nghị định', CP, '2021-10-28', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 168/2017/NĐ-CP quy định chi tiết một số điều của Luật Du lịch', 'Sửa đổi mức ký quỹ kinh doanh dịch vụ lữ hành và việc sử dụng tiền ký quỹ để hỗ trợ doanh nghiệp lữ hành.', { fieldCode: FIELD.DU_LICH }),
  doc('06/2017/TT-BVHTTDL', 'Thông tư', 'Bộ Văn hóa, Thể thao và Du lịch', '2017-12-15', 'Thông tư quy định chi tiết một số điều của Luật Du lịch', 'Quy định chi tiết tiêu chuẩn xếp hạng cơ sở lưu trú du lịch, mẫu thẻ hướng dẫn viên du lịch, chương trình bồi dưỡng và mẫu văn bản trong hoạt động kinh doanh du lịch.', { fieldCode: FIELD.DU_LICH }),
  doc('33/2018/TT-BTC', 'Thông tư', BTC, '2018-03-30', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh dịch vụ lữ hành, phí thẩm định cấp thẻ hướng dẫn viên du lịch', 'Quy định mức thu phí thẩm định cấp, cấp đổi, cấp lại giấy phép kinh doanh dịch vụ lữ hành nội địa, quốc tế và thẻ hướng dẫn viên du lịch.', { fieldCode: FIELD.DU_LICH }),
  doc('54/2019/NĐ-CP', 'Nghị định', CP, '2019-06-19', 'Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường', 'Quy định điều kiện kinh doanh, hồ sơ và thủ tục cấp giấy phép kinh doanh dịch vụ karaoke, dịch vụ vũ trường và trách nhiệm của doanh nghiệp, hộ kinh doanh.', { fieldCode: FIELD.VAN_HOA }),
  doc('01/2021/TT-BTC', 'Thông tư', BTC, '2021-01-07', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định cấp giấy phép kinh doanh karaoke, vũ trường', 'Quy định mức thu phí thẩm định cấp giấy phép kinh doanh dịch vụ karaoke, vũ trường theo địa bàn và số lượng phòng.', { fieldCode: FIELD.VAN_HOA }),
  doc('110/2018/NĐ-CP', 'Nghị định', CP, '2018-08-29', 'Nghị định quy định về quản lý và tổ chức lễ hội', 'Quy định về tổ chức lễ hội truyền thống, lễ hội văn hóa, đăng ký và thông báo tổ chức lễ hội, quản lý việc thu và sử dụng tiền công đức tại lễ hội.', { fieldCode: FIELD.VAN_HOA }),
  // Dân tộc và Tôn giáo
  doc('02/2016/QH14', 'Luật', QH, '2016-11-18', 'Luật Tín ngưỡng, tôn giáo', 'Quy định về quyền tự do tín ngưỡng, tôn giáo, hoạt động tín ngưỡng, tôn giáo, tổ chức tôn giáo, đăng ký sinh hoạt tôn giáo tập trung và quyền, nghĩa vụ của cơ quan, tổ chức, cá nhân.', { effectiveOn: '2018-01-01', fieldCode: FIELD.TON_GIAO }),
  doc('95/2023/NĐ-CP', 'Nghị định', CP, '2023-12-29', 'Nghị định quy định chi tiết Luật Tín ngưỡng, tôn giáo', 'Quy định chi tiết hồ sơ, thủ tục đăng ký hoạt động tín ngưỡng, sinh hoạt tôn giáo tập trung, tổ chức lễ hội tín ngưỡng và hoạt động tôn giáo ngoài cơ sở tôn giáo.', { effectiveOn: '2024-03-30', fieldCode: FIELD.TON_GIAO }),
  // Công an
  doc('28/2009/QH12', 'Luật', QH, '2009-06-17', 'Luật Lý lịch tư pháp', 'Quy định về cơ sở dữ liệu lý lịch tư pháp, cung cấp thông tin lý lịch tư pháp, cấp Phiếu lý lịch tư pháp số 1 và số 2 và trách nhiệm của cơ quan nhà nước trong quản lý lý lịch tư pháp.', { effectiveOn: '2010-07-01', fieldCode: FIELD.LY_LICH_TU_PHAP }),
  doc('244/2016/TT-BTC', 'Thông tư', BTC, '2016-11-11', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp', 'Quy định mức thu phí cung cấp thông tin lý lịch tư pháp, các trường hợp được giảm, miễn phí (sinh viên, người có công, người thuộc hộ nghèo…).', { fieldCode: FIELD.LY_LICH_TU_PHAP }),
  doc('55/2024/QH15', 'Luật', QH, '2024-11-29', 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Quy định về phòng cháy, chữa cháy và cứu nạn, cứu hộ: điều kiện an toàn phòng cháy, thẩm định thiết kế và nghiệm thu về phòng cháy, chữa cháy, lực lượng và phương tiện chữa cháy.', { effectiveOn: '2025-07-01', fieldCode: FIELD.PHONG_CHAY_CHUA_CHAY }),
  doc('105/2025/NĐ-CP', 'Nghị định', CP, '2025-05-15', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Quy định chi tiết danh mục cơ sở thuộc diện quản lý về phòng cháy, chữa cháy, thẩm định thiết kế, kiểm tra công tác nghiệm thu, kiểm định phương tiện phòng cháy, chữa cháy.', { effectiveOn: '2025-07-01', fieldCode: FIELD.PHONG_CHAY_CHUA_CHAY }),
  doc('258/2016/TT-BTC', 'Thông tư', BTC, '2016-11-11', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định phê duyệt thiết kế phòng cháy, chữa cháy', 'Quy định mức thu phí thẩm định phê duyệt thiết kế về phòng cháy, chữa cháy tính theo tổng mức đầu tư của dự án, công trình.', { fieldCode: FIELD.PHONG_CHAY_CHUA_CHAY }),
  // Thanh tra
  doc('02/2011/QH13', 'Luật', QH, '2011-11-11', 'Luật Khiếu nại', 'Quy định về khiếu nại và giải quyết khiếu nại quyết định hành chính, hành vi hành chính; quyền, nghĩa vụ của người khiếu nại, người bị khiếu nại và thời hiệu, thời hạn giải quyết khiếu nại.', { effectiveOn: '2012-07-01', fieldCode: FIELD.GIAI_QUYET_KHIEU_NAI }),
  doc('124/2020/NĐ-CP', 'Nghị định', CP, '2020-10-19', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại', 'Quy định chi tiết về khiếu nại đông người, rút khiếu nại, tổ chức đối thoại, thi hành quyết định giải quyết khiếu nại có hiệu lực pháp luật.', { effectiveOn: '2020-12-10', fieldCode: FIELD.GIAI_QUYET_KHIEU_NAI }),
  doc('05/2021/TT-TTCP', 'Thông tư', 'Thanh tra Chính phủ', '2021-10-01', 'Thông tư quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh', 'Quy định quy trình tiếp nhận, phân loại và xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh; mẫu văn bản sử dụng trong xử lý đơn.', { fieldCode: FIELD.GIAI_QUYET_KHIEU_NAI }),
  doc('25/2018/QH14', 'Luật', QH, '2018-06-12', 'Luật Tố cáo', 'Quy định về tố cáo và giải quyết tố cáo đối với hành vi vi phạm pháp luật của cán bộ, công chức và trong quản lý nhà nước; bảo vệ người tố cáo.', { effectiveOn: '2019-01-01', fieldCode: FIELD.GIAI_QUYET_TO_CAO }),
  doc('31/2019/NĐ-CP', 'Nghị định', CP, '2019-04-10', 'Nghị định quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo', 'Quy định chi tiết về tố cáo tiếp và tố cáo đông người, biện pháp bảo vệ người tố cáo và xử lý kết luận nội dung tố cáo.', { effectiveOn: '2019-05-28', fieldCode: FIELD.GIAI_QUYET_TO_CAO }),
  doc('42/2013/QH13', 'Luật', QH, '2013-11-25', 'Luật Tiếp công dân', 'Quy định trách nhiệm tiếp công dân, quyền và nghĩa vụ của người đến khiếu nại, tố cáo, kiến nghị, phản ánh; tổ chức Ban tiếp công dân và địa điểm tiếp công dân.', { effectiveOn: '2014-07-01', fieldCode: FIELD.TIEP_CONG_DAN }),
  doc('64/2014/NĐ-CP', 'Nghị định', CP, '2014-06-26', 'Nghị định quy định chi tiết một số điều của Luật Tiếp công dân', 'Quy định chi tiết về tiếp công dân tại Trụ sở tiếp công dân, việc tiếp công dân định kỳ của người đứng đầu và bảo đảm điều kiện cho hoạt động tiếp công dân.', { effectiveOn: '2014-08-15', fieldCode: FIELD.TIEP_CONG_DAN }),
  doc('04/2021/TT-TTCP', 'Thông tư', 'Thanh tra Chính phủ', '2021-10-01', 'Thông tư quy định quy trình tiếp công dân', 'Quy định quy trình tiếp công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh tại nơi tiếp công dân và mẫu văn bản, sổ theo dõi tiếp công dân.', { fieldCode: FIELD.TIEP_CONG_DAN }),
];

export const legalDocuments: SeedLegalDocument[] = [...portal, ...cited];
