import { FIELD } from './fields.ts';

/**
 * Published questions and answers (Hỏi đáp) of the demo province, so the public page and
 * its search have something to show. Each is about a procedure (then it belongs to that
 * procedure's managing agency) or a field, and was answered by a demo staff account of the
 * agency in charge. Askers are fictitious; their e-mail addresses use the reserved
 * example.invalid domain and are never shown.
 */
export interface SeedQuestion {
  procedureCode?: string;
  fieldCode: string;
  /** The staff account that answered */
  answeredBy: string;
  askerName: string;
  title: string;
  body: string;
  answer: string;
  /** How long ago it was asked and answered, in days */
  askedDaysAgo: number;
  answeredDaysAgo: number;
}

export const questions: SeedQuestion[] = [
  {
    procedureCode: '1.009994.H18',
    fieldCode: FIELD.HOAT_DONG_XAY_DUNG,
    answeredBy: 'motcua',
    askerName: 'Lò Văn Thắng',
    title: 'Sửa chữa, cải tạo nhà ở có phải xin giấy phép xây dựng không?',
    body: 'Gia đình tôi ở phường Him Lam muốn thay mái tôn và lát lại nền nhà, không thay đổi kết cấu chịu lực và không làm thay đổi kiến trúc mặt ngoài. Xin hỏi trường hợp này có phải xin giấy phép xây dựng không?',
    answer:
      'Theo khoản 2 Điều 89 Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020), công trình sửa chữa, cải tạo bên trong công trình hoặc sửa chữa, cải tạo mặt ngoài không tiếp giáp với đường trong đô thị có yêu cầu về quản lý kiến trúc, nếu không làm thay đổi công năng sử dụng, không làm ảnh hưởng đến an toàn kết cấu chịu lực của công trình, thì được miễn giấy phép xây dựng.\n\nViệc thay mái và lát nền như ông mô tả thuộc trường hợp được miễn giấy phép. Trước khi khởi công, ông cần thông báo thời điểm khởi công cho Ủy ban nhân dân phường nơi có công trình.',
    askedDaysAgo: 40,
    answeredDaysAgo: 37,
  },
  {
    procedureCode: '1.009994.H18',
    fieldCode: FIELD.HOAT_DONG_XAY_DUNG,
    answeredBy: 'chuyenvien',
    askerName: 'Nguyễn Thị Hoa',
    title: 'Thời hạn giải quyết hồ sơ cấp giấy phép xây dựng là bao lâu?',
    body: 'Tôi đã nộp hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ trực tuyến trên Cổng. Xin cho biết sau bao nhiêu ngày thì có kết quả và tôi theo dõi tiến độ ở đâu?',
    answer:
      'Thời hạn giải quyết là 20 ngày làm việc kể từ ngày Bộ phận Một cửa tiếp nhận đủ hồ sơ hợp lệ; thời gian bổ sung hồ sơ (nếu có) không tính vào thời hạn. Ngày hẹn trả được ghi trên giấy tiếp nhận và hẹn trả kết quả.\n\nBà theo dõi tiến độ tại mục Hồ sơ cá nhân sau khi đăng nhập, hoặc tại trang Tra cứu bằng mã hồ sơ (quét mã QR trên giấy tiếp nhận). Mỗi bước xử lý đều được ghi lại trong Quá trình xử lý.',
    askedDaysAgo: 21,
    answeredDaysAgo: 20,
  },
  {
    procedureCode: '1.001193.H18',
    fieldCode: FIELD.HO_TICH,
    answeredBy: 'motcuaxa',
    askerName: 'Quàng Văn Pọm',
    title: 'Đăng ký khai sinh cho con khi chưa có giấy chứng sinh',
    body: 'Vợ tôi sinh con tại nhà ở bản, không có giấy chứng sinh của cơ sở y tế. Tôi có làm được thủ tục đăng ký khai sinh trực tuyến cho cháu không, cần chuẩn bị những giấy tờ gì?',
    answer:
      'Trường hợp không có giấy chứng sinh, ông nộp văn bản xác nhận của người làm chứng về việc sinh; nếu không có người làm chứng thì nộp giấy cam đoan về việc sinh (Điều 16 Luật Hộ tịch năm 2014). Ông vẫn nộp hồ sơ trực tuyến được: tải lên tờ khai đăng ký khai sinh và bản chụp văn bản xác nhận hoặc giấy cam đoan tại thành phần "Giấy chứng sinh".\n\nThời hạn khai sinh cho trẻ là 60 ngày kể từ ngày sinh; việc đăng ký khai sinh đúng hạn không mất lệ phí.',
    askedDaysAgo: 15,
    answeredDaysAgo: 14,
  },
  {
    fieldCode: FIELD.HO_TICH,
    answeredBy: 'motcuaxa',
    askerName: 'Lường Thị Xuân',
    title: 'Nộp hồ sơ không cần tài khoản thì nhận kết quả thế nào?',
    body: 'Tôi không có tài khoản trên Cổng dịch vụ công. Nếu nộp hồ sơ hộ tịch mà không đăng ký tài khoản thì tôi được thông báo kết quả bằng cách nào?',
    answer:
      'Khi nộp hồ sơ không cần tài khoản, bà khai địa chỉ thư điện tử và bấm vào đường dẫn xác nhận được gửi tới thư đó; hồ sơ chỉ được chuyển tới cơ quan giải quyết sau khi xác nhận. Mọi thông báo (tiếp nhận, yêu cầu bổ sung, kết quả) đều được gửi qua thư điện tử kèm đường dẫn tra cứu hồ sơ.\n\nLưu ý: nếu cơ quan yêu cầu bổ sung, bà cần nộp một hồ sơ mới. Để bổ sung trực tiếp trên hồ sơ đã nộp, nên đăng ký tài khoản.',
    askedDaysAgo: 9,
    answeredDaysAgo: 8,
  },
  {
    procedureCode: '1.009995.H18',
    fieldCode: FIELD.HOAT_DONG_XAY_DUNG,
    answeredBy: 'lanhdao',
    askerName: 'Trần Minh Đức',
    title: 'Điều chỉnh giấy phép xây dựng khi tăng thêm một tầng',
    body: 'Công ty tôi đã được cấp giấy phép xây dựng nhà văn phòng 4 tầng, nay muốn điều chỉnh thiết kế lên 5 tầng. Chúng tôi có phải làm lại hồ sơ cấp phép mới hay chỉ cần điều chỉnh giấy phép?',
    answer:
      'Thay đổi số tầng làm thay đổi quy mô công trình và các chỉ tiêu đã ghi trong giấy phép, vì vậy chủ đầu tư phải đề nghị điều chỉnh giấy phép xây dựng trước khi thi công phần điều chỉnh (Điều 98 Luật Xây dựng). Hồ sơ gồm đơn đề nghị điều chỉnh, bản chính giấy phép đã cấp và bản vẽ thiết kế điều chỉnh kèm báo cáo kết quả thẩm định (nếu thuộc trường hợp phải thẩm định).\n\nQuý công ty nộp trực tuyến tại thủ tục "Điều chỉnh giấy phép xây dựng" của Sở Xây dựng.',
    askedDaysAgo: 6,
    answeredDaysAgo: 4,
  },
];
