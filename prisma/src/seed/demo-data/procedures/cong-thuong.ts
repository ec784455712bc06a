import { AG } from '../agencies.ts';
import { FIELD } from '../fields.ts';
import type { SeedProcedure } from '../types.ts';
import { CHANNELS, LAW, NO_FEE, PERSON, addr, fAddress, fDeclaration, fName, fPhone, fTaxCode, t } from './_shared.ts';

const luatRuouBia = { number: '44/2019/QH14', title: 'Luật Phòng, chống tác hại của rượu, bia', issuer: 'Quốc hội', issuedOn: '2019-06-14' };

/** Sở Công Thương */
export const congThuongProcedures: SeedProcedure[] = [
  {
    code: '2.000633.H18',
    name: 'Cấp Giấy phép bán buôn sản phẩm rượu trên địa bàn tỉnh, thành phố trực thuộc trung ương',
    agencyUnitCode: AG.SO_CONG_THUONG,
    fieldCode: FIELD.LUU_THONG_HANG_HOA,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Thương nhân nộp hồ sơ đề nghị cấp giấy phép trực tuyến, qua bưu chính hoặc tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Bước 2: Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ, Sở Công Thương xem xét và yêu cầu bổ sung nếu hồ sơ chưa đầy đủ, hợp lệ.',
      'Bước 3: Sở Công Thương thẩm định hồ sơ, kiểm tra thực tế kho hàng và điều kiện kinh doanh.',
      'Bước 4: Giám đốc Sở Công Thương cấp Giấy phép bán buôn sản phẩm rượu; trường hợp từ chối phải trả lời bằng văn bản và nêu rõ lý do.',
    ],
    processingDays: 15,
    fees: [{ label: 'Phí thẩm định cấp Giấy phép bán buôn sản phẩm rượu', amountVnd: 1100000, note: 'Mức thu tại khu vực ngoài thành phố trực thuộc trung ương' }],
    legalBasis: [LAW.luatThuongMai, luatRuouBia, LAW.nd105_2017, LAW.nd17_2020, LAW.tt168_2016],
    applicants: 'Doanh nghiệp, hợp tác xã, liên hiệp hợp tác xã, hộ kinh doanh đăng ký kinh doanh bán buôn đồ uống có cồn.',
    conditions: 'Có quyền sử dụng kho hoặc hệ thống kho với tổng diện tích từ 50 m² hoặc dung tích từ 150 m³ trở lên; có hệ thống bán buôn sản phẩm rượu trên địa bàn tỉnh; có văn bản giới thiệu hoặc hợp đồng với thương nhân sản xuất, phân phối hoặc bán buôn sản phẩm rượu khác.',
    resultDescription: 'Giấy phép bán buôn sản phẩm rượu, có thời hạn 05 năm.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu', fileName: 'Mẫu đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu.docx' } },
      { name: 'Giấy chứng nhận đăng ký doanh nghiệp hoặc tương đương', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Văn bản giới thiệu hoặc hợp đồng với thương nhân sản xuất, phân phối, bán buôn sản phẩm rượu', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Tài liệu chứng minh quyền sử dụng kho (hợp đồng thuê kho, giấy chứng nhận quyền sử dụng đất)', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Bảng kê địa điểm, diện tích, dung tích kho hàng', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'xls', 'xlsx'] },
    ],
    templates: [{ title: 'Mẫu đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu', fileName: 'Mẫu đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu.docx' }],
    form: {
      sections: [
        {
          title: t('Thương nhân', 'Trader'),
          fields: [
            { kind: 'text', key: 'tenThuongNhan', label: t('Tên thương nhân', 'Trader name'), required: true, maxLength: 255 },
            fTaxCode(),
            fName('nguoiDaiDien', 'Người đại diện theo pháp luật', 'Legal representative'),
            fPhone(),
            fAddress('diaChiTruSo', 'Địa chỉ trụ sở chính', 'Head office address'),
          ],
        },
        {
          title: t('Kho hàng và nguồn hàng', 'Warehouse and suppliers'),
          fields: [
            fAddress('diaChiKho', 'Địa điểm kho hàng', 'Warehouse location'),
            { kind: 'number', key: 'dienTichKho', label: t('Tổng diện tích kho', 'Total warehouse area'), required: true, min: 50, unit: 'm²', help: t('Tối thiểu 50 m² hoặc dung tích 150 m³.', 'At least 50 m² or 150 m³.') },
            {
              kind: 'table', key: 'nhaCungCap', label: t('Thương nhân cung cấp sản phẩm rượu', 'Suppliers'), required: true, minRows: 1, maxRows: 20,
              columns: [
                { kind: 'text', key: 'tenNhaCungCap', label: t('Tên thương nhân', 'Supplier'), required: true, maxLength: 255 },
                { kind: 'text', key: 'diaChi', label: t('Địa chỉ', 'Address'), required: true, maxLength: 255 },
                {
                  kind: 'select', key: 'loaiHang', label: t('Nguồn sản phẩm', 'Source'), required: true,
                  options: [
                    { value: 'trong_nuoc', label: t('Rượu sản xuất trong nước', 'Domestic') },
                    { value: 'nhap_khau', label: t('Rượu nhập khẩu', 'Imported') },
                  ],
                },
              ],
            },
            { kind: 'textarea', key: 'heThongBanLe', label: t('Hệ thống bán buôn, bán lẻ dự kiến trên địa bàn tỉnh', 'Planned distribution network in the province'), maxLength: 4000 },
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenThuongNhan: 'Công ty TNHH Thương mại Phương Đông Điện Biên',
      maSoDoanhNghiep: '5600198724',
      nguoiDaiDien: PERSON.hung.name,
      soDienThoai: PERSON.hung.phone,
      diaChiTruSo: PERSON.hung.address,
      diaChiKho: addr('thanhNua', 'Km 5, Quốc lộ 12'),
      dienTichKho: 240,
      nhaCungCap: [
        { tenNhaCungCap: 'Tổng Công ty Cổ phần Bia – Rượu – Nước giải khát Hà Nội', diaChi: 'Số 183 Hoàng Hoa Thám, phường Ngọc Hà, thành phố Hà Nội', loaiHang: 'trong_nuoc' },
      ],
      heThongBanLe: 'Cung cấp cho 12 đại lý, cửa hàng bán lẻ đã có giấy phép tại các phường Điện Biên Phủ, Mường Thanh và các xã Thanh Nưa, Mường Phăng.',
      camDoan: true,
    },
    usageCount: 33,
  },
  {
    code: '2.000646.H18',
    name: 'Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
    agencyUnitCode: AG.SO_CONG_THUONG,
    fieldCode: FIELD.LUU_THONG_HANG_HOA,
    serviceLevel: 'partial_online',
    legacyLevel: 3,
    steps: [
      'Bước 1: Thương nhân nộp hồ sơ đề nghị cấp Giấy chứng nhận trực tuyến, qua bưu chính hoặc tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Bước 2: Sở Công Thương kiểm tra hồ sơ; trường hợp chưa đầy đủ, hợp lệ thì có văn bản yêu cầu bổ sung.',
      'Bước 3: Sở Công Thương kiểm tra thực tế cửa hàng bán lẻ xăng dầu.',
      'Bước 4: Giám đốc Sở Công Thương cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu hoặc trả lời bằng văn bản, nêu rõ lý do.',
    ],
    processingDays: 20,
    fees: [{ label: 'Phí thẩm định cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', amountVnd: 600000, note: 'Mức thu tại khu vực ngoài thành phố trực thuộc trung ương' }],
    legalBasis: [LAW.luatThuongMai, LAW.nd83_2014, LAW.nd95_2021, LAW.nd80_2023, LAW.tt168_2016],
    applicants: 'Thương nhân là thương nhân đầu mối, thương nhân phân phối, tổng đại lý, đại lý hoặc thương nhân nhận quyền bán lẻ xăng dầu.',
    conditions: 'Cửa hàng được thiết kế, xây dựng, trang thiết bị theo quy chuẩn kỹ thuật quốc gia; đáp ứng yêu cầu phòng cháy, chữa cháy và bảo vệ môi trường; cán bộ quản lý, nhân viên được đào tạo, huấn luyện nghiệp vụ.',
    resultDescription: 'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu, có thời hạn 05 năm.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị cấp Giấy chứng nhận cửa hàng bán lẻ xăng dầu', fileName: 'Mẫu đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu.docx' } },
      { name: 'Tài liệu chứng minh quyền sở hữu hoặc quyền sử dụng cửa hàng bán lẻ xăng dầu', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Văn bản nghiệm thu về phòng cháy và chữa cháy', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Hợp đồng đại lý hoặc hợp đồng nhượng quyền bán lẻ xăng dầu', required: false, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
      { name: 'Chứng nhận huấn luyện nghiệp vụ phòng cháy, chữa cháy và bảo vệ môi trường của cán bộ quản lý, nhân viên', required: true, originals: 0, copies: 1, acceptedTypes: ['pdf'] },
    ],
    templates: [{ title: 'Mẫu đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu', fileName: 'Mẫu đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu.docx' }],
    form: {
      sections: [
        {
          title: t('Thương nhân', 'Trader'),
          fields: [
            { kind: 'text', key: 'tenThuongNhan', label: t('Tên thương nhân', 'Trader name'), required: true, maxLength: 255 },
            fTaxCode(),
            fPhone(),
            { kind: 'text', key: 'thuongNhanCungCap', label: t('Thương nhân đầu mối, phân phối cung cấp xăng dầu', 'Supplying key trader / distributor'), required: true, maxLength: 255 },
          ],
        },
        {
          title: t('Cửa hàng bán lẻ', 'Filling station'),
          fields: [
            { kind: 'text', key: 'tenCuaHang', label: t('Tên cửa hàng', 'Station name'), required: true, maxLength: 255 },
            fAddress('diaChiCuaHang', 'Địa chỉ cửa hàng', 'Station address'),
            { kind: 'number', key: 'soCotBom', label: t('Số cột bơm', 'Number of pumps'), required: true, min: 1, max: 50, integer: true, unit: 'cột' },
            { kind: 'number', key: 'tongDungTichBe', label: t('Tổng dung tích bể chứa', 'Total tank capacity'), required: true, min: 1, unit: 'm³' },
            fName('nguoiQuanLy', 'Người quản lý cửa hàng', 'Station manager'),
            fDeclaration(),
          ],
        },
      ],
    },
    sampleFormData: {
      tenThuongNhan: 'Công ty Cổ phần Xăng dầu Tây Bắc',
      maSoDoanhNghiep: '5600104512',
      soDienThoai: '0913058246',
      thuongNhanCungCap: 'Công ty Xăng dầu Điện Biên',
      tenCuaHang: 'Cửa hàng xăng dầu Mường Ảng',
      diaChiCuaHang: addr('muongAng', 'Tổ dân phố 4, Quốc lộ 279'),
      soCotBom: 4,
      tongDungTichBe: 75,
      nguoiQuanLy: 'Lò Văn Hải',
      camDoan: true,
    },
    usageCount: 21,
  },
  {
    code: '2.000033.H18',
    name: 'Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi thực hiện trên địa bàn 01 tỉnh, thành phố trực thuộc Trung ương',
    agencyUnitCode: AG.SO_CONG_THUONG,
    fieldCode: FIELD.XUC_TIEN_THUONG_MAI,
    serviceLevel: 'full_online',
    legacyLevel: 4,
    steps: [
      'Bước 1: Thương nhân nộp hồ sơ đăng ký thực hiện khuyến mại trực tuyến trên Cổng Dịch vụ công.',
      'Bước 2: Sở Công Thương xem xét hồ sơ; trường hợp hồ sơ chưa đầy đủ, hợp lệ thì thông báo để thương nhân sửa đổi, bổ sung.',
      'Bước 3: Sở Công Thương có văn bản xác nhận đăng ký thực hiện khuyến mại hoặc văn bản không xác nhận, nêu rõ lý do.',
      'Bước 4: Thương nhân thực hiện chương trình và báo cáo kết quả trong thời hạn 45 ngày kể từ ngày hết thời hạn trao giải thưởng.',
    ],
    processingDays: 5,
    fees: NO_FEE,
    legalBasis: [LAW.luatThuongMai, LAW.nd81_2018, LAW.nd128_2024],
    applicants: 'Thương nhân thực hiện khuyến mại mang tính may rủi chỉ trên địa bàn tỉnh Điện Biên.',
    conditions: 'Chương trình có thể lệ rõ ràng; tổng giá trị giải thưởng không vượt quá hạn mức theo quy định; có trích 50% giá trị giải thưởng đã công bố vào ngân sách nhà nước nếu không có người trúng thưởng.',
    resultDescription: 'Văn bản xác nhận đăng ký thực hiện khuyến mại.',
    submissionChannels: CHANNELS.province,
    components: [
      { name: 'Đơn đề nghị đăng ký thực hiện khuyến mại', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu đơn đề nghị đăng ký thực hiện khuyến mại', fileName: 'Mẫu đơn đề nghị đăng ký thực hiện khuyến mại.docx' } },
      { name: 'Thể lệ chương trình khuyến mại', required: true, originals: 1, copies: 0, acceptedTypes: ['pdf', 'doc', 'docx'], template: { title: 'Mẫu thể lệ chương trình khuyến mại', fileName: 'Mẫu thể lệ chương trình khuyến mại.docx' } },
      { name: 'Mẫu vé số dự thưởng hoặc hình ảnh thẻ cào, bao bì có chứa thông tin trúng thưởng', required: false, originals: 1, copies: 0, acceptedTypes: ['pdf', 'jpeg', 'png'] },
    ],
    templates: [
      { title: 'Mẫu đơn đề nghị đăng ký thực hiện khuyến mại', fileName: 'Mẫu đơn đề nghị đăng ký thực hiện khuyến mại.docx' },
      { title: 'Mẫu thể lệ chương trình khuyến mại', fileName: 'Mẫu thể lệ chương trình khuyến mại.docx' },
    ],
    form: {
      sections: [
        {
          title: t('Thương nhân', 'Trader'),
          fields: [
            { kind: 'text', key: 'tenThuongNhan', label: t('Tên thương nhân', 'Trader name'), required: true, maxLength: 255 },
            fTaxCode(),
            fPhone(),
          ],
        },
        {
          title: t('Chương trình khuyến mại', 'Promotion'),
          fields: [
            { kind: 'text', key: 'tenChuongTrinh', label: t('Tên chương trình khuyến mại', 'Promotion name'), required: true, maxLength: 255 },
            { kind: 'date', key: 'ngayBatDau', label: t('Thời gian bắt đầu', 'Start date'), required: true, range: 'any' },
            { kind: 'date', key: 'ngayKetThuc', label: t('Thời gian kết thúc', 'End date'), required: true, range: 'any' },
            { kind: 'textarea', key: 'hangHoaKhuyenMai', label: t('Hàng hóa, dịch vụ được khuyến mại', 'Goods and services promoted'), required: true, maxLength: 2000 },
            {
              kind: 'table', key: 'coCauGiaiThuong', label: t('Cơ cấu giải thưởng', 'Prizes'), required: true, minRows: 1, maxRows: 30,
              columns: [
                { kind: 'text', key: 'tenGiai', label: t('Tên giải', 'Prize'), required: true, maxLength: 100 },
                { kind: 'text', key: 'noiDungGiai', label: t('Nội dung giải thưởng', 'Prize description'), required: true, maxLength: 255 },
                { kind: 'number', key: 'triGia', label: t('Trị giá mỗi giải', 'Value per prize'), required: true, min: 0, integer: true, unit: 'VND' },
                { kind: 'number', key: 'soLuong', label: t('Số lượng giải', 'Number of prizes'), required: true, min: 1, integer: true },
              ],
            },
            { kind: 'number', key: 'tongGiaTriGiaiThuong', label: t('Tổng giá trị giải thưởng', 'Total prize value'), required: true, min: 0, integer: true, unit: 'VND' },
            fDeclaration('Thương nhân cam kết thực hiện đúng thể lệ chương trình khuyến mại và chịu trách nhiệm theo quy định của pháp luật.', 'The trader undertakes to run the promotion according to its rules and the law.'),
          ],
        },
      ],
    },
    sampleFormData: {
      tenThuongNhan: 'Công ty TNHH Thương mại Phương Đông Điện Biên',
      maSoDoanhNghiep: '5600198724',
      soDienThoai: PERSON.hung.phone,
      tenChuongTrinh: 'Mua sắm vui – trúng quà Tết 2026',
      ngayBatDau: '2026-01-05',
      ngayKetThuc: '2026-02-10',
      hangHoaKhuyenMai: 'Các sản phẩm nước giải khát, bánh kẹo do công ty phân phối tại các cửa hàng trên địa bàn tỉnh Điện Biên.',
      coCauGiaiThuong: [
        { tenGiai: 'Giải Nhất', noiDungGiai: 'Xe máy Honda Wave Alpha', triGia: 18000000, soLuong: 1 },
        { tenGiai: 'Giải Nhì', noiDungGiai: 'Tivi 43 inch', triGia: 7000000, soLuong: 2 },
        { tenGiai: 'Giải Ba', noiDungGiai: 'Phiếu mua hàng', triGia: 500000, soLuong: 50 },
      ],
      tongGiaTriGiaiThuong: 57000000,
      camDoan: true,
    },
    usageCount: 58,
  },
];
