"""Demo content for elearn: Vietnamese-first digital-skills courses for Nghệ An. Pure data.

* ``TOPICS`` – course topics;
* ``COMPETENCES`` – areas/competences of EU DigComp 2.2 and Vietnam's basic digital-skills groups;
* ``COURSES`` – one module per course: ``COURSE`` (sections and lessons; a lesson body is a list of
  ``(block_type, value)`` tuples matching ``courses.blocks.lesson_blocks``) and ``QUIZ``, its final
  quiz (questions as ``(block_type, value)`` tuples matching ``courses.blocks.question_blocks``:
  ``single_choice``, ``multiple_choice``, ``true_false`` with ``answer`` "true" or "false").

References ``"img:<key>"`` and ``"doc:<key>"`` are replaced by the builder with generated
illustrative screenshots and small handouts. Menu names of the portals and apps are
described as they appear in 2025–2026; they may change slightly between versions. Every
quiz question tests what the course's lessons teach, mostly as everyday scenarios.
"""

from . import ban_hang, can_bo, chu_ky_so_hoa_don, dich_vu_cong, dien_thoai_vneid, lua_dao, thanh_toan

TOPICS = [
    {
        "slug": "dich-vu-cong-truc-tuyen",
        "name": "Dịch vụ công trực tuyến",
        "description": "Nộp hồ sơ, theo dõi kết quả và thanh toán lệ phí thủ tục hành chính qua Cổng Dịch vụ công "
        "quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Nghệ An.",
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
        "description": "Nhận diện cuộc gọi, tin nhắn, đường link lừa đảo; bảo vệ mật khẩu, mã OTP, dữ liệu cá nhân và "
        "biết cách trình báo khi bị lừa.",
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
        "description": "Văn bản điện tử, chữ ký số chuyên dùng công vụ, xử lý hồ sơ trên hệ thống một cửa điện tử và "
        "bảo vệ dữ liệu trong cơ quan nhà nước.",
    },
    {
        "slug": "ky-nang-so-co-ban",
        "name": "Kỹ năng số cơ bản",
        "description": "Làm quen với điện thoại thông minh, Internet và ứng dụng VNeID cho người mới bắt đầu, người "
        "cao tuổi.",
    },
    {
        "slug": "kinh-doanh-so",
        "name": "Kinh doanh trên môi trường số",
        "description": "Bán hàng trực tuyến, mở gian hàng trên sàn thương mại điện tử, nhận thanh toán và giao hàng "
        "cho hộ kinh doanh, hợp tác xã.",
    },
]

COMPETENCES = [
    {
        "framework": "digcomp",
        "code": "1",
        "name": "Hiểu biết về thông tin và dữ liệu",
        "parent": None,
    },
    {
        "framework": "digcomp",
        "code": "1.1",
        "name": "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số",
        "parent": "1",
    },
    {
        "framework": "digcomp",
        "code": "1.2",
        "name": "Đánh giá dữ liệu, thông tin và nội dung số",
        "parent": "1",
    },
    {
        "framework": "digcomp",
        "code": "1.3",
        "name": "Quản lý dữ liệu, thông tin và nội dung số",
        "parent": "1",
    },
    {
        "framework": "digcomp",
        "code": "2",
        "name": "Giao tiếp và hợp tác",
        "parent": None,
    },
    {
        "framework": "digcomp",
        "code": "2.1",
        "name": "Tương tác thông qua công nghệ số",
        "parent": "2",
    },
    {
        "framework": "digcomp",
        "code": "2.2",
        "name": "Chia sẻ thông qua công nghệ số",
        "parent": "2",
    },
    {
        "framework": "digcomp",
        "code": "2.3",
        "name": "Thực hiện quyền công dân thông qua công nghệ số",
        "parent": "2",
    },
    {
        "framework": "digcomp",
        "code": "2.4",
        "name": "Hợp tác thông qua công nghệ số",
        "parent": "2",
    },
    {
        "framework": "digcomp",
        "code": "2.5",
        "name": "Quy tắc ứng xử trên môi trường mạng",
        "parent": "2",
    },
    {
        "framework": "digcomp",
        "code": "2.6",
        "name": "Quản lý danh tính số",
        "parent": "2",
    },
    {
        "framework": "digcomp",
        "code": "3",
        "name": "Sáng tạo nội dung số",
        "parent": None,
    },
    {
        "framework": "digcomp",
        "code": "3.1",
        "name": "Phát triển nội dung số",
        "parent": "3",
    },
    {
        "framework": "digcomp",
        "code": "3.3",
        "name": "Bản quyền và giấy phép",
        "parent": "3",
    },
    {
        "framework": "digcomp",
        "code": "4",
        "name": "An toàn",
        "parent": None,
    },
    {
        "framework": "digcomp",
        "code": "4.1",
        "name": "Bảo vệ thiết bị",
        "parent": "4",
    },
    {
        "framework": "digcomp",
        "code": "4.2",
        "name": "Bảo vệ dữ liệu cá nhân và quyền riêng tư",
        "parent": "4",
    },
    {
        "framework": "digcomp",
        "code": "4.3",
        "name": "Bảo vệ sức khỏe và an sinh",
        "parent": "4",
    },
    {
        "framework": "digcomp",
        "code": "5",
        "name": "Giải quyết vấn đề",
        "parent": None,
    },
    {
        "framework": "digcomp",
        "code": "5.1",
        "name": "Giải quyết các vấn đề kỹ thuật",
        "parent": "5",
    },
    {
        "framework": "digcomp",
        "code": "5.2",
        "name": "Xác định nhu cầu và giải pháp công nghệ",
        "parent": "5",
    },
    {
        "framework": "digcomp",
        "code": "5.4",
        "name": "Nhận biết những thiếu hụt về năng lực số",
        "parent": "5",
    },
    {
        "framework": "vn_basic",
        "code": "VN1",
        "name": "Sử dụng thiết bị số",
        "parent": None,
    },
    {
        "framework": "vn_basic",
        "code": "VN2",
        "name": "Khai thác thông tin và dữ liệu",
        "parent": None,
    },
    {
        "framework": "vn_basic",
        "code": "VN3",
        "name": "Giao tiếp và hợp tác trên môi trường số",
        "parent": None,
    },
    {
        "framework": "vn_basic",
        "code": "VN4",
        "name": "An toàn, an ninh mạng",
        "parent": None,
    },
    {
        "framework": "vn_basic",
        "code": "VN5",
        "name": "Sử dụng dịch vụ công trực tuyến",
        "parent": None,
    },
    {
        "framework": "vn_basic",
        "code": "VN6",
        "name": "Giao dịch và thanh toán điện tử",
        "parent": None,
    },
    {
        "framework": "vn_basic",
        "code": "VN7",
        "name": "Kinh doanh và làm việc trên môi trường số",
        "parent": None,
    },
]

# In catalogue order.
_MODULES = [dich_vu_cong, thanh_toan, lua_dao, chu_ky_so_hoa_don, can_bo, dien_thoai_vneid, ban_hang]
COURSES = [module.COURSE for module in _MODULES]
QUIZZES = {module.COURSE["slug"]: module.QUIZ for module in _MODULES}
