"""A demo course and its final quiz (pure data for ``courses.demo``):

Thanh toán không dùng tiền mặt an toàn
"""

COURSE = {
    "slug": "thanh-toan-khong-dung-tien-mat-an-toan",
    "title": "Thanh toán không dùng tiền mặt an toàn",
    "summary": "Dùng ứng dụng ngân hàng và mã QR để chuyển tiền, trả tiền điện, nước, học phí, lệ phí và nhận tiền an "
    "sinh xã hội – nhanh, tiện và không bị kẻ gian lợi dụng.",
    "audiences": [
        "resident",
        "business",
    ],
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
    "competences": [
        "VN6",
        "VN4",
        "2.1",
        "4.2",
    ],
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
                            "tiền, trả hóa đơn 24/7. Theo quy định của Ngân hàng Nhà nước, tài khoản của cá nhân phải "
                            "được <b>đối chiếu sinh trắc học khuôn mặt</b> với thẻ căn cước gắn chip hoặc tài khoản "
                            "VNeID thì mới giao dịch trực tuyến được. Các giao dịch chuyển tiền <b>trên 10 triệu "
                            "đồng/lần</b> hoặc tổng <b>trên 20 triệu đồng/ngày</b> phải quét khuôn mặt để xác "
                            "nhận.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Cài đặt và kích hoạt ứng dụng ngân hàng",
                                "intro": "Bạn cần đã có tài khoản tại ngân hàng và đăng ký số điện thoại chính chủ.",
                                "steps": [
                                    {
                                        "title": "Tải ứng dụng từ kho chính thức",
                                        "text": "<p>Mở <b>CH Play</b> (Android) hoặc <b>App Store</b> (iPhone), gõ "
                                        "tên ngân hàng. Kiểm tra <b>nhà phát triển</b> đúng là ngân hàng đó rồi mới "
                                        "bấm <b>Cài đặt</b>.</p>",
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
                                        "cước sát mặt sau điện thoại để ứng dụng đọc chip (cần bật NFC), hoặc chọn "
                                        "xác thực qua <b>VNeID</b> nếu ngân hàng hỗ trợ.</p>",
                                        "screenshot": "img:ngan-hang-quet-chip",
                                        "screenshot_alt": "Hình minh họa đặt thẻ căn cước sát mặt sau điện thoại để "
                                        "đọc chip",
                                    },
                                    {
                                        "title": "Quét khuôn mặt",
                                        "text": "<p>Đưa khuôn mặt vào khung hình ở nơi đủ sáng, bỏ kính râm, khẩu "
                                        "trang; làm theo hướng dẫn quay trái, phải. Khi báo <b>thành công</b> là "
                                        "xong.</p>",
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
                                "text": "<p>Kẻ gian nhắn tin, gọi điện giả danh ngân hàng hoặc công an, gửi đường "
                                "link “hỗ trợ cập nhật sinh trắc học” để chiếm tài khoản. Chỉ cập nhật <b>trong ứng "
                                "dụng chính thức</b> hoặc tại quầy giao dịch.</p>",
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
                            "<p>Hầu hết cửa hàng, chợ, quán ăn ở Nghệ An đều có mã <b>VietQR</b> dán tại quầy. Ứng "
                            "dụng của mọi ngân hàng đều quét được mã này và chuyển tiền ngay lập tức, kể cả khác ngân "
                            "hàng. Bạn không phải gõ số tài khoản nên tránh được nhầm lẫn.</p>",
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
                                "text": "<p>Kẻ gian có thể dán mã QR của mình đè lên mã của cửa hàng. Luôn xem <b>tên "
                                "người nhận</b> trước khi bấm xác nhận. Người bán hàng nên kiểm tra mã QR mỗi ngày và "
                                "chỉ tin <b>thông báo biến động số dư</b>, không tin ảnh chụp màn hình do khách "
                                "đưa.</p>",
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
                                        "cấp mã giao dịch. Không tự liên hệ qua số lạ tự xưng là “bộ phận hoàn "
                                        "tiền”.</p>",
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
                            "nước, cước Internet, điện thoại, truyền hình và học phí. Bạn chỉ cần <b>mã khách "
                            "hàng</b> in trên hóa đơn giấy, tin nhắn báo cước hoặc thông báo của nhà trường.</p>",
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
                                        "gửi về tin nhắn hoặc ứng dụng của điện lực.</p>",
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
                                "khoản lạ là lừa đảo. Chỉ trả tiền qua mục Thanh toán hóa đơn hoặc ứng dụng chính "
                                "thức của ngành điện.</p>",
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
                            "ngày càng được chi trả qua tài khoản ngân hàng. Bạn nhận tiền đúng hạn, không phải chờ ở "
                            "điểm chi trả. Trên ứng dụng <b>VNeID</b>, bạn có thể khai báo tài khoản ngân hàng chính "
                            "chủ để nhận các khoản an sinh xã hội.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Tích hợp tài khoản nhận an sinh xã hội trên VNeID",
                                "intro": "Cần tài khoản VNeID mức 2 và tài khoản ngân hàng đứng tên chính bạn. Tên "
                                "mục có thể thay đổi chút ít theo phiên bản ứng dụng.",
                                "steps": [
                                    {
                                        "title": "Mở mục dịch vụ an sinh xã hội",
                                        "text": "<p>Đăng nhập VNeID, chọn <b>Dịch vụ khác</b> → <b>Dịch vụ an sinh xã "
                                        "hội</b>.</p>",
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
                                        "nhập passcode để gửi. Kết quả được thông báo trên ứng dụng.</p>",
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
                                        "nhưng tài khoản ngân hàng phải đứng tên người hưởng. Tổ công nghệ số cộng "
                                        "đồng cũng hỗ trợ miễn phí.</p>",
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
                            "<ol><li><b>Không bao giờ đọc mã OTP</b> hay mật khẩu cho bất kỳ ai, kể cả người xưng là "
                            "nhân viên ngân hàng, công an.</li><li><b>Không bấm đường link</b> trong tin nhắn báo "
                            "“tài khoản bị khóa”, “trúng thưởng”.</li><li>Chỉ cài ứng dụng từ <b>CH Play, App "
                            "Store</b>; không cài tệp .apk được gửi qua Zalo.</li><li>Bật <b>thông báo biến động số "
                            "dư</b> để phát hiện giao dịch lạ ngay.</li><li>Đặt <b>hạn mức chuyển tiền</b> vừa đủ "
                            "dùng hằng ngày.</li></ol>",
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Ba tình huống mất tiền thường gặp",
                                "external_url": "https://canhbao.khonggianmang.vn",
                                "transcript": "<p><b>Tình huống 1.</b> Chị Lan nhận tin nhắn mang tên ngân hàng báo "
                                "tài khoản sắp bị khóa, kèm đường link. Chị bấm vào, điền tên đăng nhập, mật khẩu và "
                                "mã OTP. Vài phút sau, tài khoản bị chuyển hết tiền. Bài học: ngân hàng không gửi "
                                "đường link yêu cầu đăng nhập.</p><p><b>Tình huống 2.</b> Anh Hùng bán hàng online, "
                                "khách gửi ảnh chụp “đã chuyển khoản” rồi lấy hàng. Thực tế tiền không về. Bài học: "
                                "chỉ giao hàng khi thấy thông báo số dư trong ứng dụng của mình.</p><p><b>Tình huống "
                                "3.</b> Bác Minh được gọi điện hướng dẫn cài ứng dụng “dịch vụ công” từ đường link. "
                                "Ứng dụng giả chiếm quyền điện thoại và rút tiền. Bài học: chỉ cài ứng dụng từ kho "
                                "chính thức, cơ quan nhà nước không hướng dẫn qua điện thoại.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Nghi ngờ bị lộ tài khoản?",
                                "text": "<p>Gọi ngay <b>số tổng đài in sau thẻ ngân hàng</b> hoặc dùng chức năng "
                                "<b>khóa tài khoản khẩn cấp</b> trong ứng dụng, sau đó đổi mật khẩu và trình báo công "
                                "an xã, phường.</p>",
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
    "title": "Bài kiểm tra cuối khóa: Thanh toán không dùng tiền mặt an toàn",
    "intro": "Kiểm tra xem bạn đã biết chuyển tiền, quét mã QR, trả hóa đơn và giữ an toàn tài khoản ngân hàng trong "
    "các tình huống hằng ngày chưa.",
    "minutes": 15,
    "pass_mark": 80,
    "max_attempts": 0,
    "shuffle_questions": True,
    "shuffle_options": True,
    "questions": [
        (
            "single_choice",
            {
                "question": "Bạn nhận được tin nhắn: “Tài khoản của quý khách sẽ bị khóa do chưa cập nhật sinh trắc "
                "học. Bấm vào đường link để cập nhật ngay.” Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Không bấm; tự mở ứng dụng ngân hàng chính thức để kiểm tra hoặc hỏi tại quầy",
                        "correct": True,
                        "explanation": "Đúng. Ngân hàng không gửi đường link cập nhật sinh trắc học. Chỉ cập nhật "
                        "trong ứng dụng chính thức hoặc tại quầy.",
                    },
                    {
                        "text": "Bấm vào đường link và quét khuôn mặt, vì ngân hàng đúng là đang yêu cầu cập nhật "
                        "sinh trắc học",
                        "correct": False,
                        "explanation": "Chưa đúng. Yêu cầu cập nhật sinh trắc học là có thật, nhưng ngân hàng không "
                        "gửi đường link. Trang giả lấy thông tin đăng nhập và khuôn mặt của bạn để chiếm tài khoản.",
                    },
                    {
                        "text": "Gọi lại số điện thoại ghi trong tin nhắn để hỏi",
                        "correct": False,
                        "explanation": "Chưa đúng. Số trong tin nhắn giả là của kẻ gian. Chỉ gọi số tổng đài in sau "
                        "thẻ ngân hàng.",
                    },
                    {
                        "text": "Trả lời tin nhắn kèm ảnh hai mặt thẻ căn cước để ngân hàng cập nhật giúp",
                        "correct": False,
                        "explanation": "Chưa đúng. Ảnh thẻ căn cước có thể bị dùng để mở tài khoản, vay tiền mạo danh "
                        "bạn.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Bạn ăn sáng ở một quán quen và quét mã QR dán ở quầy. Màn hình hiện tên người nhận khác "
                "hẳn tên chủ quán. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Dừng lại, chưa xác nhận; hỏi lại chủ quán tên tài khoản nhận tiền",
                        "correct": True,
                        "explanation": "Đúng. Mã QR có thể đã bị kẻ gian dán đè. Luôn xem tên người nhận trước khi "
                        "xác nhận.",
                    },
                    {
                        "text": "Vẫn xác nhận, vì mã QR dán ngay tại quầy của quán quen thì chắc chắn đúng",
                        "correct": False,
                        "explanation": "Chưa đúng. Kẻ gian có thể dán mã của mình đè lên mã của cửa hàng; tiền sẽ vào "
                        "tài khoản của chúng.",
                    },
                    {
                        "text": "Xác nhận trước rồi chụp màn hình gửi chủ quán để đối chiếu sau",
                        "correct": False,
                        "explanation": "Chưa đúng. Khi đã chuyển nhầm người nhận, lấy lại tiền rất khó. Kiểm tra "
                        "trước khi bấm.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Bạn chuyển nhầm 2 triệu đồng sang tài khoản người lạ. Lát sau, một số điện thoại lạ gọi "
                "đến, xưng là “bộ phận hoàn tiền”, đề nghị bạn đọc mã OTP để lấy lại tiền. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Từ chối; tự gọi tổng đài ngân hàng mình, đề nghị tra soát bằng mã giao dịch",
                        "correct": True,
                        "explanation": "Đúng. Chỉ ngân hàng của bạn mới xử lý tra soát giao dịch chuyển nhầm, qua số "
                        "tổng đài chính thức.",
                    },
                    {
                        "text": "Đọc mã OTP, vì người gọi đã nói đúng số tiền và thời gian bạn chuyển nhầm",
                        "correct": False,
                        "explanation": "Sai. Ai có OTP là có thể chuyển tiền khỏi tài khoản của bạn. Không đọc OTP "
                        "cho bất kỳ ai.",
                    },
                    {
                        "text": "Chuyển thêm khoản “phí xử lý” nhỏ để yêu cầu hoàn tiền được duyệt nhanh",
                        "correct": False,
                        "explanation": "Sai. Đây là kịch bản lừa lần hai; không có “bộ phận hoàn tiền” nào thu phí "
                        "qua điện thoại.",
                    },
                    {
                        "text": "Cài ứng dụng “hỗ trợ hoàn tiền” mà người gọi gửi qua Zalo",
                        "correct": False,
                        "explanation": "Sai. Ứng dụng lạ có thể chiếm quyền điện thoại và rút hết tiền. Chỉ cài từ CH "
                        "Play, App Store.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Bạn bán tạp hóa và nhận tiền qua mã QR. Những việc nào giúp bạn không bị lừa? (Chọn tất "
                "cả đáp án đúng)",
                "options": [
                    {
                        "text": "Kiểm tra mã QR dán ở quầy mỗi ngày",
                        "correct": True,
                        "explanation": "Đúng. Phát hiện sớm mã bị dán đè giúp khách không chuyển nhầm tiền cho kẻ "
                        "gian.",
                    },
                    {
                        "text": "Chỉ giao hàng khi thấy thông báo biến động số dư trong ứng dụng của mình",
                        "correct": True,
                        "explanation": "Đúng. Thông báo số dư là bằng chứng tiền đã thật sự về tài khoản.",
                    },
                    {
                        "text": "Bật thông báo biến động số dư trên điện thoại",
                        "correct": True,
                        "explanation": "Đúng. Bạn biết ngay khi tiền về và phát hiện được giao dịch lạ.",
                    },
                    {
                        "text": "Giao hàng ngay khi khách đưa ảnh chụp màn hình “chuyển khoản thành công”",
                        "correct": False,
                        "explanation": "Sai. Ảnh chụp màn hình có thể bị làm giả; tiền chưa chắc đã về tài khoản.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Chuyển tiền trên 10 triệu đồng một lần, hoặc tổng trên 20 triệu đồng một ngày, phải xác "
                "thực bằng khuôn mặt.",
                "answer": "true",
                "explanation": "Đúng. Theo quy định của Ngân hàng Nhà nước, các giao dịch này phải quét khuôn mặt để "
                "xác nhận, nên tài khoản cần được cập nhật sinh trắc học trước.",
            },
        ),
        (
            "single_choice",
            {
                "question": "Một người gọi điện xưng là nhân viên điện lực, nói nhà bạn sẽ bị cắt điện trong hôm nay "
                "nếu không chuyển khoản ngay tiền điện còn nợ vào số tài khoản anh ta đọc. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Không chuyển; tự trả qua mục Thanh toán hóa đơn trong ứng dụng ngân hàng",
                        "correct": True,
                        "explanation": "Đúng. Mục Thanh toán hóa đơn (hoặc ứng dụng chính thức của ngành điện) hiện "
                        "đúng số tiền theo mã khách hàng, tiền đi thẳng tới công ty điện lực.",
                    },
                    {
                        "text": "Chuyển ngay cho kịp, vì nhà bạn đúng là chưa trả tiền điện tháng này",
                        "correct": False,
                        "explanation": "Sai. Dọa cắt điện ngay trong ngày và đòi chuyển vào tài khoản lạ là dấu hiệu "
                        "lừa đảo.",
                    },
                    {
                        "text": "Đọc mã khách hàng và mã OTP để nhân viên trừ tiền trực tiếp cho nhanh",
                        "correct": False,
                        "explanation": "Sai. Mã OTP chỉ mình bạn được biết; đọc cho người khác là trao quyền chuyển "
                        "tiền cho họ.",
                    },
                    {
                        "text": "Chuyển khoản nhưng ghi rõ nội dung “tiền điện” kèm mã khách hàng để đối chiếu",
                        "correct": False,
                        "explanation": "Sai. Ghi nội dung chuyển khoản không biến tài khoản lạ thành tài khoản của "
                        "điện lực; tiền vẫn mất.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Bạn trả tiền điện hằng tháng bằng ứng dụng ngân hàng. Bạn cần dùng hoặc kiểm tra những "
                "gì?",
                "options": [
                    {
                        "text": "Mã khách hàng in trên hóa đơn giấy hoặc tin nhắn báo tiền điện",
                        "correct": True,
                        "explanation": "Đúng. Mã khách hàng giúp ứng dụng tìm đúng hóa đơn của nhà bạn.",
                    },
                    {
                        "text": "Chọn nhà cung cấp Điện lực miền Bắc (EVNNPC)",
                        "correct": True,
                        "explanation": "Đúng. EVNNPC là đơn vị cấp điện cho Nghệ An.",
                    },
                    {
                        "text": "Tên chủ hộ, kỳ hóa đơn và số tiền khớp với nhà mình trước khi xác nhận",
                        "correct": True,
                        "explanation": "Đúng. Kiểm tra giúp bạn không trả nhầm hóa đơn của nhà khác.",
                    },
                    {
                        "text": "Số tài khoản cá nhân của nhân viên thu tiền điện",
                        "correct": False,
                        "explanation": "Sai. Tiền điện trả qua mục Thanh toán hóa đơn, không chuyển vào tài khoản cá "
                        "nhân của ai.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Để nhận lương hưu, trợ cấp qua VNeID, ông bà có thể khai báo tài khoản ngân hàng đứng "
                "tên con cháu cho tiện.",
                "answer": "false",
                "explanation": "Sai. Tài khoản nhận an sinh xã hội phải đứng tên chính người hưởng, trùng họ tên trên "
                "thẻ căn cước. Con cháu chỉ nên hướng dẫn trên điện thoại của ông bà.",
            },
        ),
    ],
}
