"""A demo course and its final quiz (pure data for ``courses.demo``):

Sử dụng Cổng Dịch vụ công quốc gia và Hệ thống giải quyết thủ tục hành chính tỉnh Nghệ An
"""

COURSE = {
    "slug": "dich-vu-cong-truc-tuyen-nghe-an",
    "title": "Sử dụng Cổng Dịch vụ công quốc gia và Hệ thống giải quyết thủ tục hành chính tỉnh Nghệ An",
    "summary": "Đăng nhập bằng tài khoản VNeID mức 2, tìm đúng thủ tục, nộp hồ sơ trực tuyến, theo dõi kết quả và "
    "thanh toán lệ phí mà không phải xếp hàng ở trụ sở.",
    "audiences": [
        "resident",
        "business",
    ],
    "topic": "dich-vu-cong-truc-tuyen",
    "level": "basic",
    "estimated_minutes": 60,
    "outcomes": [
        "Phân biệt Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An",
        "Đăng nhập an toàn bằng tài khoản định danh điện tử VNeID mức 2",
        "Tìm thủ tục, chọn đúng cơ quan cấp tỉnh hoặc xã, phường và nộp hồ sơ trực tuyến",
        "Tra cứu tình trạng hồ sơ, bổ sung giấy tờ khi được yêu cầu và thanh toán lệ phí trực tuyến",
    ],
    "competences": [
        "2.3",
        "2.6",
        "1.1",
        "VN5",
        "VN6",
    ],
    "featured": True,
    "certificate": True,
    "cover": "img:dvc-cover",
    "sections": [
        {
            "title": "Chuẩn bị và đăng nhập",
            "lessons": [
                {
                    "slug": "dich-vu-cong-truc-tuyen-la-gi",
                    "title": "Dịch vụ công trực tuyến là gì, nộp hồ sơ ở đâu?",
                    "minutes": 8,
                    "intro": "Làm quen với hai cổng dịch vụ công bạn sẽ dùng và cách chọn đúng cơ quan sau khi bỏ cấp "
                    "huyện.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Dịch vụ công trực tuyến giúp bạn làm thủ tục hành chính qua Internet: khai thông tin, "
                            "gửi ảnh chụp giấy tờ, theo dõi tiến độ và nhận kết quả mà không phải đến trụ sở nhiều "
                            "lần. Người dân Nghệ An thường dùng hai địa chỉ:</p><ul><li><b>Cổng Dịch vụ công quốc "
                            "gia</b> (dichvucong.gov.vn) – “một cửa” chung của cả nước, có thủ tục của bộ, ngành và "
                            "của tất cả các tỉnh.</li><li><b>Hệ thống thông tin giải quyết thủ tục hành chính tỉnh "
                            "Nghệ An</b> (dichvucong.nghean.gov.vn) – nơi các sở, ngành và UBND xã, phường của tỉnh "
                            "tiếp nhận và xử lý hồ sơ.</li></ul><p>Hai hệ thống được kết nối với nhau: hồ sơ nộp ở "
                            "cổng quốc gia sẽ được chuyển về tỉnh, và bạn tra cứu được ở cả hai nơi. Vì vậy bạn có "
                            "thể bắt đầu ở cổng nào cũng được.</p>",
                        ),
                        (
                            "heading",
                            {
                                "text": "Chính quyền hai cấp: nộp hồ sơ cho ai?",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Từ ngày 1/7/2025, chính quyền địa phương chỉ còn <b>hai cấp: tỉnh và xã, phường</b>; "
                            "không còn cấp huyện. Những thủ tục trước đây do UBND huyện giải quyết nay được chuyển về "
                            "UBND xã, phường hoặc về sở, ngành của tỉnh. Khi nộp hồ sơ, hãy chọn đúng <b>cơ quan thực "
                            "hiện</b>: ví dụ “UBND xã …” cho chứng thực, hộ tịch; “Sở …” cho các thủ tục cấp "
                            "tỉnh.</p><p>Nếu chưa tự làm được, bạn có thể đến <b>Trung tâm Phục vụ hành chính "
                            "công</b> của xã, phường nơi mình ở: cán bộ sẽ hướng dẫn bạn nộp trực tuyến ngay tại "
                            "chỗ.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "img:dvc-trang-chu",
                                "alt_text": "Trang chủ Cổng Dịch vụ công quốc gia với ô tìm kiếm thủ tục ở giữa và "
                                "nút Đăng nhập ở góc trên bên phải",
                                "caption": "Trang chủ Cổng Dịch vụ công quốc gia (ảnh minh họa).",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Bạn cần chuẩn bị",
                                "text": "<ul><li>Điện thoại đã cài ứng dụng VNeID và tài khoản định danh điện tử "
                                "<b>mức 2</b>.</li><li>Số điện thoại chính chủ để nhận tin nhắn, mã xác "
                                "thực.</li><li>Ảnh chụp rõ nét hoặc bản quét các giấy tờ cần nộp.</li><li>Tài khoản "
                                "ngân hàng hoặc ví điện tử nếu thủ tục có lệ phí.</li></ul>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Cổng Dịch vụ công quốc gia",
                                "url": "https://dichvucong.gov.vn",
                                "description": "Tìm thủ tục, nộp hồ sơ, tra cứu kết quả và thanh toán lệ phí trực "
                                "tuyến trên toàn quốc.",
                                "button_label": "Mở Cổng Dịch vụ công quốc gia",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An",
                                "url": "https://dichvucong.nghean.gov.vn",
                                "description": "Thủ tục của các sở, ngành và UBND xã, phường trong tỉnh Nghệ An.",
                                "button_label": "Mở cổng dịch vụ công Nghệ An",
                            },
                        ),
                    ],
                },
                {
                    "slug": "dang-nhap-bang-vneid",
                    "title": "Đăng nhập bằng tài khoản VNeID",
                    "minutes": 10,
                    "intro": "Dùng tài khoản định danh điện tử mức 2 để đăng nhập một lần, dùng được cho cả hai cổng.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Cổng Dịch vụ công quốc gia và cổng dịch vụ công Nghệ An dùng chung cách đăng nhập "
                            "bằng <b>tài khoản định danh điện tử VNeID</b>. Tài khoản <b>mức 2</b> (đăng ký tại công "
                            "an xã, phường hoặc khi làm thẻ căn cước) dùng được cho hầu hết các thủ tục. Thông tin họ "
                            "tên, ngày sinh, nơi cư trú sẽ được tự động điền từ Cơ sở dữ liệu quốc gia về dân cư, bạn "
                            "không phải gõ lại.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Đăng nhập bằng cách quét mã QR",
                                "intro": "Cách nhanh nhất khi bạn dùng máy tính: mở cổng trên máy tính và quét mã "
                                "bằng điện thoại.",
                                "steps": [
                                    {
                                        "title": "Mở đúng địa chỉ cổng",
                                        "text": "<p>Gõ <b>dichvucong.gov.vn</b> vào thanh địa chỉ trình duyệt. Kiểm "
                                        "tra địa chỉ kết thúc bằng <b>.gov.vn</b> trước khi làm tiếp.</p>",
                                        "screenshot": "img:dvc-thanh-dia-chi",
                                        "screenshot_alt": "Thanh địa chỉ trình duyệt hiển thị "
                                        "https://dichvucong.gov.vn kèm biểu tượng ổ khóa",
                                    },
                                    {
                                        "title": "Chọn Đăng nhập",
                                        "text": "<p>Bấm <b>Đăng nhập</b> ở góc trên bên phải, sau đó chọn <b>Tài "
                                        "khoản định danh điện tử</b> (cấp bởi Bộ Công an).</p>",
                                        "screenshot": "img:dvc-chon-dang-nhap",
                                        "screenshot_alt": "Màn hình chọn phương thức đăng nhập, nút Tài khoản định "
                                        "danh điện tử được đánh dấu",
                                    },
                                    {
                                        "title": "Mở VNeID và quét mã",
                                        "text": "<p>Trên điện thoại, mở ứng dụng <b>VNeID</b>, nhập mã passcode, chọn "
                                        "biểu tượng <b>quét QR</b> rồi hướng camera vào mã QR trên màn hình máy "
                                        "tính.</p>",
                                        "screenshot": "img:vneid-quet-qr",
                                        "screenshot_alt": "Ứng dụng VNeID đang mở camera quét mã QR hiển thị trên màn "
                                        "hình máy tính",
                                    },
                                    {
                                        "title": "Xác nhận trên điện thoại",
                                        "text": "<p>VNeID hỏi bạn có đồng ý chia sẻ thông tin để đăng nhập Cổng Dịch "
                                        "vụ công không. Đọc kỹ rồi bấm <b>Xác nhận</b>. Màn hình máy tính sẽ chuyển "
                                        "sang trang cá nhân có họ tên của bạn.</p>",
                                        "screenshot": "img:vneid-xac-nhan-dang-nhap",
                                        "screenshot_alt": "Hộp thoại trên VNeID hỏi đồng ý đăng nhập Cổng Dịch vụ "
                                        "công với nút Xác nhận",
                                    },
                                    {
                                        "title": "Đăng xuất khi dùng xong",
                                        "text": "<p>Nếu dùng máy tính ở nơi công cộng, bấm vào tên của bạn và chọn "
                                        "<b>Đăng xuất</b> khi làm xong.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Cẩn thận với trang giả mạo",
                                "text": "<p>Kẻ gian lập trang web có giao diện giống hệt cổng dịch vụ công để lấy tài "
                                "khoản. Chỉ mở cổng bằng cách tự gõ địa chỉ, <b>không bấm vào đường link lạ</b> gửi "
                                "qua tin nhắn, Zalo hay Facebook. Không ai được phép hỏi passcode VNeID của bạn.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Câu hỏi thường gặp",
                                "items": [
                                    {
                                        "question": "Tôi mới có tài khoản VNeID mức 1 thì có đăng nhập được không?",
                                        "answer": "<p>Mức 1 đăng nhập được nhưng một số thủ tục yêu cầu mức 2. Hãy "
                                        "đến công an xã, phường nơi cư trú, mang theo thẻ căn cước để được nâng lên "
                                        "mức 2.</p>",
                                    },
                                    {
                                        "question": "Đăng nhập trên điện thoại thì làm thế nào?",
                                        "answer": "<p>Mở dichvucong.gov.vn trên trình duyệt điện thoại, chọn <b>Đăng "
                                        "nhập</b>, nhập số định danh cá nhân và mật khẩu VNeID, rồi xác nhận trên ứng "
                                        "dụng VNeID khi được hỏi.</p>",
                                    },
                                    {
                                        "question": "Tôi cần hỗ trợ thì gọi số nào?",
                                        "answer": "<p>Tổng đài hỗ trợ Cổng Dịch vụ công quốc gia: <b>1800 1096</b>. "
                                        "Tổng đài hỗ trợ ứng dụng VNeID: <b>1900 0368</b>.</p>",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Nộp hồ sơ và nhận kết quả",
            "lessons": [
                {
                    "slug": "nop-ho-so-truc-tuyen",
                    "title": "Tìm thủ tục và nộp hồ sơ trực tuyến",
                    "minutes": 15,
                    "intro": "Từ ô tìm kiếm đến khi nhận được mã hồ sơ, làm theo sáu bước.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Mỗi thủ tục đều có trang thông tin ghi rõ <b>thành phần hồ sơ</b>, <b>thời hạn giải "
                            "quyết</b>, <b>lệ phí</b> và <b>cơ quan thực hiện</b>. Hãy đọc trang này trước khi bấm "
                            "nộp để chuẩn bị đủ giấy tờ. Ví dụ dưới đây là thủ tục <i>chứng thực bản sao điện tử từ "
                            "bản chính</i> tại UBND xã, phường.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Nộp một hồ sơ trực tuyến",
                                "intro": "Đăng nhập trước khi bắt đầu. Các nút có thể khác đôi chút tùy thủ tục.",
                                "steps": [
                                    {
                                        "title": "Tìm thủ tục",
                                        "text": "<p>Gõ vài từ khóa vào ô tìm kiếm, ví dụ “chứng thực bản sao”, rồi "
                                        "bấm <b>Tìm kiếm</b>.</p>",
                                        "screenshot": "img:dvc-tim-kiem",
                                        "screenshot_alt": "Ô tìm kiếm có chữ chứng thực bản sao và danh sách kết quả "
                                        "bên dưới",
                                    },
                                    {
                                        "title": "Chọn tỉnh và cơ quan thực hiện",
                                        "text": "<p>Bấm <b>Nộp trực tuyến</b>. Chọn tỉnh <b>Nghệ An</b>, sau đó chọn "
                                        "xã, phường hoặc sở, ngành sẽ giải quyết hồ sơ của bạn.</p>",
                                        "screenshot": "img:dvc-chon-co-quan",
                                        "screenshot_alt": "Hộp chọn cơ quan thực hiện với tỉnh Nghệ An và danh sách "
                                        "xã, phường",
                                    },
                                    {
                                        "title": "Kiểm tra thông tin người nộp",
                                        "text": "<p>Họ tên, ngày sinh, số định danh được điền sẵn từ VNeID. Bổ sung "
                                        "số điện thoại, thư điện tử nếu còn trống.</p>",
                                        "screenshot": "img:dvc-thong-tin-nguoi-nop",
                                        "screenshot_alt": "Biểu mẫu thông tin người nộp đã điền sẵn họ tên và số định "
                                        "danh cá nhân",
                                    },
                                    {
                                        "title": "Đính kèm giấy tờ",
                                        "text": "<p>Ở từng dòng <b>thành phần hồ sơ</b>, bấm <b>Chọn tệp</b> để tải "
                                        "ảnh chụp hoặc bản quét, hoặc chọn giấy tờ đã lưu trong <b>kho dữ liệu cá "
                                        "nhân</b>.</p>",
                                        "screenshot": "img:dvc-dinh-kem",
                                        "screenshot_alt": "Danh sách thành phần hồ sơ, mỗi dòng có nút Chọn tệp",
                                    },
                                    {
                                        "title": "Chọn cách nhận kết quả",
                                        "text": "<p>Chọn nhận <b>trực tiếp</b> tại Trung tâm Phục vụ hành chính công, "
                                        "qua <b>bưu chính công ích</b> về tận nhà, hoặc nhận <b>bản điện tử</b> nếu "
                                        "thủ tục cho phép.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nộp và lưu mã hồ sơ",
                                        "text": "<p>Đánh dấu ô cam kết, bấm <b>Nộp hồ sơ</b>. Cổng hiển thị <b>mã hồ "
                                        "sơ</b>; hãy chụp màn hình hoặc ghi lại để tra cứu.</p>",
                                        "screenshot": "img:dvc-nop-thanh-cong",
                                        "screenshot_alt": "Thông báo nộp hồ sơ thành công kèm mã hồ sơ",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Ảnh giấy tờ thế nào là đạt?",
                                "text": "<ul><li>Chụp thẳng, đủ bốn góc, đủ sáng, không bị lóa.</li><li>Dùng định "
                                "dạng PDF hoặc JPG, mỗi tệp không quá dung lượng cổng cho phép.</li><li>Đặt tên tệp "
                                "dễ hiểu, ví dụ <i>giay-khai-sinh.pdf</i>.</li></ul>",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:checklist-nop-ho-so",
                                "title": "Phiếu kiểm tra trước khi nộp hồ sơ trực tuyến",
                                "description": "Danh sách 10 điều cần kiểm tra: tài khoản, giấy tờ, cơ quan thực "
                                "hiện, cách nhận kết quả. In ra và đánh dấu.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "theo-doi-ho-so-va-thanh-toan",
                    "title": "Theo dõi hồ sơ và thanh toán lệ phí",
                    "minutes": 12,
                    "intro": "Biết hồ sơ đang ở đâu, bổ sung khi được yêu cầu và trả lệ phí ngay trên cổng.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Sau khi nộp, bạn nhận tin nhắn hoặc thư điện tử mỗi khi hồ sơ chuyển bước. Vào mục "
                            "<b>Quản lý hồ sơ đã nộp</b> (hoặc <b>Tra cứu hồ sơ</b> bằng mã hồ sơ) để xem trạng "
                            "thái:</p><ul><li><b>Mới đăng ký / Chờ tiếp nhận</b>: cán bộ chưa kiểm "
                            "tra.</li><li><b>Đang xử lý</b>: hồ sơ hợp lệ, đang được giải quyết.</li><li><b>Yêu cầu "
                            "bổ sung</b>: đọc kỹ nội dung cần bổ sung rồi tải lên giấy tờ còn thiếu.</li><li><b>Chờ "
                            "thanh toán</b>: cần nộp phí, lệ phí.</li><li><b>Đã có kết quả</b>: nhận kết quả theo "
                            "cách bạn đã chọn.</li></ul>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Thanh toán lệ phí trực tuyến",
                                "intro": "Lệ phí được trả qua nền tảng thanh toán của Cổng Dịch vụ công, tiền chuyển "
                                "thẳng vào tài khoản của cơ quan nhà nước.",
                                "steps": [
                                    {
                                        "title": "Mở hồ sơ cần thanh toán",
                                        "text": "<p>Trong <b>Quản lý hồ sơ đã nộp</b>, tìm hồ sơ có trạng thái <b>Chờ "
                                        "thanh toán</b> và bấm <b>Thanh toán</b>.</p>",
                                        "screenshot": "img:dvc-ho-so-cho-thanh-toan",
                                        "screenshot_alt": "Danh sách hồ sơ, một dòng có trạng thái Chờ thanh toán và "
                                        "nút Thanh toán",
                                    },
                                    {
                                        "title": "Kiểm tra số tiền",
                                        "text": "<p>Đối chiếu tên thủ tục, cơ quan thu và số tiền với mức lệ phí ghi "
                                        "trên trang thông tin thủ tục.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Chọn ngân hàng hoặc ví điện tử",
                                        "text": "<p>Chọn ngân hàng của bạn; quét mã QR bằng ứng dụng ngân hàng hoặc "
                                        "đăng nhập ứng dụng để xác nhận.</p>",
                                        "screenshot": "img:dvc-chon-ngan-hang",
                                        "screenshot_alt": "Danh sách biểu tượng ngân hàng và ví điện tử để chọn "
                                        "phương thức thanh toán",
                                    },
                                    {
                                        "title": "Lưu biên lai điện tử",
                                        "text": "<p>Khi thanh toán xong, trạng thái hồ sơ đổi thành <b>Đã thanh "
                                        "toán</b>. Tải <b>biên lai điện tử</b> về máy để lưu.</p>",
                                        "screenshot": "img:dvc-bien-lai",
                                        "screenshot_alt": "Biên lai thu phí, lệ phí điện tử có mã hồ sơ và số tiền",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Không chuyển khoản cho cá nhân",
                                "text": "<p>Phí, lệ phí chỉ nộp qua cổng hoặc tại quầy có biên lai. Nếu có người gọi "
                                "điện xưng là cán bộ, đề nghị bạn chuyển tiền vào tài khoản cá nhân “để hồ sơ được "
                                "giải quyết nhanh”, đó là <b>lừa đảo</b>.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Hỏi – đáp",
                                "items": [
                                    {
                                        "question": "Nộp trực tuyến có rẻ hơn nộp trực tiếp không?",
                                        "answer": "<p>Nhiều thủ tục được giảm hoặc miễn lệ phí khi nộp trực tuyến. "
                                        "Mức cụ thể ghi ở trang thông tin của từng thủ tục.</p>",
                                    },
                                    {
                                        "question": "Hồ sơ quá hạn mà chưa có kết quả thì làm sao?",
                                        "answer": "<p>Gửi phản ánh, kiến nghị ngay trên Cổng Dịch vụ công quốc gia "
                                        "(mục <b>Phản ánh kiến nghị</b>) hoặc liên hệ Trung tâm Phục vụ hành chính "
                                        "công nơi nhận hồ sơ, nêu rõ mã hồ sơ.</p>",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "thu-tuc-thuong-dung",
                    "title": "Những thủ tục người dân hay làm trực tuyến",
                    "minutes": 10,
                    "intro": "Gợi ý các dịch vụ công thiết yếu bạn có thể làm ngay tại nhà.",
                    "body": [
                        (
                            "heading",
                            {
                                "text": "Dịch vụ công liên thông",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Một lần nộp, nhiều cơ quan cùng giải quyết:</p><ul><li><b>Đăng ký khai sinh – đăng ký "
                            "thường trú – cấp thẻ bảo hiểm y tế</b> cho trẻ dưới 6 tuổi.</li><li><b>Đăng ký khai tử – "
                            "xóa đăng ký thường trú – hưởng chế độ tử tuất, mai táng phí</b>.</li></ul><h3>Các thủ "
                            "tục thường dùng khác</h3><ul><li>Cấp phiếu lý lịch tư pháp (làm được cả trên ứng dụng "
                            "VNeID).</li><li>Đăng ký thường trú, tạm trú, thông báo lưu trú.</li><li>Cấp đổi giấy "
                            "phép lái xe; nộp phạt vi phạm giao thông.</li><li>Chứng thực bản sao điện tử từ bản "
                            "chính; trích lục hộ tịch.</li><li>Đăng ký hộ kinh doanh tại UBND xã, phường.</li></ul>",
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Đăng ký khai sinh cho con trên Cổng Dịch vụ công",
                                "external_url": "https://dichvucong.gov.vn",
                                "transcript": "<p>Xin chào bà con. Hôm nay chúng tôi hướng dẫn đăng ký khai sinh cho "
                                "con qua dịch vụ liên thông. Trước hết, bố hoặc mẹ đăng nhập Cổng Dịch vụ công quốc "
                                "gia bằng tài khoản VNeID. Ở ô tìm kiếm, gõ “khai sinh” và chọn dịch vụ liên thông "
                                "<i>Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 "
                                "tuổi</i>.</p><p>Chọn tỉnh Nghệ An và UBND xã, phường nơi cư trú. Khai thông tin của "
                                "cháu theo giấy chứng sinh, chụp giấy chứng sinh đính kèm. Nếu bố mẹ đã đăng ký kết "
                                "hôn, hệ thống tự đối chiếu nên không cần nộp giấy kết hôn.</p><p>Cuối cùng chọn nhận "
                                "kết quả qua bưu điện hoặc bản điện tử, bấm Nộp hồ sơ và ghi lại mã hồ sơ. Khi có kết "
                                "quả, thẻ bảo hiểm y tế của cháu hiển thị trên ứng dụng VNeID của bố hoặc mẹ. Chúc bà "
                                "con thực hiện thành công.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Chưa biết bắt đầu từ đâu?",
                                "text": "<p>Liên hệ <b>Tổ công nghệ số cộng đồng</b> ở thôn, xóm, khối phố hoặc đoàn "
                                "viên thanh niên tình nguyện tại Trung tâm Phục vụ hành chính công xã, phường. Họ sẽ "
                                "cùng bạn làm hồ sơ đầu tiên.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Tra cứu hồ sơ trên cổng dịch vụ công Nghệ An",
                                "url": "https://dichvucong.nghean.gov.vn",
                                "description": "Nhập mã hồ sơ để xem hồ sơ đang được xử lý ở đâu và khi nào có kết "
                                "quả.",
                                "button_label": "Tra cứu hồ sơ",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

QUIZ = {
    "slug": "kiem-tra-cuoi-khoa",
    "title": "Bài kiểm tra cuối khóa: Dịch vụ công trực tuyến",
    "intro": "Tám tình huống thực tế giúp bạn kiểm tra cách đăng nhập, nộp hồ sơ, theo dõi kết quả và nộp lệ phí trên "
    "cổng dịch vụ công.",
    "minutes": 15,
    "pass_mark": 70,
    "max_attempts": 0,
    "shuffle_questions": True,
    "shuffle_options": True,
    "questions": [
        (
            "single_choice",
            {
                "question": "Bạn cần chứng thực bản sao điện tử từ bản chính giấy khai sinh. Từ ngày 1/7/2025, chính "
                "quyền địa phương chỉ còn hai cấp. Khi nộp hồ sơ trực tuyến, bạn chọn cơ quan thực hiện nào?",
                "options": [
                    {
                        "text": "UBND xã, phường nơi bạn nộp hồ sơ",
                        "correct": True,
                        "explanation": "Đúng. Chứng thực, hộ tịch do UBND xã, phường giải quyết; các thủ tục trước "
                        "đây của cấp huyện nay chuyển về xã, phường hoặc sở, ngành của tỉnh.",
                    },
                    {
                        "text": "UBND huyện nơi bạn ở trước đây, vì thủ tục này trước vẫn làm ở huyện",
                        "correct": False,
                        "explanation": "Chưa đúng. Từ ngày 1/7/2025 không còn cấp huyện, nên không còn UBND huyện để "
                        "chọn.",
                    },
                    {
                        "text": "Sở Tư pháp tỉnh Nghệ An, vì chứng thực thuộc ngành tư pháp",
                        "correct": False,
                        "explanation": "Chưa đúng. Chứng thực bản sao cho người dân do UBND xã, phường thực hiện; chỉ "
                        "chọn sở, ngành với các thủ tục cấp tỉnh.",
                    },
                    {
                        "text": "Công an tỉnh Nghệ An",
                        "correct": False,
                        "explanation": "Chưa đúng. Công an xử lý các thủ tục về cư trú, căn cước, không chứng thực "
                        "giấy tờ.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Bạn nhận được tin nhắn Zalo: “Hồ sơ của bạn trên Cổng Dịch vụ công bị lỗi, bấm vào "
                "dichvucong-gov.vn/capnhat để đăng nhập lại”. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Không bấm; tự gõ dichvucong.gov.vn, đăng nhập và xem mục Quản lý hồ sơ đã nộp",
                        "correct": True,
                        "explanation": "Đúng. Chỉ mở cổng bằng cách tự gõ địa chỉ. Trạng thái thật của hồ sơ luôn "
                        "hiện trong tài khoản của bạn trên cổng.",
                    },
                    {
                        "text": "Bấm vào, vì đường link có chữ “dichvucong” và tin nhắn gọi đúng họ tên bạn",
                        "correct": False,
                        "explanation": "Chưa đúng. “dichvucong-gov.vn” có dấu gạch ngang thay cho dấu chấm, là trang "
                        "giả. Trang cơ quan nhà nước kết thúc bằng “.gov.vn”.",
                    },
                    {
                        "text": "Bấm vào rồi nhập passcode VNeID, vì đó vẫn là cách đăng nhập cổng",
                        "correct": False,
                        "explanation": "Chưa đúng. Passcode chỉ nhập trong ứng dụng VNeID trên điện thoại của bạn, "
                        "không nhập vào trang web lạ; trang giả sẽ dùng nó để chiếm tài khoản.",
                    },
                    {
                        "text": "Chuyển tiếp tin nhắn cho người thân rành công nghệ, nhờ bấm vào kiểm tra hộ",
                        "correct": False,
                        "explanation": "Chưa đúng. Làm vậy chỉ khiến người thân gặp nguy hiểm theo. Hãy bỏ qua đường "
                        "link và tự vào cổng.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Bạn chuẩn bị nộp trực tuyến hồ sơ chứng thực bản sao. Trước khi bấm “Nộp hồ sơ”, bạn cần "
                "làm những việc nào?",
                "options": [
                    {
                        "text": "Đọc trang thông tin thủ tục: thành phần hồ sơ, thời hạn giải quyết, lệ phí, cơ quan "
                        "thực hiện",
                        "correct": True,
                        "explanation": "Đúng. Đọc trang này trước giúp bạn chuẩn bị đủ giấy tờ và chọn đúng nơi nộp.",
                    },
                    {
                        "text": "Chụp giấy tờ thẳng, đủ bốn góc, đủ sáng, không bị lóa, lưu dạng PDF hoặc JPG",
                        "correct": True,
                        "explanation": "Đúng. Ảnh rõ nét giúp cán bộ tiếp nhận ngay, tránh bị yêu cầu bổ sung.",
                    },
                    {
                        "text": "Chọn cách nhận kết quả: trực tiếp, qua bưu chính công ích hoặc bản điện tử",
                        "correct": True,
                        "explanation": "Đúng. Đây là một bước trong biểu mẫu nộp hồ sơ; hãy chọn cách thuận tiện nhất "
                        "cho bạn.",
                    },
                    {
                        "text": "Gõ lại toàn bộ họ tên, ngày sinh, nơi cư trú vì cổng không tự điền",
                        "correct": False,
                        "explanation": "Chưa đúng. Khi đăng nhập bằng VNeID, các thông tin này được điền sẵn từ Cơ sở "
                        "dữ liệu quốc gia về dân cư; bạn chỉ cần kiểm tra lại.",
                    },
                    {
                        "text": "Chụp màn hình passcode VNeID đính kèm để cán bộ xác minh danh tính",
                        "correct": False,
                        "explanation": "Chưa đúng. Passcode VNeID chỉ mình bạn biết, không bao giờ gửi kèm hồ sơ hay "
                        "đưa cho ai.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Hồ sơ nộp trên Cổng Dịch vụ công quốc gia sẽ được chuyển về hệ thống của tỉnh Nghệ An, "
                "và bạn tra cứu được hồ sơ ở cả hai cổng.",
                "answer": "true",
                "explanation": "Đúng. Hai hệ thống được kết nối với nhau, nên bạn có thể bắt đầu ở cổng nào cũng được "
                "và tra cứu bằng mã hồ sơ ở cả hai nơi.",
            },
        ),
        (
            "single_choice",
            {
                "question": "Hồ sơ của bạn chuyển sang trạng thái “Yêu cầu bổ sung”. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Đọc nội dung cần bổ sung, tải giấy tờ còn thiếu lên chính hồ sơ đó",
                        "correct": True,
                        "explanation": "Đúng. Giấy tờ bổ sung được gắn vào hồ sơ đang xử lý, cán bộ tiếp tục giải "
                        "quyết mà bạn không phải nộp lại từ đầu.",
                    },
                    {
                        "text": "Nộp lại một hồ sơ mới từ đầu, kèm đủ giấy tờ, cho chắc chắn được nhận",
                        "correct": False,
                        "explanation": "Chưa đúng. Không cần nộp lại; chỉ bổ sung phần còn thiếu cho hồ sơ đã nộp.",
                    },
                    {
                        "text": "Chờ thêm vài ngày, cán bộ sẽ tự tìm giấy tờ còn thiếu trong hệ thống",
                        "correct": False,
                        "explanation": "Chưa đúng. Hồ sơ sẽ dừng ở bước này cho đến khi bạn bổ sung đủ giấy tờ được "
                        "yêu cầu.",
                    },
                    {
                        "text": "Gửi ảnh giấy tờ qua Zalo cá nhân của cán bộ để được xử lý nhanh hơn",
                        "correct": False,
                        "explanation": "Chưa đúng. Giấy tờ gửi qua Zalo không được ghi vào hồ sơ và dễ bị lộ thông "
                        "tin. Hãy tải lên cổng.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Hồ sơ của bạn đang ở trạng thái “Chờ thanh toán”. Những cách làm nào là đúng? (Chọn tất "
                "cả đáp án đúng)",
                "options": [
                    {
                        "text": "Vào Quản lý hồ sơ đã nộp, bấm Thanh toán rồi chọn ngân hàng hoặc ví điện tử",
                        "correct": True,
                        "explanation": "Đúng. Lệ phí trả qua nền tảng thanh toán của cổng, tiền chuyển thẳng vào tài "
                        "khoản cơ quan nhà nước.",
                    },
                    {
                        "text": "Đối chiếu tên thủ tục, cơ quan thu và số tiền với mức lệ phí ghi trên trang thông "
                        "tin thủ tục",
                        "correct": True,
                        "explanation": "Đúng. Kiểm tra trước khi xác nhận giúp bạn không trả nhầm khoản, nhầm số tiền.",
                    },
                    {
                        "text": "Tải biên lai điện tử về máy sau khi thanh toán xong",
                        "correct": True,
                        "explanation": "Đúng. Biên lai là bằng chứng bạn đã nộp; trạng thái hồ sơ sẽ đổi thành Đã "
                        "thanh toán.",
                    },
                    {
                        "text": "Chuyển khoản vào tài khoản cá nhân do một người xưng là cán bộ gọi điện cung cấp, để "
                        "hồ sơ được giải quyết nhanh",
                        "correct": False,
                        "explanation": "Sai. Phí, lệ phí chỉ nộp qua cổng hoặc tại quầy có biên lai. Đề nghị chuyển "
                        "tiền vào tài khoản cá nhân là lừa đảo.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Tài khoản VNeID mức 1 dùng được cho mọi thủ tục trên Cổng Dịch vụ công, không cần nâng "
                "lên mức 2.",
                "answer": "false",
                "explanation": "Sai. Mức 1 đăng nhập được nhưng một số thủ tục yêu cầu mức 2. Hãy đến công an xã, "
                "phường nơi cư trú, mang theo thẻ căn cước để được nâng lên mức 2.",
            },
        ),
        (
            "single_choice",
            {
                "question": "Hồ sơ của bạn đã quá hạn giải quyết mà chưa có kết quả. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Gửi phản ánh ở mục Phản ánh kiến nghị trên Cổng Dịch vụ công quốc gia, nêu rõ mã hồ "
                        "sơ",
                        "correct": True,
                        "explanation": "Đúng. Đây là kênh chính thức; bạn cũng có thể liên hệ Trung tâm Phục vụ hành "
                        "chính công nơi nhận hồ sơ. Mã hồ sơ giúp cán bộ tìm ngay hồ sơ của bạn.",
                    },
                    {
                        "text": "Nộp thêm một hồ sơ giống hệt để hồ sơ mới được xếp lên đầu danh sách xử lý",
                        "correct": False,
                        "explanation": "Chưa đúng. Hồ sơ trùng lặp chỉ làm việc xử lý chậm hơn.",
                    },
                    {
                        "text": "Đăng bài lên mạng xã hội kèm ảnh thẻ căn cước và mã hồ sơ để được chú ý",
                        "correct": False,
                        "explanation": "Chưa đúng. Bạn tự làm lộ thông tin cá nhân. Hãy phản ánh qua kênh chính thức.",
                    },
                    {
                        "text": "Chuyển tiền cho người tự giới thiệu là cán bộ, hứa “lo được hồ sơ ngay trong ngày”",
                        "correct": False,
                        "explanation": "Sai. Không ai được nhận tiền ngoài lệ phí có biên lai; đây là dấu hiệu lừa "
                        "đảo.",
                    },
                ],
            },
        ),
    ],
}
