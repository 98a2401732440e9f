"""Demo course content for elearn (Vietnamese-first digital-skills courses for Nghệ An).

Pure data, read by the demo loader:

* ``TOPICS`` – course topics;
* ``COMPETENCES`` – areas/competences of EU DigComp 2.2 and Vietnam's basic digital-skills groups;
* ``COURSES`` – courses, each with sections and lessons. A lesson body is a list of
  ``(block_type, value)`` tuples matching ``courses.blocks.lesson_blocks``.

References ``"img:<key>"`` and ``"doc:<key>"`` are replaced by the loader with generated
illustrative screenshots and small handouts. Menu names of the portals and apps are
described as they appear in 2025–2026; they may change slightly between versions.
"""

TOPICS = [
    {
        "slug": "dich-vu-cong-truc-tuyen",
        "name": "Dịch vụ công trực tuyến",
        "description": "Nộp hồ sơ, theo dõi kết quả và thanh toán lệ phí thủ tục hành chính qua Cổng Dịch vụ công quốc "
        "gia "
        "và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An.",
    },
    {
        "slug": "thanh-toan-khong-dung-tien-mat",
        "name": "Thanh toán không dùng tiền mặt",
        "description": "Dùng ứng dụng ngân hàng, mã QR và ví điện tử để chuyển tiền, trả hóa đơn điện, nước, học phí, "
        "lệ phí một cách an toàn.",
    },
    {
        "slug": "an-toan-thong-tin",
        "name": "An toàn thông tin",
        "description": "Nhận diện cuộc gọi, tin nhắn, đường link lừa đảo; bảo vệ mật khẩu, mã OTP, dữ liệu cá nhân "
        "và biết cách trình báo khi bị lừa.",
    },
    {
        "slug": "chu-ky-so-hoa-don-dien-tu",
        "name": "Chữ ký số và hóa đơn điện tử",
        "description": "Chữ ký số, hóa đơn điện tử và khai, nộp thuế điện tử cho doanh nghiệp, hộ kinh doanh, hợp tác "
        "xã.",
    },
    {
        "slug": "ky-nang-so-cho-can-bo",
        "name": "Kỹ năng số cho cán bộ",
        "description": "Văn bản điện tử, chữ ký số chuyên dùng công vụ, xử lý hồ sơ trên hệ thống một cửa điện tử "
        "và bảo vệ dữ liệu trong cơ quan nhà nước.",
    },
    {
        "slug": "ky-nang-so-co-ban",
        "name": "Kỹ năng số cơ bản",
        "description": "Làm quen với điện thoại thông minh, Internet và ứng dụng VNeID cho người mới bắt đầu, "
        "người cao tuổi.",
    },
    {
        "slug": "kinh-doanh-so",
        "name": "Kinh doanh trên môi trường số",
        "description": "Bán hàng trực tuyến, mở gian hàng trên sàn thương mại điện tử, nhận thanh toán và giao hàng "
        "cho hộ kinh doanh, hợp tác xã.",
    },
]

COMPETENCES = [
    # --- EU DigComp 2.2: 5 areas and some of their competences ---
    {"framework": "digcomp", "code": "1", "name": "Hiểu biết về thông tin và dữ liệu", "parent": None},
    {
        "framework": "digcomp",
        "code": "1.1",
        "name": "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số",
        "parent": "1",
    },
    {"framework": "digcomp", "code": "1.2", "name": "Đánh giá dữ liệu, thông tin và nội dung số", "parent": "1"},
    {"framework": "digcomp", "code": "1.3", "name": "Quản lý dữ liệu, thông tin và nội dung số", "parent": "1"},
    {"framework": "digcomp", "code": "2", "name": "Giao tiếp và hợp tác", "parent": None},
    {"framework": "digcomp", "code": "2.1", "name": "Tương tác thông qua công nghệ số", "parent": "2"},
    {"framework": "digcomp", "code": "2.2", "name": "Chia sẻ thông qua công nghệ số", "parent": "2"},
    {"framework": "digcomp", "code": "2.3", "name": "Thực hiện quyền công dân thông qua công nghệ số", "parent": "2"},
    {"framework": "digcomp", "code": "2.4", "name": "Hợp tác thông qua công nghệ số", "parent": "2"},
    {"framework": "digcomp", "code": "2.5", "name": "Quy tắc ứng xử trên môi trường mạng", "parent": "2"},
    {"framework": "digcomp", "code": "2.6", "name": "Quản lý danh tính số", "parent": "2"},
    {"framework": "digcomp", "code": "3", "name": "Sáng tạo nội dung số", "parent": None},
    {"framework": "digcomp", "code": "3.1", "name": "Phát triển nội dung số", "parent": "3"},
    {"framework": "digcomp", "code": "3.3", "name": "Bản quyền và giấy phép", "parent": "3"},
    {"framework": "digcomp", "code": "4", "name": "An toàn", "parent": None},
    {"framework": "digcomp", "code": "4.1", "name": "Bảo vệ thiết bị", "parent": "4"},
    {"framework": "digcomp", "code": "4.2", "name": "Bảo vệ dữ liệu cá nhân và quyền riêng tư", "parent": "4"},
    {"framework": "digcomp", "code": "4.3", "name": "Bảo vệ sức khỏe và an sinh", "parent": "4"},
    {"framework": "digcomp", "code": "5", "name": "Giải quyết vấn đề", "parent": None},
    {"framework": "digcomp", "code": "5.1", "name": "Giải quyết các vấn đề kỹ thuật", "parent": "5"},
    {"framework": "digcomp", "code": "5.2", "name": "Xác định nhu cầu và giải pháp công nghệ", "parent": "5"},
    {"framework": "digcomp", "code": "5.4", "name": "Nhận biết những thiếu hụt về năng lực số", "parent": "5"},
    # --- Vietnam: basic digital-skills groups ---
    {"framework": "vn_basic", "code": "VN1", "name": "Sử dụng thiết bị số", "parent": None},
    {"framework": "vn_basic", "code": "VN2", "name": "Khai thác thông tin và dữ liệu", "parent": None},
    {"framework": "vn_basic", "code": "VN3", "name": "Giao tiếp và hợp tác trên môi trường số", "parent": None},
    {"framework": "vn_basic", "code": "VN4", "name": "An toàn, an ninh mạng", "parent": None},
    {"framework": "vn_basic", "code": "VN5", "name": "Sử dụng dịch vụ công trực tuyến", "parent": None},
    {"framework": "vn_basic", "code": "VN6", "name": "Giao dịch và thanh toán điện tử", "parent": None},
    {"framework": "vn_basic", "code": "VN7", "name": "Kinh doanh và làm việc trên môi trường số", "parent": None},
]


# ---------------------------------------------------------------------------
# 1. Dịch vụ công trực tuyến (người dân)
# ---------------------------------------------------------------------------

_COURSE_DICH_VU_CONG = {
    "slug": "dich-vu-cong-truc-tuyen-nghe-an",
    "title": "Sử dụng Cổng Dịch vụ công quốc gia và Hệ thống giải quyết thủ tục hành chính tỉnh Nghệ An",
    "summary": "Đăng nhập bằng tài khoản VNeID mức 2, tìm đúng thủ tục, nộp hồ sơ trực tuyến, theo dõi kết quả "
    "và thanh toán lệ phí mà không phải xếp hàng ở trụ sở.",
    "audiences": ["resident", "business"],
    "topic": "dich-vu-cong-truc-tuyen",
    "level": "basic",
    "estimated_minutes": 60,
    "outcomes": [
        "Phân biệt Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An",
        "Đăng nhập an toàn bằng tài khoản định danh điện tử VNeID mức 2",
        "Tìm thủ tục, chọn đúng cơ quan cấp tỉnh hoặc xã, phường và nộp hồ sơ trực tuyến",
        "Tra cứu tình trạng hồ sơ, bổ sung giấy tờ khi được yêu cầu và thanh toán lệ phí trực tuyến",
    ],
    "competences": ["2.3", "2.6", "1.1", "VN5", "VN6"],
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
                    "intro": "Làm quen với hai cổng dịch vụ công bạn sẽ dùng và cách chọn đúng cơ quan sau khi "
                    "bỏ cấp huyện.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Dịch vụ công trực tuyến giúp bạn làm thủ tục hành chính qua Internet: khai thông tin, "
                            "gửi ảnh chụp giấy tờ, theo dõi tiến độ và nhận kết quả mà không phải đến trụ sở nhiều "
                            "lần. "
                            "Người dân Nghệ An thường dùng hai địa chỉ:</p>"
                            "<ul>"
                            "<li><b>Cổng Dịch vụ công quốc gia</b> (dichvucong.gov.vn) – “một cửa” chung của cả nước, "
                            "có thủ tục của bộ, ngành và của tất cả các tỉnh.</li>"
                            "<li><b>Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An</b> "
                            "(dichvucong.nghean.gov.vn) – nơi các sở, ngành và UBND xã, phường của tỉnh tiếp nhận "
                            "và xử lý hồ sơ.</li>"
                            "</ul>"
                            "<p>Hai hệ thống được kết nối với nhau: hồ sơ nộp ở cổng quốc gia sẽ được chuyển về tỉnh, "
                            "và bạn tra cứu được ở cả hai nơi. Vì vậy bạn có thể bắt đầu ở cổng nào cũng được.</p>",
                        ),
                        ("heading", {"text": "Chính quyền hai cấp: nộp hồ sơ cho ai?", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Từ ngày 1/7/2025, chính quyền địa phương chỉ còn <b>hai cấp: tỉnh và xã, phường</b>; "
                            "không còn cấp huyện. Những thủ tục trước đây do UBND huyện giải quyết nay được chuyển về "
                            "UBND xã, phường hoặc về sở, ngành của tỉnh. Khi nộp hồ sơ, hãy chọn đúng "
                            "<b>cơ quan thực hiện</b>: ví dụ “UBND xã …” cho chứng thực, hộ tịch; “Sở …” cho các thủ "
                            "tục "
                            "cấp tỉnh.</p>"
                            "<p>Nếu chưa tự làm được, bạn có thể đến <b>Trung tâm Phục vụ hành chính công</b> của xã, "
                            "phường nơi mình ở: cán bộ sẽ hướng dẫn bạn nộp trực tuyến ngay tại chỗ.</p>",
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
                                "text": "<ul>"
                                "<li>Điện thoại đã cài ứng dụng VNeID và tài khoản định danh điện tử <b>mức 2</b>.</li>"
                                "<li>Số điện thoại chính chủ để nhận tin nhắn, mã xác thực.</li>"
                                "<li>Ảnh chụp rõ nét hoặc bản quét các giấy tờ cần nộp.</li>"
                                "<li>Tài khoản ngân hàng hoặc ví điện tử nếu thủ tục có lệ phí.</li>"
                                "</ul>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Cổng Dịch vụ công quốc gia",
                                "url": "https://dichvucong.gov.vn",
                                "description": "Tìm thủ tục, nộp hồ sơ, tra cứu kết quả và thanh toán lệ phí trực "
                                "tuyến "
                                "trên toàn quốc.",
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
                            "<p>Cổng Dịch vụ công quốc gia và cổng dịch vụ công Nghệ An dùng chung cách đăng nhập bằng "
                            "<b>tài khoản định danh điện tử VNeID</b>. Tài khoản <b>mức 2</b> (đăng ký tại công an xã, "
                            "phường hoặc khi làm thẻ căn cước) dùng được cho hầu hết các thủ tục. Thông tin họ tên, "
                            "ngày sinh, nơi cư trú sẽ được tự động điền từ Cơ sở dữ liệu quốc gia về dân cư, "
                            "bạn không phải gõ lại.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Đăng nhập bằng cách quét mã QR",
                                "intro": "Cách nhanh nhất khi bạn dùng máy tính: mở cổng trên máy tính và quét mã bằng "
                                "điện thoại.",
                                "steps": [
                                    {
                                        "title": "Mở đúng địa chỉ cổng",
                                        "text": "<p>Gõ <b>dichvucong.gov.vn</b> vào thanh địa chỉ trình duyệt. "
                                        "Kiểm tra địa chỉ kết thúc bằng <b>.gov.vn</b> trước khi làm tiếp.</p>",
                                        "screenshot": "img:dvc-thanh-dia-chi",
                                        "screenshot_alt": "Thanh địa chỉ trình duyệt hiển thị "
                                        "https://dichvucong.gov.vn "
                                        "kèm biểu tượng ổ khóa",
                                    },
                                    {
                                        "title": "Chọn Đăng nhập",
                                        "text": "<p>Bấm <b>Đăng nhập</b> ở góc trên bên phải, sau đó chọn "
                                        "<b>Tài khoản định danh điện tử</b> (cấp bởi Bộ Công an).</p>",
                                        "screenshot": "img:dvc-chon-dang-nhap",
                                        "screenshot_alt": "Màn hình chọn phương thức đăng nhập, nút Tài khoản định "
                                        "danh "
                                        "điện tử được đánh dấu",
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
                                        "vụ "
                                        "công không. Đọc kỹ rồi bấm <b>Xác nhận</b>. Màn hình máy tính sẽ chuyển sang "
                                        "trang cá nhân có họ tên của bạn.</p>",
                                        "screenshot": "img:vneid-xac-nhan-dang-nhap",
                                        "screenshot_alt": "Hộp thoại trên VNeID hỏi đồng ý đăng nhập Cổng Dịch vụ công "
                                        "với nút Xác nhận",
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
                                "text": "<p>Kẻ gian lập trang web có giao diện giống hệt cổng dịch vụ công để lấy "
                                "tài khoản. Chỉ mở cổng bằng cách tự gõ địa chỉ, <b>không bấm vào đường link lạ</b> "
                                "gửi qua tin nhắn, Zalo hay Facebook. Không ai được phép hỏi passcode VNeID của "
                                "bạn.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Câu hỏi thường gặp",
                                "items": [
                                    {
                                        "question": "Tôi mới có tài khoản VNeID mức 1 thì có đăng nhập được không?",
                                        "answer": "<p>Mức 1 đăng nhập được nhưng một số thủ tục yêu cầu mức 2. Hãy đến "
                                        "công an xã, phường nơi cư trú, mang theo thẻ căn cước để được nâng lên mức "
                                        "2.</p>",
                                    },
                                    {
                                        "question": "Đăng nhập trên điện thoại thì làm thế nào?",
                                        "answer": "<p>Mở dichvucong.gov.vn trên trình duyệt điện thoại, chọn "
                                        "<b>Đăng nhập</b>, nhập số định danh cá nhân và mật khẩu VNeID, rồi xác nhận "
                                        "trên "
                                        "ứng dụng VNeID khi được hỏi.</p>",
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
                            "<p>Mỗi thủ tục đều có trang thông tin ghi rõ <b>thành phần hồ sơ</b>, "
                            "<b>thời hạn giải quyết</b>, <b>lệ phí</b> và <b>cơ quan thực hiện</b>. Hãy đọc trang này "
                            "trước khi bấm nộp để chuẩn bị đủ giấy tờ. Ví dụ dưới đây là thủ tục "
                            "<i>chứng thực bản sao điện tử từ bản chính</i> tại UBND xã, phường.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Nộp một hồ sơ trực tuyến",
                                "intro": "Đăng nhập trước khi bắt đầu. Các nút có thể khác đôi chút tùy thủ tục.",
                                "steps": [
                                    {
                                        "title": "Tìm thủ tục",
                                        "text": "<p>Gõ vài từ khóa vào ô tìm kiếm, ví dụ “chứng thực bản sao”, "
                                        "rồi bấm <b>Tìm kiếm</b>.</p>",
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
                                        "ảnh "
                                        "chụp hoặc bản quét, hoặc chọn giấy tờ đã lưu trong <b>kho dữ liệu cá "
                                        "nhân</b>.</p>",
                                        "screenshot": "img:dvc-dinh-kem",
                                        "screenshot_alt": "Danh sách thành phần hồ sơ, mỗi dòng có nút Chọn tệp",
                                    },
                                    {
                                        "title": "Chọn cách nhận kết quả",
                                        "text": "<p>Chọn nhận <b>trực tiếp</b> tại Trung tâm Phục vụ hành chính công, "
                                        "qua <b>bưu chính công ích</b> về tận nhà, hoặc nhận <b>bản điện tử</b> nếu "
                                        "thủ "
                                        "tục cho phép.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nộp và lưu mã hồ sơ",
                                        "text": "<p>Đánh dấu ô cam kết, bấm <b>Nộp hồ sơ</b>. Cổng hiển thị "
                                        "<b>mã hồ sơ</b>; hãy chụp màn hình hoặc ghi lại để tra cứu.</p>",
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
                                "text": "<ul>"
                                "<li>Chụp thẳng, đủ bốn góc, đủ sáng, không bị lóa.</li>"
                                "<li>Dùng định dạng PDF hoặc JPG, mỗi tệp không quá dung lượng cổng cho phép.</li>"
                                "<li>Đặt tên tệp dễ hiểu, ví dụ <i>giay-khai-sinh.pdf</i>.</li>"
                                "</ul>",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:checklist-nop-ho-so",
                                "title": "Phiếu kiểm tra trước khi nộp hồ sơ trực tuyến",
                                "description": "Danh sách 10 điều cần kiểm tra: tài khoản, giấy tờ, cơ quan thực hiện, "
                                "cách nhận kết quả. In ra và đánh dấu.",
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
                            "thái:</p>"
                            "<ul>"
                            "<li><b>Mới đăng ký / Chờ tiếp nhận</b>: cán bộ chưa kiểm tra.</li>"
                            "<li><b>Đang xử lý</b>: hồ sơ hợp lệ, đang được giải quyết.</li>"
                            "<li><b>Yêu cầu bổ sung</b>: đọc kỹ nội dung cần bổ sung rồi tải lên giấy tờ còn "
                            "thiếu.</li>"
                            "<li><b>Chờ thanh toán</b>: cần nộp phí, lệ phí.</li>"
                            "<li><b>Đã có kết quả</b>: nhận kết quả theo cách bạn đã chọn.</li>"
                            "</ul>",
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
                                        "text": "<p>Trong <b>Quản lý hồ sơ đã nộp</b>, tìm hồ sơ có trạng thái "
                                        "<b>Chờ thanh toán</b> và bấm <b>Thanh toán</b>.</p>",
                                        "screenshot": "img:dvc-ho-so-cho-thanh-toan",
                                        "screenshot_alt": "Danh sách hồ sơ, một dòng có trạng thái Chờ thanh toán và "
                                        "nút Thanh toán",
                                    },
                                    {
                                        "title": "Kiểm tra số tiền",
                                        "text": "<p>Đối chiếu tên thủ tục, cơ quan thu và số tiền với mức lệ phí ghi "
                                        "trên "
                                        "trang thông tin thủ tục.</p>",
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
                                        "toán</b>. "
                                        "Tải <b>biên lai điện tử</b> về máy để lưu.</p>",
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
                        ("heading", {"text": "Dịch vụ công liên thông", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>Một lần nộp, nhiều cơ quan cùng giải quyết:</p>"
                            "<ul>"
                            "<li><b>Đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế</b> cho trẻ dưới "
                            "6 tuổi.</li>"
                            "<li><b>Đăng ký khai tử – xóa đăng ký thường trú – hưởng chế độ tử tuất, mai táng "
                            "phí</b>.</li>"
                            "</ul>"
                            "<h3>Các thủ tục thường dùng khác</h3>"
                            "<ul>"
                            "<li>Cấp phiếu lý lịch tư pháp (làm được cả trên ứng dụng VNeID).</li>"
                            "<li>Đăng ký thường trú, tạm trú, thông báo lưu trú.</li>"
                            "<li>Cấp đổi giấy phép lái xe; nộp phạt vi phạm giao thông.</li>"
                            "<li>Chứng thực bản sao điện tử từ bản chính; trích lục hộ tịch.</li>"
                            "<li>Đăng ký hộ kinh doanh tại UBND xã, phường.</li>"
                            "</ul>",
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Đăng ký khai sinh cho con trên Cổng Dịch vụ công",
                                "external_url": "https://dichvucong.gov.vn",
                                "transcript": "<p>Xin chào bà con. Hôm nay chúng tôi hướng dẫn đăng ký khai sinh cho "
                                "con qua dịch vụ liên thông. Trước hết, bố hoặc mẹ đăng nhập Cổng Dịch vụ công quốc "
                                "gia "
                                "bằng tài khoản VNeID. Ở ô tìm kiếm, gõ “khai sinh” và chọn dịch vụ liên thông "
                                "<i>Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 "
                                "tuổi</i>.</p>"
                                "<p>Chọn tỉnh Nghệ An và UBND xã, phường nơi cư trú. Khai thông tin của cháu theo "
                                "giấy chứng sinh, chụp giấy chứng sinh đính kèm. Nếu bố mẹ đã đăng ký kết hôn, hệ "
                                "thống "
                                "tự đối chiếu nên không cần nộp giấy kết hôn.</p>"
                                "<p>Cuối cùng chọn nhận kết quả qua bưu điện hoặc bản điện tử, bấm Nộp hồ sơ và ghi "
                                "lại "
                                "mã hồ sơ. Khi có kết quả, thẻ bảo hiểm y tế của cháu hiển thị trên ứng dụng VNeID "
                                "của bố hoặc mẹ. Chúc bà con thực hiện thành công.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Chưa biết bắt đầu từ đâu?",
                                "text": "<p>Liên hệ <b>Tổ công nghệ số cộng đồng</b> ở thôn, xóm, khối phố hoặc đoàn "
                                "viên thanh niên tình nguyện tại Trung tâm Phục vụ hành chính công xã, phường. "
                                "Họ sẽ cùng bạn làm hồ sơ đầu tiên.</p>",
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


# ---------------------------------------------------------------------------
# 2. Thanh toán không dùng tiền mặt
# ---------------------------------------------------------------------------

_COURSE_THANH_TOAN = {
    "slug": "thanh-toan-khong-dung-tien-mat-an-toan",
    "title": "Thanh toán không dùng tiền mặt an toàn",
    "summary": "Dùng ứng dụng ngân hàng và mã QR để chuyển tiền, trả tiền điện, nước, học phí, lệ phí và nhận "
    "tiền an sinh xã hội – nhanh, tiện và không bị kẻ gian lợi dụng.",
    "audiences": ["resident", "business"],
    "topic": "thanh-toan-khong-dung-tien-mat",
    "level": "basic",
    "estimated_minutes": 50,
    "outcomes": [
        "Cài đặt ứng dụng ngân hàng chính thức và hoàn tất xác thực sinh trắc học",
        "Chuyển tiền, thanh toán bằng mã QR và kiểm tra đúng người nhận trước khi xác nhận",
        "Trả hóa đơn điện, nước, học phí và lệ phí dịch vụ công trên điện thoại",
        "Liên kết tài khoản nhận tiền an sinh xã hội trên VNeID",
        "Áp dụng các quy tắc giữ an toàn tài khoản và mã OTP",
    ],
    "competences": ["VN6", "VN4", "2.1", "4.2"],
    "featured": True,
    "certificate": True,
    "cover": "img:thanh-toan-cover",
    "sections": [
        {
            "title": None,
            "lessons": [
                {
                    "slug": "cai-ung-dung-ngan-hang",
                    "title": "Cài ứng dụng ngân hàng và xác thực sinh trắc học",
                    "minutes": 10,
                    "intro": "Bắt đầu đúng cách: ứng dụng chính chủ, tải từ kho chính thức, khuôn mặt khớp với thẻ "
                    "căn cước.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Ứng dụng ngân hàng trên điện thoại (mobile banking) cho phép bạn xem số dư, chuyển "
                            "tiền, "
                            "trả hóa đơn 24/7. Theo quy định của Ngân hàng Nhà nước, tài khoản của cá nhân phải được "
                            "<b>đối chiếu sinh trắc học khuôn mặt</b> với thẻ căn cước gắn chip hoặc tài khoản VNeID "
                            "thì mới giao dịch trực tuyến được. Các giao dịch chuyển tiền <b>trên 10 triệu "
                            "đồng/lần</b> "
                            "hoặc tổng <b>trên 20 triệu đồng/ngày</b> phải quét khuôn mặt để xác nhận.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Cài đặt và kích hoạt ứng dụng ngân hàng",
                                "intro": "Bạn cần đã có tài khoản tại ngân hàng và đăng ký số điện thoại chính chủ.",
                                "steps": [
                                    {
                                        "title": "Tải ứng dụng từ kho chính thức",
                                        "text": "<p>Mở <b>CH Play</b> (Android) hoặc <b>App Store</b> (iPhone), gõ tên "
                                        "ngân hàng. Kiểm tra <b>nhà phát triển</b> đúng là ngân hàng đó rồi mới bấm "
                                        "<b>Cài đặt</b>.</p>",
                                        "screenshot": "img:ngan-hang-kho-ung-dung",
                                        "screenshot_alt": "Trang ứng dụng ngân hàng trên CH Play, dòng nhà phát triển "
                                        "được khoanh đỏ",
                                    },
                                    {
                                        "title": "Đăng ký hoặc đăng nhập",
                                        "text": "<p>Nhập số điện thoại đã đăng ký với ngân hàng, nhận mã OTP qua tin "
                                        "nhắn và tự đặt mật khẩu. Mật khẩu nên dài, không dùng ngày sinh.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Quét chip thẻ căn cước",
                                        "text": "<p>Vào <b>Cài đặt</b> → <b>Cập nhật sinh trắc học</b>. Đặt thẻ căn "
                                        "cước sát mặt sau điện thoại để ứng dụng đọc chip (cần bật NFC), hoặc chọn xác "
                                        "thực qua <b>VNeID</b> nếu ngân hàng hỗ trợ.</p>",
                                        "screenshot": "img:ngan-hang-quet-chip",
                                        "screenshot_alt": "Hình minh họa đặt thẻ căn cước sát mặt sau điện thoại để "
                                        "đọc chip",
                                    },
                                    {
                                        "title": "Quét khuôn mặt",
                                        "text": "<p>Đưa khuôn mặt vào khung hình ở nơi đủ sáng, bỏ kính râm, khẩu "
                                        "trang; "
                                        "làm theo hướng dẫn quay trái, phải. Khi báo <b>thành công</b> là xong.</p>",
                                        "screenshot": "img:ngan-hang-quet-mat",
                                        "screenshot_alt": "Màn hình ứng dụng ngân hàng với khung oval để quét khuôn "
                                        "mặt",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Ngân hàng không gửi link cập nhật sinh trắc học",
                                "text": "<p>Kẻ gian nhắn tin, gọi điện giả danh ngân hàng hoặc công an, gửi đường link "
                                "“hỗ trợ cập nhật sinh trắc học” để chiếm tài khoản. Chỉ cập nhật <b>trong ứng dụng "
                                "chính thức</b> hoặc tại quầy giao dịch.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "chuyen-tien-bang-ma-qr",
                    "title": "Chuyển tiền và thanh toán bằng mã QR",
                    "minutes": 10,
                    "intro": "Quét một mã QR là có đủ số tài khoản, tên người nhận, thậm chí cả số tiền.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Hầu hết cửa hàng, chợ, quán ăn ở Nghệ An đều có mã <b>VietQR</b> dán tại quầy. "
                            "Ứng dụng của mọi ngân hàng đều quét được mã này và chuyển tiền ngay lập tức, kể cả "
                            "khác ngân hàng. Bạn không phải gõ số tài khoản nên tránh được nhầm lẫn.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Thanh toán tại cửa hàng bằng mã QR",
                                "steps": [
                                    {
                                        "title": "Mở chức năng quét QR",
                                        "text": "<p>Đăng nhập ứng dụng ngân hàng, bấm biểu tượng <b>QR</b> ở giữa màn "
                                        "hình chính.</p>",
                                        "screenshot": "img:qr-nut-quet",
                                        "screenshot_alt": "Màn hình chính ứng dụng ngân hàng với nút quét QR ở giữa",
                                    },
                                    {
                                        "title": "Quét mã của người bán",
                                        "text": "<p>Hướng camera vào mã QR, giữ yên cho đến khi ứng dụng đọc được.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Kiểm tra tên người nhận",
                                        "text": "<p>Đối chiếu <b>tên chủ tài khoản</b> hiện trên màn hình với tên cửa "
                                        "hàng hoặc hỏi lại người bán. Nhập số tiền nếu mã chưa có sẵn.</p>",
                                        "screenshot": "img:qr-xac-nhan-nguoi-nhan",
                                        "screenshot_alt": "Màn hình xác nhận chuyển tiền có tên người nhận, ngân hàng "
                                        "và ô nhập số tiền",
                                    },
                                    {
                                        "title": "Xác nhận và cho người bán xem",
                                        "text": "<p>Bấm <b>Xác nhận</b>, nhập mã PIN hoặc quét vân tay, khuôn mặt. "
                                        "Chờ màn hình <b>Giao dịch thành công</b> rồi mới rời quầy.</p>",
                                        "screenshot": "img:qr-thanh-cong",
                                        "screenshot_alt": "Thông báo giao dịch thành công với số tiền và mã giao dịch",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Mã QR bị dán đè",
                                "text": "<p>Kẻ gian có thể dán mã QR của mình đè lên mã của cửa hàng. Luôn xem "
                                "<b>tên người nhận</b> trước khi bấm xác nhận. Người bán hàng nên kiểm tra mã QR mỗi "
                                "ngày và chỉ tin <b>thông báo biến động số dư</b>, không tin ảnh chụp màn hình do "
                                "khách đưa.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Câu hỏi thường gặp",
                                "items": [
                                    {
                                        "question": "Chuyển nhầm tiền thì làm thế nào?",
                                        "answer": "<p>Gọi ngay tổng đài ngân hàng của bạn để đề nghị tra soát, cung "
                                        "cấp "
                                        "mã giao dịch. Không tự liên hệ qua số lạ tự xưng là “bộ phận hoàn tiền”.</p>",
                                    },
                                    {
                                        "question": "Chuyển tiền bằng QR có mất phí không?",
                                        "answer": "<p>Phần lớn ngân hàng hiện miễn phí chuyển tiền trên ứng dụng. Xem "
                                        "biểu phí của ngân hàng bạn dùng.</p>",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "tra-hoa-don-dien-nuoc-hoc-phi",
                    "title": "Trả tiền điện, nước, học phí trên điện thoại",
                    "minutes": 10,
                    "intro": "Trả hóa đơn hằng tháng trong vài phút, có lịch sử để tra lại khi cần.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Ứng dụng ngân hàng và ví điện tử có mục <b>Thanh toán hóa đơn</b> cho tiền điện, "
                            "nước, cước Internet, điện thoại, truyền hình và học phí. Bạn chỉ cần <b>mã khách hàng</b> "
                            "in trên hóa đơn giấy, tin nhắn báo cước hoặc thông báo của nhà trường.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Trả tiền điện qua ứng dụng ngân hàng",
                                "intro": "Tiền nước, Internet, học phí làm tương tự, chỉ khác nhà cung cấp.",
                                "steps": [
                                    {
                                        "title": "Chọn Thanh toán hóa đơn",
                                        "text": "<p>Trên màn hình chính, chọn <b>Thanh toán hóa đơn</b> → "
                                        "<b>Điện</b>.</p>",
                                        "screenshot": "img:hoa-don-chon-loai",
                                        "screenshot_alt": "Danh mục loại hóa đơn: Điện, Nước, Internet, Học phí",
                                    },
                                    {
                                        "title": "Chọn nhà cung cấp",
                                        "text": "<p>Chọn <b>Điện lực miền Bắc (EVNNPC)</b> – đơn vị cấp điện cho Nghệ "
                                        "An.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nhập mã khách hàng",
                                        "text": "<p>Gõ mã khách hàng, bấm <b>Tiếp tục</b>. Ứng dụng hiện tên chủ hộ, "
                                        "kỳ hóa đơn và số tiền: kiểm tra khớp với nhà mình. Có thể bấm <b>Lưu</b> để "
                                        "tháng sau không phải nhập lại.</p>",
                                        "screenshot": "img:hoa-don-ma-khach-hang",
                                        "screenshot_alt": "Thông tin hóa đơn tiền điện gồm tên chủ hộ, kỳ hóa đơn và "
                                        "số tiền cần trả",
                                    },
                                    {
                                        "title": "Xác nhận thanh toán",
                                        "text": "<p>Nhập mã xác thực, chờ thông báo thành công. Hóa đơn điện tử được "
                                        "gửi "
                                        "về tin nhắn hoặc ứng dụng của điện lực.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Đăng ký trích nợ tự động",
                                "text": "<p>Nếu hay quên, hãy đăng ký <b>thanh toán tự động</b> trong ứng dụng: ngân "
                                "hàng tự trả khi có hóa đơn mới và báo cho bạn qua tin nhắn.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "“Nhân viên điện lực” gọi đòi tiền",
                                "text": "<p>Cuộc gọi dọa “cắt điện trong hôm nay” và yêu cầu chuyển khoản vào số tài "
                                "khoản lạ là lừa đảo. Chỉ trả tiền qua mục Thanh toán hóa đơn hoặc ứng dụng chính thức "
                                "của ngành điện.</p>",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:bang-theo-doi-hoa-don",
                                "title": "Bảng ghi mã khách hàng và lịch thanh toán",
                                "description": "Mẫu in một trang để ghi mã khách hàng điện, nước, Internet, học phí "
                                "và ngày đến hạn.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "an-sinh-xa-hoi-va-vneid",
                    "title": "Nhận tiền an sinh xã hội qua tài khoản và VNeID",
                    "minutes": 8,
                    "intro": "Lương hưu, trợ cấp, hỗ trợ được chuyển thẳng vào tài khoản chính chủ của bạn.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp người có công, trợ cấp bảo trợ xã hội "
                            "ngày càng được chi trả qua tài khoản ngân hàng. Bạn nhận tiền đúng hạn, không phải chờ "
                            "ở điểm chi trả. Trên ứng dụng <b>VNeID</b>, bạn có thể khai báo tài khoản ngân hàng "
                            "chính chủ để nhận các khoản an sinh xã hội.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Tích hợp tài khoản nhận an sinh xã hội trên VNeID",
                                "intro": "Cần tài khoản VNeID mức 2 và tài khoản ngân hàng đứng tên chính bạn. Tên mục "
                                "có thể thay đổi chút ít theo phiên bản ứng dụng.",
                                "steps": [
                                    {
                                        "title": "Mở mục dịch vụ an sinh xã hội",
                                        "text": "<p>Đăng nhập VNeID, chọn <b>Dịch vụ khác</b> → <b>Dịch vụ an sinh "
                                        "xã hội</b>.</p>",
                                        "screenshot": "img:vneid-an-sinh",
                                        "screenshot_alt": "Màn hình VNeID với mục Dịch vụ an sinh xã hội",
                                    },
                                    {
                                        "title": "Đăng ký tài khoản nhận chi trả",
                                        "text": "<p>Chọn đăng ký tài khoản an sinh xã hội, chọn ngân hàng và nhập số "
                                        "tài khoản của bạn.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Xác nhận",
                                        "text": "<p>Kiểm tra tên chủ tài khoản trùng với họ tên trên thẻ căn cước, "
                                        "nhập "
                                        "passcode để gửi. Kết quả được thông báo trên ứng dụng.</p>",
                                        "screenshot": "img:vneid-an-sinh-xac-nhan",
                                        "screenshot_alt": "Màn hình xác nhận thông tin tài khoản ngân hàng nhận an "
                                        "sinh xã hội",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Không ai “hỗ trợ nhận tiền trợ cấp” qua điện thoại",
                                "text": "<p>Cơ quan bảo hiểm xã hội, UBND xã không gọi điện đề nghị bạn đọc mã OTP, "
                                "cài ứng dụng lạ hay chuyển “phí hồ sơ” để nhận trợ cấp. Khi nghi ngờ, hỏi trực tiếp "
                                "cán bộ xã, phường.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "items": [
                                    {
                                        "question": "Người cao tuổi không tự làm được thì sao?",
                                        "answer": "<p>Con cháu có thể hướng dẫn trên chính điện thoại của ông bà, "
                                        "nhưng "
                                        "tài khoản ngân hàng phải đứng tên người hưởng. Tổ công nghệ số cộng đồng cũng "
                                        "hỗ "
                                        "trợ miễn phí.</p>",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "giu-an-toan-tai-khoan-ngan-hang",
                    "title": "Giữ an toàn tài khoản ngân hàng",
                    "minutes": 8,
                    "intro": "Năm thói quen đơn giản giúp tiền của bạn không rơi vào tay kẻ gian.",
                    "body": [
                        (
                            "paragraph",
                            "<ol>"
                            "<li><b>Không bao giờ đọc mã OTP</b> hay mật khẩu cho bất kỳ ai, kể cả người xưng là nhân "
                            "viên ngân hàng, công an.</li>"
                            "<li><b>Không bấm đường link</b> trong tin nhắn báo “tài khoản bị khóa”, “trúng "
                            "thưởng”.</li>"
                            "<li>Chỉ cài ứng dụng từ <b>CH Play, App Store</b>; không cài tệp .apk được gửi qua "
                            "Zalo.</li>"
                            "<li>Bật <b>thông báo biến động số dư</b> để phát hiện giao dịch lạ ngay.</li>"
                            "<li>Đặt <b>hạn mức chuyển tiền</b> vừa đủ dùng hằng ngày.</li>"
                            "</ol>",
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Ba tình huống mất tiền thường gặp",
                                "external_url": "https://canhbao.khonggianmang.vn",
                                "transcript": "<p><b>Tình huống 1.</b> Chị Lan nhận tin nhắn mang tên ngân hàng báo "
                                "tài khoản sắp bị khóa, kèm đường link. Chị bấm vào, điền tên đăng nhập, mật khẩu và "
                                "mã OTP. Vài phút sau, tài khoản bị chuyển hết tiền. Bài học: ngân hàng không gửi "
                                "đường link yêu cầu đăng nhập.</p>"
                                "<p><b>Tình huống 2.</b> Anh Hùng bán hàng online, khách gửi ảnh chụp “đã chuyển "
                                "khoản” rồi lấy hàng. Thực tế tiền không về. Bài học: chỉ giao hàng khi thấy thông báo "
                                "số dư trong ứng dụng của mình.</p>"
                                "<p><b>Tình huống 3.</b> Bác Minh được gọi điện hướng dẫn cài ứng dụng “dịch vụ công” "
                                "từ đường link. Ứng dụng giả chiếm quyền điện thoại và rút tiền. Bài học: chỉ cài ứng "
                                "dụng từ kho chính thức, cơ quan nhà nước không hướng dẫn qua điện thoại.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Nghi ngờ bị lộ tài khoản?",
                                "text": "<p>Gọi ngay <b>số tổng đài in sau thẻ ngân hàng</b> hoặc dùng chức năng "
                                "<b>khóa tài khoản khẩn cấp</b> trong ứng dụng, sau đó đổi mật khẩu và trình báo "
                                "công an xã, phường.</p>",
                            },
                        ),
                    ],
                },
            ],
        }
    ],
}


# ---------------------------------------------------------------------------
# 3. An toàn trên không gian mạng
# ---------------------------------------------------------------------------

_COURSE_AN_TOAN = {
    "slug": "nhan-dien-lua-dao-truc-tuyen",
    "title": "An toàn trên không gian mạng: nhận diện lừa đảo trực tuyến",
    "summary": "Nhận ra cuộc gọi giả danh, đường link và ứng dụng giả mạo, giữ kín mã OTP, và biết phải làm gì "
    "ngay khi lỡ bị lừa.",
    "audiences": ["resident", "business", "official"],
    "topic": "an-toan-thong-tin",
    "level": "basic",
    "estimated_minutes": 55,
    "outcomes": [
        "Nhận diện các kịch bản lừa đảo phổ biến qua điện thoại, tin nhắn, mạng xã hội",
        "Kiểm tra đường link, ứng dụng trước khi bấm hoặc cài đặt",
        "Bảo vệ mật khẩu, mã OTP và bật xác thực hai yếu tố cho tài khoản quan trọng",
        "Xử lý đúng trình tự khi bị lừa và trình báo, cảnh báo cho người khác",
    ],
    "competences": ["4.1", "4.2", "1.2", "2.5", "VN4"],
    "featured": True,
    "certificate": True,
    "cover": "img:an-toan-cover",
    "sections": [
        {
            "title": None,
            "lessons": [
                {
                    "slug": "cuoc-goi-gia-danh",
                    "title": "Cuộc gọi giả danh công an, ngân hàng, điện lực, cơ quan thuế",
                    "minutes": 10,
                    "intro": "Kẻ lừa đảo giỏi đóng vai người có quyền, nhưng kịch bản của chúng luôn có chung vài dấu "
                    "hiệu.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Phần lớn vụ lừa đảo bắt đầu bằng một cuộc gọi. Người gọi xưng là công an, cán bộ "
                            "thuế, nhân viên điện lực, ngân hàng, bưu điện, thậm chí giáo viên của con bạn. Họ thường "
                            "biết sẵn họ tên, địa chỉ của bạn nên rất dễ tin.</p>",
                        ),
                        ("heading", {"text": "Năm dấu hiệu cần dừng lại ngay", "level": "h2"}),
                        (
                            "paragraph",
                            "<ol>"
                            "<li><b>Tạo áp lực thời gian</b>: “phải làm ngay hôm nay”, “nếu không sẽ bị khóa, bị "
                            "bắt”.</li>"
                            "<li><b>Đòi giữ bí mật</b>: “không được nói với ai, kể cả người nhà”.</li>"
                            "<li><b>Yêu cầu chuyển tiền</b> vào tài khoản cá nhân để “xác minh”, “tạm giữ”.</li>"
                            "<li><b>Hỏi mã OTP</b>, mật khẩu, passcode VNeID hoặc ảnh chụp thẻ căn cước hai mặt.</li>"
                            "<li><b>Hướng dẫn cài ứng dụng</b> từ đường link hoặc chuyển sang gọi video qua Zalo.</li>"
                            "</ol>"
                            "<p>Công an làm việc bằng giấy mời, không làm việc qua điện thoại và <b>không bao giờ yêu "
                            "cầu chuyển tiền</b>. Cơ quan thuế, điện lực, ngân hàng cũng không hướng dẫn cài ứng dụng "
                            "qua điện thoại.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Cuộc gọi video giả mạo người thân (deepfake)",
                                "text": "<p>Kẻ gian dùng trí tuệ nhân tạo ghép mặt, giả giọng con cháu để vay tiền "
                                "gấp. "
                                "Cuộc gọi thường ngắn, hình mờ, “mạng yếu”. Hãy <b>tắt máy và gọi lại</b> vào số điện "
                                "thoại quen thuộc của người thân, hoặc hỏi một điều chỉ người trong nhà mới biết.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Xử lý tình huống",
                                "items": [
                                    {
                                        "question": "Người gọi xưng công an, nói tôi liên quan đến một vụ án ma túy. "
                                        "Tôi nên làm gì?",
                                        "answer": "<p>Tắt máy. Nếu lo lắng, tự đến trụ sở công an xã, phường nơi bạn ở "
                                        "để hỏi. Không chuyển tiền, không cài ứng dụng theo hướng dẫn.</p>",
                                    },
                                    {
                                        "question": "Có người gọi bảo con tôi bị tai nạn, cần tiền mổ gấp.",
                                        "answer": "<p>Gọi ngay cho con, cho giáo viên chủ nhiệm hoặc bệnh viện qua số "
                                        "bạn tự tìm. Bệnh viện luôn cấp cứu trước, không đòi chuyển khoản qua điện "
                                        "thoại.</p>",
                                    },
                                    {
                                        "question": "Hộ kinh doanh nhận cuộc gọi “cán bộ thuế” yêu cầu cài ứng dụng để "
                                        "quyết toán. Có đúng không?",
                                        "answer": "<p>Không. Ứng dụng thuế chính thức là <b>eTax Mobile</b>, chỉ tải "
                                        "từ "
                                        "CH Play hoặc App Store. Hãy gọi lại cơ quan thuế quản lý trực tiếp để xác "
                                        "minh.</p>",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "duong-link-ung-dung-gia-mao",
                    "title": "Đường link, trang web và ứng dụng giả mạo",
                    "minutes": 10,
                    "intro": "Một cú bấm vào đường link giả có thể trao toàn bộ điện thoại cho kẻ gian.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Trang web giả thường có địa chỉ gần giống trang thật: thêm chữ, đổi chữ "
                            "(“dichvucong-gov.vn”, “vneid-gov.com”), hoặc dùng đường link rút gọn để giấu địa chỉ. "
                            "Ứng dụng giả thường gửi dưới dạng tệp <b>.apk</b> qua Zalo, Messenger; khi cài, chúng "
                            "xin quyền <b>trợ năng</b> để điều khiển điện thoại từ xa và đọc tin nhắn OTP.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "img:link-that-gia",
                                "alt_text": "So sánh hai thanh địa chỉ: dichvucong.gov.vn là thật, dichvucong-gov.vn "
                                "là giả",
                                "caption": "Trang cơ quan nhà nước Việt Nam kết thúc bằng .gov.vn – nhìn kỹ từng dấu "
                                "chấm, "
                                "dấu gạch.",
                            },
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Kiểm tra một đường link trước khi bấm",
                                "steps": [
                                    {
                                        "title": "Hỏi: ai gửi, vì sao gửi?",
                                        "text": "<p>Tin nhắn từ số lạ, tài khoản mới lập hoặc nội dung quá hấp dẫn "
                                        "(trúng thưởng, hoàn tiền, việc làm lương cao) đều đáng nghi.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nhấn giữ để xem địa chỉ thật",
                                        "text": "<p>Trên điện thoại, <b>nhấn giữ</b> đường link (không bấm) để xem địa "
                                        "chỉ đầy đủ. Đọc phần tên miền ngay trước dấu “/” đầu tiên.</p>",
                                        "screenshot": "img:link-nhan-giu",
                                        "screenshot_alt": "Menu hiện ra khi nhấn giữ đường link, hiển thị địa chỉ đầy "
                                        "đủ",
                                    },
                                    {
                                        "title": "Tự gõ địa chỉ chính thức",
                                        "text": "<p>Thay vì bấm link, hãy tự gõ địa chỉ bạn đã biết, ví dụ "
                                        "<b>dichvucong.gov.vn</b>, hoặc mở ứng dụng chính thức.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Tra cứu khi còn nghi ngờ",
                                        "text": "<p>Dán địa chỉ vào trang <b>tinnhiemmang.vn</b> hoặc "
                                        "<b>canhbao.khonggianmang.vn</b> để xem đã bị cảnh báo chưa.</p>",
                                        "screenshot": "img:canh-bao-tra-cuu",
                                        "screenshot_alt": "Trang cảnh báo không gian mạng với ô nhập địa chỉ trang web "
                                        "cần kiểm tra",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Không cài tệp .apk, không cấp quyền trợ năng",
                                "text": "<p>Nếu điện thoại Android hỏi “Cho phép cài ứng dụng không rõ nguồn gốc” hoặc "
                                "xin quyền <b>Trợ năng</b> cho một ứng dụng vừa cài, hãy <b>từ chối</b> và gỡ ứng dụng "
                                "đó.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Tín nhiệm mạng",
                                "url": "https://tinnhiemmang.vn",
                                "description": "Tra cứu trang web đã được gắn nhãn tín nhiệm hoặc nằm trong danh sách "
                                "cảnh báo.",
                                "button_label": "Kiểm tra trang web",
                            },
                        ),
                    ],
                },
                {
                    "slug": "bao-ve-otp-mat-khau",
                    "title": "Bảo vệ mã OTP, mật khẩu và tài khoản mạng xã hội",
                    "minutes": 10,
                    "intro": "Mã OTP là chìa khóa cuối cùng của tài khoản: chỉ bạn được biết.",
                    "body": [
                        (
                            "paragraph",
                            "<p><b>OTP</b> (mật khẩu dùng một lần) là dãy số ngân hàng, VNeID, Zalo gửi cho bạn để "
                            "xác nhận một giao dịch. Ai có OTP là có thể thay bạn chuyển tiền, đổi mật khẩu hay đăng "
                            "nhập trên máy khác. Hãy đọc kỹ nội dung tin nhắn OTP: nếu nó ghi “chuyển tiền”, "
                            "“đăng nhập thiết bị mới” mà bạn không làm, tức là có người đang cố chiếm tài khoản.</p>"
                            "<h3>Mật khẩu tốt</h3>"
                            "<ul>"
                            "<li>Dài ít nhất 10 ký tự, có thể là một câu dễ nhớ: <i>NhaToiOCuaLo2025!</i></li>"
                            "<li>Mỗi tài khoản quan trọng (ngân hàng, thư điện tử, Zalo) một mật khẩu riêng.</li>"
                            "<li>Không dùng ngày sinh, số điện thoại, “123456”.</li>"
                            "</ul>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Bật xác thực hai yếu tố cho Facebook",
                                "intro": "Kẻ gian hay chiếm Facebook, Zalo để nhắn vay tiền bạn bè của bạn. Xác thực "
                                "hai yếu tố khiến chúng không đăng nhập được dù biết mật khẩu.",
                                "steps": [
                                    {
                                        "title": "Mở phần cài đặt",
                                        "text": "<p>Bấm ảnh đại diện hoặc biểu tượng ba gạch → <b>Cài đặt và quyền "
                                        "riêng "
                                        "tư</b> → <b>Cài đặt</b> → <b>Trung tâm tài khoản</b>.</p>",
                                        "screenshot": "img:facebook-trung-tam-tai-khoan",
                                        "screenshot_alt": "Trang Cài đặt của Facebook với mục Trung tâm tài khoản",
                                    },
                                    {
                                        "title": "Chọn Mật khẩu và bảo mật",
                                        "text": "<p>Chọn <b>Mật khẩu và bảo mật</b> → <b>Xác thực 2 yếu tố</b>, chọn "
                                        "tài khoản cần bật.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Chọn cách nhận mã",
                                        "text": "<p>Chọn <b>Ứng dụng xác thực</b> (an toàn hơn) hoặc <b>Tin nhắn "
                                        "SMS</b>, "
                                        "làm theo hướng dẫn và nhập mã để hoàn tất.</p>",
                                        "screenshot": "img:facebook-2fa",
                                        "screenshot_alt": "Hai lựa chọn phương thức xác thực: ứng dụng xác thực và "
                                        "tin nhắn SMS",
                                    },
                                    {
                                        "title": "Lưu mã khôi phục",
                                        "text": "<p>Ghi các <b>mã khôi phục</b> ra giấy, cất nơi an toàn để dùng khi "
                                        "mất "
                                        "điện thoại.</p>",
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
                                "title": "Ghi nhớ",
                                "text": "<p><b>Không đọc OTP cho bất kỳ ai</b>, dù người đó xưng là nhân viên ngân "
                                "hàng, "
                                "nhà mạng, công an hay người thân. Không chụp màn hình tin nhắn OTP gửi cho người "
                                "khác.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "viec-nhe-luong-cao-dau-tu",
                    "title": "Lừa đảo việc làm, đầu tư, mua sắm và đi làm việc ở nước ngoài",
                    "minutes": 10,
                    "intro": "Lời hứa “dễ kiếm tiền” là mồi nhử phổ biến nhất trên mạng xã hội.",
                    "body": [
                        (
                            "paragraph",
                            "<ul>"
                            "<li><b>Việc nhẹ lương cao, làm nhiệm vụ</b>: thả tim, đánh giá sản phẩm, được trả vài "
                            "chục "
                            "nghìn; sau đó phải “nạp tiền làm nhiệm vụ lớn” và không rút ra được.</li>"
                            "<li><b>Đầu tư sinh lời khủng</b>: tiền ảo, chứng khoán quốc tế, “lãi 5% mỗi ngày”, có "
                            "nhóm Zalo với nhiều người “khoe lãi” (thực chất là tài khoản ảo).</li>"
                            "<li><b>Mua hàng giá rẻ bất thường</b>: yêu cầu chuyển khoản đặt cọc trước, sau đó chặn "
                            "liên lạc.</li>"
                            "<li><b>Tuyển đi làm việc ở nước ngoài</b>: hứa đi nhanh, không cần tiếng, thu phí cao; "
                            "có người bị đưa sang nước khác làm việc cho đường dây lừa đảo.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Đi làm việc ở nước ngoài theo hợp đồng",
                                "text": "<p>Chỉ làm việc với doanh nghiệp có giấy phép dịch vụ đưa người lao động đi "
                                "làm "
                                "việc ở nước ngoài. Hỏi Sở Nội vụ hoặc UBND xã, phường để được hướng dẫn về doanh "
                                "nghiệp và chương trình hợp pháp trước khi nộp tiền.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Tự kiểm tra",
                                "items": [
                                    {
                                        "question": "Tôi được mời vào nhóm đầu tư, mọi người đều báo lãi. Có nên thử "
                                        "số tiền nhỏ không?",
                                        "answer": "<p>Không. Lần đầu bạn thường được “rút lãi” thật để tạo lòng tin, "
                                        "sau đó bị yêu cầu nạp số tiền lớn hơn. Không có khoản đầu tư hợp pháp nào cam "
                                        "kết "
                                        "lãi cao cố định mỗi ngày.</p>",
                                    },
                                    {
                                        "question": "Người bán trên Facebook yêu cầu chuyển cọc 50% rồi mới gửi hàng.",
                                        "answer": "<p>Ưu tiên mua trên sàn thương mại điện tử có bảo vệ người mua hoặc "
                                        "nhận hàng rồi mới trả tiền (COD). Tra số tài khoản, số điện thoại người bán "
                                        "trên "
                                        "mạng xem có bị tố cáo chưa.</p>",
                                    },
                                ],
                            },
                        ),
                        (
                            "image",
                            {
                                "image": "img:tin-nhan-viec-lam-gia",
                                "alt_text": "Tin nhắn Zalo mời làm cộng tác viên thả tim sản phẩm, hứa trả 300.000 "
                                "đồng "
                                "mỗi ngày",
                                "caption": "Một tin nhắn tuyển “cộng tác viên online” điển hình của kẻ lừa đảo.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "xu-ly-khi-bi-lua-dao",
                    "title": "Lỡ bị lừa: làm gì trong 30 phút đầu tiên",
                    "minutes": 10,
                    "intro": "Hành động nhanh và đúng trình tự giúp tăng cơ hội phong tỏa được tiền.",
                    "body": [
                        (
                            "step_by_step",
                            {
                                "title": "Trình tự xử lý khi bị lừa đảo trực tuyến",
                                "intro": "Bình tĩnh, làm lần lượt từng bước. Không chuyển thêm bất kỳ khoản tiền nào.",
                                "steps": [
                                    {
                                        "title": "Dừng liên lạc với kẻ gian",
                                        "text": "<p>Ngừng trả lời, không chuyển thêm tiền dù bị dọa dẫm hay hứa “hoàn "
                                        "tiền”. Gỡ ứng dụng lạ, ngắt mạng điện thoại nếu đã cài ứng dụng theo hướng "
                                        "dẫn.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Gọi ngay cho ngân hàng",
                                        "text": "<p>Gọi tổng đài in sau thẻ để <b>khóa tài khoản</b> và đề nghị "
                                        "<b>tra soát, phong tỏa</b> giao dịch; cung cấp số tài khoản nhận tiền.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Lưu bằng chứng",
                                        "text": "<p>Chụp màn hình tin nhắn, cuộc gọi, trang web, giao dịch chuyển "
                                        "tiền; "
                                        "ghi lại số điện thoại, số tài khoản, tên tài khoản mạng xã hội của đối "
                                        "tượng.</p>",
                                        "screenshot": "img:luu-bang-chung",
                                        "screenshot_alt": "Ảnh chụp màn hình lịch sử giao dịch và đoạn chat được lưu "
                                        "trong thư viện ảnh",
                                    },
                                    {
                                        "title": "Trình báo công an",
                                        "text": "<p>Đến <b>công an xã, phường</b> gần nhất, gọi <b>113</b>, hoặc gửi "
                                        "tin "
                                        "báo qua chức năng <b>Tố giác tội phạm</b> trên ứng dụng VNeID.</p>",
                                        "screenshot": "img:vneid-to-giac",
                                        "screenshot_alt": "Màn hình VNeID với chức năng Tố giác tội phạm",
                                    },
                                    {
                                        "title": "Báo cáo để cảnh báo người khác",
                                        "text": "<p>Gửi phản ánh trang web, số tài khoản lừa đảo tại "
                                        "<b>canhbao.khonggianmang.vn</b>; báo cho người thân, bạn bè nếu tài khoản "
                                        "mạng "
                                        "xã hội của bạn bị chiếm.</p>",
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
                                "title": "Cẩn thận bị lừa lần hai",
                                "text": "<p>Sau khi bị lừa, bạn có thể nhận được lời mời từ “hacker”, “luật sư”, "
                                "“công an mạng” hứa <b>lấy lại tiền</b> với một khoản phí. Đó là cùng một đường dây. "
                                "Chỉ làm việc trực tiếp tại trụ sở công an.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Cảnh báo an toàn thông tin Việt Nam",
                                "url": "https://canhbao.khonggianmang.vn",
                                "description": "Phản ánh trang web, ứng dụng, số tài khoản lừa đảo và tra cứu các "
                                "cảnh báo mới nhất.",
                                "button_label": "Gửi phản ánh",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:the-ghi-nho-chong-lua-dao",
                                "title": "Thẻ ghi nhớ: 5 không, 3 phải khi gặp lừa đảo",
                                "description": "Một trang in khổ A5, dán cạnh điện thoại bàn hoặc phát cho người cao "
                                "tuổi trong gia đình.",
                            },
                        ),
                    ],
                },
            ],
        }
    ],
}


# ---------------------------------------------------------------------------
# 4. Chữ ký số và hóa đơn điện tử (doanh nghiệp, hộ kinh doanh)
# ---------------------------------------------------------------------------

_COURSE_CHU_KY_SO_HOA_DON = {
    "slug": "chu-ky-so-hoa-don-dien-tu-doanh-nghiep",
    "title": "Chữ ký số và hóa đơn điện tử cho doanh nghiệp, hộ kinh doanh",
    "summary": "Hiểu và dùng chữ ký số, lập hóa đơn điện tử đúng quy định, khai và nộp thuế trực tuyến – "
    "dành cho doanh nghiệp nhỏ, hộ kinh doanh và hợp tác xã.",
    "audiences": ["business"],
    "topic": "chu-ky-so-hoa-don-dien-tu",
    "level": "intermediate",
    "estimated_minutes": 70,
    "outcomes": [
        "Giải thích chữ ký số là gì, giá trị pháp lý và các hình thức token, ký số từ xa",
        "Chọn nhà cung cấp, đăng ký và dùng chữ ký số an toàn",
        "Đăng ký sử dụng, lập, ký và gửi hóa đơn điện tử; xử lý hóa đơn sai sót",
        "Tra cứu hóa đơn, khai và nộp thuế qua thuedientu.gdt.gov.vn và eTax Mobile",
    ],
    "competences": ["VN6", "VN7", "2.6", "1.3", "4.2"],
    "featured": False,
    "certificate": True,
    "cover": "img:chu-ky-so-cover",
    "sections": [
        {
            "title": "Chữ ký số",
            "lessons": [
                {
                    "slug": "chu-ky-so-la-gi",
                    "title": "Chữ ký số là gì và dùng vào việc gì?",
                    "minutes": 10,
                    "intro": "Chữ ký số thay cho chữ ký tay và con dấu trên giấy tờ điện tử.",
                    "body": [
                        (
                            "paragraph",
                            "<p><b>Chữ ký số</b> là một loại chữ ký điện tử, được tạo bằng khóa bí mật gắn với "
                            "<b>chứng thư chữ ký số</b> do tổ chức cung cấp dịch vụ chứng thực được cấp phép phát "
                            "hành. Theo Luật Giao dịch điện tử năm 2023, văn bản điện tử được ký số hợp lệ có giá trị "
                            "pháp lý như văn bản giấy có chữ ký và đóng dấu.</p>"
                            "<h3>Doanh nghiệp, hộ kinh doanh dùng chữ ký số để</h3>"
                            "<ul>"
                            "<li>Ký hóa đơn điện tử; khai, nộp thuế điện tử.</li>"
                            "<li>Khai bảo hiểm xã hội, hải quan điện tử.</li>"
                            "<li>Nộp hồ sơ đăng ký kinh doanh, dịch vụ công trực tuyến.</li>"
                            "<li>Ký hợp đồng, biên bản với khách hàng, đối tác mà không cần gặp mặt.</li>"
                            "</ul>",
                        ),
                        ("heading", {"text": "Ba hình thức thường gặp", "level": "h2"}),
                        (
                            "paragraph",
                            "<ul>"
                            "<li><b>USB token</b>: thiết bị cắm vào máy tính, ký bằng mã PIN. Quen thuộc, nhưng phải "
                            "mang theo thiết bị.</li>"
                            "<li><b>Ký số từ xa</b>: khóa bí mật lưu tại hệ thống của nhà cung cấp, bạn xác nhận ký "
                            "bằng ứng dụng trên điện thoại. Ký được mọi lúc, mọi nơi.</li>"
                            "<li><b>SIM ký số</b>: khóa nằm trong SIM điện thoại do nhà mạng cung cấp.</li>"
                            "</ul>",
                        ),
                        (
                            "image",
                            {
                                "image": "img:chu-ky-so-hinh-thuc",
                                "alt_text": "Ba hình minh họa: USB token cắm vào máy tính, điện thoại có ứng dụng ký "
                                "số "
                                "từ xa và SIM ký số",
                                "caption": "USB token, ký số từ xa và SIM ký số.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Chữ ký số giống con dấu của bạn",
                                "text": "<p>Không cho người khác mượn token, không nói mã PIN, không để dịch vụ kế "
                                "toán "
                                "tự giữ mật khẩu ký số từ xa mà không có thỏa thuận bằng văn bản. Mọi thứ được ký bằng "
                                "chữ ký số của bạn đều ràng buộc trách nhiệm của bạn.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "dang-ky-chu-ky-so",
                    "title": "Đăng ký và bắt đầu dùng chữ ký số",
                    "minutes": 12,
                    "intro": "Từ chọn nhà cung cấp đến lần ký đầu tiên trên cổng thuế.",
                    "body": [
                        (
                            "step_by_step",
                            {
                                "title": "Đăng ký chữ ký số cho doanh nghiệp hoặc hộ kinh doanh",
                                "steps": [
                                    {
                                        "title": "Chọn nhà cung cấp được cấp phép",
                                        "text": "<p>Xem danh sách tổ chức cung cấp dịch vụ chứng thực chữ ký số công "
                                        "cộng trên trang <b>neac.gov.vn</b>. So sánh giá, thời hạn (1–3 năm) và hình "
                                        "thức (token hay ký số từ xa).</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Chuẩn bị hồ sơ",
                                        "text": "<p>Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh, thẻ căn "
                                        "cước của người đại diện, số điện thoại và thư điện tử nhận thông báo. Nhiều "
                                        "nhà "
                                        "cung cấp cho phép xác minh danh tính trực tuyến qua VNeID.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Kích hoạt chứng thư",
                                        "text": "<p>Với token: cài phần mềm quản lý token, đổi mã PIN mặc định. Với ký "
                                        "số từ xa: cài ứng dụng của nhà cung cấp, đặt mã PIN và bật xác thực khuôn mặt "
                                        "hoặc vân tay.</p>",
                                        "screenshot": "img:token-doi-pin",
                                        "screenshot_alt": "Phần mềm quản lý token với hộp thoại đổi mã PIN",
                                    },
                                    {
                                        "title": "Đăng ký chữ ký số với cơ quan thuế",
                                        "text": "<p>Đăng nhập <b>thuedientu.gdt.gov.vn</b>, vào mục đăng ký, thay đổi "
                                        "thông tin dịch vụ (chứng thư số) để khai báo chứng thư mới trước khi khai "
                                        "thuế, "
                                        "lập hóa đơn.</p>",
                                        "screenshot": "img:thue-dang-ky-chung-thu",
                                        "screenshot_alt": "Trang thuế điện tử với mục cập nhật chứng thư số đang được "
                                        "chọn",
                                    },
                                    {
                                        "title": "Ghi lại ngày hết hạn",
                                        "text": "<p>Đặt lời nhắc gia hạn trước <b>ít nhất 15 ngày</b>; chữ ký số hết "
                                        "hạn sẽ không ký được hóa đơn, tờ khai.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Câu hỏi thường gặp",
                                "items": [
                                    {
                                        "question": "Hộ kinh doanh có bắt buộc phải có chữ ký số không?",
                                        "answer": "<p>Khi tự lập hóa đơn điện tử hoặc khai thuế qua cổng điện tử, hộ "
                                        "kinh doanh cần chữ ký số (có thể là chữ ký số cá nhân của chủ hộ). Hộ nộp "
                                        "thuế "
                                        "qua eTax Mobile có thể dùng tài khoản VNeID để đăng nhập.</p>",
                                    },
                                    {
                                        "question": "Đổi nhà cung cấp chữ ký số có ảnh hưởng hóa đơn đã lập không?",
                                        "answer": "<p>Không. Hóa đơn đã ký vẫn hợp lệ; bạn chỉ cần khai báo chứng thư "
                                        "mới với cơ quan thuế và trong phần mềm hóa đơn.</p>",
                                    },
                                ],
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Trung tâm Chứng thực điện tử quốc gia (NEAC)",
                                "url": "https://neac.gov.vn",
                                "description": "Danh sách tổ chức cung cấp dịch vụ chữ ký số được cấp phép; kiểm tra "
                                "hiệu lực chứng thư.",
                                "button_label": "Xem danh sách nhà cung cấp",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Hóa đơn và thuế điện tử",
            "lessons": [
                {
                    "slug": "hoa-don-dien-tu-co-ban",
                    "title": "Hóa đơn điện tử: những điều cần biết",
                    "minutes": 12,
                    "intro": "Loại hóa đơn nào, khi nào phải lập, và một hóa đơn hợp lệ gồm những gì.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Việc dùng hóa đơn điện tử được quy định tại Nghị định 123/2020/NĐ-CP, đã được sửa "
                            "đổi, bổ sung bởi Nghị định 70/2025/NĐ-CP (hiệu lực từ 1/6/2025). Có hai loại chính:</p>"
                            "<ul>"
                            "<li><b>Hóa đơn có mã của cơ quan thuế</b>: gửi lên cơ quan thuế cấp mã trước khi gửi "
                            "cho người mua. Hộ kinh doanh, doanh nghiệp nhỏ thường dùng loại này.</li>"
                            "<li><b>Hóa đơn không có mã</b>: dành cho doanh nghiệp đủ điều kiện theo quy định, gửi "
                            "dữ liệu cho cơ quan thuế sau.</li>"
                            "</ul>"
                            "<p>Doanh nghiệp nộp thuế giá trị gia tăng theo phương pháp khấu trừ dùng <b>hóa đơn "
                            "giá trị gia tăng</b>; hộ kinh doanh và doanh nghiệp theo phương pháp trực tiếp dùng "
                            "<b>hóa đơn bán hàng</b>.</p>"
                            "<h3>Hóa đơn hợp lệ cần có</h3>"
                            "<ul>"
                            "<li>Tên, địa chỉ, mã số thuế người bán; thông tin người mua (mã số thuế hoặc số định danh "
                            "cá nhân nếu người mua yêu cầu).</li>"
                            "<li>Tên hàng hóa, dịch vụ, số lượng, đơn giá, thuế suất, tổng tiền.</li>"
                            "<li>Chữ ký số của người bán, thời điểm lập và mã của cơ quan thuế (với hóa đơn có "
                            "mã).</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Hóa đơn khởi tạo từ máy tính tiền",
                                "text": "<p>Hộ, cá nhân kinh doanh nộp thuế theo phương pháp kê khai, có doanh thu từ "
                                "1 tỷ đồng/năm trở lên và bán lẻ, ăn uống, dịch vụ trực tiếp cho người tiêu dùng phải "
                                "dùng <b>hóa đơn điện tử khởi tạo từ máy tính tiền</b> có kết nối dữ liệu với cơ "
                                "quan thuế. Hãy hỏi cơ quan thuế quản lý để biết mình thuộc diện nào.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Cổng tra cứu hóa đơn điện tử",
                                "url": "https://hoadondientu.gdt.gov.vn",
                                "description": "Tra cứu hóa đơn điện tử đã được cơ quan thuế cấp mã, kiểm tra hóa đơn "
                                "đầu vào của nhà cung cấp.",
                                "button_label": "Tra cứu hóa đơn",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:mau-hoa-don-ban-hang",
                                "title": "Hóa đơn bán hàng mẫu có chú thích",
                                "description": "Một hóa đơn minh họa được đánh số từng phần: thông tin người bán, "
                                "người "
                                "mua, hàng hóa, chữ ký số, mã cơ quan thuế.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "lap-va-ky-hoa-don",
                    "title": "Lập, ký và gửi hóa đơn điện tử",
                    "minutes": 15,
                    "intro": "Quy trình chung trên phần mềm hóa đơn, và cách xử lý khi lập sai.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Trước lần lập đầu tiên, doanh nghiệp, hộ kinh doanh gửi <b>tờ khai đăng ký sử dụng "
                            "hóa đơn điện tử</b> (thường làm ngay trong phần mềm của nhà cung cấp dịch vụ hóa đơn) và "
                            "chờ cơ quan thuế <b>chấp nhận</b>. Sau đó mới được lập hóa đơn.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Lập một hóa đơn có mã của cơ quan thuế",
                                "intro": "Tên nút ở mỗi phần mềm có thể khác nhau nhưng thứ tự các bước là như nhau.",
                                "steps": [
                                    {
                                        "title": "Tạo hóa đơn mới",
                                        "text": "<p>Chọn <b>Lập hóa đơn</b>, chọn mẫu số và ký hiệu đã đăng ký.</p>",
                                        "screenshot": "img:hoa-don-tao-moi",
                                        "screenshot_alt": "Phần mềm hóa đơn với nút Lập hóa đơn và danh sách ký hiệu "
                                        "hóa đơn",
                                    },
                                    {
                                        "title": "Nhập thông tin người mua và hàng hóa",
                                        "text": "<p>Nhập mã số thuế người mua để phần mềm tự điền tên, địa chỉ. Thêm "
                                        "từng dòng hàng hóa, kiểm tra thuế suất và tổng tiền bằng chữ.</p>",
                                        "screenshot": "img:hoa-don-nhap-hang",
                                        "screenshot_alt": "Biểu mẫu hóa đơn có các dòng hàng hóa, đơn giá, thuế suất "
                                        "và tổng cộng",
                                    },
                                    {
                                        "title": "Xem trước và ký số",
                                        "text": "<p>Bấm <b>Xem trước</b>, đọc lại toàn bộ. Bấm <b>Ký và gửi cơ quan "
                                        "thuế</b>, cắm token hoặc xác nhận trên ứng dụng ký số từ xa.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nhận mã và gửi cho người mua",
                                        "text": "<p>Khi hóa đơn có trạng thái <b>Đã cấp mã</b>, gửi cho người mua qua "
                                        "thư điện tử hoặc tin nhắn kèm đường dẫn tra cứu.</p>",
                                        "screenshot": "img:hoa-don-da-cap-ma",
                                        "screenshot_alt": "Danh sách hóa đơn, một hóa đơn có trạng thái Đã cấp mã màu "
                                        "xanh",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Lập sai thì làm sao?",
                                "text": "<p>Không xóa hay lập lại tùy ý. Tùy sai sót, lập <b>hóa đơn điều chỉnh</b> "
                                "hoặc "
                                "<b>hóa đơn thay thế</b> theo hướng dẫn trong phần mềm; nếu sai chỉ ở tên, địa chỉ "
                                "người "
                                "mua mà đúng mã số thuế, thông báo với người mua theo quy định. Lưu lại trao đổi với "
                                "người mua về sai sót.</p>",
                            },
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Lập hóa đơn điện tử đầu tiên cho hộ kinh doanh",
                                "external_url": "https://www.gdt.gov.vn",
                                "transcript": "<p>Chào các anh chị chủ hộ kinh doanh. Sau khi cơ quan thuế chấp nhận "
                                "tờ "
                                "khai đăng ký sử dụng hóa đơn điện tử, anh chị đăng nhập phần mềm hóa đơn và chọn Lập "
                                "hóa đơn. Ví dụ hôm nay bán 20 thùng nước cam cho một quán cà phê ở phường Trường "
                                "Vinh.</p>"
                                "<p>Nhập mã số thuế của quán, phần mềm tự điền tên và địa chỉ. Thêm dòng hàng: nước "
                                "cam, "
                                "đơn vị thùng, số lượng 20, đơn giá. Kiểm tra tổng tiền, bấm Xem trước rồi Ký và gửi "
                                "cơ quan thuế. Chỉ sau vài giây, hóa đơn được cấp mã.</p>"
                                "<p>Cuối cùng gửi hóa đơn cho khách qua thư điện tử. Khách có thể tự tra cứu trên "
                                "hoadondientu.gdt.gov.vn. Hóa đơn được lưu trữ điện tử, anh chị không cần in ra.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "khai-nop-thue-dien-tu",
                    "title": "Khai và nộp thuế điện tử, dùng eTax Mobile",
                    "minutes": 12,
                    "intro": "Nộp thuế 24/7 từ điện thoại, không phải đến cơ quan thuế hay ngân hàng.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Doanh nghiệp khai và nộp thuế trên cổng <b>thuedientu.gdt.gov.vn</b> bằng chữ ký "
                            "số. Hộ kinh doanh, cá nhân có thể dùng ứng dụng <b>eTax Mobile</b> (tải từ CH Play, App "
                            "Store) để tra cứu nghĩa vụ thuế, nộp thuế qua ngân hàng liên kết và nhận thông báo.</p>"
                            "<p>Theo lộ trình bỏ thuế khoán từ năm 2026, hộ kinh doanh chuyển dần sang <b>tự khai, "
                            "tự nộp</b> dựa trên doanh thu thực tế. Hãy ghi chép doanh thu, lưu hóa đơn đầy đủ và theo "
                            "dõi hướng dẫn của cơ quan thuế quản lý trực tiếp.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Nộp thuế bằng eTax Mobile",
                                "steps": [
                                    {
                                        "title": "Đăng nhập",
                                        "text": "<p>Mở eTax Mobile, đăng nhập bằng mã số thuế và mật khẩu hoặc bằng "
                                        "tài "
                                        "khoản <b>VNeID</b>.</p>",
                                        "screenshot": "img:etax-dang-nhap",
                                        "screenshot_alt": "Màn hình đăng nhập eTax Mobile với lựa chọn đăng nhập bằng "
                                        "VNeID",
                                    },
                                    {
                                        "title": "Tra cứu nghĩa vụ thuế",
                                        "text": "<p>Chọn <b>Nộp thuế</b> → <b>Tra cứu thông tin nghĩa vụ thuế</b> để "
                                        "xem các khoản cần nộp.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Chọn khoản nộp và ngân hàng",
                                        "text": "<p>Đánh dấu khoản cần nộp, chọn ngân hàng đã liên kết hoặc quét mã "
                                        "QR bằng ứng dụng ngân hàng.</p>",
                                        "screenshot": "img:etax-chon-khoan-nop",
                                        "screenshot_alt": "Danh sách khoản thuế cần nộp với ô đánh dấu và nút Nộp thuế",
                                    },
                                    {
                                        "title": "Xác nhận và lưu chứng từ",
                                        "text": "<p>Nhập OTP do ngân hàng gửi. Tải <b>giấy nộp tiền</b> điện tử về máy "
                                        "để đối chiếu khi cần.</p>",
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
                                "title": "Giả danh cơ quan thuế",
                                "text": "<p>Cơ quan thuế không gọi điện yêu cầu cài ứng dụng từ đường link, không yêu "
                                "cầu "
                                "chuyển tiền vào tài khoản cá nhân. Số tiền thuế chỉ nộp vào tài khoản thu ngân sách "
                                "nhà "
                                "nước qua eTax, cổng thuế hoặc quầy ngân hàng.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Cổng thuế điện tử",
                                "url": "https://thuedientu.gdt.gov.vn",
                                "description": "Đăng ký, khai, nộp thuế điện tử và tra cứu nghĩa vụ thuế cho doanh "
                                "nghiệp, hộ kinh doanh, cá nhân.",
                                "button_label": "Mở cổng thuế điện tử",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 5. Kỹ năng số cho cán bộ, công chức
# ---------------------------------------------------------------------------

_COURSE_CAN_BO = {
    "slug": "ky-nang-so-can-bo-cong-chuc",
    "title": "Kỹ năng số cho cán bộ, công chức: văn bản điện tử, chữ ký số, bảo mật dữ liệu",
    "summary": "Xử lý văn bản và hồ sơ thủ tục hành chính hoàn toàn trên môi trường điện tử, ký số đúng thể thức "
    "và bảo vệ dữ liệu của người dân, của cơ quan.",
    "audiences": ["official"],
    "topic": "ky-nang-so-cho-can-bo",
    "level": "intermediate",
    "estimated_minutes": 75,
    "outcomes": [
        "Soạn, trình ký, phát hành văn bản điện tử đúng thể thức theo Nghị định 30/2020/NĐ-CP",
        "Ký số và kiểm tra chữ ký số trên văn bản bằng chứng thư số chuyên dùng công vụ",
        "Tiếp nhận, xử lý hồ sơ trực tuyến và tái sử dụng dữ liệu, không yêu cầu người dân nộp lại giấy tờ",
        "Bảo vệ dữ liệu cá nhân, bí mật nhà nước; dùng trí tuệ nhân tạo và họp trực tuyến an toàn",
    ],
    "competences": ["1.3", "2.4", "4.2", "5.2", "VN3", "VN4", "VN5"],
    "featured": True,
    "certificate": True,
    "cover": "img:can-bo-cover",
    "sections": [
        {
            "title": "Văn bản điện tử và chữ ký số",
            "lessons": [
                {
                    "slug": "van-ban-dien-tu-dung-the-thuc",
                    "title": "Văn bản điện tử đúng thể thức",
                    "minutes": 15,
                    "intro": "Quy định về ký số, định dạng và quy trình phát hành văn bản điện tử trong cơ quan.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Nghị định 30/2020/NĐ-CP về công tác văn thư quy định văn bản điện tử có giá trị pháp "
                            "lý như bản gốc văn bản giấy. Văn bản điện tử được trình bày ở định dạng <b>PDF</b>, phông "
                            "chữ tiếng Việt Unicode, và được ký bằng <b>hai chữ ký số</b>:</p>"
                            "<ul>"
                            "<li><b>Chữ ký số của người có thẩm quyền</b>: đặt tại vị trí ký như văn bản giấy; hình "
                            "ảnh "
                            "chữ ký màu xanh, tệp .png nền trong suốt.</li>"
                            "<li><b>Chữ ký số của cơ quan, tổ chức</b> (do văn thư ký): hình ảnh dấu màu đỏ, đúng kích "
                            "thước thật, trùm lên khoảng 1/3 hình ảnh chữ ký người có thẩm quyền về bên trái; kèm tên "
                            "cơ "
                            "quan và thời gian ký.</li>"
                            "</ul>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Trình ký và phát hành văn bản trên hệ thống quản lý văn bản",
                                "intro": "Quy trình chung; tên chức năng có thể khác theo phần mềm cơ quan đang dùng.",
                                "steps": [
                                    {
                                        "title": "Dự thảo và trình",
                                        "text": "<p>Chuyên viên tải dự thảo (tệp Word hoặc PDF), gắn hồ sơ công việc, "
                                        "chọn người duyệt và bấm <b>Trình</b>.</p>",
                                        "screenshot": "img:qlvb-trinh-du-thao",
                                        "screenshot_alt": "Màn hình hệ thống quản lý văn bản với tệp dự thảo đính kèm "
                                        "và "
                                        "nút Trình",
                                    },
                                    {
                                        "title": "Góp ý, duyệt",
                                        "text": "<p>Lãnh đạo phòng góp ý ngay trên hệ thống, chuyển lại hoặc chuyển "
                                        "tiếp lên người có thẩm quyền ký.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Người có thẩm quyền ký số",
                                        "text": "<p>Mở tệp PDF, chọn <b>Ký số</b>, đặt hình ảnh chữ ký vào đúng vị trí "
                                        "và xác nhận bằng USB token hoặc ứng dụng ký số từ xa.</p>",
                                        "screenshot": "img:qlvb-ky-so",
                                        "screenshot_alt": "Tệp PDF với khung đặt hình ảnh chữ ký số tại vị trí chữ ký",
                                    },
                                    {
                                        "title": "Văn thư cấp số, ký số cơ quan",
                                        "text": "<p>Văn thư kiểm tra thể thức, cấp số và ngày, ký số của cơ quan rồi "
                                        "<b>phát hành</b> qua Trục liên thông văn bản quốc gia.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Lưu hồ sơ điện tử",
                                        "text": "<p>Văn bản đi, văn bản đến và dự thảo được lưu vào <b>hồ sơ công "
                                        "việc</b> điện tử để nộp lưu theo quy định.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Không in ra rồi quét lại",
                                "text": "<p>Văn bản đã ký số không cần in, đóng dấu rồi scan gửi đi. Làm như vậy vừa "
                                "mất "
                                "giá trị văn bản điện tử gốc, vừa tốn thời gian.</p>",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:the-thuc-van-ban-dien-tu",
                                "title": "Tóm tắt thể thức chữ ký số trên văn bản điện tử",
                                "description": "Hai trang tóm tắt vị trí, hình ảnh, thông tin chữ ký số của người có "
                                "thẩm quyền và của cơ quan theo Nghị định 30/2020/NĐ-CP.",
                            },
                        ),
                    ],
                },
                {
                    "slug": "chu-ky-so-chuyen-dung-cong-vu",
                    "title": "Chữ ký số chuyên dùng công vụ",
                    "minutes": 12,
                    "intro": "Chứng thư số do Ban Cơ yếu Chính phủ cấp cho cơ quan nhà nước và cán bộ, công chức.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Cán bộ, công chức dùng <b>chữ ký số chuyên dùng công vụ</b> do Ban Cơ yếu Chính phủ "
                            "cấp để ký văn bản, phê duyệt hồ sơ, ký kết quả thủ tục hành chính. Chứng thư có thể nằm "
                            "trong <b>USB token</b> hoặc là <b>chứng thư ký số từ xa</b> dùng trên điện thoại. Khi đổi "
                            "vị trí công tác, nghỉ hưu hay mất thiết bị, cơ quan phải đề nghị thu hồi hoặc thay đổi "
                            "chứng thư kịp thời.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Ký số và kiểm tra một tệp PDF",
                                "steps": [
                                    {
                                        "title": "Mở tệp bằng phần mềm ký số",
                                        "text": "<p>Mở tệp PDF bằng phần mềm ký số cơ quan được hướng dẫn (ví dụ "
                                        "vSignPDF) "
                                        "hoặc chức năng ký số tích hợp trong hệ thống quản lý văn bản.</p>",
                                        "screenshot": "img:ky-so-mo-tep",
                                        "screenshot_alt": "Phần mềm ký số đang hiển thị trang đầu của văn bản PDF",
                                    },
                                    {
                                        "title": "Chọn chứng thư và vị trí",
                                        "text": "<p>Chọn đúng chứng thư mang tên bạn, kéo khung chữ ký đến vị trí "
                                        "ký.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nhập mã PIN",
                                        "text": "<p>Nhập mã PIN của token hoặc xác nhận trên ứng dụng ký số từ xa. "
                                        "Không "
                                        "lưu mã PIN trên máy tính dùng chung.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Kiểm tra chữ ký",
                                        "text": "<p>Mở tệp đã ký, xem bảng chữ ký: phải báo <b>chữ ký hợp lệ</b>, đúng "
                                        "tên "
                                        "người ký, thời gian ký và tài liệu <b>không bị thay đổi</b> sau khi ký.</p>",
                                        "screenshot": "img:ky-so-kiem-tra",
                                        "screenshot_alt": "Bảng thông tin chữ ký trong tệp PDF có dấu tích xanh Chữ "
                                        "ký hợp lệ",
                                    },
                                ],
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Hỏi – đáp",
                                "items": [
                                    {
                                        "question": "Tôi có thể nhờ văn thư giữ token và ký hộ không?",
                                        "answer": "<p>Không. Chữ ký số của cá nhân gắn với trách nhiệm của người có "
                                        "thẩm "
                                        "quyền; giao token, mã PIN cho người khác là vi phạm quy định quản lý chữ ký "
                                        "số.</p>",
                                    },
                                    {
                                        "question": "Làm mất USB token thì phải làm gì?",
                                        "answer": "<p>Báo ngay cho thủ trưởng và bộ phận quản lý chữ ký số của cơ quan "
                                        "để "
                                        "đề nghị <b>tạm dừng, thu hồi</b> chứng thư, tránh bị lợi dụng.</p>",
                                    },
                                    {
                                        "question": "Văn bản nhận được có chữ ký số báo lỗi “không xác định”?",
                                        "answer": "<p>Thường do máy chưa cài chứng thư gốc của Ban Cơ yếu hoặc không "
                                        "có "
                                        "mạng để kiểm tra. Liên hệ bộ phận công nghệ thông tin trước khi kết luận văn "
                                        "bản "
                                        "không hợp lệ.</p>",
                                    },
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Xử lý hồ sơ và bảo mật dữ liệu",
            "lessons": [
                {
                    "slug": "xu-ly-ho-so-mot-cua-dien-tu",
                    "title": "Tiếp nhận và giải quyết hồ sơ trên hệ thống một cửa điện tử",
                    "minutes": 15,
                    "intro": "Phục vụ người dân nhanh, đúng hạn và không bắt họ nộp lại giấy tờ nhà nước đã có.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Từ ngày 1/7/2025, cấp xã tiếp nhận thêm nhiều thủ tục trước đây do cấp huyện thực "
                            "hiện. Hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia được đồng bộ về "
                            "<b>Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An</b>. Cán bộ một cửa "
                            "cần nắm ba nguyên tắc:</p>"
                            "<ul>"
                            "<li><b>Khai thác dữ liệu</b> từ Cơ sở dữ liệu quốc gia về dân cư và kho dữ liệu đã số "
                            "hóa; "
                            "không yêu cầu người dân nộp giấy tờ mà cơ quan nhà nước đã có, như giấy xác nhận cư "
                            "trú.</li>"
                            "<li><b>Yêu cầu bổ sung một lần</b>, ghi rõ giấy tờ còn thiếu và lý do.</li>"
                            "<li><b>Số hóa</b> hồ sơ, kết quả giải quyết để người dân dùng lại lần sau.</li>"
                            "</ul>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Xử lý một hồ sơ nộp trực tuyến",
                                "steps": [
                                    {
                                        "title": "Nhận và kiểm tra hồ sơ",
                                        "text": "<p>Mở danh sách <b>Hồ sơ chờ tiếp nhận</b>, kiểm tra thành phần hồ "
                                        "sơ, "
                                        "đối chiếu thông tin người nộp với dữ liệu dân cư.</p>",
                                        "screenshot": "img:mot-cua-cho-tiep-nhan",
                                        "screenshot_alt": "Danh sách hồ sơ chờ tiếp nhận với cột hạn xử lý được tô màu",
                                    },
                                    {
                                        "title": "Tiếp nhận, yêu cầu bổ sung hoặc từ chối",
                                        "text": "<p>Hồ sơ đủ: bấm <b>Tiếp nhận</b>, hệ thống gửi giấy tiếp nhận và hẹn "
                                        "trả cho người dân. Thiếu: chọn <b>Yêu cầu bổ sung</b> và ghi đầy đủ nội dung. "
                                        "Không thuộc thẩm quyền: từ chối, nêu rõ lý do.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Chuyển xử lý",
                                        "text": "<p>Chuyển hồ sơ cho bộ phận chuyên môn; theo dõi cảnh báo <b>sắp đến "
                                        "hạn</b> để tránh trễ hạn.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Trả kết quả điện tử",
                                        "text": "<p>Kết quả được ký số, cập nhật lên hệ thống để người dân nhận bản "
                                        "điện "
                                        "tử và lưu vào kho dữ liệu cá nhân; trả bản giấy nếu người dân đăng ký.</p>",
                                        "screenshot": "img:mot-cua-tra-ket-qua",
                                        "screenshot_alt": "Màn hình trả kết quả với tệp kết quả đã ký số đính kèm",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Người dân đánh giá bạn",
                                "text": "<p>Mỗi hồ sơ được người dân đánh giá mức độ hài lòng; kết quả được tính vào "
                                "Bộ "
                                "chỉ số phục vụ người dân, doanh nghiệp của tỉnh. Hướng dẫn tận tình, trả lời đúng hạn "
                                "là "
                                "cách tốt nhất để nâng chỉ số.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "bao-ve-du-lieu-ca-nhan-bi-mat",
                    "title": "Bảo vệ dữ liệu cá nhân và bí mật nhà nước",
                    "minutes": 15,
                    "intro": "Dữ liệu của người dân mà cơ quan nắm giữ phải được bảo vệ như tài sản của chính họ.",
                    "body": [
                        (
                            "paragraph",
                            "<p><b>Luật Bảo vệ dữ liệu cá nhân năm 2025</b> (có hiệu lực từ 1/1/2026) quy định rõ "
                            "trách nhiệm của cơ quan khi thu thập, xử lý dữ liệu cá nhân. Cán bộ chỉ thu thập dữ liệu "
                            "cần cho công việc, chỉ dùng đúng mục đích và không để lộ ra ngoài.</p>"
                            "<h3>Những việc không được làm</h3>"
                            "<ul>"
                            "<li>Chụp thẻ căn cước, hồ sơ của người dân gửi qua Zalo, Facebook cá nhân.</li>"
                            "<li>Đăng danh sách có số định danh, số điện thoại, hoàn cảnh của người dân lên mạng xã "
                            "hội.</li>"
                            "<li>Soạn thảo, lưu trữ, gửi tài liệu <b>mật</b> trên máy tính, thư điện tử hay ứng dụng "
                            "có kết nối Internet.</li>"
                            "</ul>"
                            "<h3>Thói quen an toàn hằng ngày</h3>"
                            "<ul>"
                            "<li>Khóa màn hình khi rời chỗ (phím <b>Windows + L</b>).</li>"
                            "<li>Dùng thư điện tử công vụ cho công việc; cập nhật hệ điều hành, phần mềm diệt "
                            "virus.</li>"
                            "<li>Báo ngay bộ phận công nghệ thông tin khi máy có dấu hiệu lạ.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Thư điện tử giả mạo “công văn khẩn”",
                                "text": "<p>Tin tặc gửi thư giả danh lãnh đạo, cơ quan cấp trên kèm tệp nén .rar, .zip "
                                "hoặc tài liệu yêu cầu “bật nội dung” (Enable Content). Kiểm tra địa chỉ người gửi, "
                                "không mở tệp lạ; khi nghi ngờ, gọi điện xác minh qua số đã biết.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Tình huống",
                                "items": [
                                    {
                                        "question": "Người dân nhờ gửi kết quả qua Zalo cho nhanh. Có được không?",
                                        "answer": "<p>Nên trả kết quả điện tử qua hệ thống dịch vụ công để kết quả "
                                        "được "
                                        "lưu vào tài khoản của chính người dân. Zalo cá nhân không bảo đảm bảo mật và "
                                        "không lưu vết xử lý.</p>",
                                    },
                                    {
                                        "question": "Tôi nghi máy tính bị nhiễm mã độc, nên làm gì trước?",
                                        "answer": "<p>Rút cáp mạng hoặc tắt Wi-Fi, không tắt nguồn vội, báo ngay bộ "
                                        "phận "
                                        "công nghệ thông tin của cơ quan để được xử lý và báo cáo sự cố.</p>",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "tri-tue-nhan-tao-hop-truc-tuyen",
                    "title": "Dùng trí tuệ nhân tạo và họp trực tuyến an toàn",
                    "minutes": 12,
                    "intro": "Tận dụng công cụ mới để làm nhanh hơn mà không làm lộ thông tin.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Các công cụ trí tuệ nhân tạo (AI) tạo sinh giúp tóm tắt tài liệu, gợi ý dàn ý báo "
                            "cáo, soạn thư mời, viết lại câu chữ dễ hiểu cho người dân. Nghị quyết 57-NQ/TW khuyến "
                            "khích ứng dụng công nghệ mới trong cơ quan nhà nước, nhưng người dùng phải <b>chịu "
                            "trách nhiệm</b> về nội dung cuối cùng.</p>"
                            "<ul>"
                            "<li><b>Không</b> dán tài liệu mật, dữ liệu cá nhân, hồ sơ của người dân vào công cụ AI "
                            "công cộng.</li>"
                            "<li><b>Kiểm tra</b> mọi số liệu, căn cứ pháp lý: AI có thể “bịa” số hiệu văn bản.</li>"
                            "<li>Ưu tiên công cụ do cơ quan, tỉnh cung cấp hoặc cho phép.</li>"
                            "</ul>",
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Họp trực tuyến an toàn trong cơ quan nhà nước",
                                "external_url": "https://www.nghean.gov.vn",
                                "transcript": "<p>Họp trực tuyến giúp các xã miền núi phía tây Nghệ An "
                                "tham dự cuộc họp của tỉnh mà không mất cả ngày đi đường. Để cuộc họp an toàn, hãy nhớ "
                                "bốn điều.</p>"
                                "<p>Một: dùng hệ thống hội nghị truyền hình hoặc phần mềm họp do cơ quan cung cấp. "
                                "Hai: "
                                "không chia sẻ đường link và mật khẩu phòng họp lên nhóm Zalo đông người. Ba: người "
                                "chủ "
                                "trì kiểm tra danh sách người tham dự, bật phòng chờ và không cho người lạ vào. Bốn: "
                                "nội "
                                "dung mật không họp qua phần mềm công cộng.</p>"
                                "<p>Sau cuộc họp, lưu biên bản vào hồ sơ công việc trên hệ thống, không gửi qua ứng "
                                "dụng "
                                "nhắn tin cá nhân.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Câu lệnh mẫu cho AI",
                                "text": "<p><i>“Viết lại đoạn hướng dẫn sau bằng ngôn ngữ dễ hiểu cho người cao tuổi, "
                                "không quá 120 chữ, giữ nguyên các bước: …”</i> – chỉ dán nội dung công khai, đã bỏ "
                                "thông tin cá nhân.</p>",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:quy-tac-dung-ai",
                                "title": "Mười quy tắc dùng AI tạo sinh trong công vụ",
                                "description": "Bảng tóm tắt việc nên làm, không nên làm khi dùng công cụ AI cho công "
                                "việc của cơ quan.",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}


# ---------------------------------------------------------------------------
# 6. Làm quen với điện thoại thông minh và VNeID
# ---------------------------------------------------------------------------

_COURSE_DIEN_THOAI_VNEID = {
    "slug": "lam-quen-dien-thoai-va-vneid",
    "title": "Làm quen với điện thoại thông minh và ứng dụng VNeID",
    "summary": "Khóa học nhẹ nhàng cho người mới dùng điện thoại và người cao tuổi: thao tác cơ bản, kết nối mạng, "
    "kích hoạt và dùng ứng dụng VNeID trong đời sống hằng ngày.",
    "audiences": ["resident"],
    "topic": "ky-nang-so-co-ban",
    "level": "basic",
    "estimated_minutes": 50,
    "outcomes": [
        "Thao tác chạm, vuốt, phóng to chữ và trở về màn hình chính",
        "Kết nối Wi-Fi và cài ứng dụng an toàn từ kho ứng dụng chính thức",
        "Kích hoạt tài khoản định danh điện tử VNeID và đặt passcode",
        "Dùng ví giấy tờ trên VNeID thay thẻ căn cước, thẻ bảo hiểm y tế, giấy phép lái xe",
    ],
    "competences": ["VN1", "VN5", "5.1", "2.6", "4.1"],
    "featured": True,
    "certificate": False,
    "cover": "img:dien-thoai-cover",
    "sections": [
        {
            "title": None,
            "lessons": [
                {
                    "slug": "thao-tac-co-ban",
                    "title": "Những thao tác cơ bản trên điện thoại",
                    "minutes": 8,
                    "intro": "Chạm, vuốt, quay lại – ba động tác là đủ để bắt đầu.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Điện thoại thông minh điều khiển bằng cách chạm ngón tay lên màn hình:</p>"
                            "<ul>"
                            "<li><b>Chạm</b> nhẹ một lần vào biểu tượng để mở ứng dụng.</li>"
                            "<li><b>Vuốt</b> lên, xuống để xem tiếp; vuốt sang trái, phải để chuyển trang.</li>"
                            "<li><b>Chụm hoặc mở hai ngón tay</b> để thu nhỏ, phóng to ảnh và chữ.</li>"
                            "<li><b>Nhấn giữ</b> để xem thêm lựa chọn.</li>"
                            "</ul>"
                            "<p>Muốn quay lại bước trước, bấm nút <b>Quay lại</b> (hình mũi tên) hoặc vuốt từ mép màn "
                            "hình vào. Muốn về màn hình chính, bấm nút <b>Trang chủ</b> hoặc vuốt từ đáy màn hình "
                            "lên.</p>",
                        ),
                        (
                            "image",
                            {
                                "image": "img:dien-thoai-man-hinh-chinh",
                                "alt_text": "Màn hình chính của điện thoại với các biểu tượng ứng dụng và thanh điều "
                                "hướng ở dưới cùng",
                                "caption": "Màn hình chính: mỗi ô vuông nhỏ là một ứng dụng.",
                            },
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Làm chữ to hơn cho dễ đọc",
                                "intro": "Trên điện thoại Android; iPhone vào Cài đặt → Màn hình & Độ sáng → Cỡ chữ.",
                                "steps": [
                                    {
                                        "title": "Mở Cài đặt",
                                        "text": "<p>Chạm biểu tượng <b>Cài đặt</b> (hình bánh răng).</p>",
                                        "screenshot": "img:cai-dat-banh-rang",
                                        "screenshot_alt": "Biểu tượng Cài đặt hình bánh răng trên màn hình chính",
                                    },
                                    {
                                        "title": "Chọn Màn hình",
                                        "text": "<p>Vuốt tìm mục <b>Màn hình</b>, chạm vào <b>Cỡ và kiểu chữ</b>.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Kéo thanh cỡ chữ",
                                        "text": "<p>Kéo thanh trượt sang phải cho đến khi đọc thoải mái. Có thể bật "
                                        "thêm "
                                        "<b>Chữ đậm</b>.</p>",
                                        "screenshot": "img:cai-dat-co-chu",
                                        "screenshot_alt": "Thanh trượt điều chỉnh cỡ chữ với dòng chữ mẫu phía trên",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Không sợ bấm nhầm",
                                "text": "<p>Bấm nhầm thì bấm <b>Quay lại</b>. Điện thoại không hỏng vì bạn thử. Chỉ "
                                "cần "
                                "cẩn thận ở những chỗ liên quan đến tiền, mật khẩu và mã OTP.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "ket-noi-mang-cai-ung-dung",
                    "title": "Kết nối Internet và cài ứng dụng an toàn",
                    "minutes": 10,
                    "intro": "Wi-Fi ở nhà, 4G khi ra ngoài, và chỉ cài ứng dụng từ kho chính thức.",
                    "body": [
                        (
                            "step_by_step",
                            {
                                "title": "Kết nối Wi-Fi",
                                "steps": [
                                    {
                                        "title": "Mở bảng điều khiển nhanh",
                                        "text": "<p>Vuốt từ trên đỉnh màn hình xuống. Nhấn giữ biểu tượng "
                                        "<b>Wi-Fi</b> (hình quạt).</p>",
                                        "screenshot": "img:wifi-bang-nhanh",
                                        "screenshot_alt": "Bảng điều khiển nhanh với biểu tượng Wi-Fi hình quạt",
                                    },
                                    {
                                        "title": "Chọn tên mạng",
                                        "text": "<p>Chọn tên mạng Wi-Fi nhà bạn (thường ghi ở mặt dưới bộ phát "
                                        "Wi-Fi).</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nhập mật khẩu",
                                        "text": "<p>Gõ mật khẩu, chú ý chữ hoa, chữ thường, rồi chạm <b>Kết nối</b>. "
                                        "Khi thấy chữ <b>Đã kết nối</b> là xong.</p>",
                                        "screenshot": "img:wifi-nhap-mat-khau",
                                        "screenshot_alt": "Ô nhập mật khẩu Wi-Fi và nút Kết nối",
                                    },
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Ứng dụng chỉ nên cài từ <b>CH Play</b> (điện thoại Android) hoặc <b>App Store</b> "
                            "(iPhone). Gõ tên ứng dụng vào ô tìm kiếm, xem tên <b>nhà phát triển</b>, số lượt tải và "
                            "đánh giá trước khi bấm <b>Cài đặt</b>. Ứng dụng VNeID do đơn vị thuộc Bộ Công an phát "
                            "triển.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Ai gửi link cài ứng dụng – đừng cài",
                                "text": "<p>Cơ quan nhà nước, ngân hàng, điện lực không bao giờ gửi đường link qua "
                                "Zalo "
                                "hay tin nhắn để bạn cài ứng dụng. Ứng dụng giả có thể lấy hết tiền trong tài "
                                "khoản.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "items": [
                                    {
                                        "question": "Dùng 4G có tốn tiền không?",
                                        "answer": "<p>Có, tính theo gói cước của nhà mạng. Ở nhà nên dùng Wi-Fi; khi "
                                        "ra "
                                        "ngoài, đăng ký gói 4G phù hợp tại cửa hàng nhà mạng.</p>",
                                    },
                                    {
                                        "question": "Wi-Fi miễn phí ở quán cà phê có an toàn không?",
                                        "answer": "<p>Dùng để đọc tin được, nhưng không nên đăng nhập ngân hàng hay "
                                        "chuyển tiền khi dùng Wi-Fi công cộng.</p>",
                                    },
                                ],
                            },
                        ),
                    ],
                },
                {
                    "slug": "kich-hoat-vneid",
                    "title": "Kích hoạt tài khoản định danh điện tử VNeID",
                    "minutes": 12,
                    "intro": "Sau khi đăng ký mức 2 tại công an, bạn tự kích hoạt tài khoản trên điện thoại.",
                    "body": [
                        (
                            "paragraph",
                            "<p><b>VNeID</b> là ứng dụng định danh điện tử của Bộ Công an. Tài khoản <b>mức 2</b> "
                            "được đăng ký tại công an xã, phường (hoặc khi làm thẻ căn cước) và có giá trị như thẻ căn "
                            "cước khi xuất trình. Sau khi đăng ký, bạn nhận tin nhắn báo tài khoản đã được phê duyệt; "
                            "lúc đó bạn kích hoạt trên điện thoại <b>dùng số điện thoại chính chủ</b>.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Kích hoạt tài khoản VNeID",
                                "steps": [
                                    {
                                        "title": "Cài ứng dụng",
                                        "text": "<p>Mở CH Play hoặc App Store, tìm <b>VNeID</b>, kiểm tra nhà phát "
                                        "triển "
                                        "thuộc Bộ Công an, bấm <b>Cài đặt</b>.</p>",
                                        "screenshot": "img:vneid-kho-ung-dung",
                                        "screenshot_alt": "Trang ứng dụng VNeID trên kho ứng dụng với nút Cài đặt",
                                    },
                                    {
                                        "title": "Chọn Kích hoạt tài khoản",
                                        "text": "<p>Mở VNeID, chọn <b>Kích hoạt tài khoản định danh điện tử</b>. Nhập "
                                        "<b>số định danh cá nhân</b> (12 số trên thẻ căn cước) và số điện thoại.</p>",
                                        "screenshot": "img:vneid-kich-hoat",
                                        "screenshot_alt": "Màn hình kích hoạt tài khoản với ô số định danh cá nhân và "
                                        "ô số điện thoại",
                                    },
                                    {
                                        "title": "Nhập mã OTP",
                                        "text": "<p>Điện thoại nhận tin nhắn có mã kích hoạt. Nhập mã vào ứng dụng. "
                                        "<b>Không đưa mã này cho ai.</b></p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Đặt mật khẩu và passcode",
                                        "text": "<p>Tạo <b>mật khẩu</b> đăng nhập (có chữ hoa, chữ thường, số, ký tự "
                                        "đặc "
                                        "biệt) rồi đặt <b>passcode</b> 6 số để mở ứng dụng. Ghi nhớ, không ghi lên "
                                        "ốp điện thoại.</p>",
                                        "screenshot": "img:vneid-passcode",
                                        "screenshot_alt": "Màn hình đặt passcode gồm 6 ô tròn và bàn phím số",
                                    },
                                    {
                                        "title": "Đăng nhập lần đầu",
                                        "text": "<p>Đăng nhập bằng số định danh và mật khẩu vừa tạo. Thấy ảnh chân "
                                        "dung "
                                        "và dòng <b>Mức 2</b> là thành công.</p>",
                                        "screenshot": "img:vneid-trang-chu",
                                        "screenshot_alt": "Trang chủ VNeID hiển thị họ tên, ảnh chân dung và mức định "
                                        "danh",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Không ai “kích hoạt hộ” qua điện thoại",
                                "text": "<p>Kẻ gian gọi điện xưng công an, đề nghị “kích hoạt, nâng cấp định danh mức "
                                "2 "
                                "tại nhà” và gửi đường link cài ứng dụng VNeID giả. Công an không làm việc này qua "
                                "điện "
                                "thoại. Hãy đến trụ sở công an xã, phường nếu cần hỗ trợ.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Trang thông tin định danh điện tử VNeID",
                                "url": "https://vneid.gov.vn",
                                "description": "Thông tin chính thức về ứng dụng VNeID, hướng dẫn sử dụng và đăng nhập "
                                "trên máy tính.",
                                "button_label": "Mở vneid.gov.vn",
                            },
                        ),
                    ],
                },
                {
                    "slug": "dung-vneid-hang-ngay",
                    "title": "Dùng VNeID hằng ngày: ví giấy tờ và tiện ích",
                    "minutes": 10,
                    "intro": "Ra đường, đi khám bệnh không cần mang nhiều loại thẻ.",
                    "body": [
                        (
                            "paragraph",
                            "<p>Mục <b>Ví giấy tờ</b> trên VNeID chứa thẻ căn cước điện tử của bạn và các giấy tờ đã "
                            "tích hợp như <b>thẻ bảo hiểm y tế</b>, <b>giấy phép lái xe</b>, <b>giấy đăng ký xe</b>. "
                            "Bạn xuất trình trên điện thoại khi đi khám chữa bệnh, khi làm thủ tục hay khi lực lượng "
                            "chức năng kiểm tra. Ứng dụng còn cho phép thông báo lưu trú, đăng ký cư trú, đề nghị cấp "
                            "phiếu lý lịch tư pháp và tố giác tội phạm.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Tích hợp giấy phép lái xe vào VNeID",
                                "intro": "Làm tương tự với thẻ bảo hiểm y tế, giấy đăng ký xe.",
                                "steps": [
                                    {
                                        "title": "Mở Ví giấy tờ",
                                        "text": "<p>Đăng nhập VNeID, chọn <b>Ví giấy tờ</b> → <b>Tích hợp thông "
                                        "tin</b>.</p>",
                                        "screenshot": "img:vneid-vi-giay-to",
                                        "screenshot_alt": "Mục Ví giấy tờ trên VNeID với nút Tích hợp thông tin",
                                    },
                                    {
                                        "title": "Tạo yêu cầu mới",
                                        "text": "<p>Chọn <b>Tạo mới yêu cầu</b>, chọn loại giấy tờ <b>Giấy phép lái "
                                        "xe</b>.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nhập thông tin và gửi",
                                        "text": "<p>Nhập số giấy phép, hạng xe; đánh dấu ô xác nhận, bấm <b>Gửi yêu "
                                        "cầu</b> "
                                        "và nhập passcode.</p>",
                                        "screenshot": "img:vneid-tich-hop-gplx",
                                        "screenshot_alt": "Biểu mẫu tích hợp giấy phép lái xe với ô số giấy phép và "
                                        "hạng",
                                    },
                                    {
                                        "title": "Chờ kết quả",
                                        "text": "<p>Khi được duyệt, giấy phép lái xe hiện trong Ví giấy tờ. Chạm vào "
                                        "để "
                                        "xuất trình.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Bác Hòa đi khám bệnh bằng VNeID",
                                "external_url": "https://vneid.gov.vn",
                                "transcript": "<p>Bác Hòa năm nay 68 tuổi, sống ở vùng biển Diễn Châu. Trước đây mỗi "
                                "lần đi "
                                "khám ở trạm y tế, bác phải mang theo thẻ bảo hiểm y tế giấy, lần nào cũng lo để "
                                "quên.</p>"
                                "<p>Cháu nội giúp bác tích hợp thẻ bảo hiểm y tế vào ứng dụng VNeID. Đến quầy tiếp "
                                "đón, "
                                "bác mở VNeID, chạm Ví giấy tờ, chọn thẻ căn cước hoặc thẻ bảo hiểm y tế để nhân viên "
                                "kiểm tra. Nhiều cơ sở y tế chỉ cần quét mã QR trên thẻ căn cước là xong.</p>"
                                "<p>Bác Hòa nói: “Giờ chỉ cần cái điện thoại với cái thẻ căn cước, không phải giữ cả "
                                "xấp giấy nữa.”</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Luôn đặt passcode riêng",
                                "text": "<p>Người khác cầm được điện thoại đã mở khóa cũng không xem được giấy tờ của "
                                "bạn nếu không biết passcode VNeID.</p>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "tim-tro-giup-va-xu-ly-su-co",
                    "title": "Tìm trợ giúp và xử lý sự cố thường gặp",
                    "minutes": 8,
                    "intro": "Quên passcode, mất điện thoại, đổi số điện thoại – đều có cách giải quyết.",
                    "body": [
                        (
                            "faq",
                            {
                                "title": "Sự cố thường gặp với VNeID",
                                "items": [
                                    {
                                        "question": "Tôi quên passcode hoặc mật khẩu VNeID.",
                                        "answer": "<p>Trên màn hình đăng nhập chọn <b>Quên mật khẩu</b> hoặc <b>Quên "
                                        "passcode</b>, nhận mã OTP qua số điện thoại đã đăng ký và đặt lại.</p>",
                                    },
                                    {
                                        "question": "Tôi bị mất điện thoại.",
                                        "answer": "<p>Gọi tổng đài <b>1900 0368</b> hoặc đến công an xã, phường để đề "
                                        "nghị "
                                        "<b>khóa tài khoản</b> định danh điện tử; báo nhà mạng khóa SIM và báo ngân "
                                        "hàng.</p>",
                                    },
                                    {
                                        "question": "Tôi đổi số điện thoại mới.",
                                        "answer": "<p>Đến công an xã, phường mang theo thẻ căn cước để cập nhật số "
                                        "điện "
                                        "thoại cho tài khoản định danh điện tử.</p>",
                                    },
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Bạn không phải tự học một mình. Ở mỗi thôn, xóm, khối phố của Nghệ An đều có "
                            "<b>Tổ công nghệ số cộng đồng</b>; đoàn thanh niên, hội phụ nữ thường tổ chức các buổi "
                            "hướng dẫn trong phong trào <b>“Bình dân học vụ số”</b>. Hãy mang theo điện thoại và thẻ "
                            "căn cước khi đến hỏi.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Nhờ người thân đúng cách",
                                "text": "<p>Con cháu có thể ngồi cạnh hướng dẫn, nhưng hãy để chính bạn tự bấm và tự "
                                "nhập mật khẩu, passcode. Như vậy bạn nhớ lâu hơn và tài khoản an toàn hơn.</p>",
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:so-tay-vneid",
                                "title": "Sổ tay bỏ túi: dùng điện thoại và VNeID",
                                "description": "Sổ tay in chữ to, có hình minh họa các thao tác cơ bản và số tổng đài "
                                "hỗ trợ.",
                            },
                        ),
                    ],
                },
            ],
        }
    ],
}


# ---------------------------------------------------------------------------
# 7. Bán hàng trực tuyến cho hộ kinh doanh, hợp tác xã
# ---------------------------------------------------------------------------

_COURSE_BAN_HANG = {
    "slug": "ban-hang-truc-tuyen-ho-kinh-doanh-htx",
    "title": "Bán hàng trực tuyến cho hộ kinh doanh, hợp tác xã",
    "summary": "Đưa nông sản, sản phẩm OCOP và hàng hóa của Nghệ An lên mạng xã hội, sàn thương mại điện tử: "
    "chụp ảnh, viết mô tả, mở gian hàng, nhận thanh toán, giao hàng và làm đúng nghĩa vụ thuế.",
    "audiences": ["business"],
    "topic": "kinh-doanh-so",
    "level": "basic",
    "estimated_minutes": 65,
    "outcomes": [
        "Chọn kênh bán hàng trực tuyến phù hợp với sản phẩm và nguồn lực",
        "Chụp ảnh, viết mô tả sản phẩm trung thực, hấp dẫn",
        "Mở gian hàng và đăng sản phẩm đầu tiên trên sàn thương mại điện tử",
        "Tổ chức thanh toán, đóng gói, giao hàng và chăm sóc khách hàng",
        "Nắm nghĩa vụ thuế khi bán hàng qua sàn và mạng xã hội",
    ],
    "competences": ["VN7", "VN6", "3.1", "3.3", "2.2"],
    "featured": False,
    "certificate": True,
    "cover": "img:ban-hang-cover",
    "sections": [
        {
            "title": "Chuẩn bị sản phẩm và kênh bán",
            "lessons": [
                {
                    "slug": "chon-kenh-ban-hang",
                    "title": "Chọn kênh bán hàng trực tuyến phù hợp",
                    "minutes": 10,
                    "intro": "Không cần có mặt ở mọi nơi: bắt đầu từ một, hai kênh bạn làm tốt.",
                    "body": [
                        (
                            "paragraph",
                            "<ul>"
                            "<li><b>Zalo, Facebook</b>: dễ bắt đầu, bán cho khách quen, khách trong tỉnh. Nên lập "
                            "<b>Trang (Fanpage)</b> hoặc tài khoản Zalo dành cho kinh doanh, tách khỏi tài khoản cá "
                            "nhân.</li>"
                            "<li><b>Sàn thương mại điện tử</b> (Shopee, Lazada, TikTok Shop…): nhiều khách trên cả "
                            "nước, có sẵn thanh toán và vận chuyển; phải chịu phí sàn và cạnh tranh về giá.</li>"
                            "<li><b>Sàn của doanh nghiệp bưu chính</b> như Postmart: phù hợp với nông sản, đặc sản "
                            "vùng miền, sản phẩm OCOP, có bưu điện hỗ trợ lấy hàng tận nơi.</li>"
                            "<li><b>Website riêng</b>: chủ động thương hiệu; nếu có chức năng đặt hàng phải "
                            "<b>thông báo với Bộ Công Thương</b> trên online.gov.vn.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Gợi ý cho hợp tác xã",
                                "text": "<p>Hợp tác xã nên giao một thành viên trẻ phụ trách kênh trực tuyến, thống "
                                "nhất "
                                "giá bán giữa các kênh và dùng chung một số điện thoại, một tài khoản ngân hàng đứng "
                                "tên "
                                "hợp tác xã.</p>",
                            },
                        ),
                        (
                            "faq",
                            {
                                "title": "Hỏi – đáp",
                                "items": [
                                    {
                                        "question": "Bán cam, nhút, chè qua Facebook có phải đăng ký kinh doanh không?",
                                        "answer": "<p>Nếu bán thường xuyên, có cửa hàng hoặc địa điểm kinh doanh, bạn "
                                        "nên "
                                        "đăng ký hộ kinh doanh tại UBND xã, phường. Hộ gia đình bán nông sản tự sản "
                                        "xuất "
                                        "có thể thuộc diện không phải đăng ký; hãy hỏi cán bộ kinh tế của xã, "
                                        "phường.</p>",
                                    },
                                    {
                                        "question": "Nên bán trên bao nhiêu sàn cùng lúc?",
                                        "answer": "<p>Mới bắt đầu chỉ nên một sàn và một kênh mạng xã hội. Khi đã quen "
                                        "xử "
                                        "lý đơn hàng, tồn kho, mới mở rộng.</p>",
                                    },
                                ],
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Cổng thông tin quản lý hoạt động thương mại điện tử",
                                "url": "https://online.gov.vn",
                                "description": "Thông báo website bán hàng, tra cứu website, ứng dụng thương mại điện "
                                "tử đã thông báo, đăng ký với Bộ Công Thương.",
                                "button_label": "Mở online.gov.vn",
                            },
                        ),
                    ],
                },
                {
                    "slug": "anh-va-mo-ta-san-pham",
                    "title": "Chụp ảnh và viết mô tả sản phẩm",
                    "minutes": 12,
                    "intro": "Khách không cầm được sản phẩm, nên ảnh và lời mô tả phải thay bạn “bán hàng”.",
                    "body": [
                        (
                            "step_by_step",
                            {
                                "title": "Chụp ảnh sản phẩm đẹp bằng điện thoại",
                                "steps": [
                                    {
                                        "title": "Chọn ánh sáng tự nhiên",
                                        "text": "<p>Chụp cạnh cửa sổ hoặc ngoài sân lúc sáng sớm, chiều muộn; tránh "
                                        "nắng "
                                        "gắt và đèn vàng.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Nền đơn giản",
                                        "text": "<p>Dùng tấm vải, nong tre, mặt bàn gỗ; dọn các vật thừa để sản phẩm "
                                        "nổi bật.</p>",
                                        "screenshot": "img:anh-san-pham-nen",
                                        "screenshot_alt": "Hộp cam được đặt trên nong tre, nền đơn giản, ánh sáng tự "
                                        "nhiên",
                                    },
                                    {
                                        "title": "Chụp nhiều góc",
                                        "text": "<p>Ảnh tổng thể, ảnh cận chất lượng (múi cam, búp chè), ảnh bao bì có "
                                        "nhãn, ảnh so sánh kích thước với bàn tay.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Kiểm tra trước khi đăng",
                                        "text": "<p>Ảnh rõ nét, đúng màu thật, không dùng ảnh lấy trên mạng của người "
                                        "khác.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p><b>Mô tả tốt</b> trả lời các câu hỏi của khách: sản phẩm là gì, trồng, làm ở đâu, "
                            "trọng lượng, hạn dùng, cách bảo quản, giao hàng mất bao lâu. Ví dụ:</p>"
                            "<p><i>“Cam Xã Đoài thu hoạch tại vườn gia đình ở Nghi Lộc, hộp 5 kg, hái khi khách đặt. "
                            "Bảo quản nơi thoáng mát 10–15 ngày. Giao trong tỉnh 1–2 ngày, đổi mới nếu quả hỏng khi "
                            "nhận.”</i></p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Không quảng cáo sai sự thật",
                                "text": "<p>Không ghi thực phẩm “chữa bệnh”, không tự gắn sao OCOP hay chứng nhận mà "
                                "sản "
                                "phẩm chưa được cấp. Quảng cáo sai có thể bị xử phạt và mất uy tín với khách hàng.</p>",
                            },
                        ),
                        (
                            "image",
                            {
                                "image": "img:mo-ta-san-pham-mau",
                                "alt_text": "Trang sản phẩm trên sàn thương mại điện tử với ảnh hộp cam, giá, trọng "
                                "lượng và phần mô tả chi tiết",
                                "caption": "Một trang sản phẩm đầy đủ thông tin (ảnh minh họa).",
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Bán hàng, giao hàng và nghĩa vụ thuế",
            "lessons": [
                {
                    "slug": "mo-gian-hang-tren-san",
                    "title": "Mở gian hàng trên sàn thương mại điện tử",
                    "minutes": 15,
                    "intro": "Các bước chung áp dụng cho hầu hết sàn; tên mục có thể khác nhau.",
                    "body": [
                        (
                            "step_by_step",
                            {
                                "title": "Mở gian hàng và đăng sản phẩm đầu tiên",
                                "intro": "Chuẩn bị: thẻ căn cước của chủ hộ, giấy chứng nhận đăng ký hộ kinh doanh "
                                "hoặc "
                                "hợp tác xã (nếu có), tài khoản ngân hàng chính chủ, ảnh sản phẩm.",
                                "steps": [
                                    {
                                        "title": "Đăng ký tài khoản người bán",
                                        "text": "<p>Vào trang <b>Kênh người bán</b> (Seller Center) của sàn, đăng ký "
                                        "bằng "
                                        "số điện thoại, thư điện tử riêng cho việc kinh doanh.</p>",
                                        "screenshot": "img:san-dang-ky-nguoi-ban",
                                        "screenshot_alt": "Trang đăng ký kênh người bán với ô số điện thoại và thư "
                                        "điện tử",
                                    },
                                    {
                                        "title": "Xác minh danh tính, thông tin thuế",
                                        "text": "<p>Khai loại hình (cá nhân, hộ kinh doanh, doanh nghiệp), mã số thuế "
                                        "hoặc "
                                        "số định danh cá nhân, chụp thẻ căn cước theo hướng dẫn của sàn.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Liên kết tài khoản ngân hàng",
                                        "text": "<p>Thêm tài khoản ngân hàng đứng tên chủ gian hàng để nhận tiền bán "
                                        "hàng.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Cài đặt vận chuyển",
                                        "text": "<p>Nhập địa chỉ lấy hàng, chọn đơn vị vận chuyển và kích thước, khối "
                                        "lượng gói hàng thường gửi.</p>",
                                        "screenshot": "img:san-cai-dat-van-chuyen",
                                        "screenshot_alt": "Danh sách đơn vị vận chuyển với công tắc bật tắt từng đơn "
                                        "vị",
                                    },
                                    {
                                        "title": "Đăng sản phẩm",
                                        "text": "<p>Chọn <b>Thêm sản phẩm</b>: tải ảnh, nhập tên, ngành hàng, mô tả, "
                                        "giá, "
                                        "số lượng tồn kho, khối lượng. Bấm <b>Lưu và hiển thị</b>, chờ sàn duyệt.</p>",
                                        "screenshot": "img:san-them-san-pham",
                                        "screenshot_alt": "Biểu mẫu thêm sản phẩm với ô tải ảnh, tên sản phẩm và giá",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Sàn khấu trừ thuế thay bạn",
                                "text": "<p>Từ ngày 1/7/2025, theo Nghị định 117/2025/NĐ-CP, sàn thương mại điện tử có "
                                "chức năng thanh toán sẽ <b>khấu trừ và nộp thay</b> thuế giá trị gia tăng, thuế thu "
                                "nhập "
                                "cá nhân cho hộ, cá nhân kinh doanh trên sàn. Vì vậy cần khai đúng mã số thuế hoặc số "
                                "định danh cá nhân.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Postmart – sàn nông sản, đặc sản của Bưu điện Việt Nam",
                                "url": "https://postmart.vn",
                                "description": "Mở gian hàng nông sản, sản phẩm OCOP; bưu điện hỗ trợ lấy hàng và giao "
                                "hàng toàn quốc.",
                                "button_label": "Mở Postmart",
                            },
                        ),
                    ],
                },
                {
                    "slug": "thanh-toan-giao-hang-cham-soc-khach",
                    "title": "Thanh toán, giao hàng và chăm sóc khách hàng",
                    "minutes": 12,
                    "intro": "Khách quay lại mua lần hai nhờ giao đúng hẹn và trả lời tử tế.",
                    "body": [
                        (
                            "paragraph",
                            "<p><b>Thanh toán</b>: bán qua sàn, tiền được sàn chuyển về sau khi khách nhận hàng. Bán "
                            "qua Zalo, Facebook, hãy dùng <b>mã VietQR</b> của tài khoản chính chủ hoặc thu tiền khi "
                            "giao hàng (COD) qua bưu điện, đơn vị vận chuyển.</p>"
                            "<p><b>Đóng gói</b>: nông sản tươi cần thùng có lỗ thoáng, lót giấy; hàng dễ vỡ chèn "
                            "kín. Dán nhãn ghi tên sản phẩm, số điện thoại của bạn.</p>"
                            "<p><b>Chăm sóc khách</b>: trả lời tin nhắn trong ngày, báo mã vận đơn, hỏi thăm sau khi "
                            "khách nhận hàng và xử lý đổi trả nhanh. Cảm ơn cả những đánh giá chưa tốt và sửa lỗi.</p>",
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Hợp tác xã đưa chè lên sàn thương mại điện tử",
                                "external_url": "https://postmart.vn",
                                "transcript": "<p>Chị Mai là thành viên một hợp tác xã chè ở vùng Thanh Chương. Năm "
                                "ngoái, hợp tác xã quyết định mở gian hàng trên sàn thương mại điện tử.</p>"
                                "<p>“Việc đầu tiên là chụp lại ảnh sản phẩm cho thật, đúng màu chè. Chúng tôi viết rõ "
                                "vùng trồng, cách sao, hạn dùng. Bưu điện đến lấy hàng tại kho, nên không phải tự đi "
                                "gửi.”</p>"
                                "<p>Mỗi sáng chị Mai kiểm tra đơn mới, in phiếu gửi hàng và trả lời tin nhắn. Khách "
                                "thanh toán qua sàn hoặc quét mã QR, tiền về tài khoản của hợp tác xã. Sau một năm, "
                                "đơn hàng từ các tỉnh phía Nam chiếm gần một nửa doanh thu trực tuyến.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Chiêu lừa người bán hàng",
                                "text": "<ul>"
                                "<li>“Khách” gửi ảnh chụp đã chuyển khoản nhưng tiền không về: chỉ tin thông báo số "
                                "dư.</li>"
                                "<li>“Nhân viên sàn” nhắn qua Zalo yêu cầu nộp phí nâng hạng gian hàng, đọc OTP: sàn "
                                "chỉ liên hệ trong Kênh người bán.</li>"
                                "<li>Đơn “đặt hộ” số lượng lớn, nhờ bạn ứng tiền trước cho người khác: lừa đảo.</li>"
                                "</ul>",
                            },
                        ),
                    ],
                },
                {
                    "slug": "thue-va-trach-nhiem-nguoi-ban",
                    "title": "Thuế và trách nhiệm của người bán trực tuyến",
                    "minutes": 10,
                    "intro": "Làm đúng ngay từ đầu để kinh doanh bền vững, không lo bị phạt.",
                    "body": [
                        (
                            "paragraph",
                            "<ul>"
                            "<li><b>Bán qua sàn có chức năng thanh toán</b>: sàn khấu trừ, nộp thuế thay; bạn lưu "
                            "chứng từ khấu trừ sàn cung cấp.</li>"
                            "<li><b>Bán qua Zalo, Facebook, website riêng</b>: bạn tự khai, nộp thuế theo doanh thu, "
                            "có thể dùng cổng thuế điện tử hoặc ứng dụng eTax Mobile.</li>"
                            "<li><b>Bảo vệ người tiêu dùng</b>: công khai giá, chính sách đổi trả, thông tin liên hệ; "
                            "giao đúng hàng như mô tả.</li>"
                            "<li><b>Dữ liệu khách hàng</b>: số điện thoại, địa chỉ của khách chỉ dùng để giao hàng, "
                            "chăm sóc khách; không mua bán, chia sẻ danh sách khách hàng.</li>"
                            "</ul>",
                        ),
                        (
                            "faq",
                            {
                                "title": "Câu hỏi thường gặp",
                                "items": [
                                    {
                                        "question": "Tôi vừa bán trên sàn vừa bán ở cửa hàng, khai thuế thế nào?",
                                        "answer": "<p>Doanh thu trên sàn đã được khấu trừ thì không khai nộp lại phần "
                                        "đó; doanh thu bán trực tiếp và qua các kênh khác bạn tự khai. Hãy hỏi cơ quan "
                                        "thuế quản lý trực tiếp để được hướng dẫn cụ thể.</p>",
                                    },
                                    {
                                        "question": "Có cần xuất hóa đơn cho khách mua online không?",
                                        "answer": "<p>Khi khách yêu cầu, hoặc khi bạn thuộc diện phải dùng hóa đơn "
                                        "điện "
                                        "tử, hãy lập hóa đơn cho từng đơn hàng. Xem thêm khóa học “Chữ ký số và hóa "
                                        "đơn "
                                        "điện tử”.</p>",
                                    },
                                ],
                            },
                        ),
                        (
                            "document",
                            {
                                "document": "doc:so-theo-doi-don-hang",
                                "title": "Mẫu sổ theo dõi đơn hàng và doanh thu trực tuyến",
                                "description": "Bảng tính đơn giản ghi ngày, kênh bán, sản phẩm, số tiền, trạng thái "
                                "giao hàng, dùng để đối chiếu khi khai thuế.",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Cổng thuế điện tử",
                                "url": "https://thuedientu.gdt.gov.vn",
                                "description": "Khai, nộp thuế cho hộ kinh doanh, cá nhân bán hàng qua mạng xã hội, "
                                "website riêng.",
                                "button_label": "Mở cổng thuế",
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}

COURSES = [
    _COURSE_DICH_VU_CONG,
    _COURSE_THANH_TOAN,
    _COURSE_AN_TOAN,
    _COURSE_CHU_KY_SO_HOA_DON,
    _COURSE_CAN_BO,
    _COURSE_DIEN_THOAI_VNEID,
    _COURSE_BAN_HANG,
]
