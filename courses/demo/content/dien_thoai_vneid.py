"""A demo course and its final quiz (pure data for ``courses.demo``):

Làm quen với điện thoại thông minh và ứng dụng VNeID
"""

COURSE = {
    "slug": "lam-quen-dien-thoai-va-vneid",
    "title": "Làm quen với điện thoại thông minh và ứng dụng VNeID",
    "summary": "Khóa học nhẹ nhàng cho người mới dùng điện thoại và người cao tuổi: thao tác cơ bản, kết nối mạng, "
    "kích hoạt và dùng ứng dụng VNeID trong đời sống hằng ngày.",
    "audiences": [
        "resident",
    ],
    "topic": "ky-nang-so-co-ban",
    "level": "basic",
    "estimated_minutes": 50,
    "outcomes": [
        "Thao tác chạm, vuốt, phóng to chữ và trở về màn hình chính",
        "Kết nối Wi-Fi và cài ứng dụng an toàn từ kho ứng dụng chính thức",
        "Kích hoạt tài khoản định danh điện tử VNeID và đặt passcode",
        "Dùng ví giấy tờ trên VNeID thay thẻ căn cước, thẻ bảo hiểm y tế, giấy phép lái xe",
    ],
    "competences": [
        "VN1",
        "VN5",
        "5.1",
        "2.6",
        "4.1",
    ],
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
                            "<p>Điện thoại thông minh điều khiển bằng cách chạm ngón tay lên màn "
                            "hình:</p><ul><li><b>Chạm</b> nhẹ một lần vào biểu tượng để mở ứng "
                            "dụng.</li><li><b>Vuốt</b> lên, xuống để xem tiếp; vuốt sang trái, phải để chuyển "
                            "trang.</li><li><b>Chụm hoặc mở hai ngón tay</b> để thu nhỏ, phóng to ảnh và "
                            "chữ.</li><li><b>Nhấn giữ</b> để xem thêm lựa chọn.</li></ul><p>Muốn quay lại bước trước, "
                            "bấm nút <b>Quay lại</b> (hình mũi tên) hoặc vuốt từ mép màn hình vào. Muốn về màn hình "
                            "chính, bấm nút <b>Trang chủ</b> hoặc vuốt từ đáy màn hình lên.</p>",
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
                                        "thêm <b>Chữ đậm</b>.</p>",
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
                                "cần cẩn thận ở những chỗ liên quan đến tiền, mật khẩu và mã OTP.</p>",
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
                                "Zalo hay tin nhắn để bạn cài ứng dụng. Ứng dụng giả có thể lấy hết tiền trong tài "
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
                                        "ra ngoài, đăng ký gói 4G phù hợp tại cửa hàng nhà mạng.</p>",
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
                            "được đăng ký tại công an xã, phường (hoặc khi làm thẻ căn cước) và có giá trị như thẻ "
                            "căn cước khi xuất trình. Sau khi đăng ký, bạn nhận tin nhắn báo tài khoản đã được phê "
                            "duyệt; lúc đó bạn kích hoạt trên điện thoại <b>dùng số điện thoại chính chủ</b>.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Kích hoạt tài khoản VNeID",
                                "steps": [
                                    {
                                        "title": "Cài ứng dụng",
                                        "text": "<p>Mở CH Play hoặc App Store, tìm <b>VNeID</b>, kiểm tra nhà phát "
                                        "triển thuộc Bộ Công an, bấm <b>Cài đặt</b>.</p>",
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
                                        "đặc biệt) rồi đặt <b>passcode</b> 6 số để mở ứng dụng. Ghi nhớ, không ghi "
                                        "lên ốp điện thoại.</p>",
                                        "screenshot": "img:vneid-passcode",
                                        "screenshot_alt": "Màn hình đặt passcode gồm 6 ô tròn và bàn phím số",
                                    },
                                    {
                                        "title": "Đăng nhập lần đầu",
                                        "text": "<p>Đăng nhập bằng số định danh và mật khẩu vừa tạo. Thấy ảnh chân "
                                        "dung và dòng <b>Mức 2</b> là thành công.</p>",
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
                                "2 tại nhà” và gửi đường link cài ứng dụng VNeID giả. Công an không làm việc này qua "
                                "điện thoại. Hãy đến trụ sở công an xã, phường nếu cần hỗ trợ.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Trang thông tin định danh điện tử VNeID",
                                "url": "https://vneid.gov.vn",
                                "description": "Thông tin chính thức về ứng dụng VNeID, hướng dẫn sử dụng và đăng "
                                "nhập trên máy tính.",
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
                                        "cầu</b> và nhập passcode.</p>",
                                        "screenshot": "img:vneid-tich-hop-gplx",
                                        "screenshot_alt": "Biểu mẫu tích hợp giấy phép lái xe với ô số giấy phép và "
                                        "hạng",
                                    },
                                    {
                                        "title": "Chờ kết quả",
                                        "text": "<p>Khi được duyệt, giấy phép lái xe hiện trong Ví giấy tờ. Chạm vào "
                                        "để xuất trình.</p>",
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
                                "lần đi khám ở trạm y tế, bác phải mang theo thẻ bảo hiểm y tế giấy, lần nào cũng lo "
                                "để quên.</p><p>Cháu nội giúp bác tích hợp thẻ bảo hiểm y tế vào ứng dụng VNeID. Đến "
                                "quầy tiếp đón, bác mở VNeID, chạm Ví giấy tờ, chọn thẻ căn cước hoặc thẻ bảo hiểm y "
                                "tế để nhân viên kiểm tra. Nhiều cơ sở y tế chỉ cần quét mã QR trên thẻ căn cước là "
                                "xong.</p><p>Bác Hòa nói: “Giờ chỉ cần cái điện thoại với cái thẻ căn cước, không "
                                "phải giữ cả xấp giấy nữa.”</p>",
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
                                        "nghị <b>khóa tài khoản</b> định danh điện tử; báo nhà mạng khóa SIM và báo "
                                        "ngân hàng.</p>",
                                    },
                                    {
                                        "question": "Tôi đổi số điện thoại mới.",
                                        "answer": "<p>Đến công an xã, phường mang theo thẻ căn cước để cập nhật số "
                                        "điện thoại cho tài khoản định danh điện tử.</p>",
                                    },
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            "<p>Bạn không phải tự học một mình. Ở mỗi thôn, xóm, khối phố của Nghệ An đều có <b>Tổ "
                            "công nghệ số cộng đồng</b>; đoàn thanh niên, hội phụ nữ thường tổ chức các buổi hướng "
                            "dẫn trong phong trào <b>“Bình dân học vụ số”</b>. Hãy mang theo điện thoại và thẻ căn "
                            "cước khi đến hỏi.</p>",
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
        },
    ],
}

QUIZ = {
    "slug": "kiem-tra-cuoi-khoa",
    "title": "Bài ôn tập cuối khóa: Điện thoại thông minh và VNeID",
    "intro": "Bảy câu hỏi ngắn giúp bạn ôn lại cách dùng điện thoại và ứng dụng VNeID; bạn được làm lại bao nhiêu lần "
    "cũng được.",
    "minutes": 10,
    "pass_mark": 70,
    "max_attempts": 0,
    "shuffle_questions": False,
    "shuffle_options": True,
    "questions": [
        (
            "single_choice",
            {
                "question": "Chữ trên điện thoại Android của bạn nhỏ quá, khó đọc. Bạn làm thế nào?",
                "options": [
                    {
                        "text": "Mở Cài đặt → Màn hình → Cỡ và kiểu chữ, kéo thanh trượt sang phải",
                        "correct": True,
                        "explanation": "Đúng. Kéo đến khi đọc thoải mái; có thể bật thêm Chữ đậm.",
                    },
                    {
                        "text": "Đành mua điện thoại mới có màn hình to hơn, vì cỡ chữ không đổi được",
                        "correct": False,
                        "explanation": "Chưa đúng. Mọi điện thoại đều cho phép phóng to chữ trong phần Cài đặt.",
                    },
                    {
                        "text": "Nhấn giữ nút nguồn thật lâu cho đến khi chữ to lên",
                        "correct": False,
                        "explanation": "Chưa đúng. Nhấn giữ nút nguồn để tắt hoặc khởi động lại máy, không làm chữ to "
                        "hơn.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Bạn lỡ bấm nhầm vào một mục lạ trên điện thoại. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Bấm nút Quay lại (hình mũi tên) hoặc vuốt từ mép màn hình vào",
                        "correct": True,
                        "explanation": "Đúng. Điện thoại không hỏng vì bạn thử; bấm nhầm thì quay lại.",
                    },
                    {
                        "text": "Tắt nguồn ngay rồi bật lại, vì sợ bấm nhầm làm hỏng máy",
                        "correct": False,
                        "explanation": "Chưa đúng. Không cần tắt máy, chỉ cần quay lại bước trước.",
                    },
                    {
                        "text": "Mang ngay ra cửa hàng nhờ thợ kiểm tra xem máy có bị hỏng không",
                        "correct": False,
                        "explanation": "Chưa đúng. Bấm nhầm không làm hỏng máy. Chỉ cần cẩn thận ở chỗ liên quan đến "
                        "tiền, mật khẩu, mã OTP.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Một người gọi điện xưng là công an, nói sẽ “kích hoạt định danh mức 2 tại nhà” cho bạn "
                "và gửi đường link qua Zalo để cài VNeID. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Không bấm; tự cài VNeID từ CH Play, App Store hoặc đến công an xã, phường",
                        "correct": True,
                        "explanation": "Đúng. Công an không kích hoạt tài khoản qua điện thoại; đường link đó thường "
                        "dẫn tới ứng dụng giả.",
                    },
                    {
                        "text": "Bấm vào đường link để cài, vì người gọi xưng công an và biết rõ số căn cước",
                        "correct": False,
                        "explanation": "Sai. Cơ quan nhà nước không gửi đường link cài ứng dụng qua Zalo hay tin nhắn.",
                    },
                    {
                        "text": "Đọc mã kích hoạt nhận được qua tin nhắn cho người gọi để họ làm giúp",
                        "correct": False,
                        "explanation": "Sai. Mã kích hoạt (OTP) chỉ mình bạn biết; đưa mã là mất tài khoản.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Khi kích hoạt tài khoản VNeID trên điện thoại, những việc nào là đúng?",
                "options": [
                    {
                        "text": "Nhập số định danh cá nhân (12 số trên thẻ căn cước) và số điện thoại chính chủ",
                        "correct": True,
                        "explanation": "Đúng. Mã kích hoạt sẽ gửi về số điện thoại chính chủ của bạn.",
                    },
                    {
                        "text": "Đặt passcode 6 số, ghi nhớ và không ghi lên ốp điện thoại",
                        "correct": True,
                        "explanation": "Đúng. Passcode bảo vệ giấy tờ của bạn ngay cả khi người khác cầm được điện "
                        "thoại.",
                    },
                    {
                        "text": "Đặt mật khẩu là ngày sinh cho dễ nhớ",
                        "correct": False,
                        "explanation": "Chưa đúng. Mật khẩu cần có chữ hoa, chữ thường, số và ký tự đặc biệt; ngày "
                        "sinh rất dễ bị đoán.",
                    },
                    {
                        "text": "Dùng số điện thoại của hàng xóm cho tiện nếu mình không có sẵn máy",
                        "correct": False,
                        "explanation": "Chưa đúng. Phải dùng số điện thoại chính chủ để nhận mã và lấy lại mật khẩu "
                        "khi cần.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Wi-Fi miễn phí ở quán cà phê phù hợp để đăng nhập ngân hàng và chuyển tiền.",
                "answer": "false",
                "explanation": "Sai. Wi-Fi công cộng dùng để đọc tin được, nhưng không nên đăng nhập ngân hàng hay "
                "chuyển tiền khi dùng mạng này.",
            },
        ),
        (
            "single_choice",
            {
                "question": "Bác Hòa đi khám ở trạm y tế nhưng quên mang thẻ bảo hiểm y tế giấy. Bác đã tích hợp thẻ "
                "vào VNeID. Bác nên làm gì?",
                "options": [
                    {
                        "text": "Mở VNeID, vào Ví giấy tờ và xuất trình thẻ cho nhân viên",
                        "correct": True,
                        "explanation": "Đúng. Chọn thẻ căn cước hoặc thẻ bảo hiểm y tế trong Ví giấy tờ để nhân viên "
                        "kiểm tra khi đi khám chữa bệnh.",
                    },
                    {
                        "text": "Về nhà lấy thẻ giấy, vì khám bảo hiểm y tế bắt buộc phải có thẻ giấy",
                        "correct": False,
                        "explanation": "Chưa đúng. Thẻ đã tích hợp trên VNeID dùng thay thẻ giấy được.",
                    },
                    {
                        "text": "Đọc passcode VNeID cho nhân viên để họ tự mở máy tra cứu",
                        "correct": False,
                        "explanation": "Sai. Không đưa passcode cho ai; bác tự mở ứng dụng và cho nhân viên xem.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Khi bị mất điện thoại, bạn nên gọi tổng đài 1900 0368 hoặc đến công an xã, phường để đề "
                "nghị khóa tài khoản định danh điện tử.",
                "answer": "true",
                "explanation": "Đúng. Sau đó báo nhà mạng khóa SIM và báo ngân hàng để bảo vệ tài khoản.",
            },
        ),
    ],
}
