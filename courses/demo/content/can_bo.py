"""A demo course and its final quiz (pure data for ``courses.demo``):

Kỹ năng số cho cán bộ, công chức: văn bản điện tử, chữ ký số, bảo mật dữ liệu
"""

COURSE = {
    "slug": "ky-nang-so-can-bo-cong-chuc",
    "title": "Kỹ năng số cho cán bộ, công chức: văn bản điện tử, chữ ký số, bảo mật dữ liệu",
    "summary": "Xử lý văn bản và hồ sơ thủ tục hành chính hoàn toàn trên môi trường điện tử, ký số đúng thể thức và "
    "bảo vệ dữ liệu của người dân, của cơ quan.",
    "audiences": [
        "official",
    ],
    "topic": "ky-nang-so-cho-can-bo",
    "level": "intermediate",
    "estimated_minutes": 75,
    "outcomes": [
        "Soạn, trình ký, phát hành văn bản điện tử đúng thể thức theo Nghị định 30/2020/NĐ-CP",
        "Ký số và kiểm tra chữ ký số trên văn bản bằng chứng thư số chuyên dùng công vụ",
        "Tiếp nhận, xử lý hồ sơ trực tuyến và tái sử dụng dữ liệu, không yêu cầu người dân nộp lại giấy tờ",
        "Bảo vệ dữ liệu cá nhân, bí mật nhà nước; dùng trí tuệ nhân tạo và họp trực tuyến an toàn",
    ],
    "competences": [
        "1.3",
        "2.4",
        "4.2",
        "5.2",
        "VN3",
        "VN4",
        "VN5",
    ],
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
                            "lý như bản gốc văn bản giấy. Văn bản điện tử được trình bày ở định dạng <b>PDF</b>, "
                            "phông chữ tiếng Việt Unicode, và được ký bằng <b>hai chữ ký số</b>:</p><ul><li><b>Chữ ký "
                            "số của người có thẩm quyền</b>: đặt tại vị trí ký như văn bản giấy; hình ảnh chữ ký màu "
                            "xanh, tệp .png nền trong suốt.</li><li><b>Chữ ký số của cơ quan, tổ chức</b> (do văn thư "
                            "ký): hình ảnh dấu màu đỏ, đúng kích thước thật, trùm lên khoảng 1/3 hình ảnh chữ ký "
                            "người có thẩm quyền về bên trái; kèm tên cơ quan và thời gian ký.</li></ul>",
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
                                        "và nút Trình",
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
                                        "text": "<p>Mở tệp PDF, chọn <b>Ký số</b>, đặt hình ảnh chữ ký vào đúng vị "
                                        "trí và xác nhận bằng USB token hoặc ứng dụng ký số từ xa.</p>",
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
                                "mất giá trị văn bản điện tử gốc, vừa tốn thời gian.</p>",
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
                            "trong <b>USB token</b> hoặc là <b>chứng thư ký số từ xa</b> dùng trên điện thoại. Khi "
                            "đổi vị trí công tác, nghỉ hưu hay mất thiết bị, cơ quan phải đề nghị thu hồi hoặc thay "
                            "đổi chứng thư kịp thời.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Ký số và kiểm tra một tệp PDF",
                                "steps": [
                                    {
                                        "title": "Mở tệp bằng phần mềm ký số",
                                        "text": "<p>Mở tệp PDF bằng phần mềm ký số cơ quan được hướng dẫn (ví dụ "
                                        "vSignPDF) hoặc chức năng ký số tích hợp trong hệ thống quản lý văn bản.</p>",
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
                                        "Không lưu mã PIN trên máy tính dùng chung.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Kiểm tra chữ ký",
                                        "text": "<p>Mở tệp đã ký, xem bảng chữ ký: phải báo <b>chữ ký hợp lệ</b>, "
                                        "đúng tên người ký, thời gian ký và tài liệu <b>không bị thay đổi</b> sau khi "
                                        "ký.</p>",
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
                                        "thẩm quyền; giao token, mã PIN cho người khác là vi phạm quy định quản lý "
                                        "chữ ký số.</p>",
                                    },
                                    {
                                        "question": "Làm mất USB token thì phải làm gì?",
                                        "answer": "<p>Báo ngay cho thủ trưởng và bộ phận quản lý chữ ký số của cơ "
                                        "quan để đề nghị <b>tạm dừng, thu hồi</b> chứng thư, tránh bị lợi dụng.</p>",
                                    },
                                    {
                                        "question": "Văn bản nhận được có chữ ký số báo lỗi “không xác định”?",
                                        "answer": "<p>Thường do máy chưa cài chứng thư gốc của Ban Cơ yếu hoặc không "
                                        "có mạng để kiểm tra. Liên hệ bộ phận công nghệ thông tin trước khi kết luận "
                                        "văn bản không hợp lệ.</p>",
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
                            "hiện. Hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia được đồng bộ về <b>Hệ thống "
                            "thông tin giải quyết thủ tục hành chính tỉnh Nghệ An</b>. Cán bộ một cửa cần nắm ba "
                            "nguyên tắc:</p><ul><li><b>Khai thác dữ liệu</b> từ Cơ sở dữ liệu quốc gia về dân cư và "
                            "kho dữ liệu đã số hóa; không yêu cầu người dân nộp giấy tờ mà cơ quan nhà nước đã có, "
                            "như giấy xác nhận cư trú.</li><li><b>Yêu cầu bổ sung một lần</b>, ghi rõ giấy tờ còn "
                            "thiếu và lý do.</li><li><b>Số hóa</b> hồ sơ, kết quả giải quyết để người dân dùng lại "
                            "lần sau.</li></ul>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Xử lý một hồ sơ nộp trực tuyến",
                                "steps": [
                                    {
                                        "title": "Nhận và kiểm tra hồ sơ",
                                        "text": "<p>Mở danh sách <b>Hồ sơ chờ tiếp nhận</b>, kiểm tra thành phần hồ "
                                        "sơ, đối chiếu thông tin người nộp với dữ liệu dân cư.</p>",
                                        "screenshot": "img:mot-cua-cho-tiep-nhan",
                                        "screenshot_alt": "Danh sách hồ sơ chờ tiếp nhận với cột hạn xử lý được tô màu",
                                    },
                                    {
                                        "title": "Tiếp nhận, yêu cầu bổ sung hoặc từ chối",
                                        "text": "<p>Hồ sơ đủ: bấm <b>Tiếp nhận</b>, hệ thống gửi giấy tiếp nhận và "
                                        "hẹn trả cho người dân. Thiếu: chọn <b>Yêu cầu bổ sung</b> và ghi đầy đủ nội "
                                        "dung. Không thuộc thẩm quyền: từ chối, nêu rõ lý do.</p>",
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
                                        "điện tử và lưu vào kho dữ liệu cá nhân; trả bản giấy nếu người dân đăng "
                                        "ký.</p>",
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
                                "Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh. Hướng dẫn tận tình, trả lời đúng "
                                "hạn là cách tốt nhất để nâng chỉ số.</p>",
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
                            "cần cho công việc, chỉ dùng đúng mục đích và không để lộ ra ngoài.</p><h3>Những việc "
                            "không được làm</h3><ul><li>Chụp thẻ căn cước, hồ sơ của người dân gửi qua Zalo, Facebook "
                            "cá nhân.</li><li>Đăng danh sách có số định danh, số điện thoại, hoàn cảnh của người dân "
                            "lên mạng xã hội.</li><li>Soạn thảo, lưu trữ, gửi tài liệu <b>mật</b> trên máy tính, thư "
                            "điện tử hay ứng dụng có kết nối Internet.</li></ul><h3>Thói quen an toàn hằng "
                            "ngày</h3><ul><li>Khóa màn hình khi rời chỗ (phím <b>Windows + L</b>).</li><li>Dùng thư "
                            "điện tử công vụ cho công việc; cập nhật hệ điều hành, phần mềm diệt virus.</li><li>Báo "
                            "ngay bộ phận công nghệ thông tin khi máy có dấu hiệu lạ.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Thư điện tử giả mạo “công văn khẩn”",
                                "text": "<p>Tin tặc gửi thư giả danh lãnh đạo, cơ quan cấp trên kèm tệp nén .rar, "
                                ".zip hoặc tài liệu yêu cầu “bật nội dung” (Enable Content). Kiểm tra địa chỉ người "
                                "gửi, không mở tệp lạ; khi nghi ngờ, gọi điện xác minh qua số đã biết.</p>",
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
                                        "được lưu vào tài khoản của chính người dân. Zalo cá nhân không bảo đảm bảo "
                                        "mật và không lưu vết xử lý.</p>",
                                    },
                                    {
                                        "question": "Tôi nghi máy tính bị nhiễm mã độc, nên làm gì trước?",
                                        "answer": "<p>Rút cáp mạng hoặc tắt Wi-Fi, không tắt nguồn vội, báo ngay bộ "
                                        "phận công nghệ thông tin của cơ quan để được xử lý và báo cáo sự cố.</p>",
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
                            "khích ứng dụng công nghệ mới trong cơ quan nhà nước, nhưng người dùng phải <b>chịu trách "
                            "nhiệm</b> về nội dung cuối cùng.</p><ul><li><b>Không</b> dán tài liệu mật, dữ liệu cá "
                            "nhân, hồ sơ của người dân vào công cụ AI công cộng.</li><li><b>Kiểm tra</b> mọi số liệu, "
                            "căn cứ pháp lý: AI có thể “bịa” số hiệu văn bản.</li><li>Ưu tiên công cụ do cơ quan, "
                            "tỉnh cung cấp hoặc cho phép.</li></ul>",
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Họp trực tuyến an toàn trong cơ quan nhà nước",
                                "external_url": "https://www.nghean.gov.vn",
                                "transcript": "<p>Họp trực tuyến giúp các xã miền núi phía tây Nghệ An tham dự cuộc "
                                "họp của tỉnh mà không mất cả ngày đi đường. Để cuộc họp an toàn, hãy nhớ bốn "
                                "điều.</p><p>Một: dùng hệ thống hội nghị truyền hình hoặc phần mềm họp do cơ quan "
                                "cung cấp. Hai: không chia sẻ đường link và mật khẩu phòng họp lên nhóm Zalo đông "
                                "người. Ba: người chủ trì kiểm tra danh sách người tham dự, bật phòng chờ và không "
                                "cho người lạ vào. Bốn: nội dung mật không họp qua phần mềm công cộng.</p><p>Sau cuộc "
                                "họp, lưu biên bản vào hồ sơ công việc trên hệ thống, không gửi qua ứng dụng nhắn tin "
                                "cá nhân.</p>",
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

QUIZ = {
    "slug": "kiem-tra-cuoi-khoa",
    "title": "Bài kiểm tra cuối khóa: Kỹ năng số cho cán bộ, công chức",
    "intro": "Kiểm tra kiến thức về văn bản điện tử, chữ ký số chuyên dùng, xử lý hồ sơ một cửa và bảo vệ dữ liệu qua "
    "các tình huống công vụ hằng ngày.",
    "minutes": 20,
    "pass_mark": 80,
    "max_attempts": 3,
    "shuffle_questions": True,
    "shuffle_options": True,
    "questions": [
        (
            "single_choice",
            {
                "question": "Theo Nghị định 30/2020/NĐ-CP, một văn bản điện tử do UBND xã phát hành cần được ký bằng "
                "những chữ ký số nào?",
                "options": [
                    {
                        "text": "Chữ ký số của người có thẩm quyền và chữ ký số của cơ quan",
                        "correct": True,
                        "explanation": "Đúng. Người có thẩm quyền ký tại vị trí ký (hình ảnh chữ ký màu xanh); văn "
                        "thư ký số của cơ quan (hình ảnh dấu màu đỏ) rồi phát hành.",
                    },
                    {
                        "text": "Chữ ký số của chuyên viên soạn thảo và của lãnh đạo phòng đã duyệt",
                        "correct": False,
                        "explanation": "Chưa đúng. Chuyên viên và lãnh đạo phòng soạn, góp ý dự thảo trên hệ thống; "
                        "văn bản được ký bởi người có thẩm quyền và văn thư ký số của cơ quan.",
                    },
                    {
                        "text": "Chỉ chữ ký số của cơ quan, vì văn thư đã gắn hình ảnh con dấu",
                        "correct": False,
                        "explanation": "Chưa đúng. Văn bản cần cả chữ ký số của người có thẩm quyền.",
                    },
                    {
                        "text": "In ra, ký tay, đóng dấu đỏ rồi quét thành tệp PDF để gửi đi",
                        "correct": False,
                        "explanation": "Sai. Làm vậy vừa mất giá trị văn bản điện tử gốc, vừa tốn thời gian.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Phó chủ tịch UBND xã sắp đi công tác, định giao USB token kèm mã PIN cho văn thư để ký "
                "hộ các văn bản gấp. Cách làm đúng là gì?",
                "options": [
                    {
                        "text": "Không giao; lãnh đạo tự ký, có thể dùng ký số từ xa trên điện thoại",
                        "correct": True,
                        "explanation": "Đúng. Chữ ký số cá nhân gắn với trách nhiệm của người có thẩm quyền; giao "
                        "token, mã PIN cho người khác là vi phạm quy định quản lý chữ ký số.",
                    },
                    {
                        "text": "Giao cho văn thư, vì văn thư vẫn quen ký số cho cơ quan hằng ngày",
                        "correct": False,
                        "explanation": "Sai. Chữ ký số của cơ quan và chữ ký số cá nhân của lãnh đạo là hai chứng thư "
                        "khác nhau.",
                    },
                    {
                        "text": "Giao cho văn thư nếu lãnh đạo đã đồng ý bằng tin nhắn Zalo có lưu lại",
                        "correct": False,
                        "explanation": "Sai. Đồng ý qua tin nhắn không làm việc giao token, mã PIN trở nên hợp lệ.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Bạn mở một tệp PDF đã ký số. Trong bảng chữ ký, bạn cần kiểm tra những gì? (Chọn tất cả "
                "đáp án đúng)",
                "options": [
                    {
                        "text": "Phần mềm báo chữ ký hợp lệ",
                        "correct": True,
                        "explanation": "Đúng. Đây là điều kiện đầu tiên để tin tưởng văn bản.",
                    },
                    {
                        "text": "Đúng tên người ký và thời gian ký",
                        "correct": True,
                        "explanation": "Đúng. Chữ ký phải của đúng người có thẩm quyền, ký vào thời điểm hợp lý.",
                    },
                    {
                        "text": "Tài liệu không bị thay đổi sau khi ký",
                        "correct": True,
                        "explanation": "Đúng. Nếu tài liệu bị sửa sau khi ký, chữ ký không còn bảo đảm nội dung.",
                    },
                    {
                        "text": "Hình ảnh chữ ký trông giống chữ ký tay của lãnh đạo",
                        "correct": False,
                        "explanation": "Chưa đúng. Hình ảnh có thể bị sao chép; giá trị nằm ở chữ ký số được phần mềm "
                        "kiểm tra.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Một người dân nộp trực tuyến hồ sơ còn thiếu một giấy tờ. Là cán bộ một cửa, bạn xử lý "
                "thế nào?",
                "options": [
                    {
                        "text": "Chọn Yêu cầu bổ sung, ghi đầy đủ một lần các giấy tờ còn thiếu và lý do",
                        "correct": True,
                        "explanation": "Đúng. Yêu cầu bổ sung một lần, rõ ràng giúp người dân không phải đi lại, hồ "
                        "sơ không bị trễ hạn.",
                    },
                    {
                        "text": "Yêu cầu bổ sung lần lượt từng giấy tờ, hết giấy này mới báo giấy tiếp theo",
                        "correct": False,
                        "explanation": "Chưa đúng. Nguyên tắc là yêu cầu bổ sung một lần, ghi rõ tất cả những gì còn "
                        "thiếu.",
                    },
                    {
                        "text": "Yêu cầu người dân nộp thêm giấy xác nhận cư trú cho chắc chắn",
                        "correct": False,
                        "explanation": "Chưa đúng. Thông tin cư trú đã có trong Cơ sở dữ liệu quốc gia về dân cư; "
                        "không yêu cầu nộp giấy tờ mà cơ quan nhà nước đã có.",
                    },
                    {
                        "text": "Từ chối hồ sơ mà không cần nêu lý do",
                        "correct": False,
                        "explanation": "Sai. Hồ sơ thiếu thì yêu cầu bổ sung; chỉ từ chối khi không thuộc thẩm quyền "
                        "và phải nêu rõ lý do.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Bạn được giao tổng hợp danh sách hộ nghèo có số định danh, số điện thoại và hoàn cảnh "
                "của từng hộ. Những cách làm nào là đúng?",
                "options": [
                    {
                        "text": "Chỉ dùng dữ liệu đúng mục đích công việc được giao",
                        "correct": True,
                        "explanation": "Đúng. Luật Bảo vệ dữ liệu cá nhân yêu cầu chỉ thu thập, sử dụng dữ liệu cần "
                        "cho công việc.",
                    },
                    {
                        "text": "Gửi danh sách qua thư điện tử công vụ",
                        "correct": True,
                        "explanation": "Đúng. Thư điện tử công vụ an toàn hơn và lưu vết xử lý.",
                    },
                    {
                        "text": "Khóa màn hình bằng phím Windows + L khi rời chỗ",
                        "correct": True,
                        "explanation": "Đúng. Người khác không xem được dữ liệu khi bạn vắng mặt.",
                    },
                    {
                        "text": "Chụp danh sách gửi lên nhóm Zalo của thôn để bà con kiểm tra",
                        "correct": False,
                        "explanation": "Sai. Đăng số định danh, số điện thoại, hoàn cảnh của người dân lên mạng xã "
                        "hội là làm lộ dữ liệu cá nhân.",
                    },
                    {
                        "text": "Dán danh sách vào công cụ trí tuệ nhân tạo công cộng để tóm tắt cho nhanh",
                        "correct": False,
                        "explanation": "Sai. Không dán dữ liệu cá nhân, hồ sơ của người dân vào công cụ AI công cộng.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Bạn nhận thư điện tử tiêu đề “Công văn khẩn”, ghi tên lãnh đạo cấp trên, kèm tệp nén "
                ".rar và yêu cầu mở ngay. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Chưa mở tệp; kiểm tra địa chỉ người gửi và gọi xác minh qua số đã biết",
                        "correct": True,
                        "explanation": "Đúng. Tin tặc hay giả danh lãnh đạo, cơ quan cấp trên để phát tán mã độc qua "
                        "tệp đính kèm.",
                    },
                    {
                        "text": "Mở ngay, vì là công văn khẩn của cấp trên và phải xử lý trong ngày",
                        "correct": False,
                        "explanation": "Sai. Sự “khẩn cấp” chính là chiêu để bạn mở tệp mà không kiểm tra.",
                    },
                    {
                        "text": "Mở tệp, nếu không đọc được thì bấm “Enable Content” (Bật nội dung)",
                        "correct": False,
                        "explanation": "Sai. Yêu cầu bật nội dung là dấu hiệu điển hình của tài liệu chứa mã độc.",
                    },
                    {
                        "text": "Chuyển tiếp cho đồng nghiệp nhờ mở hộ trên máy của họ",
                        "correct": False,
                        "explanation": "Sai. Làm vậy chỉ chuyển nguy cơ nhiễm mã độc sang máy của đồng nghiệp.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Khi dùng công cụ trí tuệ nhân tạo để soạn báo cáo, cán bộ vẫn phải tự kiểm tra mọi số "
                "liệu và căn cứ pháp lý trong nội dung AI gợi ý.",
                "answer": "true",
                "explanation": "Đúng. AI có thể “bịa” số hiệu văn bản, số liệu. Người dùng chịu trách nhiệm về nội "
                "dung cuối cùng.",
            },
        ),
        (
            "true_false",
            {
                "statement": "Để mọi người dễ tham dự, nên đăng đường link và mật khẩu phòng họp trực tuyến lên nhóm "
                "Zalo đông người.",
                "answer": "false",
                "explanation": "Sai. Không chia sẻ đường link, mật khẩu phòng họp lên nhóm đông người. Người chủ trì "
                "kiểm tra danh sách người tham dự, bật phòng chờ và không cho người lạ vào.",
            },
        ),
    ],
}
