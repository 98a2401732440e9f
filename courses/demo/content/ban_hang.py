"""A demo course and its final quiz (pure data for ``courses.demo``):

Bán hàng trực tuyến cho hộ kinh doanh, hợp tác xã
"""

COURSE = {
    "slug": "ban-hang-truc-tuyen-ho-kinh-doanh-htx",
    "title": "Bán hàng trực tuyến cho hộ kinh doanh, hợp tác xã",
    "summary": "Đưa nông sản, sản phẩm OCOP và hàng hóa của Nghệ An lên mạng xã hội, sàn thương mại điện tử: chụp "
    "ảnh, viết mô tả, mở gian hàng, nhận thanh toán, giao hàng và làm đúng nghĩa vụ thuế.",
    "audiences": [
        "business",
    ],
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
    "competences": [
        "VN7",
        "VN6",
        "3.1",
        "3.3",
        "2.2",
    ],
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
                            "<ul><li><b>Zalo, Facebook</b>: dễ bắt đầu, bán cho khách quen, khách trong tỉnh. Nên lập "
                            "<b>Trang (Fanpage)</b> hoặc tài khoản Zalo dành cho kinh doanh, tách khỏi tài khoản cá "
                            "nhân.</li><li><b>Sàn thương mại điện tử</b> (Shopee, Lazada, TikTok Shop…): nhiều khách "
                            "trên cả nước, có sẵn thanh toán và vận chuyển; phải chịu phí sàn và cạnh tranh về "
                            "giá.</li><li><b>Sàn của doanh nghiệp bưu chính</b> như Postmart: phù hợp với nông sản, "
                            "đặc sản vùng miền, sản phẩm OCOP, có bưu điện hỗ trợ lấy hàng tận "
                            "nơi.</li><li><b>Website riêng</b>: chủ động thương hiệu; nếu có chức năng đặt hàng phải "
                            "<b>thông báo với Bộ Công Thương</b> trên online.gov.vn.</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Gợi ý cho hợp tác xã",
                                "text": "<p>Hợp tác xã nên giao một thành viên trẻ phụ trách kênh trực tuyến, thống "
                                "nhất giá bán giữa các kênh và dùng chung một số điện thoại, một tài khoản ngân hàng "
                                "đứng tên hợp tác xã.</p>",
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
                                        "nên đăng ký hộ kinh doanh tại UBND xã, phường. Hộ gia đình bán nông sản tự "
                                        "sản xuất có thể thuộc diện không phải đăng ký; hãy hỏi cán bộ kinh tế của "
                                        "xã, phường.</p>",
                                    },
                                    {
                                        "question": "Nên bán trên bao nhiêu sàn cùng lúc?",
                                        "answer": "<p>Mới bắt đầu chỉ nên một sàn và một kênh mạng xã hội. Khi đã "
                                        "quen xử lý đơn hàng, tồn kho, mới mở rộng.</p>",
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
                                        "nắng gắt và đèn vàng.</p>",
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
                                        "text": "<p>Ảnh tổng thể, ảnh cận chất lượng (múi cam, búp chè), ảnh bao bì "
                                        "có nhãn, ảnh so sánh kích thước với bàn tay.</p>",
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
                            "trọng lượng, hạn dùng, cách bảo quản, giao hàng mất bao lâu. Ví dụ:</p><p><i>“Cam Xã "
                            "Đoài thu hoạch tại vườn gia đình ở Nghi Lộc, hộp 5 kg, hái khi khách đặt. Bảo quản nơi "
                            "thoáng mát 10–15 ngày. Giao trong tỉnh 1–2 ngày, đổi mới nếu quả hỏng khi nhận.”</i></p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Không quảng cáo sai sự thật",
                                "text": "<p>Không ghi thực phẩm “chữa bệnh”, không tự gắn sao OCOP hay chứng nhận mà "
                                "sản phẩm chưa được cấp. Quảng cáo sai có thể bị xử phạt và mất uy tín với khách "
                                "hàng.</p>",
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
                                "hoặc hợp tác xã (nếu có), tài khoản ngân hàng chính chủ, ảnh sản phẩm.",
                                "steps": [
                                    {
                                        "title": "Đăng ký tài khoản người bán",
                                        "text": "<p>Vào trang <b>Kênh người bán</b> (Seller Center) của sàn, đăng ký "
                                        "bằng số điện thoại, thư điện tử riêng cho việc kinh doanh.</p>",
                                        "screenshot": "img:san-dang-ky-nguoi-ban",
                                        "screenshot_alt": "Trang đăng ký kênh người bán với ô số điện thoại và thư "
                                        "điện tử",
                                    },
                                    {
                                        "title": "Xác minh danh tính, thông tin thuế",
                                        "text": "<p>Khai loại hình (cá nhân, hộ kinh doanh, doanh nghiệp), mã số thuế "
                                        "hoặc số định danh cá nhân, chụp thẻ căn cước theo hướng dẫn của sàn.</p>",
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
                                        "giá, số lượng tồn kho, khối lượng. Bấm <b>Lưu và hiển thị</b>, chờ sàn "
                                        "duyệt.</p>",
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
                                "text": "<p>Từ ngày 1/7/2025, theo Nghị định 117/2025/NĐ-CP, sàn thương mại điện tử "
                                "có chức năng thanh toán sẽ <b>khấu trừ và nộp thay</b> thuế giá trị gia tăng, thuế "
                                "thu nhập cá nhân cho hộ, cá nhân kinh doanh trên sàn. Vì vậy cần khai đúng mã số "
                                "thuế hoặc số định danh cá nhân.</p>",
                            },
                        ),
                        (
                            "service_link",
                            {
                                "title": "Postmart – sàn nông sản, đặc sản của Bưu điện Việt Nam",
                                "url": "https://postmart.vn",
                                "description": "Mở gian hàng nông sản, sản phẩm OCOP; bưu điện hỗ trợ lấy hàng và "
                                "giao hàng toàn quốc.",
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
                            "giao hàng (COD) qua bưu điện, đơn vị vận chuyển.</p><p><b>Đóng gói</b>: nông sản tươi "
                            "cần thùng có lỗ thoáng, lót giấy; hàng dễ vỡ chèn kín. Dán nhãn ghi tên sản phẩm, số "
                            "điện thoại của bạn.</p><p><b>Chăm sóc khách</b>: trả lời tin nhắn trong ngày, báo mã vận "
                            "đơn, hỏi thăm sau khi khách nhận hàng và xử lý đổi trả nhanh. Cảm ơn cả những đánh giá "
                            "chưa tốt và sửa lỗi.</p>",
                        ),
                        (
                            "video",
                            {
                                "title": "Video: Hợp tác xã đưa chè lên sàn thương mại điện tử",
                                "external_url": "https://postmart.vn",
                                "transcript": "<p>Chị Mai là thành viên một hợp tác xã chè ở vùng Thanh Chương. Năm "
                                "ngoái, hợp tác xã quyết định mở gian hàng trên sàn thương mại điện tử.</p><p>“Việc "
                                "đầu tiên là chụp lại ảnh sản phẩm cho thật, đúng màu chè. Chúng tôi viết rõ vùng "
                                "trồng, cách sao, hạn dùng. Bưu điện đến lấy hàng tại kho, nên không phải tự đi "
                                "gửi.”</p><p>Mỗi sáng chị Mai kiểm tra đơn mới, in phiếu gửi hàng và trả lời tin "
                                "nhắn. Khách thanh toán qua sàn hoặc quét mã QR, tiền về tài khoản của hợp tác xã. "
                                "Sau một năm, đơn hàng từ các tỉnh phía Nam chiếm gần một nửa doanh thu trực "
                                "tuyến.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Chiêu lừa người bán hàng",
                                "text": "<ul><li>“Khách” gửi ảnh chụp đã chuyển khoản nhưng tiền không về: chỉ tin "
                                "thông báo số dư.</li><li>“Nhân viên sàn” nhắn qua Zalo yêu cầu nộp phí nâng hạng "
                                "gian hàng, đọc OTP: sàn chỉ liên hệ trong Kênh người bán.</li><li>Đơn “đặt hộ” số "
                                "lượng lớn, nhờ bạn ứng tiền trước cho người khác: lừa đảo.</li></ul>",
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
                            "<ul><li><b>Bán qua sàn có chức năng thanh toán</b>: sàn khấu trừ, nộp thuế thay; bạn lưu "
                            "chứng từ khấu trừ sàn cung cấp.</li><li><b>Bán qua Zalo, Facebook, website riêng</b>: "
                            "bạn tự khai, nộp thuế theo doanh thu, có thể dùng cổng thuế điện tử hoặc ứng dụng eTax "
                            "Mobile.</li><li><b>Bảo vệ người tiêu dùng</b>: công khai giá, chính sách đổi trả, thông "
                            "tin liên hệ; giao đúng hàng như mô tả.</li><li><b>Dữ liệu khách hàng</b>: số điện thoại, "
                            "địa chỉ của khách chỉ dùng để giao hàng, chăm sóc khách; không mua bán, chia sẻ danh "
                            "sách khách hàng.</li></ul>",
                        ),
                        (
                            "faq",
                            {
                                "title": "Câu hỏi thường gặp",
                                "items": [
                                    {
                                        "question": "Tôi vừa bán trên sàn vừa bán ở cửa hàng, khai thuế thế nào?",
                                        "answer": "<p>Doanh thu trên sàn đã được khấu trừ thì không khai nộp lại phần "
                                        "đó; doanh thu bán trực tiếp và qua các kênh khác bạn tự khai. Hãy hỏi cơ "
                                        "quan thuế quản lý trực tiếp để được hướng dẫn cụ thể.</p>",
                                    },
                                    {
                                        "question": "Có cần xuất hóa đơn cho khách mua online không?",
                                        "answer": "<p>Khi khách yêu cầu, hoặc khi bạn thuộc diện phải dùng hóa đơn "
                                        "điện tử, hãy lập hóa đơn cho từng đơn hàng. Xem thêm khóa học “Chữ ký số và "
                                        "hóa đơn điện tử”.</p>",
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

QUIZ = {
    "slug": "kiem-tra-cuoi-khoa",
    "title": "Bài kiểm tra cuối khóa: Bán hàng trực tuyến",
    "intro": "Kiểm tra cách chọn kênh bán, trình bày sản phẩm, nhận tiền, tránh chiêu lừa người bán và làm đúng nghĩa "
    "vụ thuế.",
    "minutes": 15,
    "pass_mark": 70,
    "max_attempts": 0,
    "shuffle_questions": True,
    "shuffle_options": True,
    "questions": [
        (
            "single_choice",
            {
                "question": "Hợp tác xã chè của bạn mới bắt đầu bán trực tuyến và chỉ có một thành viên trẻ phụ "
                "trách. Cách bắt đầu nào phù hợp nhất?",
                "options": [
                    {
                        "text": "Bắt đầu với một sàn và một kênh mạng xã hội; quen xử lý đơn hàng, tồn kho rồi mới mở "
                        "rộng",
                        "correct": True,
                        "explanation": "Đúng. Làm tốt một, hai kênh hiệu quả hơn có mặt ở mọi nơi mà trả lời khách "
                        "chậm.",
                    },
                    {
                        "text": "Mở gian hàng trên tất cả các sàn cùng lúc để có nhiều khách",
                        "correct": False,
                        "explanation": "Chưa đúng. Một người khó theo kịp đơn hàng, tin nhắn và tồn kho trên nhiều "
                        "sàn cùng lúc.",
                    },
                    {
                        "text": "Bán qua Facebook cá nhân của chủ nhiệm, khách chuyển tiền vào tài khoản riêng của "
                        "từng thành viên",
                        "correct": False,
                        "explanation": "Chưa đúng. Nên lập trang, tài khoản dành cho kinh doanh và dùng một tài khoản "
                        "ngân hàng đứng tên hợp tác xã.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Bạn chụp ảnh hộp cam để đăng bán. Những cách nào giúp ảnh đẹp và đúng sự thật?",
                "options": [
                    {
                        "text": "Chụp bằng ánh sáng tự nhiên cạnh cửa sổ hoặc ngoài sân lúc sáng sớm, chiều muộn",
                        "correct": True,
                        "explanation": "Đúng. Ánh sáng tự nhiên giữ đúng màu thật của sản phẩm.",
                    },
                    {
                        "text": "Dùng nền đơn giản như tấm vải, nong tre, mặt bàn gỗ",
                        "correct": True,
                        "explanation": "Đúng. Nền gọn gàng giúp sản phẩm nổi bật.",
                    },
                    {
                        "text": "Chụp nhiều góc: tổng thể, cận múi cam, bao bì có nhãn, so sánh với bàn tay",
                        "correct": True,
                        "explanation": "Đúng. Khách không cầm được sản phẩm, nên nhiều góc ảnh giúp họ hình dung rõ.",
                    },
                    {
                        "text": "Lấy ảnh cam đẹp trên mạng của người khác cho nhanh",
                        "correct": False,
                        "explanation": "Sai. Không dùng ảnh của người khác: vừa vi phạm bản quyền, vừa không đúng sản "
                        "phẩm thật.",
                    },
                    {
                        "text": "Chụp dưới đèn vàng hoặc nắng gắt cho màu thật rực",
                        "correct": False,
                        "explanation": "Chưa đúng. Đèn vàng, nắng gắt làm sai màu sản phẩm; khách nhận hàng sẽ thất "
                        "vọng.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Mật ong của hộ bạn chưa được công nhận sản phẩm OCOP. Câu mô tả nào phù hợp để đăng bán?",
                "options": [
                    {
                        "text": "“Mật ong hoa rừng thu ở Con Cuông, chai 500 ml, bảo quản nơi khô mát, giao trong "
                        "tỉnh 1–2 ngày.”",
                        "correct": True,
                        "explanation": "Đúng. Mô tả trả lời đúng câu hỏi của khách: là gì, ở đâu, dung tích, cách bảo "
                        "quản, giao hàng bao lâu.",
                    },
                    {
                        "text": "“Mật ong rừng nguyên chất đạt OCOP 4 sao, uống đều đặn mỗi sáng chữa khỏi đau dạ "
                        "dày.”",
                        "correct": False,
                        "explanation": "Sai. Không tự gắn sao OCOP khi chưa được cấp, không quảng cáo thực phẩm “chữa "
                        "bệnh”.",
                    },
                    {
                        "text": "“Mật ong thần dược chữa bách bệnh, cam kết khỏi sau 7 ngày, không khỏi hoàn tiền gấp "
                        "đôi.”",
                        "correct": False,
                        "explanation": "Sai. Quảng cáo sai sự thật có thể bị xử phạt và làm mất uy tín với khách hàng.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Từ ngày 1/7/2025, khi bạn bán hàng qua sàn thương mại điện tử có chức năng thanh toán, "
                "sàn sẽ khấu trừ và nộp thay thuế giá trị gia tăng, thuế thu nhập cá nhân cho hộ, cá nhân kinh doanh.",
                "answer": "true",
                "explanation": "Đúng. Theo Nghị định 117/2025/NĐ-CP. Vì vậy cần khai đúng mã số thuế hoặc số định "
                "danh cá nhân và lưu chứng từ khấu trừ sàn cung cấp.",
            },
        ),
        (
            "single_choice",
            {
                "question": "Một khách lạ đặt 30 hộp cam qua Zalo, gửi ảnh chụp màn hình “chuyển khoản thành công” và "
                "giục giao ngay, nhưng ứng dụng ngân hàng của bạn chưa báo tiền về. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Chờ ứng dụng ngân hàng của mình báo tiền về rồi mới giao hàng",
                        "correct": True,
                        "explanation": "Đúng. Chỉ tin thông báo số dư; ảnh chụp màn hình có thể bị làm giả.",
                    },
                    {
                        "text": "Giao ngay, vì ảnh chụp có đủ số tiền, mã giao dịch và tên ngân hàng",
                        "correct": False,
                        "explanation": "Sai. Ảnh chụp màn hình dù đủ thông tin vẫn có thể bị làm giả; đây là chiêu "
                        "lừa người bán thường gặp.",
                    },
                    {
                        "text": "Giao trước một nửa số hàng cho khách vui lòng, nửa còn lại giao khi tiền về",
                        "correct": False,
                        "explanation": "Chưa đúng. Chưa nhận được tiền thì giao một nửa vẫn có thể mất hàng.",
                    },
                ],
            },
        ),
        (
            "single_choice",
            {
                "question": "Một người xưng là “nhân viên sàn” nhắn Zalo, yêu cầu bạn nộp phí nâng hạng gian hàng và "
                "đọc mã OTP vừa gửi đến điện thoại. Bạn nên làm gì?",
                "options": [
                    {
                        "text": "Không nộp phí, không đọc OTP; chỉ làm theo thông báo trong Kênh người bán",
                        "correct": True,
                        "explanation": "Đúng. Sàn chỉ liên hệ người bán trong Kênh người bán, không qua Zalo.",
                    },
                    {
                        "text": "Nộp phí nâng hạng, vì gian hàng hạng cao được sàn ưu tiên hiển thị",
                        "correct": False,
                        "explanation": "Sai. Đây là chiêu lừa người bán; tiền nộp vào tài khoản của kẻ gian.",
                    },
                    {
                        "text": "Đọc mã OTP để nhân viên xác minh, vì tin nhắn có đúng tên gian hàng của bạn",
                        "correct": False,
                        "explanation": "Sai. Ai có OTP là có thể chiếm gian hàng hoặc tài khoản của bạn.",
                    },
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Hộ bạn vừa bán trên sàn có chức năng thanh toán, vừa bán qua Facebook. Những việc nào là "
                "đúng?",
                "options": [
                    {
                        "text": "Tự khai, nộp thuế cho doanh thu bán qua Facebook, có thể dùng cổng thuế điện tử hoặc "
                        "eTax Mobile",
                        "correct": True,
                        "explanation": "Đúng. Bán qua mạng xã hội, website riêng thì người bán tự khai, nộp thuế theo "
                        "doanh thu.",
                    },
                    {
                        "text": "Lưu chứng từ khấu trừ thuế do sàn cung cấp",
                        "correct": True,
                        "explanation": "Đúng. Chứng từ này chứng minh phần doanh thu trên sàn đã được khấu trừ thuế.",
                    },
                    {
                        "text": "Công khai giá, chính sách đổi trả và thông tin liên hệ",
                        "correct": True,
                        "explanation": "Đúng. Đây là trách nhiệm bảo vệ người tiêu dùng của người bán.",
                    },
                    {
                        "text": "Khai và nộp thêm một lần nữa cho phần doanh thu trên sàn đã được khấu trừ",
                        "correct": False,
                        "explanation": "Chưa đúng. Doanh thu trên sàn đã được khấu trừ thì không khai nộp lại phần đó.",
                    },
                    {
                        "text": "Bán danh sách số điện thoại, địa chỉ khách hàng cho cửa hàng khác",
                        "correct": False,
                        "explanation": "Sai. Dữ liệu khách hàng chỉ dùng để giao hàng, chăm sóc khách; không mua bán, "
                        "chia sẻ.",
                    },
                ],
            },
        ),
        (
            "true_false",
            {
                "statement": "Website bán hàng riêng có chức năng đặt hàng thì không cần thông báo với cơ quan nào.",
                "answer": "false",
                "explanation": "Sai. Website có chức năng đặt hàng phải thông báo với Bộ Công Thương trên "
                "online.gov.vn.",
            },
        ),
    ],
}
