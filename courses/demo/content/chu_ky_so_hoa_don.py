"""A demo course and its final quiz (pure data for ``courses.demo``):

Chữ ký số và hóa đơn điện tử cho doanh nghiệp, hộ kinh doanh
"""

COURSE = {
    "slug": "chu-ky-so-hoa-don-dien-tu-doanh-nghiep",
    "title": "Chữ ký số và hóa đơn điện tử cho doanh nghiệp, hộ kinh doanh",
    "summary": "Hiểu và dùng chữ ký số, lập hóa đơn điện tử đúng quy định, khai và nộp thuế trực tuyến – dành cho "
    "doanh nghiệp nhỏ, hộ kinh doanh và hợp tác xã.",
    "audiences": [
        "business",
    ],
    "topic": "chu-ky-so-hoa-don-dien-tu",
    "level": "intermediate",
    "estimated_minutes": 70,
    "outcomes": [
        "Giải thích chữ ký số là gì, giá trị pháp lý và các hình thức token, ký số từ xa",
        "Chọn nhà cung cấp, đăng ký và dùng chữ ký số an toàn",
        "Đăng ký sử dụng, lập, ký và gửi hóa đơn điện tử; xử lý hóa đơn sai sót",
        "Tra cứu hóa đơn, khai và nộp thuế qua thuedientu.gdt.gov.vn và eTax Mobile",
    ],
    "competences": [
        "VN6",
        "VN7",
        "2.6",
        "1.3",
        "4.2",
    ],
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
                            "pháp lý như văn bản giấy có chữ ký và đóng dấu.</p><h3>Doanh nghiệp, hộ kinh doanh dùng "
                            "chữ ký số để</h3><ul><li>Ký hóa đơn điện tử; khai, nộp thuế điện tử.</li><li>Khai bảo "
                            "hiểm xã hội, hải quan điện tử.</li><li>Nộp hồ sơ đăng ký kinh doanh, dịch vụ công trực "
                            "tuyến.</li><li>Ký hợp đồng, biên bản với khách hàng, đối tác mà không cần gặp "
                            "mặt.</li></ul>",
                        ),
                        (
                            "heading",
                            {
                                "text": "Ba hình thức thường gặp",
                                "level": "h2",
                            },
                        ),
                        (
                            "paragraph",
                            "<ul><li><b>USB token</b>: thiết bị cắm vào máy tính, ký bằng mã PIN. Quen thuộc, nhưng "
                            "phải mang theo thiết bị.</li><li><b>Ký số từ xa</b>: khóa bí mật lưu tại hệ thống của "
                            "nhà cung cấp, bạn xác nhận ký bằng ứng dụng trên điện thoại. Ký được mọi lúc, mọi "
                            "nơi.</li><li><b>SIM ký số</b>: khóa nằm trong SIM điện thoại do nhà mạng cung "
                            "cấp.</li></ul>",
                        ),
                        (
                            "image",
                            {
                                "image": "img:chu-ky-so-hinh-thuc",
                                "alt_text": "Ba hình minh họa: USB token cắm vào máy tính, điện thoại có ứng dụng ký "
                                "số từ xa và SIM ký số",
                                "caption": "USB token, ký số từ xa và SIM ký số.",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Chữ ký số giống con dấu của bạn",
                                "text": "<p>Không cho người khác mượn token, không nói mã PIN, không để dịch vụ kế "
                                "toán tự giữ mật khẩu ký số từ xa mà không có thỏa thuận bằng văn bản. Mọi thứ được "
                                "ký bằng chữ ký số của bạn đều ràng buộc trách nhiệm của bạn.</p>",
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
                                        "nhà cung cấp cho phép xác minh danh tính trực tuyến qua VNeID.</p>",
                                        "screenshot": None,
                                        "screenshot_alt": "",
                                    },
                                    {
                                        "title": "Kích hoạt chứng thư",
                                        "text": "<p>Với token: cài phần mềm quản lý token, đổi mã PIN mặc định. Với "
                                        "ký số từ xa: cài ứng dụng của nhà cung cấp, đặt mã PIN và bật xác thực khuôn "
                                        "mặt hoặc vân tay.</p>",
                                        "screenshot": "img:token-doi-pin",
                                        "screenshot_alt": "Phần mềm quản lý token với hộp thoại đổi mã PIN",
                                    },
                                    {
                                        "title": "Đăng ký chữ ký số với cơ quan thuế",
                                        "text": "<p>Đăng nhập <b>thuedientu.gdt.gov.vn</b>, vào mục đăng ký, thay đổi "
                                        "thông tin dịch vụ (chứng thư số) để khai báo chứng thư mới trước khi khai "
                                        "thuế, lập hóa đơn.</p>",
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
                                        "thuế qua eTax Mobile có thể dùng tài khoản VNeID để đăng nhập.</p>",
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
                            "đổi, bổ sung bởi Nghị định 70/2025/NĐ-CP (hiệu lực từ 1/6/2025). Có hai loại "
                            "chính:</p><ul><li><b>Hóa đơn có mã của cơ quan thuế</b>: gửi lên cơ quan thuế cấp mã "
                            "trước khi gửi cho người mua. Hộ kinh doanh, doanh nghiệp nhỏ thường dùng loại "
                            "này.</li><li><b>Hóa đơn không có mã</b>: dành cho doanh nghiệp đủ điều kiện theo quy "
                            "định, gửi dữ liệu cho cơ quan thuế sau.</li></ul><p>Doanh nghiệp nộp thuế giá trị gia "
                            "tăng theo phương pháp khấu trừ dùng <b>hóa đơn giá trị gia tăng</b>; hộ kinh doanh và "
                            "doanh nghiệp theo phương pháp trực tiếp dùng <b>hóa đơn bán hàng</b>.</p><h3>Hóa đơn hợp "
                            "lệ cần có</h3><ul><li>Tên, địa chỉ, mã số thuế người bán; thông tin người mua (mã số "
                            "thuế hoặc số định danh cá nhân nếu người mua yêu cầu).</li><li>Tên hàng hóa, dịch vụ, số "
                            "lượng, đơn giá, thuế suất, tổng tiền.</li><li>Chữ ký số của người bán, thời điểm lập và "
                            "mã của cơ quan thuế (với hóa đơn có mã).</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "note",
                                "title": "Hóa đơn khởi tạo từ máy tính tiền",
                                "text": "<p>Hộ, cá nhân kinh doanh nộp thuế theo phương pháp kê khai, có doanh thu từ "
                                "1 tỷ đồng/năm trở lên và bán lẻ, ăn uống, dịch vụ trực tiếp cho người tiêu dùng phải "
                                "dùng <b>hóa đơn điện tử khởi tạo từ máy tính tiền</b> có kết nối dữ liệu với cơ quan "
                                "thuế. Hãy hỏi cơ quan thuế quản lý để biết mình thuộc diện nào.</p>",
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
                                "người mua, hàng hóa, chữ ký số, mã cơ quan thuế.",
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
                                "hoặc <b>hóa đơn thay thế</b> theo hướng dẫn trong phần mềm; nếu sai chỉ ở tên, địa "
                                "chỉ người mua mà đúng mã số thuế, thông báo với người mua theo quy định. Lưu lại "
                                "trao đổi với người mua về sai sót.</p>",
                            },
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Lập hóa đơn điện tử đầu tiên cho hộ kinh doanh",
                                "external_url": "https://www.gdt.gov.vn",
                                "transcript": "<p>Chào các anh chị chủ hộ kinh doanh. Sau khi cơ quan thuế chấp nhận "
                                "tờ khai đăng ký sử dụng hóa đơn điện tử, anh chị đăng nhập phần mềm hóa đơn và chọn "
                                "Lập hóa đơn. Ví dụ hôm nay bán 20 thùng nước cam cho một quán cà phê ở phường Trường "
                                "Vinh.</p><p>Nhập mã số thuế của quán, phần mềm tự điền tên và địa chỉ. Thêm dòng "
                                "hàng: nước cam, đơn vị thùng, số lượng 20, đơn giá. Kiểm tra tổng tiền, bấm Xem "
                                "trước rồi Ký và gửi cơ quan thuế. Chỉ sau vài giây, hóa đơn được cấp mã.</p><p>Cuối "
                                "cùng gửi hóa đơn cho khách qua thư điện tử. Khách có thể tự tra cứu trên "
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
                            "<p>Doanh nghiệp khai và nộp thuế trên cổng <b>thuedientu.gdt.gov.vn</b> bằng chữ ký số. "
                            "Hộ kinh doanh, cá nhân có thể dùng ứng dụng <b>eTax Mobile</b> (tải từ CH Play, App "
                            "Store) để tra cứu nghĩa vụ thuế, nộp thuế qua ngân hàng liên kết và nhận thông "
                            "báo.</p><p>Theo lộ trình bỏ thuế khoán từ năm 2026, hộ kinh doanh chuyển dần sang <b>tự "
                            "khai, tự nộp</b> dựa trên doanh thu thực tế. Hãy ghi chép doanh thu, lưu hóa đơn đầy đủ "
                            "và theo dõi hướng dẫn của cơ quan thuế quản lý trực tiếp.</p>",
                        ),
                        (
                            "step_by_step",
                            {
                                "title": "Nộp thuế bằng eTax Mobile",
                                "steps": [
                                    {
                                        "title": "Đăng nhập",
                                        "text": "<p>Mở eTax Mobile, đăng nhập bằng mã số thuế và mật khẩu hoặc bằng "
                                        "tài khoản <b>VNeID</b>.</p>",
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
                                        "text": "<p>Nhập OTP do ngân hàng gửi. Tải <b>giấy nộp tiền</b> điện tử về "
                                        "máy để đối chiếu khi cần.</p>",
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
                                "cầu chuyển tiền vào tài khoản cá nhân. Số tiền thuế chỉ nộp vào tài khoản thu ngân "
                                "sách nhà nước qua eTax, cổng thuế hoặc quầy ngân hàng.</p>",
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

QUIZ = {
    "slug": "kiem-tra-cuoi-khoa",
    "title": "Bài kiểm tra cuối khóa: Chữ ký số và hóa đơn điện tử",
    "intro": "Các tình huống thường gặp ở doanh nghiệp nhỏ, hộ kinh doanh khi dùng chữ ký số, lập hóa đơn điện tử và "
    "nộp thuế trực tuyến.",
    "minutes": 20,
    "pass_mark": 80,
    "max_attempts": 3,
    "shuffle_questions": True,
    "shuffle_options": True,
    "questions": [
        (
            "single_choice",
            {
                "question": "Bạn là giám đốc một công ty nhỏ. Người làm dịch vụ kế toán đề nghị bạn đưa USB token kèm "
                "mã PIN “để tiện ký hóa đơn, tờ khai hộ”. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Không cho mượn token, không nói mã PIN",
                        "correct": True,
                        "explanation": "Đúng. Chữ ký số giống con dấu của bạn: ai cầm token và mã PIN là có thể ký "
                        "thay bạn, và mọi thứ đã ký đều ràng buộc trách nhiệm của công ty.",
                    },
                    {
                        "text": "Đưa luôn, vì kế toán hiểu nghiệp vụ hơn và chỉ dùng để ký hóa đơn, tờ khai",
                        "correct": False,
                        "explanation": "Chưa đúng. Người ký là công ty, nên công ty chịu trách nhiệm về mọi hóa đơn, "
                        "tờ khai đã ký.",
                    },
                    {
                        "text": "Đưa token nhưng giữ lại mã PIN, khi cần ký thì đọc mã qua điện thoại",
                        "correct": False,
                        "explanation": "Chưa đúng. Đọc mã PIN qua điện thoại vẫn là giao quyền ký cho người khác; "
                        "token cũng phải do bạn giữ.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Chủ nhiệm hợp tác xã muốn ký số trên điện thoại khi đang ở vườn, không mang theo máy "
                "tính. Những hình thức chữ ký số nào phù hợp?",
                "options": [
                    {
                        "text": "Ký số từ xa",
                        "correct": True,
                        "explanation": "Đúng. Khóa bí mật lưu ở hệ thống nhà cung cấp, bạn xác nhận ký bằng ứng dụng "
                        "trên điện thoại.",
                    },
                    {
                        "text": "SIM ký số",
                        "correct": True,
                        "explanation": "Đúng. Khóa bí mật nằm trong SIM điện thoại do nhà mạng cung cấp.",
                    },
                    {
                        "text": "USB token",
                        "correct": False,
                        "explanation": "Chưa đúng. USB token phải cắm vào máy tính để ký.",
                    },
                    {
                        "text": "Ảnh chụp chữ ký tay chèn vào tệp PDF",
                        "correct": False,
                        "explanation": "Sai. Ảnh chữ ký tay không phải chữ ký số và không có giá trị như văn bản được "
                        "ký số.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Chữ ký số đã hết hạn vẫn ký được hóa đơn và tờ khai thuế, chỉ cần gia hạn trước cuối "
                "năm.",
                "answer": "false",
                "explanation": "Sai. Chữ ký số hết hạn sẽ không ký được hóa đơn, tờ khai. Hãy đặt lời nhắc gia hạn "
                "trước ít nhất 15 ngày.",
            },
        ),
        (
            "single_choice",
            {
                "question": "Hộ kinh doanh của bạn đã có chữ ký số và đã khai báo chứng thư với cơ quan thuế. Trước "
                "khi lập hóa đơn điện tử đầu tiên, bạn còn phải làm gì?",
                "options": [
                    {
                        "text": "Gửi tờ khai đăng ký sử dụng hóa đơn điện tử và chờ cơ quan thuế chấp nhận",
                        "correct": True,
                        "explanation": "Đúng. Chỉ sau khi cơ quan thuế chấp nhận tờ khai mới được lập hóa đơn; thường "
                        "làm ngay trong phần mềm hóa đơn.",
                    },
                    {
                        "text": "Lập hóa đơn ngay cho kịp giao hàng, tờ khai đăng ký sử dụng gửi bổ sung sau",
                        "correct": False,
                        "explanation": "Chưa đúng. Hóa đơn lập khi chưa được chấp nhận đăng ký sử dụng là không đúng "
                        "quy định.",
                    },
                    {
                        "text": "In mẫu hóa đơn giấy, đóng dấu rồi quét thành PDF",
                        "correct": False,
                        "explanation": "Chưa đúng. Hóa đơn điện tử được lập và ký số trên phần mềm, không in rồi quét.",
                    },
                    {
                        "text": "Đăng ký thông báo website với Bộ Công Thương trên online.gov.vn",
                        "correct": False,
                        "explanation": "Chưa đúng. Đó là thủ tục cho website bán hàng có chức năng đặt hàng, không "
                        "liên quan đến hóa đơn.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Bạn phát hiện hóa đơn đã được cấp mã và gửi cho khách bị sai đơn giá. Bạn xử lý thế nào?",
                "options": [
                    {
                        "text": "Lập hóa đơn điều chỉnh hoặc hóa đơn thay thế theo hướng dẫn của phần mềm",
                        "correct": True,
                        "explanation": "Đúng. Sai về số tiền phải xử lý bằng hóa đơn điều chỉnh hoặc thay thế, không "
                        "xóa hay lập lại tùy ý. Nhớ lưu lại trao đổi với người mua về sai sót.",
                    },
                    {
                        "text": "Xóa hóa đơn sai trong phần mềm rồi lập hóa đơn mới đúng đơn giá cho khách",
                        "correct": False,
                        "explanation": "Sai. Hóa đơn đã được cấp mã không được xóa hay lập lại tùy ý.",
                    },
                    {
                        "text": "Sửa trực tiếp con số trên tệp PDF rồi gửi lại cho khách",
                        "correct": False,
                        "explanation": "Sai. Tệp đã ký số bị sửa sẽ không còn hợp lệ và không khớp dữ liệu cơ quan "
                        "thuế đã cấp mã.",
                    },
                    {
                        "text": "Nhắn tin báo cho khách biết đơn giá đúng, không cần làm gì thêm",
                        "correct": False,
                        "explanation": "Chưa đúng. Chỉ thông báo với người mua khi sai tên, địa chỉ người mua mà đúng "
                        "mã số thuế; sai đơn giá thì phải lập hóa đơn điều chỉnh hoặc thay thế.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Một hóa đơn điện tử có mã của cơ quan thuế hợp lệ cần có những nội dung nào? (Chọn tất "
                "cả đáp án đúng)",
                "options": [
                    {
                        "text": "Tên, địa chỉ, mã số thuế của người bán",
                        "correct": True,
                        "explanation": "Đúng. Đây là thông tin bắt buộc để xác định người bán.",
                    },
                    {
                        "text": "Tên hàng hóa, dịch vụ, số lượng, đơn giá, thuế suất, tổng tiền",
                        "correct": True,
                        "explanation": "Đúng. Nội dung giao dịch phải được ghi đầy đủ, rõ ràng.",
                    },
                    {
                        "text": "Chữ ký số của người bán và mã của cơ quan thuế",
                        "correct": True,
                        "explanation": "Đúng. Chữ ký số xác nhận người bán; mã của cơ quan thuế cho biết hóa đơn đã "
                        "được cấp mã.",
                    },
                    {
                        "text": "Con dấu đỏ đóng trên bản in",
                        "correct": False,
                        "explanation": "Chưa đúng. Hóa đơn điện tử không cần in hay đóng dấu; chữ ký số thay cho con "
                        "dấu.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Hộ kinh doanh của bạn cần nộp thuế. Những cách nào là đúng?",
                "options": [
                    {
                        "text": "Nộp qua ứng dụng eTax Mobile tải từ CH Play hoặc App Store",
                        "correct": True,
                        "explanation": "Đúng. eTax Mobile cho phép tra cứu nghĩa vụ thuế và nộp qua ngân hàng liên "
                        "kết 24/7.",
                    },
                    {
                        "text": "Nộp trên cổng thuedientu.gdt.gov.vn",
                        "correct": True,
                        "explanation": "Đúng. Đây là cổng thuế điện tử chính thức để khai và nộp thuế.",
                    },
                    {
                        "text": "Chuyển khoản vào tài khoản cá nhân do “cán bộ thuế” gọi điện cung cấp",
                        "correct": False,
                        "explanation": "Sai. Tiền thuế chỉ nộp vào tài khoản thu ngân sách nhà nước qua eTax, cổng "
                        "thuế hoặc quầy ngân hàng.",
                    },
                    {
                        "text": "Cài ứng dụng “quyết toán thuế” từ đường link mà người xưng là cán bộ thuế gửi qua "
                        "Zalo",
                        "correct": False,
                        "explanation": "Sai. Cơ quan thuế không gọi điện yêu cầu cài ứng dụng từ đường link. Hãy gọi "
                        "lại cơ quan thuế quản lý trực tiếp để xác minh.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Hộ kinh doanh có thể đăng nhập eTax Mobile bằng tài khoản VNeID để tra cứu và nộp thuế.",
                "answer": "true",
                "explanation": "Đúng. eTax Mobile cho đăng nhập bằng mã số thuế và mật khẩu hoặc bằng tài khoản "
                "VNeID. Sau khi nộp, nhớ tải giấy nộp tiền điện tử về máy.",
            },
        ),
    ],
}
