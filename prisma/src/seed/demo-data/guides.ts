import type { SeedGuide } from './types.ts';

/**
 * The guides (Hướng dẫn sử dụng) of the demo portal, in Vietnamese and English; the same
 * slug in both languages so a reader can switch. They describe what THIS portal does, with
 * its real button names and pages, and cover every flow of the user guides of the portals
 * it replaces (/work/shared/seeds): account, activation, login, profile and password;
 * finding and reading a procedure; preparing, saving and sending a dossier with its
 * attachments; the six categories of Hồ sơ cá nhân; supplementing, the result and the
 * rating; submitting without an account; the public lookup (code, receipt number + CCCD,
 * QR code); statistics, Q&A and legal documents; and, for staff, the one-stop desk's work.
 *
 * Markdown, rendered by apps/api/src/features/guides/markdown.ts: `## N. Title` headings
 * become the table of contents, with ids `muc-…` (links such as `#muc-12-…` rely on them).
 */
export const guides: SeedGuide[] = [
  {
    slug: 'cong-dan',
    locale: 'vi',
    title: 'Hướng dẫn sử dụng dành cho công dân, tổ chức',
    sortOrder: 1,
    body: `Cổng Dịch vụ công trực tuyến giúp công dân, tổ chức tra cứu thủ tục hành chính, nộp hồ sơ qua mạng và theo dõi kết quả giải quyết mà không phải đến cơ quan nhà nước nhiều lần. Hướng dẫn này đi qua từng chức năng của Cổng, theo đúng tên các nút trên màn hình.

Có hai cách nộp hồ sơ trực tuyến:

- **Có tài khoản** (khuyến nghị): bạn theo dõi hồ sơ trong mục **Hồ sơ cá nhân**, nhận yêu cầu của cơ quan giải quyết và bổ sung hồ sơ ngay trên Cổng.
- **Không cần tài khoản**: mọi phản hồi của cơ quan giải quyết chỉ được gửi qua thư điện tử; nếu cơ quan yêu cầu bổ sung, bạn phải lập một hồ sơ mới (xem [mục 12](#muc-12-nop-ho-so-khong-can-tai-khoan)).

Cổng dùng được trên máy tính và điện thoại, với các trình duyệt thông dụng (Cốc Cốc, Google Chrome, Microsoft Edge, Mozilla Firefox, Safari). Nút **Ngôn ngữ** ở đầu trang chuyển giao diện sang tiếng Anh.

## 1. Đăng ký tài khoản

1. Bấm **Đăng ký** ở góc trên bên phải màn hình.
2. Nhập các thông tin sau. Các trường có dấu (*) là bắt buộc.

| Trường | Cách nhập |
|---|---|
| Tên tài khoản * | Chỉ gồm chữ cái không dấu a–z và chữ số 0–9, không có khoảng trắng hay ký tự đặc biệt, từ 3 đến 32 ký tự. Ví dụ: \`thanhxuan123\`. Tên đã có người dùng (kể cả khác chữ hoa, chữ thường) thì không đăng ký lại được. |
| Mật khẩu * | Ít nhất 8 ký tự, kết hợp chữ hoa, chữ thường, chữ số và ký tự đặc biệt; hoặc một cụm từ dài từ 16 ký tự. Cổng từ chối mật khẩu quá dễ đoán. |
| Nhập lại mật khẩu * | Giống hệt mật khẩu ở trên. |
| Thư điện tử (email) * | Địa chỉ bạn đang dùng: thư kích hoạt được gửi tới đây. Mỗi địa chỉ chỉ dùng cho một tài khoản. |
| Số điện thoại di động * | 10 chữ số, ví dụ \`0912345678\`. |
| Họ và tên | Không bắt buộc khi đăng ký; có thể bổ sung sau trong **Thông tin cá nhân**. |
| Mã xác nhận * | Bấm vào ô **Tôi không phải là robot**. Trình duyệt tự thực hiện một phép tính ngắn (khoảng một giây) để xác nhận bạn không phải là chương trình tự động; không có mã nào phải đọc hay nghe. Khi xong, ô hiện **Đã xác minh**. |

3. Bấm **Đăng ký**. Màn hình báo **Đăng ký thành công** và cho biết thư kích hoạt đã được gửi tới địa chỉ nào.

Nếu có thông tin chưa đúng, Cổng liệt kê tất cả các lỗi ở đầu biểu mẫu và ngay dưới từng ô; sửa lại rồi bấm **Đăng ký** lần nữa.

## 2. Kích hoạt tài khoản qua thư điện tử

1. Mở hộp thư điện tử, tìm thư **Kích hoạt tài khoản Cổng Dịch vụ công** (nếu không thấy, kiểm tra cả mục *Thư rác* hoặc *Spam*).
2. Bấm vào liên kết kích hoạt trong thư. Trang **Kích hoạt tài khoản** báo tài khoản đã được kích hoạt.

Liên kết có hiệu lực trong **48 giờ** và chỉ dùng được một lần. Tài khoản chưa kích hoạt thì chưa đăng nhập được. Nếu thư không đến hoặc liên kết đã hết hạn, vào trang **Đăng nhập**, bấm **Gửi lại thư kích hoạt**; mỗi giờ Cổng gửi tối đa 3 thư cho một tài khoản.

## 3. Đăng nhập, đăng xuất và quên mật khẩu

- Bấm **Đăng nhập** ở góc trên bên phải, nhập **Tên tài khoản hoặc thư điện tử** và **Mật khẩu**, rồi bấm **Đăng nhập**.
- Đánh dấu **Tự động đăng nhập lần sau** nếu bạn dùng máy của riêng mình: Cổng giữ đăng nhập trong 30 ngày. **Không** chọn ô này trên máy dùng chung (điểm Internet, máy tại Bộ phận Một cửa…); khi đó phiên đăng nhập kết thúc lúc bạn đóng trình duyệt.
- Nhập sai mật khẩu 5 lần liên tiếp, tài khoản bị tạm khóa trong ít phút (thời gian khóa tăng dần nếu tiếp tục nhập sai). Màn hình cho biết lúc nào được thử lại; bạn cũng có thể đặt lại mật khẩu.
- **Quên mật khẩu?**: nhập địa chỉ thư điện tử của tài khoản, bấm **Gửi liên kết đặt lại mật khẩu**, mở thư và bấm liên kết (có hiệu lực 60 phút), nhập mật khẩu mới rồi bấm **Đặt mật khẩu mới**. Mọi phiên đăng nhập cũ đều bị đăng xuất.
- Dùng xong, bấm vào tên của bạn (**Xin chào, …**) rồi chọn **Thoát**.

Cán bộ, công chức dùng trang **Cán bộ đăng nhập**; tài khoản công dân không đăng nhập được ở trang đó và ngược lại.

## 4. Thông tin cá nhân và đổi mật khẩu

Sau khi đăng nhập, bấm vào tên của bạn rồi chọn **Thông tin cá nhân**:

- **Thông tin cá nhân**: họ và tên, giới tính, ngày sinh, số căn cước công dân (CCCD, 12 chữ số), địa chỉ, số điện thoại di động. Bấm **Lưu thông tin**. Các thông tin này được điền sẵn vào phần **Thông tin người nộp hồ sơ** mỗi khi bạn lập hồ sơ, nên hãy khai chính xác.
- **Thư điện tử**: nhập địa chỉ mới, bấm **Đổi thư điện tử**. Địa chỉ mới chỉ được dùng sau khi bạn bấm liên kết xác nhận gửi tới chính địa chỉ đó.
- **Đổi mật khẩu**: nhập **Mật khẩu hiện tại**, **Mật khẩu mới**, **Nhập lại mật khẩu mới**, bấm **Đổi mật khẩu**. Các phiên đăng nhập trên thiết bị khác bị đăng xuất ngay.

## 5. Tìm thủ tục hành chính

Trang **Thủ tục hành chính** liệt kê mọi thủ tục của các cơ quan trong tỉnh; trang **Dịch vụ công trực tuyến** chỉ liệt kê các thủ tục nhận hồ sơ qua mạng. Có ba cách tìm:

### Theo cơ quan, rồi lĩnh vực

1. Ở phần **Chọn cơ quan thực hiện**, chọn cơ quan giải quyết trong nhóm **Sở ban ngành**, **Xã, phường** hoặc **Trung tâm Phục vụ hành chính công**. Ví dụ: *Sở Xây dựng*.
2. Ở phần **Lĩnh vực của …**, chọn lĩnh vực, ví dụ *Hoạt động xây dựng*. Bên cạnh mỗi lĩnh vực là số thủ tục.
3. Chọn thủ tục trong danh sách, ví dụ *Cấp giấy phép xây dựng*. Muốn đổi cơ quan, bấm **Chọn cơ quan khác**.

### Chọn trực tiếp lĩnh vực

Với thủ tục của xã, phường (hộ tịch, chứng thực, hộ kinh doanh…), không cần chọn cơ quan trước: ở phần **Hoặc chọn trực tiếp lĩnh vực**, chọn ví dụ *Hộ tịch* để thấy *Đăng ký khai sinh*, *Đăng ký kết hôn*, *Đăng ký khai tử*…

### Theo từ khóa

Gõ tên hoặc mã thủ tục vào ô **Tìm kiếm theo từ khóa** (có ở trang chủ và trang danh sách thủ tục) rồi bấm **Tìm kiếm**:

- gõ có dấu hay không dấu đều được: \`giay phep xay dung\` tìm thấy *Cấp giấy phép xây dựng*;
- gõ sai chính tả nhỏ vẫn tìm được: Cổng báo đó là các kết quả gần đúng;
- có thể gõ mã thủ tục, ví dụ \`1.009994\`;
- lọc thêm theo **Cơ quan thực hiện**, **Lĩnh vực**, **Mức độ dịch vụ**; bấm **Xóa bộ lọc** để tìm lại từ đầu.

## 6. Xem thông tin một thủ tục

Bấm vào tên thủ tục để mở trang chi tiết. Trang gồm:

- **Mã thủ tục**, **Cơ quan thực hiện**, **Cơ quan giải quyết**, **Lĩnh vực**, **Mức độ dịch vụ**;
- **Thời hạn giải quyết**, tính theo **ngày làm việc**: không kể thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết theo lịch làm việc của tỉnh;
- **Đối tượng thực hiện**, **Cách thức thực hiện**, **Trình tự thực hiện**, **Yêu cầu, điều kiện thực hiện**, **Kết quả thực hiện**;
- **Thành phần hồ sơ**: tên giấy tờ, số bản chính, bản sao, bắt buộc hay không; **Phí, lệ phí**; **Căn cứ pháp lý**;
- **Mẫu đơn, tờ khai**: bấm **Tải về** để lưu mẫu về máy;
- **Xem hồ sơ mẫu**: một tờ khai đã điền sẵn để tham khảo cách khai.

Mức độ dịch vụ cho biết bạn làm được gì trên Cổng:

| Mức độ | Ý nghĩa |
|---|---|
| **Toàn trình** | Nộp hồ sơ và nhận kết quả hoàn toàn trực tuyến. |
| **Một phần** | Nộp hồ sơ trực tuyến, nhưng có bước phải làm trực tiếp (ví dụ xuất trình bản chính, nhận kết quả bản giấy). |
| **Chỉ cung cấp thông tin** | Thủ tục chưa nhận hồ sơ trực tuyến: trang cho biết nơi tiếp nhận để bạn nộp trực tiếp hoặc qua dịch vụ bưu chính. |

Với thủ tục nhận hồ sơ trực tuyến, trang có hai nút: **Đăng ký trực tuyến** (nộp bằng tài khoản) và **Nộp hồ sơ không cần tài khoản**.

## 7. Tạo hồ sơ trực tuyến

1. Đăng nhập (nếu chưa đăng nhập, Cổng mở trang **Đăng nhập** rồi đưa bạn trở lại đúng thủ tục).
2. Mở thủ tục cần làm, bấm **Đăng ký trực tuyến**. Trang **Nộp hồ sơ: …** mở ra, ghi mã thủ tục, cơ quan giải quyết và thời hạn.
3. **Cơ quan tiếp nhận**: nếu thủ tục do nhiều nơi tiếp nhận (ví dụ mỗi phường một nơi), chọn nơi bạn nộp.
4. **Thông tin người nộp hồ sơ**: lấy từ **Thông tin cá nhân** của bạn; có thể sửa riêng cho hồ sơ này.
5. **Tờ khai**: biểu mẫu được quy định riêng cho từng thủ tục. Các mục có dấu (*) là bắt buộc khi gửi hồ sơ. Ngày nhập theo dạng ngày/tháng/năm (ví dụ 15/03/1985); địa chỉ chọn **Tỉnh/Thành phố**, **Phường/Xã** rồi ghi số nhà, đường, thôn, bản. Mục dạng bảng (ví dụ danh sách thành viên): bấm **Thêm dòng** để nhập từng người, **Xóa dòng** để bỏ.
6. **Thành phần hồ sơ**: với mỗi giấy tờ, bấm **Chọn tệp** (hoặc kéo thả tệp vào ô) để đính kèm bản chụp hoặc bản quét rõ nét. Bên cạnh là số bản, mức **Bắt buộc** / **Không bắt buộc** và **Mẫu đơn, tờ khai** để tải về nếu có.

Quy định về tệp đính kèm:

- loại tệp: PDF, JPG, PNG, DOC, DOCX, XLS, XLSX, tùy thành phần (Cổng ghi rõ loại nhận dưới từng thành phần);
- mỗi tệp tối đa 20 MB, cả hồ sơ tối đa 100 MB, mỗi thành phần tối đa 10 tệp;
- Cổng kiểm tra nội dung tệp chứ không chỉ tên tệp: tệp đổi đuôi hoặc hỏng bị từ chối kèm lý do;
- bấm **Xóa tệp** để bỏ một tệp đã đính kèm.

## 8. Lưu lại, gửi đi và giấy tiếp nhận

Cuối trang có ba nút:

- **Lưu lại**: lưu hồ sơ dù chưa điền đủ. Trong lúc bạn nhập, Cổng cũng tự động lưu (dòng trạng thái ghi **Đã lưu lúc …**). Hồ sơ nằm trong nhóm **Hồ sơ chưa gửi**; bạn có thể **Sửa**, **Xóa** (xác nhận **Xóa ngay**, hoặc **Bỏ qua** để thôi) hoặc **Gửi** sau.
- **Gửi đi**: gửi hồ sơ tới Bộ phận Một cửa của cơ quan giải quyết. Nếu còn thiếu, Cổng liệt kê **một lần** mọi mục cần bổ sung ở đầu trang. Khi đã đủ, hồ sơ được gửi, được cấp **mã hồ sơ** và bạn nhận thư xác nhận. Sau khi gửi, hồ sơ không sửa được nữa, trừ khi cơ quan yêu cầu bổ sung.
- **Đóng**: rời trang. Nếu còn thay đổi chưa lưu, Cổng hỏi lại trước khi rời.

**Mã hồ sơ** có dạng \`000.00.12.H18-250315-0007\`: mã cơ quan tiếp nhận, ngày (năm, tháng, ngày: YYMMDD) và số thứ tự 4 chữ số trong ngày. Ghi lại mã này để tra cứu.

Bấm **Tải giấy tiếp nhận** để lưu giấy tờ dạng PDF của hồ sơ. Trước khi cơ quan tiếp nhận, đó là giấy xác nhận đã gửi hồ sơ; sau khi tiếp nhận là **Giấy tiếp nhận hồ sơ và hẹn trả kết quả**, ghi ngày hẹn trả. Mã QR in trên giấy mở thẳng trang tra cứu của hồ sơ.

Theo quy định, Bộ phận Một cửa phải tiếp nhận hồ sơ hoặc hướng dẫn bổ sung trong vòng **08 giờ làm việc** kể từ khi bạn gửi.

## 9. Hồ sơ cá nhân: sáu nhóm hồ sơ

Bấm vào tên của bạn, chọn **Hồ sơ cá nhân**. Phần **Phân loại hồ sơ** cho biết số hồ sơ của từng nhóm; bấm **Xem danh sách hồ sơ** ở nhóm cần xem. Bấm **Nộp hồ sơ mới** để tìm thủ tục khác.

| Nhóm | Ý nghĩa | Bạn có thể |
|---|---|---|
| **Hồ sơ chưa gửi** | Đã lập nhưng chưa gửi. | **Sửa**, **Xóa**, **Gửi** |
| **Hồ sơ đã gửi** | Đã gửi, Bộ phận Một cửa chưa tiếp nhận. | **Xem**, **Quá trình XL**, **Tải giấy tiếp nhận** |
| **Hồ sơ yêu cầu bổ sung** | Cơ quan yêu cầu bổ sung thông tin hoặc giấy tờ. | Đọc nội dung yêu cầu, **Bổ sung hồ sơ** |
| **Hồ sơ đang xử lý** | Đã được tiếp nhận và đang giải quyết. | **Quá trình XL**, **Tải giấy tiếp nhận** |
| **Hồ sơ đã trả kết quả** | Đã giải quyết xong, có kết quả. | **Xem kết quả**, **Đánh giá**, **Quá trình XL** |
| **Hồ sơ bị trả lại** | Không đủ điều kiện hoặc không thuộc thẩm quyền của cơ quan. | Xem lý do trả lại, **Quá trình XL** |

Trong danh sách, bạn có thể tìm theo mã hồ sơ hoặc tên thủ tục và **Sắp xếp** theo ngày cập nhật, ngày tạo, mã hồ sơ hay hạn trả kết quả.

**Quá trình XL** (quá trình xử lý) liệt kê từng bước đã làm với hồ sơ: **Thời gian**, **Người gửi**, **Thao tác xử lý** (Tiếp nhận hồ sơ, Chuyển xử lý, Vào sổ văn bản, Yêu cầu bổ sung, Kết thúc xử lý, Trả kết quả…), **Người nhận/Đơn vị nhận** và **Ghi chú**.

Mỗi khi hồ sơ đổi trạng thái, Cổng gửi thư thông báo tới địa chỉ thư điện tử của bạn.

## 10. Bổ sung hồ sơ theo yêu cầu

Khi hồ sơ thiếu giấy tờ hoặc chưa hợp lệ, cơ quan giải quyết gửi **một lần** toàn bộ nội dung cần bổ sung. Hồ sơ chuyển sang nhóm **Hồ sơ yêu cầu bổ sung** và bạn nhận thư thông báo.

1. Mở nhóm **Hồ sơ yêu cầu bổ sung**, bấm **Bổ sung hồ sơ** ở hồ sơ cần bổ sung.
2. Đọc kỹ khung **Nội dung yêu cầu bổ sung** ở đầu trang.
3. Sửa tờ khai, đính kèm giấy tờ còn thiếu hoặc thay tệp chưa đạt.
4. Nếu cần, ghi **Ghi chú gửi cơ quan giải quyết** (ví dụ: *đã bổ sung bản sao giấy chứng nhận quyền sử dụng đất*).
5. Bấm **Gửi bổ sung**.

Hồ sơ quay lại nhóm **Hồ sơ đã gửi** để cơ quan tiếp tục giải quyết. Thời gian chờ bạn bổ sung không tính vào thời hạn giải quyết: ngày hẹn trả được lùi lại đúng số ngày làm việc đã tạm dừng.

## 11. Nhận kết quả và đánh giá

Khi hồ sơ có kết quả, bạn nhận thư thông báo và hồ sơ nằm trong nhóm **Hồ sơ đã trả kết quả**:

- mở hồ sơ (**Xem kết quả**): phần **Kết quả giải quyết** có các tệp ở mục **Đính kèm kết quả** để tải về; bản giấy (nếu có) được trả theo hình thức bạn đã đăng ký;
- ở phần **Đánh giá mức độ hài lòng**, chọn từ *Rất không hài lòng* đến *Rất hài lòng*, ghi **Ý kiến góp ý** nếu muốn (tối đa 1000 ký tự) rồi bấm **Gửi đánh giá**. Mỗi hồ sơ được đánh giá một lần; ý kiến của bạn giúp cơ quan nhà nước phục vụ tốt hơn.

Hồ sơ **bị trả lại** ghi rõ **Lý do trả lại hồ sơ**; bạn có thể lập hồ sơ mới khi đã khắc phục.

Nếu hồ sơ quá hạn, cơ quan giải quyết gửi thư xin lỗi và hẹn ngày trả kết quả mới; thông tin này có trong thư điện tử và trong **Quá trình XL**.

## 12. Nộp hồ sơ không cần tài khoản

Với thủ tục nhận hồ sơ trực tuyến, bạn có thể nộp mà không đăng ký tài khoản:

1. Trên trang thủ tục, bấm **Nộp hồ sơ không cần tài khoản**.
2. Ở phần **Thư điện tử nhận thông báo**, nhập địa chỉ thư điện tử của bạn và bấm ô **Tôi không phải là robot** để xác minh.
3. Khai **Thông tin người nộp hồ sơ** và **Tờ khai** như khi nộp có tài khoản, rồi bấm **Lưu lại** trước khi đính kèm tệp.
4. Đính kèm **Thành phần hồ sơ**, bấm **Gửi đi**.
5. Mở thư điện tử Cổng vừa gửi, bấm liên kết **xác nhận** (hiệu lực **72 giờ**). Hồ sơ chỉ được chuyển tới cơ quan giải quyết sau khi bạn xác nhận; trang xác nhận hiện **Mã hồ sơ**, hãy ghi lại.

Lưu ý:

- mọi phản hồi của cơ quan (tiếp nhận, yêu cầu bổ sung, kết quả, trả lại) chỉ được gửi qua thư điện tử đã khai, kèm liên kết tra cứu;
- nếu cơ quan **yêu cầu bổ sung**, bạn không sửa được hồ sơ đã gửi mà phải **lập một hồ sơ mới** theo đúng yêu cầu;
- hồ sơ đang soạn chỉ gắn với trình duyệt đang mở: đóng trình duyệt trước khi gửi là mất, phải lập lại;
- để theo dõi, bổ sung và lưu giữ hồ sơ thuận tiện, nên đăng ký tài khoản.

## 13. Tra cứu tình trạng hồ sơ

Bất kỳ ai cũng tra cứu được tình trạng giải quyết một hồ sơ đã gửi, không cần đăng nhập. Trên menu chính, chọn **Tra cứu**, rồi dùng một trong ba cách:

- **Tra cứu theo mã hồ sơ**: nhập **Mã hồ sơ** in trên giấy tiếp nhận hoặc trong thư thông báo, ví dụ \`000.00.12.H18-250315-0007\`, bấm **Tra cứu**. Chữ hoa, chữ thường và khoảng trắng không quan trọng.
- **Tra cứu theo số biên nhận và số CCCD**: nhập **Số biên nhận** (số in trên giấy tiếp nhận, trùng với mã hồ sơ) và **Số CCCD của người nộp hồ sơ** (12 chữ số), bấm **Tra cứu**. Cả hai phải khớp với hồ sơ.
- **Quét mã QR** in trên giấy tiếp nhận bằng camera điện thoại: trang tra cứu của hồ sơ mở ra ngay, không phải gõ mã.

Kết quả gồm hai phần:

- **Thông tin hồ sơ**: chủ hồ sơ (họ tên được che bớt), tên thủ tục, cơ quan giải quyết, ngày nộp, ngày tiếp nhận, ngày hẹn trả, tình trạng;
- **Tình hình xử lý hồ sơ**: các bước đã làm, theo thứ tự thời gian, với người gửi, thao tác xử lý và người nhận (chỉ ghi vai trò và đơn vị).

Để bảo vệ thông tin cá nhân, trang tra cứu không hiển thị địa chỉ, số điện thoại, số giấy tờ, tệp đính kèm hay tên cán bộ xử lý. Hồ sơ chưa gửi đi chưa tra cứu được. Mỗi máy chỉ được tra cứu một số lần nhất định trong ít phút.

## 14. Thống kê tình hình giải quyết hồ sơ

Trang **Thống kê** công khai số liệu tiếp nhận và giải quyết hồ sơ của các cơ quan:

1. Chọn **Từ tháng**, **Đến tháng**, **Cơ quan** và **Lĩnh vực** (hoặc để *Tất cả*), bấm **Xem thống kê**.
2. Phần **Số liệu chính** cho biết: hồ sơ đã tiếp nhận, hồ sơ đã giải quyết, **tỷ lệ giải quyết đúng hạn** (trước hạn, đúng hạn, quá hạn), **tỷ lệ hồ sơ trực tuyến** và **mức độ hài lòng** trung bình từ các lượt đánh giá.
3. Các biểu đồ theo tháng và theo cơ quan có kèm **Bảng số liệu**, nhóm theo tháng, cơ quan hoặc lĩnh vực; bấm **Tải bảng số liệu (CSV)** để mở bằng Excel.

Phần **Cách tính** giải thích thế nào là trước hạn, đúng hạn và quá hạn.

## 15. Hỏi đáp

Trang **Hỏi đáp** là nơi đặt câu hỏi về thủ tục hành chính và đọc các câu trả lời của cơ quan nhà nước:

- **Tìm câu hỏi đã được trả lời**: nhập **Từ khóa** (có thể gõ không dấu), chọn **Lĩnh vực** nếu cần, bấm **Tìm kiếm**; bấm vào câu hỏi để đọc câu trả lời và cơ quan trả lời.
- **Gửi câu hỏi**: nhập **Họ và tên**, **Thư điện tử** (chỉ dùng để gửi câu trả lời, không được công khai), **Lĩnh vực**, **Tiêu đề**, **Nội dung câu hỏi**, bấm ô **Tôi không phải là robot**, rồi bấm **Gửi câu hỏi**.

Câu hỏi được chuyển tới cơ quan phụ trách lĩnh vực; câu trả lời được gửi tới thư điện tử của bạn, và có thể được công khai trên trang Hỏi đáp để người khác cùng tham khảo.

## 16. Văn bản pháp luật

Trang **Văn bản** đăng các luật, nghị định, thông tư và văn bản của tỉnh làm căn cứ cho thủ tục hành chính:

- tìm theo từ khóa trong số ký hiệu, trích yếu hoặc cơ quan ban hành (có dấu hoặc không dấu), ví dụ \`42/2022/NĐ-CP\` hay \`dich vu cong truc tuyen\`;
- lọc theo loại văn bản, cơ quan ban hành, lĩnh vực, năm ban hành và tình trạng hiệu lực (*Còn hiệu lực*, *Hết hiệu lực một phần*, *Hết hiệu lực toàn bộ*, *Chưa có hiệu lực*);
- mở một văn bản để xem ngày ban hành, ngày hiệu lực, tóm tắt, các thủ tục dựa trên văn bản đó, và tải toàn văn (PDF).

## 17. Khi cần hỗ trợ

- Đường dây nóng và địa chỉ thư điện tử hỗ trợ ghi ở chân trang.
- Khi Cổng báo lỗi, thông báo có **Mã tra cứu lỗi**: hãy đọc mã này cho cán bộ hỗ trợ để được giúp nhanh hơn.
- Câu hỏi về một thủ tục cụ thể: gửi tại trang **Hỏi đáp** hoặc liên hệ Bộ phận Một cửa của cơ quan giải quyết.`,
  },
  {
    slug: 'can-bo',
    locale: 'vi',
    title: 'Hướng dẫn dành cho cán bộ tiếp nhận và giải quyết hồ sơ',
    sortOrder: 2,
    body: `Hướng dẫn này dành cho cán bộ, công chức của các cơ quan tiếp nhận và giải quyết thủ tục hành chính trên Cổng: văn thư, Bộ phận Một cửa, lãnh đạo và chuyên viên. Mỗi thao tác được ghi vào quá trình xử lý của hồ sơ và thông báo cho công dân khi hồ sơ đổi trạng thái.

## 1. Đăng nhập và trang làm việc

- Tài khoản cán bộ do quản trị của đơn vị tạo bằng thư mời: mở thư, bấm liên kết (hiệu lực 72 giờ), đặt mật khẩu.
- Bấm **Cán bộ đăng nhập** ở đầu trang, nhập tên tài khoản hoặc thư điện tử và mật khẩu. Tài khoản cán bộ không dùng được ở trang **Đăng nhập** của công dân.
- **Trang làm việc của cán bộ** cho biết số hồ sơ của đơn vị theo từng nhóm; bấm **Xem danh sách** ở nhóm cần làm.

| Nhóm | Gồm những hồ sơ |
|---|---|
| **Hồ sơ mới** | Công dân đã gửi, chờ tiếp nhận hoặc yêu cầu bổ sung trong 8 giờ làm việc. |
| **Đang xử lý** | Đã tiếp nhận, đang giải quyết trong cơ quan. |
| **Được giao cho tôi** | Đang chờ chính bạn xử lý. |
| **Yêu cầu bổ sung** | Đang chờ công dân bổ sung; thời hạn giải quyết tạm dừng. |
| **Sắp đến hạn** | Đang xử lý, đến hạn trả kết quả trong 2 ngày làm việc tới. |
| **Quá hạn** | Đã quá ngày hẹn trả kết quả. |
| **Đã xong** | Đã trả kết quả hoặc đã trả lại hồ sơ. |

Cán bộ chỉ thấy hồ sơ của đơn vị mình. Tài khoản quản trị không trực tiếp xử lý hồ sơ của công dân (tách biệt nhiệm vụ).

## 2. Tìm và mở hồ sơ

- Trang **Hồ sơ cần xử lý**: tìm theo mã hồ sơ, tên người nộp (có dấu hoặc không dấu) hoặc số CCCD; lọc theo **Thủ tục**, **Lĩnh vực**; sắp xếp theo hạn xử lý gần nhất, gửi sớm nhất hoặc cập nhật gần nhất.
- Mở một hồ sơ để xem: mã hồ sơ, trạng thái, **Hạn tiếp nhận (8 giờ làm việc)**, ngày hẹn trả, người đang xử lý, thông tin người nộp, tờ khai, thành phần hồ sơ (tệp PDF và ảnh mở ngay trong trình duyệt), kết quả và **Quá trình xử lý**.
- Khung **Xử lý hồ sơ** chỉ hiện những thao tác vai trò của bạn được làm ở trạng thái hiện tại.

## 3. Tiếp nhận hồ sơ (Bộ phận Một cửa)

Với hồ sơ trong nhóm **Hồ sơ mới**, kiểm tra tờ khai và thành phần hồ sơ, rồi trong **8 giờ làm việc** kể từ khi công dân gửi (Nghị định 45/2020/NĐ-CP) chọn một trong ba cách:

- **Tiếp nhận hồ sơ**: hồ sơ chuyển sang **Đang xử lý**; Cổng tính ngày hẹn trả bằng số ngày làm việc của thủ tục theo lịch làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, Tết), cấp **Giấy tiếp nhận hồ sơ và hẹn trả kết quả** và gửi thư cho công dân. Người tiếp nhận trở thành người xử lý hồ sơ.
- **Yêu cầu bổ sung**: xem mục 4.
- **Trả lại hồ sơ**: khi hồ sơ không đủ điều kiện hoặc không thuộc thẩm quyền. **Lý do trả lại** là bắt buộc; công dân thấy lý do trên hồ sơ và trong thư điện tử.

## 4. Yêu cầu bổ sung

Bấm **Yêu cầu bổ sung**, ghi đầy đủ, **một lần**, tất cả những gì công dân cần bổ sung trong **Nội dung yêu cầu bổ sung**, và chọn các thành phần hồ sơ cần bổ sung nếu có. Văn thư yêu cầu được khi hồ sơ mới gửi; trong khi xử lý, lãnh đạo và chuyên viên cũng yêu cầu được.

Từ lúc yêu cầu, thời hạn giải quyết **tạm dừng**. Khi công dân bấm **Gửi bổ sung**, hồ sơ trở lại nhóm **Hồ sơ mới** để kiểm tra phần bổ sung và tiếp tục giải quyết; ngày hẹn trả được lùi đúng số ngày làm việc đã tạm dừng. Công dân nộp không cần tài khoản thì phải lập hồ sơ mới.

## 5. Vào sổ và chuyển xử lý

- **Chuyển quản lý văn bản** và **Vào sổ văn bản** (văn thư): ghi các bước này vào quá trình xử lý; khi vào sổ, nhập **Số vào sổ**.
- **Chuyển xử lý** (văn thư, lãnh đạo, chuyên viên): chọn cán bộ nhận ở **Chuyển cho** (lãnh đạo hoặc chuyên viên của đơn vị), ghi chú nếu cần. Người nhận trở thành người xử lý và thấy hồ sơ trong nhóm **Được giao cho tôi**.

## 6. Gia hạn và xin lỗi khi quá hạn

Chỉ khi hồ sơ đã quá hạn, văn thư hoặc lãnh đạo dùng **Gia hạn / xin lỗi**: nhập **Ngày hẹn trả mới** (sau ngày hẹn hiện tại) và **Nội dung thư xin lỗi**. Thư được gửi tới công dân; ngày hẹn ban đầu vẫn được giữ để thống kê, nên hồ sơ vẫn được tính là trễ hạn.

## 7. Kết thúc xử lý và trả kết quả

- **Kết thúc xử lý** (chuyên viên, lãnh đạo, văn thư): tải lên ít nhất một **Văn bản kết quả** (PDF, ảnh, Word hoặc Excel, tối đa 20 MB mỗi tệp). Hồ sơ chuyển sang **Đã trả kết quả**; công dân nhận thư và tải được văn bản kết quả, rồi đánh giá mức độ hài lòng.
- **Trả kết quả** (văn thư): xác nhận đã trao kết quả (bản giấy) cho công dân; bước này được ghi vào quá trình xử lý.

## 8. Khi hai người cùng thao tác

Mỗi thao tác mang theo phiên bản hồ sơ bạn đang xem. Nếu một cán bộ khác vừa xử lý cùng hồ sơ, Cổng báo **Hồ sơ vừa được người khác xử lý**, tải lại thông tin mới nhất; hãy kiểm tra rồi thao tác lại. Không có bước nào bị ghi hai lần.

## 9. Trả lời hỏi đáp

Menu **Trả lời hỏi đáp** liệt kê câu hỏi của công dân gửi tới cơ quan của bạn, lọc theo trạng thái:

- **Trả lời**: ghi **Nội dung trả lời**; để dấu chọn **Công khai câu hỏi và trả lời trên trang Hỏi đáp** nếu câu trả lời có ích cho người khác; bấm **Gửi trả lời**. Người hỏi nhận câu trả lời qua thư điện tử.
- **Từ chối**: ghi **Lý do từ chối** (người hỏi nhận qua thư điện tử; câu hỏi không được công khai).

## 10. Quản trị (dành cho cán bộ quản trị)

Quản trị đơn vị và quản trị hệ thống vào **Quản trị** để quản lý: **Cơ quan & lĩnh vực**, **Thủ tục** (thông tin, thành phần hồ sơ, mẫu đơn, biểu mẫu trực tuyến), **Cán bộ** (mời, phân quyền, vô hiệu hóa), **Lịch làm việc** (ngày nghỉ lễ, Tết, ngày làm bù), **Mẫu e-mail**, **Hướng dẫn** (các trang hướng dẫn này) và **Nhật ký** (ai đã thay đổi gì, khi nào). Quản trị đơn vị chỉ quản lý dữ liệu của đơn vị mình.`,
  },
  {
    slug: 'cong-dan',
    locale: 'en',
    title: 'User guide for citizens and organisations',
    sortOrder: 1,
    body: `The Online Public Service Portal lets citizens and organisations find administrative procedures, submit dossiers online and follow them to the result without going to a public office again and again. This guide walks through every function of the portal, with the names of the buttons as they appear on screen (in the English interface; the Vietnamese names are given in brackets where they help).

There are two ways to submit a dossier online:

- **With an account** (recommended): you follow your dossiers under **My dossiers** (*Hồ sơ cá nhân*), receive the agency's requests and supplement the dossier on the portal itself.
- **Without an account**: every answer from the agency comes only by e-mail; if the agency asks for a supplement you have to prepare a new dossier (see [section 12](#muc-12-submitting-without-an-account)).

The portal works on computers and phones, in the usual browsers (Cốc Cốc, Google Chrome, Microsoft Edge, Mozilla Firefox, Safari). The **Language** switch at the top of every page changes between Vietnamese and English.

## 1. Registering an account

1. Click **Register** at the top right of the screen.
2. Fill in the form. Fields marked (*) are required.

| Field | What to enter |
|---|---|
| Username * | Lower-case letters a–z and digits 0–9 only, no spaces, accents or symbols, 3 to 32 characters, e.g. \`thanhxuan123\`. A username already taken (in any letter case) cannot be registered again. |
| Password * | At least 8 characters mixing upper and lower case letters, digits and symbols; or a passphrase of 16 characters or more. Passwords that are too easy to guess are refused. |
| Repeat the password * | Exactly the same password again. |
| E-mail * | An address you use: the activation message is sent there. Each address can belong to one account only. |
| Mobile phone number * | 10 digits, e.g. \`0912345678\`. |
| Full name | Optional at registration; you can add it later under **Personal information**. |
| Verification * | Tick **I'm not a robot**. Your browser does a short computation (about a second) to show it is not an automated program; there is no code to read or hear. When it is done the box says it is verified. |

3. Click **Register**. The page says **Registration complete** and tells you where the activation message was sent.

If something is wrong, the portal lists every problem at the top of the form and under each field; correct them and click **Register** again.

## 2. Activating the account by e-mail

1. Open your mailbox and find the activation message from the portal (*Kích hoạt tài khoản Cổng Dịch vụ công*); check the spam folder too.
2. Follow the activation link in the message. The **Activate your account** page confirms that the account is active.

The link is valid for **48 hours** and works once. You cannot sign in before the account is activated. If no message arrives or the link has expired, open **Sign in** and click **Send the activation message again**; the portal sends at most 3 such messages per account and hour.

## 3. Signing in, signing out and a forgotten password

- Click **Sign in** at the top right, enter your **Username or e-mail** and **Password**, then click **Sign in**.
- Tick **Keep me signed in** only on your own device: the portal then keeps you signed in for 30 days. **Do not** tick it on a shared computer (Internet café, the computer at the one-stop desk…); without it, the session ends when you close the browser.
- After 5 wrong passwords in a row the account is locked for a few minutes (longer if the wrong passwords go on). The page says when you may try again; you can also reset the password.
- **Forgot your password?**: enter the e-mail address of the account, click **Send the reset link**, open the message and follow the link (valid for 60 minutes), choose a new password and click **Set the new password**. Every earlier session is signed out.
- When you are done, click your name (**Hello, …**) and choose **Sign out**.

Civil servants use **Staff sign in**; a citizen account cannot sign in there, nor a staff account on the citizens' page.

## 4. Personal information and changing the password

After signing in, click your name and choose **Personal information**:

- **Personal information**: full name, gender, date of birth, citizen ID number (CCCD, 12 digits), address, mobile phone number. Click **Save**. These details pre-fill the **Applicant** section of every dossier you prepare, so keep them accurate.
- **E-mail**: enter the new address and click **Change e-mail**. The new address is used only after you follow the confirmation link sent to it.
- **Change password**: enter the **Current password**, the **New password** and **Repeat the new password**, then click **Change password**. Sessions on other devices are signed out at once.

## 5. Finding an administrative procedure

**Administrative procedures** lists every procedure of the province's agencies; **Online public services** lists only those that accept dossiers online. There are three ways to find one:

### By agency, then field

1. Under **Choose the agency**, pick the agency that handles it in **Departments**, **Communes and wards** or **Public Administration Service Centre**, e.g. *Sở Xây dựng* (Department of Construction).
2. Under **Fields of …**, pick a field, e.g. *Hoạt động xây dựng* (construction activities). Each field shows how many procedures it has.
3. Pick the procedure, e.g. *Cấp giấy phép xây dựng* (building permit). **Choose another agency** starts again.

### By field directly

For commune and ward procedures (civil status, certification, household businesses…) you need not choose an agency first: under **Or choose a field directly**, pick e.g. *Hộ tịch* (civil status) to see birth, marriage and death registration.

### By keyword

Type the name or code of the procedure in **Search by keyword** (on the home page and on the procedure list) and click **Search**:

- Vietnamese accents are optional: \`giay phep xay dung\` finds *Cấp giấy phép xây dựng*;
- small typos are fine: the portal says when it shows the closest matches;
- you can type a procedure code, e.g. \`1.009994\`;
- narrow the list with **Agency**, **Field** and **Service level**; **Clear filters** starts again.

## 6. Reading a procedure

Click the name of a procedure to open its page. It shows:

- the **Procedure code**, the **Agency**, the **Handling agencies**, the **Field** and the **Service level**;
- the **Processing time**, counted in **working days**: Saturdays, Sundays and the public holidays and Tết days of the province's working calendar do not count;
- **Who can apply**, **How to apply**, **Steps**, **Requirements and conditions**, **Result**;
- **Required documents**: each document, the number of originals and copies, required or optional; **Fees and charges**; **Legal basis**;
- **Form templates**: click **Download** to keep a template;
- **View a sample dossier**: a filled-in form to show how to fill it in.

The service level tells you what you can do on the portal:

| Level | Meaning |
|---|---|
| **Fully online** | Submit and receive the result entirely online. |
| **Partly online** | Submit online, but one step is done in person (e.g. showing originals, collecting a paper result). |
| **Information only** | The procedure does not accept online dossiers yet: the page says where to submit in person or by post. |

A procedure that accepts online dossiers has two buttons: **Apply online** (with your account) and **Submit without an account**.

## 7. Preparing a dossier online

1. Sign in (if you are not signed in, the portal opens **Sign in** and brings you back to the procedure).
2. Open the procedure and click **Apply online**. The dossier page opens with the procedure code, the handling agency and the processing time.
3. **Receiving agency**: when several offices receive the procedure (e.g. one per ward), choose yours.
4. **Applicant**: taken from your **Personal information**; you can change it for this dossier.
5. **Declaration form**: each procedure has its own form. Items marked (*) are required to send the dossier. Dates are day/month/year (e.g. 15/03/1985); for an address choose the province and the ward or commune, then the house number, street, village. For a table (e.g. a list of members), **Add row** adds one person at a time and **Remove row** takes one out.
6. **Dossier components**: for each document, click **Choose files** (or drag and drop the file onto the box) and attach a clear photo or scan. Beside it are the number of copies, **Required** or **Optional**, and the **Template** to download when there is one.

Rules for attached files:

- kinds of file: PDF, JPG, PNG, DOC, DOCX, XLS, XLSX, depending on the component (the accepted kinds are written under each one);
- each file up to 20 MB, the whole dossier up to 100 MB, at most 10 files per component;
- the portal checks what the file contains, not just its name: a renamed or damaged file is refused with the reason;
- **Remove file** takes an attached file out.

## 8. Save, Send and the receipt

At the bottom of the page there are three buttons:

- **Save** (*Lưu lại*): keeps the dossier even when it is incomplete. While you type, the portal also saves by itself (the status line says **Saved at …**). The dossier is under **Unsent dossiers**; you can **Edit** it, **Delete** it (confirm with **Delete now**, or cancel) or **Send** it later.
- **Send** (*Gửi đi*): sends the dossier to the one-stop desk of the handling agency. If anything is missing, the portal lists **all at once** what must be completed, at the top of the page. When everything is there, the dossier is sent, gets its **dossier code** and you receive a confirmation by e-mail. Once sent, a dossier cannot be edited any more unless the agency asks for a supplement.
- **Close** (*Đóng*): leaves the page. If there are unsaved changes, the portal asks before leaving.

A **dossier code** looks like \`000.00.12.H18-250315-0007\`: the code of the receiving office, the date (year, month, day: YYMMDD) and a 4-digit number of the day. Keep it to look the dossier up.

**Download the receipt** gives the dossier's paper as a PDF. Before the agency receives the dossier it confirms the sending; once received, it is the **receipt and appointment for the result** (*Giấy tiếp nhận hồ sơ và hẹn trả kết quả*) with the due date. Its QR code opens the dossier's public lookup page.

By regulation, the one-stop desk must receive the dossier, or say what to supplement, within **8 working hours** of your sending.

## 9. My dossiers: the six categories

Click your name and choose **My dossiers**. **Dossiers by category** shows how many dossiers each category holds; click **View the list** on the one you need. **Submit a new dossier** takes you back to the procedures.

| Category | Meaning | What you can do |
|---|---|---|
| **Unsent dossiers** (*Hồ sơ chưa gửi*) | Prepared but not sent. | **Edit**, **Delete**, **Send** |
| **Sent dossiers** (*Hồ sơ đã gửi*) | Sent, not yet received by the one-stop desk. | **View**, **History**, **Download the receipt** |
| **Dossiers needing a supplement** (*Hồ sơ yêu cầu bổ sung*) | The agency asks for more information or documents. | Read the request, **Supplement the dossier** |
| **Dossiers being processed** (*Hồ sơ đang xử lý*) | Received and being handled. | **History**, **Download the receipt** |
| **Dossiers with a result** (*Hồ sơ đã trả kết quả*) | Handled, with a result. | **View the result**, **Rate**, **History** |
| **Returned dossiers** (*Hồ sơ bị trả lại*) | Not eligible, or not within the agency's competence. | Read why, **History** |

In a list you can search by dossier code or procedure name and **Sort by** last update, creation date, dossier code or due date.

**History** (the processing history) lists every step taken on the dossier: **Time**, **From**, **Action** (received, forwarded for processing, registered in the records book, supplement requested, processing completed, result handed over…), **To** and **Note**.

Whenever a dossier changes status, the portal e-mails you.

## 10. Supplementing a dossier on request

When documents are missing or not valid, the handling agency sends the complete list of what to supplement **in one request**. The dossier moves to **Dossiers needing a supplement** and you receive an e-mail.

1. Open **Dossiers needing a supplement** and click **Supplement the dossier** on the dossier.
2. Read **What the agency asks you to supplement** at the top of the page.
3. Correct the form, attach the missing documents or replace the files that were not accepted.
4. If useful, write a **Note to the handling agency** (e.g. *added a copy of the land use right certificate*).
5. Click **Send the supplement** (*Gửi bổ sung*).

The dossier goes back to **Sent dossiers** for the agency to continue. The time spent waiting for your supplement does not count towards the processing time: the due date moves by exactly the working days that were paused.

## 11. Receiving the result and rating the service

When the dossier has a result you receive an e-mail and find it under **Dossiers with a result**:

- open it (**View the result**): the **Result** section has the **Result documents** to download; a paper result, if any, is handed over the way you chose;
- under **Rate the service**, choose from *Very dissatisfied* to *Very satisfied*, add **Comments** if you wish (up to 1000 characters) and click **Send the rating**. Each dossier can be rated once; your opinion helps the agencies serve better.

A **returned** dossier says **Why the dossier was returned**; you can prepare a new dossier once the problem is solved.

When a dossier is overdue, the agency sends an apology with a new due date; you find it in the e-mail and in the **History**.

## 12. Submitting without an account

For procedures that accept online dossiers you can submit without registering:

1. On the procedure page, click **Submit without an account**.
2. Under **E-mail for notifications**, enter your e-mail address and tick **I'm not a robot**.
3. Fill in the **Applicant** and the **Declaration form** as with an account, then click **Save** before attaching files.
4. Attach the **Dossier components** and click **Send**.
5. Open the message the portal just sent and follow the **confirmation** link (valid for **72 hours**). The dossier goes to the handling agency only after you confirm; the confirmation page shows the **Dossier code**: note it down.

Keep in mind:

- every answer from the agency (receipt, supplement request, result, return) comes only by e-mail to the address you gave, with a lookup link;
- if the agency **asks for a supplement**, the sent dossier cannot be changed: you must **prepare a new dossier** as requested;
- a dossier being prepared belongs to the open browser only: closing the browser before sending loses it;
- to follow, supplement and keep your dossiers easily, register an account.

## 13. Looking up a dossier

Anyone can look up the progress of a sent dossier without signing in. In the main menu choose **Look up**, then use one of three ways:

- **By dossier code**: enter the **Dossier code** printed on the receipt or in the e-mails, e.g. \`000.00.12.H18-250315-0007\`, and click **Look up**. Letter case and spaces do not matter.
- **By receipt number and CCCD number**: enter the **Receipt number** (printed on the receipt, the same as the dossier code) and the **Applicant's CCCD number** (12 digits), then click **Look up**. Both must match the dossier.
- **Scan the QR code** printed on the receipt with a phone camera: the dossier's lookup page opens directly, nothing to type.

The answer has two parts:

- **Dossier information**: the applicant (name partly hidden), the procedure, the handling agency, the dates sent, received and due, and the status;
- **Processing history**: the steps taken, oldest first, with who sent it, the action and who received it (as roles and units only).

To protect personal data, the lookup never shows an address, phone number, ID number, attached file or the name of a civil servant. A dossier that has not been sent cannot be looked up. Each device may look up only a limited number of times within a few minutes.

## 14. Statistics

**Statistics** publishes how the agencies receive and resolve dossiers:

1. Choose **From month**, **To month**, **Agency** and **Field** (or leave *All*), then click **Show statistics**.
2. **Key figures** shows the dossiers received and resolved, the share **resolved on time** (early, on time, late), the share **submitted online** and the average **satisfaction** from the ratings.
3. Each chart by month and by agency comes with a data table, grouped by month, agency or field; **Download the figures (CSV)** opens it in a spreadsheet.

**How it is counted** explains what early, on time and late mean.

## 15. Questions and answers

**Q&A** is where you ask about administrative procedures and read the agencies' answers:

- **Find answered questions**: enter **Keywords** (accents optional), choose a **Field** if useful, click **Search**; open a question to read the answer and which agency gave it.
- **Ask a question**: enter your **Full name**, **E-mail** (only used to send you the answer, never published), **Field**, **Title** and **Your question**, tick **I'm not a robot** and click **Send the question**.

The question goes to the agency in charge of the field; the answer is e-mailed to you and may be published on the Q&A page for others to read.

## 16. Legal documents

**Legal documents** publishes the laws, decrees, circulars and provincial documents the procedures rest on:

- search by keyword in the number, title or issuing body (accents optional), e.g. \`42/2022/NĐ-CP\` or \`dich vu cong truc tuyen\`;
- filter by document type, issuing body, field, year and validity (*in force*, *partially expired*, *expired*, *not yet in force*);
- open a document to see its dates of issue and effect, its summary, the procedures based on it, and download the full text (PDF).

## 17. Getting help

- The hotline and the support e-mail address are at the bottom of every page.
- When the portal reports an error, the message has an **Error reference**: quote it to the support staff so they can help faster.
- For a question about a particular procedure, ask on **Q&A** or contact the one-stop desk of the handling agency.`,
  },
  {
    slug: 'can-bo',
    locale: 'en',
    title: 'Guide for staff who receive and handle dossiers',
    sortOrder: 2,
    body: `This guide is for the civil servants of the agencies that receive and handle administrative procedures on the portal: clerks of the one-stop desk, leaders and specialists. Every action is written to the dossier's processing history, and the citizen is told whenever the dossier changes status.

## 1. Signing in and the workspace

- Staff accounts are created by the unit's administrator with an invitation e-mail: open it, follow the link (valid for 72 hours) and choose a password.
- Click **Staff sign in** at the top of the page and enter your username or e-mail and password. A staff account cannot sign in on the citizens' **Sign in** page.
- The **Staff workspace** shows how many of your unit's dossiers each group holds; click **View the list** on the group to work on.

| Group | Dossiers in it |
|---|---|
| **New dossiers** | Sent by citizens, to be received or sent back for a supplement within 8 working hours. |
| **Being processed** | Received and being handled in the agency. |
| **Assigned to me** | Waiting for you. |
| **Supplement requested** | Waiting for the citizen's supplement; the processing clock is paused. |
| **Due soon** | Being processed, due within the next 2 working days. |
| **Overdue** | Past the due date. |
| **Done** | Result handed over or dossier returned. |

Staff see only their own unit's dossiers. Administrator accounts do not act on citizens' dossiers (separation of duties).

## 2. Finding and opening a dossier

- **Dossiers to process**: search by dossier code, applicant name (accents optional) or citizen ID (CCCD); filter by **Procedure** and **Field**; sort by earliest deadline, earliest sent or last updated.
- Open a dossier to see its code, status, **Receive by (8 working hours)**, due date, who is handling it, the applicant, the form, the documents (PDF files and images open in the browser), the results and the **Processing history**.
- The **Process the dossier** panel shows only the actions your role may take in the dossier's current state.

## 3. Receiving a dossier (one-stop desk)

For a dossier in **New dossiers**, check the form and the documents, then within **8 working hours** of the citizen's sending (Decree 45/2020/NĐ-CP) choose one of three actions:

- **Receive dossier** (*Tiếp nhận hồ sơ*): the dossier moves to **Being processed**; the portal computes the due date from the procedure's working days on the working calendar (no Saturdays, Sundays, public holidays or Tết), issues the **receipt and appointment for the result** and e-mails the citizen. Whoever receives it becomes its handler.
- **Request supplement**: see section 4.
- **Return dossier** (*Trả lại hồ sơ*): when the dossier is not eligible or not within the agency's competence. A **reason** is required; the citizen sees it on the dossier and in the e-mail.

## 4. Requesting a supplement

Click **Request supplement** (*Yêu cầu bổ sung*) and write, completely and **in one request**, everything the citizen must supplement, and choose the documents concerned if any. The clerk can ask when the dossier has just been sent; while it is being processed, leaders and specialists can ask too.

From then on the processing clock is **paused**. When the citizen clicks **Send the supplement**, the dossier comes back to **New dossiers** to check the supplement and carry on; the due date moves by exactly the paused working days. A citizen who submitted without an account has to prepare a new dossier.

## 5. Registering and forwarding

- **Transfer to records management** and **Register in the records book** (clerk): record these steps in the history; registering asks for the **Book number**.
- **Forward for processing** (*Chuyển xử lý*; clerk, leader, specialist): choose the colleague (a leader or specialist of the unit) and add a note if useful. The colleague becomes the handler and finds the dossier under **Assigned to me**.

## 6. Extending with an apology when overdue

Only once a dossier is overdue can the clerk or a leader use **Extend with apology** (*Gia hạn / xin lỗi*): enter the **New due date** (after the current one) and the **Apology letter**. It is e-mailed to the citizen; the original due date is kept for the statistics, so the dossier still counts as late.

## 7. Completing and handing over the result

- **Complete processing** (*Kết thúc xử lý*; specialist, leader, clerk): upload at least one of the **Result documents** (PDF, image, Word or Excel, up to 20 MB each). The dossier moves to the result category; the citizen is e-mailed, can download the result and rate the service.
- **Hand over result** (*Trả kết quả*; clerk): confirm that the (paper) result was handed to the citizen; the step is recorded in the history.

## 8. When two people act at once

Every action carries the version of the dossier you are looking at. If a colleague has just acted on the same dossier, the portal says so and reloads the latest state; check it and act again. No step is ever recorded twice.

## 9. Answering questions

The **Answer questions** menu lists the citizens' questions addressed to your agency, filtered by status:

- **Answer**: write the **Answer**; keep **Publish the question and its answer on the Q&A page** ticked when it helps others; click **Send the answer**. The asker receives it by e-mail.
- **Reject**: give the **Reason** (e-mailed to the asker; the question is not published).

## 10. Administration (administrators only)

Agency and system administrators open **Administration** to manage **Agencies & fields**, **Procedures** (facts, documents, templates, online forms), **Staff** (invitations, roles, disabling), the **Working calendar** (public holidays, Tết, make-up working days), **E-mail templates**, **Guides** (these pages) and the **Audit log** (who changed what, and when). An agency administrator manages their own agency's data only.`,
  },
];
