import type { SeedGuide } from './types.ts';

/**
 * Citizen guides (Hướng dẫn) for the portal, in Vietnamese and (shorter) English.
 * Same slug in both locales so the page can switch language.
 */
export const guides: SeedGuide[] = [
  // ===========================================================================
  // Tiếng Việt
  // ===========================================================================
  {
    slug: 'tai-khoan',
    locale: 'vi',
    title: 'Đăng ký và quản lý tài khoản',
    sortOrder: 1,
    body: `Để nộp hồ sơ và theo dõi kết quả giải quyết thủ tục hành chính trên Cổng Dịch vụ công, công dân, tổ chức nên có một tài khoản đã được kích hoạt. Với tài khoản, bạn quản lý được toàn bộ hồ sơ của mình, nhận thông báo của cơ quan giải quyết và bổ sung hồ sơ trực tiếp trên Cổng.

## 1. Đăng ký tài khoản

**Bước 1:** Mở Cổng Dịch vụ công bằng một trình duyệt (Cốc Cốc, Google Chrome, Mozilla Firefox, Microsoft Edge, Safari…), bấm **Đăng ký** ở góc trên bên phải màn hình.

**Bước 2:** Nhập đầy đủ thông tin. Các trường có dấu (*) là bắt buộc:

| Trường | Ghi chú |
|---|---|
| Tên tài khoản * | Chỉ gồm chữ thường không dấu (a–z) và chữ số (0–9), không có khoảng trắng hay ký tự đặc biệt. Ví dụ: \`nguyenvanan85\` |
| Mật khẩu * | Từ 8 ký tự trở lên, nên có chữ hoa, chữ thường, chữ số và ký tự đặc biệt |
| Nhập lại mật khẩu * | Phải trùng với mật khẩu |
| Thư điện tử (e-mail) * | Địa chỉ đang sử dụng: mã kích hoạt được gửi tới đây |
| Số điện thoại * | Số di động 10 chữ số |
| Mã xác nhận * | Chuỗi ký tự do hệ thống sinh ra hiển thị bên cạnh ô nhập; nếu khó đọc, bấm vào hình để lấy mã khác |

**Bước 3:** Bấm **Đăng ký**. Hệ thống thông báo tạo tài khoản thành công.

## 2. Kích hoạt tài khoản qua thư điện tử

Ngay sau khi đăng ký, Cổng gửi một thư có **đường dẫn kích hoạt** tới địa chỉ e-mail bạn đã khai. Mở hộp thư (kiểm tra cả thư mục *Thư rác/Spam*), bấm vào đường dẫn: tài khoản chính thức được kích hoạt. Tài khoản chưa kích hoạt thì chưa đăng nhập được. Nếu không nhận được thư, dùng chức năng **Gửi lại thư kích hoạt** trên trang đăng nhập.

## 3. Đăng nhập

- Bấm **Đăng nhập** ở góc trên bên phải, nhập tên tài khoản và mật khẩu rồi bấm **Đăng nhập**.
- Đánh dấu **Tự động đăng nhập lần sau** nếu bạn dùng máy tính cá nhân: lần sau mở Cổng, bạn không phải nhập lại mật khẩu. **Không** chọn tùy chọn này trên máy tính dùng chung (quán Internet, máy ở Bộ phận Một cửa…).
- Quên mật khẩu: bấm **Quên mật khẩu**, nhập e-mail đã đăng ký và làm theo hướng dẫn trong thư.
- Khi dùng xong, bấm vào tên của bạn → **Đăng xuất**.

## 4. Hồ sơ cá nhân và đổi mật khẩu

Sau khi đăng nhập, bấm vào tên của bạn → **Thông tin cá nhân** để:

- cập nhật họ và tên, giới tính, ngày sinh, số định danh cá nhân (CCCD), địa chỉ, số điện thoại. Các thông tin này được điền sẵn vào tờ khai khi bạn tạo hồ sơ, nên hãy khai chính xác;
- **Đổi mật khẩu**: nhập mật khẩu hiện tại, mật khẩu mới và nhập lại mật khẩu mới, bấm **Lưu**.

Mục **Hồ sơ của tôi** cho phép quản lý, theo dõi quá trình giải quyết những hồ sơ bạn đã tạo (xem hướng dẫn *Theo dõi hồ sơ*).`,
  },
  {
    slug: 'tim-thu-tuc',
    locale: 'vi',
    title: 'Tìm thủ tục hành chính',
    sortOrder: 2,
    body: `Trang **Thủ tục hành chính** liệt kê toàn bộ thủ tục của các cơ quan trong tỉnh; trang **Dịch vụ công trực tuyến** chỉ liệt kê những thủ tục nhận hồ sơ trực tuyến (toàn trình hoặc một phần). Có ba cách tìm:

## 1. Theo cơ quan → lĩnh vực → thủ tục

1. Chọn cơ quan giải quyết, ví dụ **Sở Xây dựng**, **Sở Giáo dục và Đào tạo**, hoặc Ủy ban nhân dân xã, phường nơi bạn cư trú.
2. Chọn lĩnh vực của cơ quan đó, ví dụ *Hoạt động xây dựng*.
3. Chọn thủ tục trong danh sách, ví dụ *Cấp giấy phép xây dựng*.

## 2. Theo lĩnh vực

Với các thủ tục cấp xã, phường (hộ tịch, chứng thực, hộ kinh doanh…), bạn có thể chọn thẳng lĩnh vực mà không cần chọn cơ quan trước. Ví dụ chọn lĩnh vực **Hộ tịch** để thấy *Đăng ký khai sinh*, *Đăng ký kết hôn*, *Đăng ký khai tử*…

## 3. Theo từ khóa

Gõ vài từ trong tên thủ tục vào ô **Tìm kiếm**, ví dụ \`khai sinh\`, \`giấy phép xây dựng\`, \`hộ kinh doanh\`, rồi bấm **Tìm kiếm**. Có thể lọc thêm theo cơ quan, lĩnh vực và mức độ dịch vụ.

## Trang chi tiết thủ tục

Bấm vào tên thủ tục để xem: trình tự thực hiện, cách thức nộp, thời hạn giải quyết (tính theo **ngày làm việc**, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết), phí và lệ phí, thành phần hồ sơ (số bản chính, bản sao), đối tượng thực hiện, điều kiện, kết quả, căn cứ pháp lý. Tại đây bạn có thể:

- tải **mẫu đơn, tờ khai** về máy;
- bấm **Xem hồ sơ mẫu** để xem một tờ khai đã được điền sẵn làm ví dụ;
- bấm **Đăng ký trực tuyến** để tạo hồ sơ (chỉ có ở thủ tục cung cấp dịch vụ công trực tuyến).

Mức độ dịch vụ: **Toàn trình** — nộp hồ sơ, nhận kết quả hoàn toàn trực tuyến; **Một phần** — nộp trực tuyến nhưng có bước phải thực hiện trực tiếp (ví dụ nộp bản chính, nhận kết quả bản giấy); **Cung cấp thông tin** — thủ tục chưa nhận hồ sơ trực tuyến, Cổng chỉ hướng dẫn để bạn nộp trực tiếp.`,
  },
  {
    slug: 'nop-ho-so-truc-tuyen',
    locale: 'vi',
    title: 'Tạo và gửi hồ sơ trực tuyến',
    sortOrder: 3,
    body: `**Bước 1:** Đăng nhập vào Cổng Dịch vụ công.

**Bước 2:** Trên menu chính, chọn **Dịch vụ công trực tuyến**.

**Bước 3:** Chọn cơ quan, lĩnh vực rồi chọn thủ tục cần thực hiện (hoặc tìm theo từ khóa).

**Bước 4:** Tại trang chi tiết thủ tục, bấm **Đăng ký trực tuyến**. Biểu mẫu tiếp nhận hồ sơ xuất hiện; thông tin người nộp được điền sẵn từ hồ sơ cá nhân của bạn.

**Bước 5:** Điền đầy đủ tờ khai. Biểu mẫu được quy định riêng cho từng thủ tục; các trường có dấu (*) là bắt buộc. Một số trường là bảng (ví dụ danh sách thành viên góp vốn): bấm **Thêm dòng** để nhập từng người. Đọc kỹ và đánh dấu ô **Tôi xin cam đoan…** ở cuối tờ khai.

**Bước 6:** Đính kèm thành phần hồ sơ: với mỗi thành phần, bấm **Chọn tệp** và chọn tệp đã scan hoặc chụp rõ nét (PDF, JPG, PNG, DOC, DOCX, XLS, XLSX tùy thành phần). Thành phần có dấu (*) là bắt buộc. Có thể tải mẫu đơn ngay bên cạnh thành phần tương ứng.

**Bước 7:** Chọn một trong các nút:

- **Lưu lại** — khi chưa đủ thành phần hoặc chưa muốn gửi ngay. Hồ sơ nằm trong mục **Hồ sơ chưa gửi**, bạn có thể sửa, xóa hoặc gửi sau.
- **Gửi đi** — khi hồ sơ đã đầy đủ và chính xác. Hồ sơ được chuyển tới Bộ phận Một cửa của cơ quan giải quyết và nằm trong mục **Hồ sơ đã gửi**; Cổng cấp **mã hồ sơ** để tra cứu.
- **Đóng** — thoát mà không lưu những gì vừa nhập.

Sau khi hồ sơ được tiếp nhận, bạn nhận được **Giấy tiếp nhận hồ sơ và hẹn trả kết quả** ghi mã hồ sơ và ngày hẹn trả. Theo quy định, Bộ phận Một cửa phải tiếp nhận hoặc hướng dẫn bổ sung hồ sơ trực tuyến trong vòng 08 giờ làm việc kể từ khi bạn gửi.`,
  },
  {
    slug: 'theo-doi-ho-so',
    locale: 'vi',
    title: 'Theo dõi, bổ sung hồ sơ và nhận kết quả',
    sortOrder: 4,
    body: `Vào **Hồ sơ của tôi** để thấy sáu nhóm hồ sơ kèm số lượng; bấm **Xem danh sách hồ sơ** ở từng nhóm.

| Nhóm | Ý nghĩa | Bạn có thể |
|---|---|---|
| **Hồ sơ chưa gửi** | Hồ sơ đã tạo nhưng chưa gửi | Sửa, Xóa, Gửi đi |
| **Hồ sơ đã gửi** | Đã gửi, Bộ phận Một cửa chưa tiếp nhận | Xem thông tin hồ sơ, xem Quá trình XL |
| **Hồ sơ yêu cầu bổ sung** | Cơ quan yêu cầu bổ sung, hoàn thiện hồ sơ | Xem nội dung yêu cầu, Bổ sung hồ sơ |
| **Hồ sơ đang xử lý** | Đã được tiếp nhận và đang giải quyết | Xem Quá trình XL |
| **Hồ sơ đã trả kết quả** | Đã giải quyết xong | Tải kết quả, đánh giá, xem Quá trình XL |
| **Hồ sơ bị trả lại** | Không đủ điều kiện giải quyết hoặc không thuộc thẩm quyền | Xem lý do trả lại, xem Quá trình XL |

## Bổ sung hồ sơ

Khi hồ sơ thiếu thành phần hoặc chưa hợp lệ, cơ quan giải quyết gửi **một lần** toàn bộ nội dung cần bổ sung. Hồ sơ chuyển sang nhóm **Hồ sơ yêu cầu bổ sung** và bạn nhận được thư điện tử thông báo.

1. Mở hồ sơ, đọc mục **Nội dung yêu cầu bổ sung**.
2. Bấm **Bổ sung hồ sơ**, sửa thông tin tờ khai, đính kèm các thành phần còn thiếu hoặc thay tệp chưa đạt.
3. Bấm **Gửi bổ sung**. Hồ sơ quay lại nhóm **Hồ sơ đã gửi**. Thời gian chờ bạn bổ sung không tính vào thời hạn giải quyết.

## Quá trình xử lý (Quá trình XL)

Bấm **Quá trình XL** để xem từng bước đã thực hiện: thời gian, người gửi, thao tác (Tiếp nhận hồ sơ, Chuyển xử lý, Yêu cầu bổ sung, Kết thúc xử lý, Trả kết quả…), người hoặc đơn vị nhận và ghi chú.

## Nhận kết quả và đánh giá

Khi hồ sơ có kết quả, bạn nhận thư điện tử thông báo. Trong nhóm **Hồ sơ đã trả kết quả**, mở hồ sơ để tải bản điện tử của kết quả (mục **Đính kèm kết quả**); bản giấy (nếu có) được trả theo hình thức bạn đã chọn. Hãy dành ít phút **đánh giá** mức độ hài lòng về việc giải quyết hồ sơ: ý kiến của bạn giúp cơ quan nhà nước phục vụ tốt hơn.

Nếu hồ sơ quá hạn, cơ quan giải quyết phải gửi văn bản xin lỗi và hẹn lại ngày trả kết quả; thông tin này cũng hiển thị trong Quá trình XL.`,
  },
  {
    slug: 'nop-khong-can-tai-khoan',
    locale: 'vi',
    title: 'Nộp hồ sơ không cần tài khoản',
    sortOrder: 5,
    body: `Với các thủ tục cho phép, bạn có thể nộp hồ sơ mà không đăng ký tài khoản:

1. Tại trang chi tiết thủ tục, bấm **Nộp hồ sơ không cần tài khoản**.
2. Khai họ tên, số điện thoại và **địa chỉ thư điện tử** của người nộp, điền tờ khai và đính kèm thành phần hồ sơ như khi nộp có tài khoản.
3. Bấm **Gửi đi**. Cổng gửi một thư tới e-mail bạn đã khai; bấm vào đường dẫn trong thư để **xác nhận** — hồ sơ chỉ được chuyển tới cơ quan giải quyết sau khi xác nhận.

Lưu ý:

- Mọi phản hồi của cơ quan giải quyết (tiếp nhận, yêu cầu bổ sung, kết quả, trả lại) chỉ được gửi qua **thư điện tử** đã khai, kèm mã hồ sơ.
- Nếu cơ quan **yêu cầu bổ sung**, bạn không sửa được hồ sơ đã gửi mà phải **tạo một hồ sơ mới** theo đúng yêu cầu.
- Để theo dõi, bổ sung và lưu trữ hồ sơ thuận tiện, nên đăng ký tài khoản.`,
  },
  {
    slug: 'tra-cuu-ho-so',
    locale: 'vi',
    title: 'Tra cứu tình trạng hồ sơ',
    sortOrder: 6,
    body: `Bất kỳ ai cũng có thể tra cứu tình trạng giải quyết một hồ sơ mà không cần đăng nhập:

1. Trên menu chính, chọn **Tra cứu**.
2. Nhập **mã hồ sơ** ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả hoặc trong thư điện tử thông báo, ví dụ \`000.00.12.H18-250315-0007\`. Có thể tra cứu bằng số biên nhận hoặc số định danh cá nhân của người nộp.
3. Bấm **Tìm kiếm**.

Kết quả gồm hai phần:

- **Thông tin hồ sơ**: chủ hồ sơ, tên thủ tục, cơ quan giải quyết, ngày tiếp nhận, ngày hẹn trả, tình trạng hiện tại;
- **Tình hình xử lý hồ sơ**: danh sách các bước đã thực hiện, thời gian, người gửi, thao tác xử lý và người nhận.

Mã hồ sơ có dạng \`{mã đơn vị}-{năm tháng ngày}-{số thứ tự}\`: phần đầu là mã cơ quan tiếp nhận, phần giữa là ngày tiếp nhận (YYMMDD), phần cuối là số thứ tự 4 chữ số trong ngày.`,
  },
  // ===========================================================================
  // English
  // ===========================================================================
  {
    slug: 'tai-khoan',
    locale: 'en',
    title: 'Your account',
    sortOrder: 1,
    body: `**Register:** click **Register** (top right), choose a username (lower-case letters a–z and digits 0–9 only), a password, your e-mail address and mobile number, type the verification code shown next to the field, and click **Register**.

**Activate:** the portal e-mails you an activation link; click it (check your spam folder too). You cannot log in before the account is activated.

**Log in:** click **Log in**, enter your username and password. Tick **Log me in automatically next time** only on your own device. Use **Forgot password** to reset it by e-mail.

**Profile:** under your name → **Personal information** you can update your full name, sex, date of birth, ID number (CCCD) and address (they pre-fill your applications) and **change your password**.`,
  },
  {
    slug: 'tim-thu-tuc',
    locale: 'en',
    title: 'Finding a procedure',
    sortOrder: 2,
    body: `- **By agency → field → procedure**, e.g. *Sở Xây dựng* → *Hoạt động xây dựng* → *Cấp giấy phép xây dựng*.
- **By field directly**, handy for commune-level procedures (civil status, authentication, household businesses).
- **By keyword**: type words from the name, e.g. \`khai sinh\` (birth registration), and click **Search**.

The procedure page shows the steps, processing time in **working days**, fees, required documents, legal basis and downloadable forms. **View sample** shows a filled-in example; **Apply online** starts a new application (online procedures only).`,
  },
  {
    slug: 'nop-ho-so-truc-tuyen',
    locale: 'en',
    title: 'Applying online',
    sortOrder: 3,
    body: `1. Log in and open **Online services**; pick the procedure and click **Apply online**.
2. Fill in the form (fields marked * are required; use **Add row** for tables) and tick the declaration.
3. Attach each required document (PDF, JPG, PNG, Word or Excel, as allowed).
4. Click **Save** to keep a draft (*Not sent*), **Send** to submit it to the agency, or **Close** to leave without saving.

Once the one-stop desk receives your application you get a receipt with the **application code** and the due date.`,
  },
  {
    slug: 'theo-doi-ho-so',
    locale: 'en',
    title: 'Tracking your applications',
    sortOrder: 4,
    body: `**My applications** groups them in six categories: *Not sent*, *Sent*, *Supplement requested*, *Processing*, *Result issued* and *Returned*.

- **Supplement requested:** read the agency's request, click **Supplement**, fix the form or attach the missing documents, then **Send supplement**. Waiting time does not count towards the deadline.
- **Processing history:** shows every step (time, sender, action, recipient, note).
- **Result issued:** download the result and please **rate** the service.
- **Returned:** the reason is shown.`,
  },
  {
    slug: 'nop-khong-can-tai-khoan',
    locale: 'en',
    title: 'Applying without an account',
    sortOrder: 5,
    body: `Where allowed, click **Apply without an account**, give your e-mail address, fill in the form and attach the documents, then confirm through the link e-mailed to you. All feedback from the agency arrives only by e-mail; if a supplement is requested you must submit a new application.`,
  },
  {
    slug: 'tra-cuu-ho-so',
    locale: 'en',
    title: 'Looking up an application',
    sortOrder: 6,
    body: `Open **Look up**, enter the application code from your receipt (e.g. \`000.00.12.H18-250315-0007\`: agency code, date received as YYMMDD, daily sequence number) and click **Search**. No login is needed. You see the applicant, procedure, date received, due date, current status and the processing history.`,
  },
];
