"""A demo course and its final quiz (pure data for ``courses.demo``):

An toàn trên không gian mạng: nhận diện lừa đảo trực tuyến
"""

COURSE = {
    "slug": "nhan-dien-lua-dao-truc-tuyen",
    "title": "An toàn trên không gian mạng: nhận diện lừa đảo trực tuyến",
    "summary": "Nhận ra cuộc gọi giả danh, đường link và ứng dụng giả mạo, giữ kín mã OTP, và biết phải làm gì ngay "
    "khi lỡ bị lừa.",
    "audiences": [
        "resident",
        "business",
        "official",
    ],
    "topic": "an-toan-thong-tin",
    "level": "basic",
    "estimated_minutes": 55,
    "outcomes": [
        "Nhận diện các kịch bản lừa đảo phổ biến qua điện thoại, tin nhắn, mạng xã hội",
        "Kiểm tra đường link, ứng dụng trước khi bấm hoặc cài đặt",
        "Bảo vệ mật khẩu, mã OTP và bật xác thực hai yếu tố cho tài khoản quan trọng",
        "Xử lý đúng trình tự khi bị lừa và trình báo, cảnh báo cho người khác",
    ],
    "competences": [
        "4.1",
        "4.2",
        "1.2",
        "2.5",
        "VN4",
    ],
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
                        (
                            "heading",
                            {
                                "text": "Năm dấu hiệu cần dừng lại ngay",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<ol><li><b>Tạo áp lực thời gian</b>: “phải làm ngay hôm nay”, “nếu không sẽ bị khóa, bị "
                            "bắt”.</li><li><b>Đòi giữ bí mật</b>: “không được nói với ai, kể cả người "
                            "nhà”.</li><li><b>Yêu cầu chuyển tiền</b> vào tài khoản cá nhân để “xác minh”, “tạm "
                            "giữ”.</li><li><b>Hỏi mã OTP</b>, mật khẩu, passcode VNeID hoặc ảnh chụp thẻ căn cước hai "
                            "mặt.</li><li><b>Hướng dẫn cài ứng dụng</b> từ đường link hoặc chuyển sang gọi video qua "
                            "Zalo.</li></ol><p>Công an làm việc bằng giấy mời, không làm việc qua điện thoại và "
                            "<b>không bao giờ yêu cầu chuyển tiền</b>. Cơ quan thuế, điện lực, ngân hàng cũng không "
                            "hướng dẫn cài ứng dụng qua điện thoại.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Cuộc gọi video giả mạo người thân (deepfake)",
                                "text": "<p>Kẻ gian dùng trí tuệ nhân tạo ghép mặt, giả giọng con cháu để vay tiền "
                                "gấp. Cuộc gọi thường ngắn, hình mờ, “mạng yếu”. Hãy <b>tắt máy và gọi lại</b> vào số "
                                "điện thoại quen thuộc của người thân, hoặc hỏi một điều chỉ người trong nhà mới "
                                "biết.</p>",
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
                                        "answer": "<p>Tắt máy. Nếu lo lắng, tự đến trụ sở công an xã, phường nơi bạn "
                                        "ở để hỏi. Không chuyển tiền, không cài ứng dụng theo hướng dẫn.</p>",
                                    },
                                    {
                                        "question": "Có người gọi bảo con tôi bị tai nạn, cần tiền mổ gấp.",
                                        "answer": "<p>Gọi ngay cho con, cho giáo viên chủ nhiệm hoặc bệnh viện qua số "
                                        "bạn tự tìm. Bệnh viện luôn cấp cứu trước, không đòi chuyển khoản qua điện "
                                        "thoại.</p>",
                                    },
                                    {
                                        "question": "Hộ kinh doanh nhận cuộc gọi “cán bộ thuế” yêu cầu cài ứng dụng "
                                        "để quyết toán. Có đúng không?",
                                        "answer": "<p>Không. Ứng dụng thuế chính thức là <b>eTax Mobile</b>, chỉ tải "
                                        "từ CH Play hoặc App Store. Hãy gọi lại cơ quan thuế quản lý trực tiếp để xác "
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
                                "chấm, dấu gạch.",
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
                                        "text": "<p>Trên điện thoại, <b>nhấn giữ</b> đường link (không bấm) để xem "
                                        "địa chỉ đầy đủ. Đọc phần tên miền ngay trước dấu “/” đầu tiên.</p>",
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
                                        "screenshot_alt": "Trang cảnh báo không gian mạng với ô nhập địa chỉ trang "
                                        "web cần kiểm tra",
                                    },
                                ],
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Không cài tệp .apk, không cấp quyền trợ năng",
                                "text": "<p>Nếu điện thoại Android hỏi “Cho phép cài ứng dụng không rõ nguồn gốc” "
                                "hoặc xin quyền <b>Trợ năng</b> cho một ứng dụng vừa cài, hãy <b>từ chối</b> và gỡ "
                                "ứng dụng đó.</p>",
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
                            "nhập trên máy khác. Hãy đọc kỹ nội dung tin nhắn OTP: nếu nó ghi “chuyển tiền”, “đăng "
                            "nhập thiết bị mới” mà bạn không làm, tức là có người đang cố chiếm tài khoản.</p><h3>Mật "
                            "khẩu tốt</h3><ul><li>Dài ít nhất 10 ký tự, có thể là một câu dễ nhớ: "
                            "<i>NhaToiOCuaLo2025!</i></li><li>Mỗi tài khoản quan trọng (ngân hàng, thư điện tử, Zalo) "
                            "một mật khẩu riêng.</li><li>Không dùng ngày sinh, số điện thoại, “123456”.</li></ul>",
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
                                        "riêng tư</b> → <b>Cài đặt</b> → <b>Trung tâm tài khoản</b>.</p>",
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
                                        "SMS</b>, làm theo hướng dẫn và nhập mã để hoàn tất.</p>",
                                        "screenshot": "img:facebook-2fa",
                                        "screenshot_alt": "Hai lựa chọn phương thức xác thực: ứng dụng xác thực và "
                                        "tin nhắn SMS",
                                    },
                                    {
                                        "title": "Lưu mã khôi phục",
                                        "text": "<p>Ghi các <b>mã khôi phục</b> ra giấy, cất nơi an toàn để dùng khi "
                                        "mất điện thoại.</p>",
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
                                "hàng, nhà mạng, công an hay người thân. Không chụp màn hình tin nhắn OTP gửi cho "
                                "người khác.</p>",
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
                            "<ul><li><b>Việc nhẹ lương cao, làm nhiệm vụ</b>: thả tim, đánh giá sản phẩm, được trả "
                            "vài chục nghìn; sau đó phải “nạp tiền làm nhiệm vụ lớn” và không rút ra "
                            "được.</li><li><b>Đầu tư sinh lời khủng</b>: tiền ảo, chứng khoán quốc tế, “lãi 5% mỗi "
                            "ngày”, có nhóm Zalo với nhiều người “khoe lãi” (thực chất là tài khoản "
                            "ảo).</li><li><b>Mua hàng giá rẻ bất thường</b>: yêu cầu chuyển khoản đặt cọc trước, sau "
                            "đó chặn liên lạc.</li><li><b>Tuyển đi làm việc ở nước ngoài</b>: hứa đi nhanh, không cần "
                            "tiếng, thu phí cao; có người bị đưa sang nước khác làm việc cho đường dây lừa "
                            "đảo.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Đi làm việc ở nước ngoài theo hợp đồng",
                                "text": "<p>Chỉ làm việc với doanh nghiệp có giấy phép dịch vụ đưa người lao động đi "
                                "làm việc ở nước ngoài. Hỏi Sở Nội vụ hoặc UBND xã, phường để được hướng dẫn về doanh "
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
                                        "sau đó bị yêu cầu nạp số tiền lớn hơn. Không có khoản đầu tư hợp pháp nào "
                                        "cam kết lãi cao cố định mỗi ngày.</p>",
                                    },
                                    {
                                        "question": "Người bán trên Facebook yêu cầu chuyển cọc 50% rồi mới gửi hàng.",
                                        "answer": "<p>Ưu tiên mua trên sàn thương mại điện tử có bảo vệ người mua "
                                        "hoặc nhận hàng rồi mới trả tiền (COD). Tra số tài khoản, số điện thoại người "
                                        "bán trên mạng xem có bị tố cáo chưa.</p>",
                                    },
                                ],
                            },
                        ),
                        (
                            "image",
                            {
                                "image": "img:tin-nhan-viec-lam-gia",
                                "alt_text": "Tin nhắn Zalo mời làm cộng tác viên thả tim sản phẩm, hứa trả 300.000 "
                                "đồng mỗi ngày",
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
                                        "tiền; ghi lại số điện thoại, số tài khoản, tên tài khoản mạng xã hội của đối "
                                        "tượng.</p>",
                                        "screenshot": "img:luu-bang-chung",
                                        "screenshot_alt": "Ảnh chụp màn hình lịch sử giao dịch và đoạn chat được lưu "
                                        "trong thư viện ảnh",
                                    },
                                    {
                                        "title": "Trình báo công an",
                                        "text": "<p>Đến <b>công an xã, phường</b> gần nhất, gọi <b>113</b>, hoặc gửi "
                                        "tin báo qua chức năng <b>Tố giác tội phạm</b> trên ứng dụng VNeID.</p>",
                                        "screenshot": "img:vneid-to-giac",
                                        "screenshot_alt": "Màn hình VNeID với chức năng Tố giác tội phạm",
                                    },
                                    {
                                        "title": "Báo cáo để cảnh báo người khác",
                                        "text": "<p>Gửi phản ánh trang web, số tài khoản lừa đảo tại "
                                        "<b>canhbao.khonggianmang.vn</b>; báo cho người thân, bạn bè nếu tài khoản "
                                        "mạng xã hội của bạn bị chiếm.</p>",
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
        },
    ],
}

QUIZ = {
    "slug": "kiem-tra-cuoi-khoa",
    "title": "Bài kiểm tra cuối khóa: Nhận diện lừa đảo trực tuyến",
    "intro": "Đặt mình vào từng tình huống và chọn cách xử lý an toàn trước cuộc gọi, tin nhắn, đường link và ứng "
    "dụng đáng ngờ.",
    "minutes": 15,
    "pass_mark": 80,
    "max_attempts": 0,
    "shuffle_questions": True,
    "shuffle_options": True,
    "questions": [
        (
            "single_choice",
            {
                "question": "Một người gọi điện xưng là công an, nói bạn liên quan đến một vụ án ma túy, yêu cầu "
                "chuyển tiền vào “tài khoản tạm giữ” để xác minh và dặn không được nói với ai. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Tắt máy; nếu lo lắng, tự đến trụ sở công an xã, phường nơi mình ở để hỏi",
                        "correct": True,
                        "explanation": "Đúng. Công an làm việc bằng giấy mời, không làm việc qua điện thoại và không "
                        "bao giờ yêu cầu chuyển tiền.",
                    },
                    {
                        "text": "Chuyển tiền để chứng minh mình trong sạch, sau đó sẽ được trả lại",
                        "correct": False,
                        "explanation": "Sai. Không có “tài khoản tạm giữ” nào; tiền chuyển đi sẽ mất.",
                    },
                    {
                        "text": "Cài ứng dụng theo đường link người gọi gửi để “làm việc trực tuyến”",
                        "correct": False,
                        "explanation": "Sai. Ứng dụng giả có thể điều khiển điện thoại và đọc tin nhắn OTP của bạn.",
                    },
                    {
                        "text": "Giữ bí mật với gia đình như người gọi dặn, để không ảnh hưởng việc điều tra",
                        "correct": False,
                        "explanation": "Sai. Đòi giữ bí mật là dấu hiệu lừa đảo. Hãy kể ngay với người nhà.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Những dấu hiệu nào cho thấy một cuộc gọi có thể là lừa đảo?",
                "options": [
                    {
                        "text": "Tạo áp lực thời gian: “phải làm ngay hôm nay, nếu không sẽ bị khóa, bị bắt”",
                        "correct": True,
                        "explanation": "Đúng. Kẻ gian muốn bạn hoảng sợ để không kịp suy nghĩ, hỏi ai.",
                    },
                    {
                        "text": "Hỏi mã OTP, mật khẩu, passcode VNeID hoặc ảnh chụp thẻ căn cước hai mặt",
                        "correct": True,
                        "explanation": "Đúng. Không cơ quan, ngân hàng nào hỏi những thông tin này qua điện thoại.",
                    },
                    {
                        "text": "Hướng dẫn cài ứng dụng từ đường link hoặc đề nghị chuyển sang gọi video qua Zalo",
                        "correct": True,
                        "explanation": "Đúng. Cơ quan thuế, điện lực, ngân hàng không hướng dẫn cài ứng dụng qua điện "
                        "thoại.",
                    },
                    {
                        "text": "Người gọi biết đúng họ tên, địa chỉ của bạn",
                        "correct": False,
                        "explanation": "Chưa đúng. Đây không phải là bằng chứng cuộc gọi thật: kẻ gian thường biết "
                        "sẵn họ tên, địa chỉ để tạo lòng tin.",
                    },
                    {
                        "text": "Cơ quan công an gửi giấy mời, đề nghị bạn đến trụ sở làm việc",
                        "correct": False,
                        "explanation": "Chưa đúng. Đây là cách làm việc chính thức của công an. Nếu còn nghi ngờ, hãy "
                        "tự tìm số điện thoại của trụ sở để hỏi lại.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Địa chỉ nào dưới đây là trang thật của Cổng Dịch vụ công quốc gia?",
                "options": [
                    {
                        "text": "dichvucong.gov.vn",
                        "correct": True,
                        "explanation": "Đúng. Trang của cơ quan nhà nước Việt Nam kết thúc bằng “.gov.vn”, viết đúng "
                        "từng dấu chấm.",
                    },
                    {
                        "text": "dichvucong-gov.vn",
                        "correct": False,
                        "explanation": "Sai. Dấu gạch ngang thay cho dấu chấm tạo ra một tên miền khác hoàn toàn, "
                        "thường dùng để giả mạo.",
                    },
                    {
                        "text": "dichvucong.gov.vn.capnhat-hoso.com",
                        "correct": False,
                        "explanation": "Sai. Hãy đọc phần tên miền ngay trước dấu “/” đầu tiên: ở đây là "
                        "“capnhat-hoso.com”, không phải trang nhà nước.",
                    },
                    {
                        "text": "bit.ly/dichvucong-capnhat",
                        "correct": False,
                        "explanation": "Sai. Đường link rút gọn che giấu địa chỉ thật. Hãy tự gõ địa chỉ chính thức.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Khi một ứng dụng vừa cài xin quyền “Trợ năng” trên điện thoại Android, bạn nên cho phép "
                "để ứng dụng chạy đầy đủ chức năng.",
                "answer": "false",
                "explanation": "Sai. Ứng dụng giả xin quyền Trợ năng để điều khiển điện thoại từ xa và đọc tin nhắn "
                "OTP. Hãy từ chối và gỡ ứng dụng đó.",
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Kẻ gian hay chiếm tài khoản Facebook, Zalo để nhắn vay tiền bạn bè của bạn. Những cách "
                "nào giúp bảo vệ tài khoản?",
                "options": [
                    {
                        "text": "Bật xác thực hai yếu tố",
                        "correct": True,
                        "explanation": "Đúng. Kẻ gian biết mật khẩu cũng không đăng nhập được nếu thiếu mã từ điện "
                        "thoại của bạn.",
                    },
                    {
                        "text": "Mỗi tài khoản quan trọng một mật khẩu riêng, dài ít nhất 10 ký tự",
                        "correct": True,
                        "explanation": "Đúng. Lộ một mật khẩu sẽ không kéo theo các tài khoản khác.",
                    },
                    {
                        "text": "Ghi mã khôi phục ra giấy, cất ở nơi an toàn",
                        "correct": True,
                        "explanation": "Đúng. Mã khôi phục giúp bạn lấy lại tài khoản khi mất điện thoại.",
                    },
                    {
                        "text": "Dùng ngày sinh làm mật khẩu cho dễ nhớ",
                        "correct": False,
                        "explanation": "Sai. Ngày sinh, số điện thoại, “123456” là những mật khẩu dễ bị đoán nhất.",
                    },
                    {
                        "text": "Chụp màn hình tin nhắn OTP gửi cho người thân giữ hộ",
                        "correct": False,
                        "explanation": "Sai. Không chụp, không gửi mã OTP cho bất kỳ ai, kể cả người thân.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Bạn nhận cuộc gọi video qua Zalo từ “con trai” đang đi làm xa. Hình mờ, người gọi nói "
                "mạng yếu, cần vay 20 triệu đồng gấp. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Tắt máy, gọi lại số quen của con hoặc hỏi điều chỉ người nhà mới biết",
                        "correct": True,
                        "explanation": "Đúng. Kẻ gian có thể dùng trí tuệ nhân tạo ghép mặt, giả giọng (deepfake). "
                        "Gọi lại số quen là cách kiểm tra chắc chắn nhất.",
                    },
                    {
                        "text": "Chuyển ngay, vì đã nhìn thấy mặt và nghe đúng giọng con qua cuộc gọi video",
                        "correct": False,
                        "explanation": "Sai. Hình ảnh và giọng nói đều có thể bị làm giả; cuộc gọi ngắn, hình mờ là "
                        "dấu hiệu đáng ngờ.",
                    },
                    {
                        "text": "Chuyển trước một nửa số tiền, phần còn lại gửi khi con gọi lại bằng số quen",
                        "correct": False,
                        "explanation": "Sai. Chưa xác minh được người gọi thì không chuyển bất kỳ khoản nào.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Bạn lỡ chuyển tiền cho kẻ lừa đảo. Những việc nào nên làm ngay?",
                "options": [
                    {
                        "text": "Gọi tổng đài in sau thẻ ngân hàng để khóa tài khoản, đề nghị tra soát, phong tỏa "
                        "giao dịch",
                        "correct": True,
                        "explanation": "Đúng. Báo ngân hàng càng sớm, cơ hội phong tỏa được tiền càng cao.",
                    },
                    {
                        "text": "Chụp màn hình tin nhắn, giao dịch; ghi lại số điện thoại, số tài khoản nhận tiền",
                        "correct": True,
                        "explanation": "Đúng. Đây là bằng chứng cần cho ngân hàng và công an.",
                    },
                    {
                        "text": "Trình báo công an xã, phường, gọi 113 hoặc dùng chức năng Tố giác tội phạm trên VNeID",
                        "correct": True,
                        "explanation": "Đúng. Trình báo sớm giúp cơ quan chức năng xử lý và cảnh báo người khác.",
                    },
                    {
                        "text": "Trả phí cho “hacker” hoặc “luật sư” hứa lấy lại toàn bộ tiền",
                        "correct": False,
                        "explanation": "Sai. Đó thường là cùng một đường dây, lừa bạn lần thứ hai. Chỉ làm việc trực "
                        "tiếp tại trụ sở công an.",
                    },
                    {
                        "text": "Chuyển thêm tiền khi kẻ gian hứa “hoàn tiền” nếu nộp thêm phí",
                        "correct": False,
                        "explanation": "Sai. Dừng liên lạc, không chuyển thêm bất kỳ khoản tiền nào.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Bạn được mời vào nhóm đầu tư có nhiều người khoe lãi 5% mỗi ngày. Nên thử số tiền nhỏ "
                "trước: nếu rút được lãi thì nhóm đó đáng tin.",
                "answer": "false",
                "explanation": "Sai. Lần đầu bạn thường được rút lãi thật để tạo lòng tin, sau đó bị yêu cầu nạp số "
                "tiền lớn hơn. Không khoản đầu tư hợp pháp nào cam kết lãi cao cố định mỗi ngày.",
            },
        ),
    ],
}
