"""Demo final quizzes for the courses in ``demo_content.COURSES`` (Vietnamese).

Pure data for the demo loader (no imports). ``QUIZZES`` maps a course slug to one quiz page:
title, intro, grading settings and a list of ``(block_type, value)`` question tuples matching
``courses.quiz_blocks.question_blocks``:

* ``single_choice`` – exactly one correct option;
* ``multiple_choice`` – one or more correct options;
* ``true_false`` – a statement with ``answer`` ``"true"`` or ``"false"``.

Every question tests what the course's lessons teach, mostly as everyday scenarios.
"""

QUIZZES = {
    "dich-vu-cong-truc-tuyen-nghe-an": {
        "slug": "kiem-tra-cuoi-khoa",
        "title": "Bài kiểm tra cuối khóa: Dịch vụ công trực tuyến",
        "intro": "Tám tình huống thực tế giúp bạn kiểm tra cách đăng nhập, nộp hồ sơ, theo dõi kết quả và nộp lệ phí "
        "trên cổng dịch vụ công.",
        "minutes": 15,
        "pass_mark": 70,
        "max_attempts": 0,
        "shuffle_questions": True,
        "shuffle_options": True,
        "questions": [
            (
                "single_choice",
                {
                    "question": "Bạn cần chứng thực bản sao điện tử từ bản chính giấy khai sinh. Từ ngày 1/7/2025, "
                    "chính quyền địa phương chỉ còn hai cấp. Khi nộp hồ sơ trực tuyến, bạn chọn cơ quan thực hiện "
                    "nào?",
                    "options": [
                        {
                            "text": "UBND xã, phường nơi bạn nộp hồ sơ",
                            "correct": True,
                            "explanation": "Đúng. Chứng thực, hộ tịch do UBND xã, phường giải quyết; các thủ tục "
                            "trước đây của cấp huyện nay chuyển về xã, phường hoặc sở, ngành của tỉnh.",
                        },
                        {
                            "text": "UBND huyện nơi bạn ở trước đây, vì thủ tục này trước vẫn làm ở huyện",
                            "correct": False,
                            "explanation": "Chưa đúng. Từ ngày 1/7/2025 không còn cấp huyện, nên không còn UBND "
                            "huyện để chọn.",
                        },
                        {
                            "text": "Sở Tư pháp tỉnh Nghệ An, vì chứng thực thuộc ngành tư pháp",
                            "correct": False,
                            "explanation": "Chưa đúng. Chứng thực bản sao cho người dân do UBND xã, phường thực "
                            "hiện; chỉ chọn sở, ngành với các thủ tục cấp tỉnh.",
                        },
                        {
                            "text": "Công an tỉnh Nghệ An",
                            "correct": False,
                            "explanation": "Chưa đúng. Công an xử lý các thủ tục về cư trú, căn cước, không chứng "
                            "thực giấy tờ.",
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
                            "explanation": "Đúng. Chỉ mở cổng bằng cách tự gõ địa chỉ. Trạng thái thật của hồ sơ "
                            "luôn hiện trong tài khoản của bạn trên cổng.",
                        },
                        {
                            "text": "Bấm vào, vì đường link có chữ “dichvucong” và tin nhắn gọi đúng họ tên bạn",
                            "correct": False,
                            "explanation": "Chưa đúng. “dichvucong-gov.vn” có dấu gạch ngang thay cho dấu chấm, là "
                            "trang giả. Trang cơ quan nhà nước kết thúc bằng “.gov.vn”.",
                        },
                        {
                            "text": "Bấm vào rồi nhập passcode VNeID, vì đó vẫn là cách đăng nhập cổng",
                            "correct": False,
                            "explanation": "Chưa đúng. Passcode chỉ nhập trong ứng dụng VNeID trên điện thoại của "
                            "bạn, không nhập vào trang web lạ; trang giả sẽ dùng nó để chiếm tài khoản.",
                        },
                        {
                            "text": "Chuyển tiếp tin nhắn cho người thân rành công nghệ, nhờ bấm vào kiểm tra hộ",
                            "correct": False,
                            "explanation": "Chưa đúng. Làm vậy chỉ khiến người thân gặp nguy hiểm theo. Hãy bỏ qua "
                            "đường link và tự vào cổng.",
                        },
                    ],
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Bạn chuẩn bị nộp trực tuyến hồ sơ chứng thực bản sao. Trước khi bấm “Nộp hồ sơ”, "
                    "bạn cần làm những việc nào?",
                    "options": [
                        {
                            "text": "Đọc trang thông tin thủ tục: thành phần hồ sơ, thời hạn giải quyết, lệ phí, cơ "
                            "quan thực hiện",
                            "correct": True,
                            "explanation": "Đúng. Đọc trang này trước giúp bạn chuẩn bị đủ giấy tờ và chọn đúng nơi "
                            "nộp.",
                        },
                        {
                            "text": "Chụp giấy tờ thẳng, đủ bốn góc, đủ sáng, không bị lóa, lưu dạng PDF hoặc JPG",
                            "correct": True,
                            "explanation": "Đúng. Ảnh rõ nét giúp cán bộ tiếp nhận ngay, tránh bị yêu cầu bổ sung.",
                        },
                        {
                            "text": "Chọn cách nhận kết quả: trực tiếp, qua bưu chính công ích hoặc bản điện tử",
                            "correct": True,
                            "explanation": "Đúng. Đây là một bước trong biểu mẫu nộp hồ sơ; hãy chọn cách thuận tiện "
                            "nhất cho bạn.",
                        },
                        {
                            "text": "Gõ lại toàn bộ họ tên, ngày sinh, nơi cư trú vì cổng không tự điền",
                            "correct": False,
                            "explanation": "Chưa đúng. Khi đăng nhập bằng VNeID, các thông tin này được điền sẵn từ "
                            "Cơ sở dữ liệu quốc gia về dân cư; bạn chỉ cần kiểm tra lại.",
                        },
                        {
                            "text": "Chụp màn hình passcode VNeID đính kèm để cán bộ xác minh danh tính",
                            "correct": False,
                            "explanation": "Chưa đúng. Passcode VNeID chỉ mình bạn biết, không bao giờ gửi kèm hồ sơ "
                            "hay đưa cho ai.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Hồ sơ nộp trên Cổng Dịch vụ công quốc gia sẽ được chuyển về hệ thống của tỉnh Nghệ "
                    "An, và bạn tra cứu được hồ sơ ở cả hai cổng.",
                    "answer": "true",
                    "explanation": "Đúng. Hai hệ thống được kết nối với nhau, nên bạn có thể bắt đầu ở cổng nào cũng "
                    "được và tra cứu bằng mã hồ sơ ở cả hai nơi.",
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
                            "explanation": "Đúng. Giấy tờ bổ sung được gắn vào hồ sơ đang xử lý, cán bộ tiếp tục "
                            "giải quyết mà bạn không phải nộp lại từ đầu.",
                        },
                        {
                            "text": "Nộp lại một hồ sơ mới từ đầu, kèm đủ giấy tờ, cho chắc chắn được nhận",
                            "correct": False,
                            "explanation": "Chưa đúng. Không cần nộp lại; chỉ bổ sung phần còn thiếu cho hồ sơ đã nộp.",
                        },
                        {
                            "text": "Chờ thêm vài ngày, cán bộ sẽ tự tìm giấy tờ còn thiếu trong hệ thống",
                            "correct": False,
                            "explanation": "Chưa đúng. Hồ sơ sẽ dừng ở bước này cho đến khi bạn bổ sung đủ giấy tờ "
                            "được yêu cầu.",
                        },
                        {
                            "text": "Gửi ảnh giấy tờ qua Zalo cá nhân của cán bộ để được xử lý nhanh hơn",
                            "correct": False,
                            "explanation": "Chưa đúng. Giấy tờ gửi qua Zalo không được ghi vào hồ sơ và dễ bị lộ "
                            "thông tin. Hãy tải lên cổng.",
                        },
                    ],
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Hồ sơ của bạn đang ở trạng thái “Chờ thanh toán”. Những cách làm nào là đúng? (Chọn "
                    "tất cả đáp án đúng)",
                    "options": [
                        {
                            "text": "Vào Quản lý hồ sơ đã nộp, bấm Thanh toán rồi chọn ngân hàng hoặc ví điện tử",
                            "correct": True,
                            "explanation": "Đúng. Lệ phí trả qua nền tảng thanh toán của cổng, tiền chuyển thẳng vào "
                            "tài khoản cơ quan nhà nước.",
                        },
                        {
                            "text": "Đối chiếu tên thủ tục, cơ quan thu và số tiền với mức lệ phí ghi trên trang "
                            "thông tin thủ tục",
                            "correct": True,
                            "explanation": "Đúng. Kiểm tra trước khi xác nhận giúp bạn không trả nhầm khoản, nhầm số "
                            "tiền.",
                        },
                        {
                            "text": "Tải biên lai điện tử về máy sau khi thanh toán xong",
                            "correct": True,
                            "explanation": "Đúng. Biên lai là bằng chứng bạn đã nộp; trạng thái hồ sơ sẽ đổi thành "
                            "Đã thanh toán.",
                        },
                        {
                            "text": "Chuyển khoản vào tài khoản cá nhân do một người xưng là cán bộ gọi điện cung "
                            "cấp, để hồ sơ được giải quyết nhanh",
                            "correct": False,
                            "explanation": "Sai. Phí, lệ phí chỉ nộp qua cổng hoặc tại quầy có biên lai. Đề nghị "
                            "chuyển tiền vào tài khoản cá nhân là lừa đảo.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Tài khoản VNeID mức 1 dùng được cho mọi thủ tục trên Cổng Dịch vụ công, không cần "
                    "nâng lên mức 2.",
                    "answer": "false",
                    "explanation": "Sai. Mức 1 đăng nhập được nhưng một số thủ tục yêu cầu mức 2. Hãy đến công an "
                    "xã, phường nơi cư trú, mang theo thẻ căn cước để được nâng lên mức 2.",
                },
            ),
            (
                "single_choice",
                {
                    "question": "Hồ sơ của bạn đã quá hạn giải quyết mà chưa có kết quả. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Gửi phản ánh ở mục Phản ánh kiến nghị trên Cổng Dịch vụ công quốc gia, nêu rõ "
                            "mã hồ sơ",
                            "correct": True,
                            "explanation": "Đúng. Đây là kênh chính thức; bạn cũng có thể liên hệ Trung tâm Phục vụ "
                            "hành chính công nơi nhận hồ sơ. Mã hồ sơ giúp cán bộ tìm ngay hồ sơ của bạn.",
                        },
                        {
                            "text": "Nộp thêm một hồ sơ giống hệt để hồ sơ mới được xếp lên đầu danh sách xử lý",
                            "correct": False,
                            "explanation": "Chưa đúng. Hồ sơ trùng lặp chỉ làm việc xử lý chậm hơn.",
                        },
                        {
                            "text": "Đăng bài lên mạng xã hội kèm ảnh thẻ căn cước và mã hồ sơ để được chú ý",
                            "correct": False,
                            "explanation": "Chưa đúng. Bạn tự làm lộ thông tin cá nhân. Hãy phản ánh qua kênh chính "
                            "thức.",
                        },
                        {
                            "text": "Chuyển tiền cho người tự giới thiệu là cán bộ, hứa “lo được hồ sơ ngay trong "
                            "ngày”",
                            "correct": False,
                            "explanation": "Sai. Không ai được nhận tiền ngoài lệ phí có biên lai; đây là dấu hiệu "
                            "lừa đảo.",
                        },
                    ],
                },
            ),
        ],
    },
    "thanh-toan-khong-dung-tien-mat-an-toan": {
        "slug": "kiem-tra-cuoi-khoa",
        "title": "Bài kiểm tra cuối khóa: Thanh toán không dùng tiền mặt an toàn",
        "intro": "Kiểm tra xem bạn đã biết chuyển tiền, quét mã QR, trả hóa đơn và giữ an toàn tài khoản ngân hàng "
        "trong các tình huống hằng ngày chưa.",
        "minutes": 15,
        "pass_mark": 80,
        "max_attempts": 0,
        "shuffle_questions": True,
        "shuffle_options": True,
        "questions": [
            (
                "single_choice",
                {
                    "question": "Bạn nhận được tin nhắn: “Tài khoản của quý khách sẽ bị khóa do chưa cập nhật sinh "
                    "trắc học. Bấm vào đường link để cập nhật ngay.” Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Không bấm; tự mở ứng dụng ngân hàng chính thức để kiểm tra hoặc hỏi tại quầy",
                            "correct": True,
                            "explanation": "Đúng. Ngân hàng không gửi đường link cập nhật sinh trắc học. Chỉ cập "
                            "nhật trong ứng dụng chính thức hoặc tại quầy.",
                        },
                        {
                            "text": "Bấm vào đường link và quét khuôn mặt, vì ngân hàng đúng là đang yêu cầu cập "
                            "nhật sinh trắc học",
                            "correct": False,
                            "explanation": "Chưa đúng. Yêu cầu cập nhật sinh trắc học là có thật, nhưng ngân hàng "
                            "không gửi đường link. Trang giả lấy thông tin đăng nhập và khuôn mặt của bạn để chiếm "
                            "tài khoản.",
                        },
                        {
                            "text": "Gọi lại số điện thoại ghi trong tin nhắn để hỏi",
                            "correct": False,
                            "explanation": "Chưa đúng. Số trong tin nhắn giả là của kẻ gian. Chỉ gọi số tổng đài in "
                            "sau thẻ ngân hàng.",
                        },
                        {
                            "text": "Trả lời tin nhắn kèm ảnh hai mặt thẻ căn cước để ngân hàng cập nhật giúp",
                            "correct": False,
                            "explanation": "Chưa đúng. Ảnh thẻ căn cước có thể bị dùng để mở tài khoản, vay tiền mạo "
                            "danh bạn.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "question": "Bạn ăn sáng ở một quán quen và quét mã QR dán ở quầy. Màn hình hiện tên người nhận "
                    "khác hẳn tên chủ quán. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Dừng lại, chưa xác nhận; hỏi lại chủ quán tên tài khoản nhận tiền",
                            "correct": True,
                            "explanation": "Đúng. Mã QR có thể đã bị kẻ gian dán đè. Luôn xem tên người nhận trước "
                            "khi xác nhận.",
                        },
                        {
                            "text": "Vẫn xác nhận, vì mã QR dán ngay tại quầy của quán quen thì chắc chắn đúng",
                            "correct": False,
                            "explanation": "Chưa đúng. Kẻ gian có thể dán mã của mình đè lên mã của cửa hàng; tiền "
                            "sẽ vào tài khoản của chúng.",
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
                    "question": "Bạn chuyển nhầm 2 triệu đồng sang tài khoản người lạ. Lát sau, một số điện thoại lạ "
                    "gọi đến, xưng là “bộ phận hoàn tiền”, đề nghị bạn đọc mã OTP để lấy lại tiền. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Từ chối; tự gọi tổng đài ngân hàng mình, đề nghị tra soát bằng mã giao dịch",
                            "correct": True,
                            "explanation": "Đúng. Chỉ ngân hàng của bạn mới xử lý tra soát giao dịch chuyển nhầm, "
                            "qua số tổng đài chính thức.",
                        },
                        {
                            "text": "Đọc mã OTP, vì người gọi đã nói đúng số tiền và thời gian bạn chuyển nhầm",
                            "correct": False,
                            "explanation": "Sai. Ai có OTP là có thể chuyển tiền khỏi tài khoản của bạn. Không đọc "
                            "OTP cho bất kỳ ai.",
                        },
                        {
                            "text": "Chuyển thêm khoản “phí xử lý” nhỏ để yêu cầu hoàn tiền được duyệt nhanh",
                            "correct": False,
                            "explanation": "Sai. Đây là kịch bản lừa lần hai; không có “bộ phận hoàn tiền” nào thu "
                            "phí qua điện thoại.",
                        },
                        {
                            "text": "Cài ứng dụng “hỗ trợ hoàn tiền” mà người gọi gửi qua Zalo",
                            "correct": False,
                            "explanation": "Sai. Ứng dụng lạ có thể chiếm quyền điện thoại và rút hết tiền. Chỉ cài "
                            "từ CH Play, App Store.",
                        },
                    ],
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Bạn bán tạp hóa và nhận tiền qua mã QR. Những việc nào giúp bạn không bị lừa? (Chọn "
                    "tất cả đáp án đúng)",
                    "options": [
                        {
                            "text": "Kiểm tra mã QR dán ở quầy mỗi ngày",
                            "correct": True,
                            "explanation": "Đúng. Phát hiện sớm mã bị dán đè giúp khách không chuyển nhầm tiền cho "
                            "kẻ gian.",
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
                    "statement": "Chuyển tiền trên 10 triệu đồng một lần, hoặc tổng trên 20 triệu đồng một ngày, "
                    "phải xác thực bằng khuôn mặt.",
                    "answer": "true",
                    "explanation": "Đúng. Theo quy định của Ngân hàng Nhà nước, các giao dịch này phải quét khuôn "
                    "mặt để xác nhận, nên tài khoản cần được cập nhật sinh trắc học trước.",
                },
            ),
            (
                "single_choice",
                {
                    "question": "Một người gọi điện xưng là nhân viên điện lực, nói nhà bạn sẽ bị cắt điện trong hôm "
                    "nay nếu không chuyển khoản ngay tiền điện còn nợ vào số tài khoản anh ta đọc. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Không chuyển; tự trả qua mục Thanh toán hóa đơn trong ứng dụng ngân hàng",
                            "correct": True,
                            "explanation": "Đúng. Mục Thanh toán hóa đơn (hoặc ứng dụng chính thức của ngành điện) "
                            "hiện đúng số tiền theo mã khách hàng, tiền đi thẳng tới công ty điện lực.",
                        },
                        {
                            "text": "Chuyển ngay cho kịp, vì nhà bạn đúng là chưa trả tiền điện tháng này",
                            "correct": False,
                            "explanation": "Sai. Dọa cắt điện ngay trong ngày và đòi chuyển vào tài khoản lạ là dấu "
                            "hiệu lừa đảo.",
                        },
                        {
                            "text": "Đọc mã khách hàng và mã OTP để nhân viên trừ tiền trực tiếp cho nhanh",
                            "correct": False,
                            "explanation": "Sai. Mã OTP chỉ mình bạn được biết; đọc cho người khác là trao quyền "
                            "chuyển tiền cho họ.",
                        },
                        {
                            "text": "Chuyển khoản nhưng ghi rõ nội dung “tiền điện” kèm mã khách hàng để đối chiếu",
                            "correct": False,
                            "explanation": "Sai. Ghi nội dung chuyển khoản không biến tài khoản lạ thành tài khoản "
                            "của điện lực; tiền vẫn mất.",
                        },
                    ],
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Bạn trả tiền điện hằng tháng bằng ứng dụng ngân hàng. Bạn cần dùng hoặc kiểm tra "
                    "những gì?",
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
                            "explanation": "Sai. Tiền điện trả qua mục Thanh toán hóa đơn, không chuyển vào tài "
                            "khoản cá nhân của ai.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Để nhận lương hưu, trợ cấp qua VNeID, ông bà có thể khai báo tài khoản ngân hàng "
                    "đứng tên con cháu cho tiện.",
                    "answer": "false",
                    "explanation": "Sai. Tài khoản nhận an sinh xã hội phải đứng tên chính người hưởng, trùng họ tên "
                    "trên thẻ căn cước. Con cháu chỉ nên hướng dẫn trên điện thoại của ông bà.",
                },
            ),
        ],
    },
    "nhan-dien-lua-dao-truc-tuyen": {
        "slug": "kiem-tra-cuoi-khoa",
        "title": "Bài kiểm tra cuối khóa: Nhận diện lừa đảo trực tuyến",
        "intro": "Đặt mình vào từng tình huống và chọn cách xử lý an toàn trước cuộc gọi, tin nhắn, đường link và "
        "ứng dụng đáng ngờ.",
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
                            "explanation": "Đúng. Công an làm việc bằng giấy mời, không làm việc qua điện thoại và "
                            "không bao giờ yêu cầu chuyển tiền.",
                        },
                        {
                            "text": "Chuyển tiền để chứng minh mình trong sạch, sau đó sẽ được trả lại",
                            "correct": False,
                            "explanation": "Sai. Không có “tài khoản tạm giữ” nào; tiền chuyển đi sẽ mất.",
                        },
                        {
                            "text": "Cài ứng dụng theo đường link người gọi gửi để “làm việc trực tuyến”",
                            "correct": False,
                            "explanation": "Sai. Ứng dụng giả có thể điều khiển điện thoại và đọc tin nhắn OTP của "
                            "bạn.",
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
                            "explanation": "Đúng. Cơ quan thuế, điện lực, ngân hàng không hướng dẫn cài ứng dụng qua "
                            "điện thoại.",
                        },
                        {
                            "text": "Người gọi biết đúng họ tên, địa chỉ của bạn",
                            "correct": False,
                            "explanation": "Chưa đúng. Đây không phải là bằng chứng cuộc gọi thật: kẻ gian thường "
                            "biết sẵn họ tên, địa chỉ để tạo lòng tin.",
                        },
                        {
                            "text": "Cơ quan công an gửi giấy mời, đề nghị bạn đến trụ sở làm việc",
                            "correct": False,
                            "explanation": "Chưa đúng. Đây là cách làm việc chính thức của công an. Nếu còn nghi "
                            "ngờ, hãy tự tìm số điện thoại của trụ sở để hỏi lại.",
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
                            "explanation": "Đúng. Trang của cơ quan nhà nước Việt Nam kết thúc bằng “.gov.vn”, viết "
                            "đúng từng dấu chấm.",
                        },
                        {
                            "text": "dichvucong-gov.vn",
                            "correct": False,
                            "explanation": "Sai. Dấu gạch ngang thay cho dấu chấm tạo ra một tên miền khác hoàn "
                            "toàn, thường dùng để giả mạo.",
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
                            "explanation": "Sai. Đường link rút gọn che giấu địa chỉ thật. Hãy tự gõ địa chỉ chính "
                            "thức.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Khi một ứng dụng vừa cài xin quyền “Trợ năng” trên điện thoại Android, bạn nên cho "
                    "phép để ứng dụng chạy đầy đủ chức năng.",
                    "answer": "false",
                    "explanation": "Sai. Ứng dụng giả xin quyền Trợ năng để điều khiển điện thoại từ xa và đọc tin "
                    "nhắn OTP. Hãy từ chối và gỡ ứng dụng đó.",
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Kẻ gian hay chiếm tài khoản Facebook, Zalo để nhắn vay tiền bạn bè của bạn. Những "
                    "cách nào giúp bảo vệ tài khoản?",
                    "options": [
                        {
                            "text": "Bật xác thực hai yếu tố",
                            "correct": True,
                            "explanation": "Đúng. Kẻ gian biết mật khẩu cũng không đăng nhập được nếu thiếu mã từ "
                            "điện thoại của bạn.",
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
                    "question": "Bạn nhận cuộc gọi video qua Zalo từ “con trai” đang đi làm xa. Hình mờ, người gọi "
                    "nói mạng yếu, cần vay 20 triệu đồng gấp. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Tắt máy, gọi lại số quen của con hoặc hỏi điều chỉ người nhà mới biết",
                            "correct": True,
                            "explanation": "Đúng. Kẻ gian có thể dùng trí tuệ nhân tạo ghép mặt, giả giọng "
                            "(deepfake). Gọi lại số quen là cách kiểm tra chắc chắn nhất.",
                        },
                        {
                            "text": "Chuyển ngay, vì đã nhìn thấy mặt và nghe đúng giọng con qua cuộc gọi video",
                            "correct": False,
                            "explanation": "Sai. Hình ảnh và giọng nói đều có thể bị làm giả; cuộc gọi ngắn, hình mờ "
                            "là dấu hiệu đáng ngờ.",
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
                            "text": "Gọi tổng đài in sau thẻ ngân hàng để khóa tài khoản, đề nghị tra soát, phong "
                            "tỏa giao dịch",
                            "correct": True,
                            "explanation": "Đúng. Báo ngân hàng càng sớm, cơ hội phong tỏa được tiền càng cao.",
                        },
                        {
                            "text": "Chụp màn hình tin nhắn, giao dịch; ghi lại số điện thoại, số tài khoản nhận tiền",
                            "correct": True,
                            "explanation": "Đúng. Đây là bằng chứng cần cho ngân hàng và công an.",
                        },
                        {
                            "text": "Trình báo công an xã, phường, gọi 113 hoặc dùng chức năng Tố giác tội phạm trên "
                            "VNeID",
                            "correct": True,
                            "explanation": "Đúng. Trình báo sớm giúp cơ quan chức năng xử lý và cảnh báo người khác.",
                        },
                        {
                            "text": "Trả phí cho “hacker” hoặc “luật sư” hứa lấy lại toàn bộ tiền",
                            "correct": False,
                            "explanation": "Sai. Đó thường là cùng một đường dây, lừa bạn lần thứ hai. Chỉ làm việc "
                            "trực tiếp tại trụ sở công an.",
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
                    "statement": "Bạn được mời vào nhóm đầu tư có nhiều người khoe lãi 5% mỗi ngày. Nên thử số tiền "
                    "nhỏ trước: nếu rút được lãi thì nhóm đó đáng tin.",
                    "answer": "false",
                    "explanation": "Sai. Lần đầu bạn thường được rút lãi thật để tạo lòng tin, sau đó bị yêu cầu nạp "
                    "số tiền lớn hơn. Không khoản đầu tư hợp pháp nào cam kết lãi cao cố định mỗi ngày.",
                },
            ),
        ],
    },
    "chu-ky-so-hoa-don-dien-tu-doanh-nghiep": {
        "slug": "kiem-tra-cuoi-khoa",
        "title": "Bài kiểm tra cuối khóa: Chữ ký số và hóa đơn điện tử",
        "intro": "Các tình huống thường gặp ở doanh nghiệp nhỏ, hộ kinh doanh khi dùng chữ ký số, lập hóa đơn điện "
        "tử và nộp thuế trực tuyến.",
        "minutes": 20,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle_questions": True,
        "shuffle_options": True,
        "questions": [
            (
                "single_choice",
                {
                    "question": "Bạn là giám đốc một công ty nhỏ. Người làm dịch vụ kế toán đề nghị bạn đưa USB "
                    "token kèm mã PIN “để tiện ký hóa đơn, tờ khai hộ”. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Không cho mượn token, không nói mã PIN",
                            "correct": True,
                            "explanation": "Đúng. Chữ ký số giống con dấu của bạn: ai cầm token và mã PIN là có thể "
                            "ký thay bạn, và mọi thứ đã ký đều ràng buộc trách nhiệm của công ty.",
                        },
                        {
                            "text": "Đưa luôn, vì kế toán hiểu nghiệp vụ hơn và chỉ dùng để ký hóa đơn, tờ khai",
                            "correct": False,
                            "explanation": "Chưa đúng. Người ký là công ty, nên công ty chịu trách nhiệm về mọi hóa "
                            "đơn, tờ khai đã ký.",
                        },
                        {
                            "text": "Đưa token nhưng giữ lại mã PIN, khi cần ký thì đọc mã qua điện thoại",
                            "correct": False,
                            "explanation": "Chưa đúng. Đọc mã PIN qua điện thoại vẫn là giao quyền ký cho người "
                            "khác; token cũng phải do bạn giữ.",
                        },
                    ],
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Chủ nhiệm hợp tác xã muốn ký số trên điện thoại khi đang ở vườn, không mang theo "
                    "máy tính. Những hình thức chữ ký số nào phù hợp?",
                    "options": [
                        {
                            "text": "Ký số từ xa",
                            "correct": True,
                            "explanation": "Đúng. Khóa bí mật lưu ở hệ thống nhà cung cấp, bạn xác nhận ký bằng ứng "
                            "dụng trên điện thoại.",
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
                            "explanation": "Sai. Ảnh chữ ký tay không phải chữ ký số và không có giá trị như văn bản "
                            "được ký số.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Chữ ký số đã hết hạn vẫn ký được hóa đơn và tờ khai thuế, chỉ cần gia hạn trước "
                    "cuối năm.",
                    "answer": "false",
                    "explanation": "Sai. Chữ ký số hết hạn sẽ không ký được hóa đơn, tờ khai. Hãy đặt lời nhắc gia "
                    "hạn trước ít nhất 15 ngày.",
                },
            ),
            (
                "single_choice",
                {
                    "question": "Hộ kinh doanh của bạn đã có chữ ký số và đã khai báo chứng thư với cơ quan thuế. "
                    "Trước khi lập hóa đơn điện tử đầu tiên, bạn còn phải làm gì?",
                    "options": [
                        {
                            "text": "Gửi tờ khai đăng ký sử dụng hóa đơn điện tử và chờ cơ quan thuế chấp nhận",
                            "correct": True,
                            "explanation": "Đúng. Chỉ sau khi cơ quan thuế chấp nhận tờ khai mới được lập hóa đơn; "
                            "thường làm ngay trong phần mềm hóa đơn.",
                        },
                        {
                            "text": "Lập hóa đơn ngay cho kịp giao hàng, tờ khai đăng ký sử dụng gửi bổ sung sau",
                            "correct": False,
                            "explanation": "Chưa đúng. Hóa đơn lập khi chưa được chấp nhận đăng ký sử dụng là không "
                            "đúng quy định.",
                        },
                        {
                            "text": "In mẫu hóa đơn giấy, đóng dấu rồi quét thành PDF",
                            "correct": False,
                            "explanation": "Chưa đúng. Hóa đơn điện tử được lập và ký số trên phần mềm, không in rồi "
                            "quét.",
                        },
                        {
                            "text": "Đăng ký thông báo website với Bộ Công Thương trên online.gov.vn",
                            "correct": False,
                            "explanation": "Chưa đúng. Đó là thủ tục cho website bán hàng có chức năng đặt hàng, "
                            "không liên quan đến hóa đơn.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "question": "Bạn phát hiện hóa đơn đã được cấp mã và gửi cho khách bị sai đơn giá. Bạn xử lý thế "
                    "nào?",
                    "options": [
                        {
                            "text": "Lập hóa đơn điều chỉnh hoặc hóa đơn thay thế theo hướng dẫn của phần mềm",
                            "correct": True,
                            "explanation": "Đúng. Sai về số tiền phải xử lý bằng hóa đơn điều chỉnh hoặc thay thế, "
                            "không xóa hay lập lại tùy ý. Nhớ lưu lại trao đổi với người mua về sai sót.",
                        },
                        {
                            "text": "Xóa hóa đơn sai trong phần mềm rồi lập hóa đơn mới đúng đơn giá cho khách",
                            "correct": False,
                            "explanation": "Sai. Hóa đơn đã được cấp mã không được xóa hay lập lại tùy ý.",
                        },
                        {
                            "text": "Sửa trực tiếp con số trên tệp PDF rồi gửi lại cho khách",
                            "correct": False,
                            "explanation": "Sai. Tệp đã ký số bị sửa sẽ không còn hợp lệ và không khớp dữ liệu cơ "
                            "quan thuế đã cấp mã.",
                        },
                        {
                            "text": "Nhắn tin báo cho khách biết đơn giá đúng, không cần làm gì thêm",
                            "correct": False,
                            "explanation": "Chưa đúng. Chỉ thông báo với người mua khi sai tên, địa chỉ người mua mà "
                            "đúng mã số thuế; sai đơn giá thì phải lập hóa đơn điều chỉnh hoặc thay thế.",
                        },
                    ],
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Một hóa đơn điện tử có mã của cơ quan thuế hợp lệ cần có những nội dung nào? (Chọn "
                    "tất cả đáp án đúng)",
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
                            "explanation": "Đúng. Chữ ký số xác nhận người bán; mã của cơ quan thuế cho biết hóa đơn "
                            "đã được cấp mã.",
                        },
                        {
                            "text": "Con dấu đỏ đóng trên bản in",
                            "correct": False,
                            "explanation": "Chưa đúng. Hóa đơn điện tử không cần in hay đóng dấu; chữ ký số thay cho "
                            "con dấu.",
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
                            "explanation": "Đúng. eTax Mobile cho phép tra cứu nghĩa vụ thuế và nộp qua ngân hàng "
                            "liên kết 24/7.",
                        },
                        {
                            "text": "Nộp trên cổng thuedientu.gdt.gov.vn",
                            "correct": True,
                            "explanation": "Đúng. Đây là cổng thuế điện tử chính thức để khai và nộp thuế.",
                        },
                        {
                            "text": "Chuyển khoản vào tài khoản cá nhân do “cán bộ thuế” gọi điện cung cấp",
                            "correct": False,
                            "explanation": "Sai. Tiền thuế chỉ nộp vào tài khoản thu ngân sách nhà nước qua eTax, "
                            "cổng thuế hoặc quầy ngân hàng.",
                        },
                        {
                            "text": "Cài ứng dụng “quyết toán thuế” từ đường link mà người xưng là cán bộ thuế gửi "
                            "qua Zalo",
                            "correct": False,
                            "explanation": "Sai. Cơ quan thuế không gọi điện yêu cầu cài ứng dụng từ đường link. Hãy "
                            "gọi lại cơ quan thuế quản lý trực tiếp để xác minh.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Hộ kinh doanh có thể đăng nhập eTax Mobile bằng tài khoản VNeID để tra cứu và nộp "
                    "thuế.",
                    "answer": "true",
                    "explanation": "Đúng. eTax Mobile cho đăng nhập bằng mã số thuế và mật khẩu hoặc bằng tài khoản "
                    "VNeID. Sau khi nộp, nhớ tải giấy nộp tiền điện tử về máy.",
                },
            ),
        ],
    },
    "ky-nang-so-can-bo-cong-chuc": {
        "slug": "kiem-tra-cuoi-khoa",
        "title": "Bài kiểm tra cuối khóa: Kỹ năng số cho cán bộ, công chức",
        "intro": "Kiểm tra kiến thức về văn bản điện tử, chữ ký số chuyên dùng, xử lý hồ sơ một cửa và bảo vệ dữ "
        "liệu qua các tình huống công vụ hằng ngày.",
        "minutes": 20,
        "pass_mark": 80,
        "max_attempts": 3,
        "shuffle_questions": True,
        "shuffle_options": True,
        "questions": [
            (
                "single_choice",
                {
                    "question": "Theo Nghị định 30/2020/NĐ-CP, một văn bản điện tử do UBND xã phát hành cần được ký "
                    "bằng những chữ ký số nào?",
                    "options": [
                        {
                            "text": "Chữ ký số của người có thẩm quyền và chữ ký số của cơ quan",
                            "correct": True,
                            "explanation": "Đúng. Người có thẩm quyền ký tại vị trí ký (hình ảnh chữ ký màu xanh); "
                            "văn thư ký số của cơ quan (hình ảnh dấu màu đỏ) rồi phát hành.",
                        },
                        {
                            "text": "Chữ ký số của chuyên viên soạn thảo và của lãnh đạo phòng đã duyệt",
                            "correct": False,
                            "explanation": "Chưa đúng. Chuyên viên và lãnh đạo phòng soạn, góp ý dự thảo trên hệ "
                            "thống; văn bản được ký bởi người có thẩm quyền và văn thư ký số của cơ quan.",
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
                    "question": "Phó chủ tịch UBND xã sắp đi công tác, định giao USB token kèm mã PIN cho văn thư để "
                    "ký hộ các văn bản gấp. Cách làm đúng là gì?",
                    "options": [
                        {
                            "text": "Không giao; lãnh đạo tự ký, có thể dùng ký số từ xa trên điện thoại",
                            "correct": True,
                            "explanation": "Đúng. Chữ ký số cá nhân gắn với trách nhiệm của người có thẩm quyền; "
                            "giao token, mã PIN cho người khác là vi phạm quy định quản lý chữ ký số.",
                        },
                        {
                            "text": "Giao cho văn thư, vì văn thư vẫn quen ký số cho cơ quan hằng ngày",
                            "correct": False,
                            "explanation": "Sai. Chữ ký số của cơ quan và chữ ký số cá nhân của lãnh đạo là hai "
                            "chứng thư khác nhau.",
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
                    "question": "Bạn mở một tệp PDF đã ký số. Trong bảng chữ ký, bạn cần kiểm tra những gì? (Chọn "
                    "tất cả đáp án đúng)",
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
                            "explanation": "Chưa đúng. Hình ảnh có thể bị sao chép; giá trị nằm ở chữ ký số được "
                            "phần mềm kiểm tra.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "question": "Một người dân nộp trực tuyến hồ sơ còn thiếu một giấy tờ. Là cán bộ một cửa, bạn xử "
                    "lý thế nào?",
                    "options": [
                        {
                            "text": "Chọn Yêu cầu bổ sung, ghi đầy đủ một lần các giấy tờ còn thiếu và lý do",
                            "correct": True,
                            "explanation": "Đúng. Yêu cầu bổ sung một lần, rõ ràng giúp người dân không phải đi lại, "
                            "hồ sơ không bị trễ hạn.",
                        },
                        {
                            "text": "Yêu cầu bổ sung lần lượt từng giấy tờ, hết giấy này mới báo giấy tiếp theo",
                            "correct": False,
                            "explanation": "Chưa đúng. Nguyên tắc là yêu cầu bổ sung một lần, ghi rõ tất cả những gì "
                            "còn thiếu.",
                        },
                        {
                            "text": "Yêu cầu người dân nộp thêm giấy xác nhận cư trú cho chắc chắn",
                            "correct": False,
                            "explanation": "Chưa đúng. Thông tin cư trú đã có trong Cơ sở dữ liệu quốc gia về dân "
                            "cư; không yêu cầu nộp giấy tờ mà cơ quan nhà nước đã có.",
                        },
                        {
                            "text": "Từ chối hồ sơ mà không cần nêu lý do",
                            "correct": False,
                            "explanation": "Sai. Hồ sơ thiếu thì yêu cầu bổ sung; chỉ từ chối khi không thuộc thẩm "
                            "quyền và phải nêu rõ lý do.",
                        },
                    ],
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Bạn được giao tổng hợp danh sách hộ nghèo có số định danh, số điện thoại và hoàn "
                    "cảnh của từng hộ. Những cách làm nào là đúng?",
                    "options": [
                        {
                            "text": "Chỉ dùng dữ liệu đúng mục đích công việc được giao",
                            "correct": True,
                            "explanation": "Đúng. Luật Bảo vệ dữ liệu cá nhân yêu cầu chỉ thu thập, sử dụng dữ liệu "
                            "cần cho công việc.",
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
                            "explanation": "Sai. Đăng số định danh, số điện thoại, hoàn cảnh của người dân lên mạng "
                            "xã hội là làm lộ dữ liệu cá nhân.",
                        },
                        {
                            "text": "Dán danh sách vào công cụ trí tuệ nhân tạo công cộng để tóm tắt cho nhanh",
                            "correct": False,
                            "explanation": "Sai. Không dán dữ liệu cá nhân, hồ sơ của người dân vào công cụ AI công "
                            "cộng.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "question": "Bạn nhận thư điện tử tiêu đề “Công văn khẩn”, ghi tên lãnh đạo cấp trên, kèm tệp "
                    "nén .rar và yêu cầu mở ngay. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Chưa mở tệp; kiểm tra địa chỉ người gửi và gọi xác minh qua số đã biết",
                            "correct": True,
                            "explanation": "Đúng. Tin tặc hay giả danh lãnh đạo, cơ quan cấp trên để phát tán mã độc "
                            "qua tệp đính kèm.",
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
                    "statement": "Khi dùng công cụ trí tuệ nhân tạo để soạn báo cáo, cán bộ vẫn phải tự kiểm tra mọi "
                    "số liệu và căn cứ pháp lý trong nội dung AI gợi ý.",
                    "answer": "true",
                    "explanation": "Đúng. AI có thể “bịa” số hiệu văn bản, số liệu. Người dùng chịu trách nhiệm về "
                    "nội dung cuối cùng.",
                },
            ),
            (
                "true_false",
                {
                    "statement": "Để mọi người dễ tham dự, nên đăng đường link và mật khẩu phòng họp trực tuyến lên "
                    "nhóm Zalo đông người.",
                    "answer": "false",
                    "explanation": "Sai. Không chia sẻ đường link, mật khẩu phòng họp lên nhóm đông người. Người chủ "
                    "trì kiểm tra danh sách người tham dự, bật phòng chờ và không cho người lạ vào.",
                },
            ),
        ],
    },
    "lam-quen-dien-thoai-va-vneid": {
        "slug": "kiem-tra-cuoi-khoa",
        "title": "Bài ôn tập cuối khóa: Điện thoại thông minh và VNeID",
        "intro": "Bảy câu hỏi ngắn giúp bạn ôn lại cách dùng điện thoại và ứng dụng VNeID; bạn được làm lại bao "
        "nhiêu lần cũng được.",
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
                            "explanation": "Chưa đúng. Nhấn giữ nút nguồn để tắt hoặc khởi động lại máy, không làm "
                            "chữ to hơn.",
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
                            "explanation": "Chưa đúng. Bấm nhầm không làm hỏng máy. Chỉ cần cẩn thận ở chỗ liên quan "
                            "đến tiền, mật khẩu, mã OTP.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "question": "Một người gọi điện xưng là công an, nói sẽ “kích hoạt định danh mức 2 tại nhà” cho "
                    "bạn và gửi đường link qua Zalo để cài VNeID. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Không bấm; tự cài VNeID từ CH Play, App Store hoặc đến công an xã, phường",
                            "correct": True,
                            "explanation": "Đúng. Công an không kích hoạt tài khoản qua điện thoại; đường link đó "
                            "thường dẫn tới ứng dụng giả.",
                        },
                        {
                            "text": "Bấm vào đường link để cài, vì người gọi xưng công an và biết rõ số căn cước",
                            "correct": False,
                            "explanation": "Sai. Cơ quan nhà nước không gửi đường link cài ứng dụng qua Zalo hay tin "
                            "nhắn.",
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
                            "explanation": "Đúng. Passcode bảo vệ giấy tờ của bạn ngay cả khi người khác cầm được "
                            "điện thoại.",
                        },
                        {
                            "text": "Đặt mật khẩu là ngày sinh cho dễ nhớ",
                            "correct": False,
                            "explanation": "Chưa đúng. Mật khẩu cần có chữ hoa, chữ thường, số và ký tự đặc biệt; "
                            "ngày sinh rất dễ bị đoán.",
                        },
                        {
                            "text": "Dùng số điện thoại của hàng xóm cho tiện nếu mình không có sẵn máy",
                            "correct": False,
                            "explanation": "Chưa đúng. Phải dùng số điện thoại chính chủ để nhận mã và lấy lại mật "
                            "khẩu khi cần.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Wi-Fi miễn phí ở quán cà phê phù hợp để đăng nhập ngân hàng và chuyển tiền.",
                    "answer": "false",
                    "explanation": "Sai. Wi-Fi công cộng dùng để đọc tin được, nhưng không nên đăng nhập ngân hàng "
                    "hay chuyển tiền khi dùng mạng này.",
                },
            ),
            (
                "single_choice",
                {
                    "question": "Bác Hòa đi khám ở trạm y tế nhưng quên mang thẻ bảo hiểm y tế giấy. Bác đã tích hợp "
                    "thẻ vào VNeID. Bác nên làm gì?",
                    "options": [
                        {
                            "text": "Mở VNeID, vào Ví giấy tờ và xuất trình thẻ cho nhân viên",
                            "correct": True,
                            "explanation": "Đúng. Chọn thẻ căn cước hoặc thẻ bảo hiểm y tế trong Ví giấy tờ để nhân "
                            "viên kiểm tra khi đi khám chữa bệnh.",
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
                    "statement": "Khi bị mất điện thoại, bạn nên gọi tổng đài 1900 0368 hoặc đến công an xã, phường "
                    "để đề nghị khóa tài khoản định danh điện tử.",
                    "answer": "true",
                    "explanation": "Đúng. Sau đó báo nhà mạng khóa SIM và báo ngân hàng để bảo vệ tài khoản.",
                },
            ),
        ],
    },
    "ban-hang-truc-tuyen-ho-kinh-doanh-htx": {
        "slug": "kiem-tra-cuoi-khoa",
        "title": "Bài kiểm tra cuối khóa: Bán hàng trực tuyến",
        "intro": "Kiểm tra cách chọn kênh bán, trình bày sản phẩm, nhận tiền, tránh chiêu lừa người bán và làm đúng "
        "nghĩa vụ thuế.",
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
                            "text": "Bắt đầu với một sàn và một kênh mạng xã hội; quen xử lý đơn hàng, tồn kho rồi "
                            "mới mở rộng",
                            "correct": True,
                            "explanation": "Đúng. Làm tốt một, hai kênh hiệu quả hơn có mặt ở mọi nơi mà trả lời "
                            "khách chậm.",
                        },
                        {
                            "text": "Mở gian hàng trên tất cả các sàn cùng lúc để có nhiều khách",
                            "correct": False,
                            "explanation": "Chưa đúng. Một người khó theo kịp đơn hàng, tin nhắn và tồn kho trên "
                            "nhiều sàn cùng lúc.",
                        },
                        {
                            "text": "Bán qua Facebook cá nhân của chủ nhiệm, khách chuyển tiền vào tài khoản riêng "
                            "của từng thành viên",
                            "correct": False,
                            "explanation": "Chưa đúng. Nên lập trang, tài khoản dành cho kinh doanh và dùng một tài "
                            "khoản ngân hàng đứng tên hợp tác xã.",
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
                            "explanation": "Đúng. Khách không cầm được sản phẩm, nên nhiều góc ảnh giúp họ hình dung "
                            "rõ.",
                        },
                        {
                            "text": "Lấy ảnh cam đẹp trên mạng của người khác cho nhanh",
                            "correct": False,
                            "explanation": "Sai. Không dùng ảnh của người khác: vừa vi phạm bản quyền, vừa không "
                            "đúng sản phẩm thật.",
                        },
                        {
                            "text": "Chụp dưới đèn vàng hoặc nắng gắt cho màu thật rực",
                            "correct": False,
                            "explanation": "Chưa đúng. Đèn vàng, nắng gắt làm sai màu sản phẩm; khách nhận hàng sẽ "
                            "thất vọng.",
                        },
                    ],
                },
            ),
            (
                "single_choice",
                {
                    "question": "Mật ong của hộ bạn chưa được công nhận sản phẩm OCOP. Câu mô tả nào phù hợp để đăng "
                    "bán?",
                    "options": [
                        {
                            "text": "“Mật ong hoa rừng thu ở Con Cuông, chai 500 ml, bảo quản nơi khô mát, giao "
                            "trong tỉnh 1–2 ngày.”",
                            "correct": True,
                            "explanation": "Đúng. Mô tả trả lời đúng câu hỏi của khách: là gì, ở đâu, dung tích, "
                            "cách bảo quản, giao hàng bao lâu.",
                        },
                        {
                            "text": "“Mật ong rừng nguyên chất đạt OCOP 4 sao, uống đều đặn mỗi sáng chữa khỏi đau "
                            "dạ dày.”",
                            "correct": False,
                            "explanation": "Sai. Không tự gắn sao OCOP khi chưa được cấp, không quảng cáo thực phẩm "
                            "“chữa bệnh”.",
                        },
                        {
                            "text": "“Mật ong thần dược chữa bách bệnh, cam kết khỏi sau 7 ngày, không khỏi hoàn "
                            "tiền gấp đôi.”",
                            "correct": False,
                            "explanation": "Sai. Quảng cáo sai sự thật có thể bị xử phạt và làm mất uy tín với khách "
                            "hàng.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Từ ngày 1/7/2025, khi bạn bán hàng qua sàn thương mại điện tử có chức năng thanh "
                    "toán, sàn sẽ khấu trừ và nộp thay thuế giá trị gia tăng, thuế thu nhập cá nhân cho hộ, cá nhân "
                    "kinh doanh.",
                    "answer": "true",
                    "explanation": "Đúng. Theo Nghị định 117/2025/NĐ-CP. Vì vậy cần khai đúng mã số thuế hoặc số "
                    "định danh cá nhân và lưu chứng từ khấu trừ sàn cung cấp.",
                },
            ),
            (
                "single_choice",
                {
                    "question": "Một khách lạ đặt 30 hộp cam qua Zalo, gửi ảnh chụp màn hình “chuyển khoản thành "
                    "công” và giục giao ngay, nhưng ứng dụng ngân hàng của bạn chưa báo tiền về. Bạn nên làm gì?",
                    "options": [
                        {
                            "text": "Chờ ứng dụng ngân hàng của mình báo tiền về rồi mới giao hàng",
                            "correct": True,
                            "explanation": "Đúng. Chỉ tin thông báo số dư; ảnh chụp màn hình có thể bị làm giả.",
                        },
                        {
                            "text": "Giao ngay, vì ảnh chụp có đủ số tiền, mã giao dịch và tên ngân hàng",
                            "correct": False,
                            "explanation": "Sai. Ảnh chụp màn hình dù đủ thông tin vẫn có thể bị làm giả; đây là "
                            "chiêu lừa người bán thường gặp.",
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
                    "question": "Một người xưng là “nhân viên sàn” nhắn Zalo, yêu cầu bạn nộp phí nâng hạng gian "
                    "hàng và đọc mã OTP vừa gửi đến điện thoại. Bạn nên làm gì?",
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
                    "question": "Hộ bạn vừa bán trên sàn có chức năng thanh toán, vừa bán qua Facebook. Những việc "
                    "nào là đúng?",
                    "options": [
                        {
                            "text": "Tự khai, nộp thuế cho doanh thu bán qua Facebook, có thể dùng cổng thuế điện tử "
                            "hoặc eTax Mobile",
                            "correct": True,
                            "explanation": "Đúng. Bán qua mạng xã hội, website riêng thì người bán tự khai, nộp thuế "
                            "theo doanh thu.",
                        },
                        {
                            "text": "Lưu chứng từ khấu trừ thuế do sàn cung cấp",
                            "correct": True,
                            "explanation": "Đúng. Chứng từ này chứng minh phần doanh thu trên sàn đã được khấu trừ "
                            "thuế.",
                        },
                        {
                            "text": "Công khai giá, chính sách đổi trả và thông tin liên hệ",
                            "correct": True,
                            "explanation": "Đúng. Đây là trách nhiệm bảo vệ người tiêu dùng của người bán.",
                        },
                        {
                            "text": "Khai và nộp thêm một lần nữa cho phần doanh thu trên sàn đã được khấu trừ",
                            "correct": False,
                            "explanation": "Chưa đúng. Doanh thu trên sàn đã được khấu trừ thì không khai nộp lại "
                            "phần đó.",
                        },
                        {
                            "text": "Bán danh sách số điện thoại, địa chỉ khách hàng cho cửa hàng khác",
                            "correct": False,
                            "explanation": "Sai. Dữ liệu khách hàng chỉ dùng để giao hàng, chăm sóc khách; không mua "
                            "bán, chia sẻ.",
                        },
                    ],
                },
            ),
            (
                "true_false",
                {
                    "statement": "Website bán hàng riêng có chức năng đặt hàng thì không cần thông báo với cơ quan "
                    "nào.",
                    "answer": "false",
                    "explanation": "Sai. Website có chức năng đặt hàng phải thông báo với Bộ Công Thương trên "
                    "online.gov.vn.",
                },
            ),
        ],
    },
}
