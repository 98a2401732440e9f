"""The demo's community team (``load_demo``): the help page for members, sessions, assisted residents and
a person merged from attendance, written through the team's own services. Idempotent."""

import datetime
import io
import uuid
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model

from courses.builders import page_get_or_create
from courses.models import CoursePage, LessonPage
from courses.models.pages import live_lessons
from elearn.accounts.models import AdministrativeUnit
from home.models import StandardPage

from . import services
from .models import VillageSession

HELP_SLUG = "huong-dan-to-cong-nghe"
HELP_INTRO = "Hướng dẫn từng bước cho thành viên tổ công nghệ số cộng đồng: đăng ký hộ, ghi danh, ghi nhận buổi học."
HELP_BODY = [
    ("heading", {"text": "Trước khi bắt đầu", "level": "h2"}),
    (
        "paragraph",
        "<p>Đăng nhập bằng tài khoản thành viên tổ, rồi mở mục <b>Tổ công nghệ số</b> (địa chỉ /to-cong-nghe/). "
        "Bạn chỉ thấy người dân và buổi học của xã, phường mình phụ trách. Số điện thoại luôn được che bớt "
        "(ví dụ 0912 *** 678). Mọi thao tác của bạn đều được ghi lại để quản trị trang kiểm tra.</p>",
    ),
    ("heading", {"text": "1. Đăng ký hộ người dân", "level": "h2"}),
    (
        "paragraph",
        "<ol><li>Chọn <b>Đăng ký hộ người dân</b>.</li>"
        "<li>Cho người dân đọc chính sách bảo vệ dữ liệu cá nhân trên màn hình của bạn, hoặc đọc to cho họ nghe, "
        "hoặc cho họ ký phiếu giấy (ghi lại số phiếu).</li>"
        "<li>Nhập họ tên có dấu, số di động, xã/phường và đối tượng; chọn cách người dân đã đồng ý.</li>"
        "<li>Đánh dấu ô xác nhận rồi bấm <b>Tạo tài khoản</b>.</li>"
        "<li>Người dân nhận tin nhắn SMS có đường liên kết để <b>tự đặt mật khẩu</b>. Bạn không bao giờ biết "
        "mật khẩu của họ và không đăng nhập thay họ.</li></ol>",
    ),
    ("screenshot", "register"),
    ("screenshot", "take-over"),
    ("heading", {"text": "2. Ghi danh vào khóa học", "level": "h2"}),
    (
        "paragraph",
        "<ol><li>Chọn <b>Ghi danh người dân</b> và đánh dấu khóa học.</li>"
        "<li>Tìm người dân: gõ tên (có dấu hay không dấu đều được, ví dụ <i>thanh</i> hay <i>Thành</i>) hoặc "
        "3 số cuối của số điện thoại, rồi bấm <b>Tìm kiếm</b>. Đánh dấu những người cần ghi danh; người đã đánh dấu "
        "vẫn được giữ khi bạn tìm người khác hoặc chuyển trang.</li>"
        "<li>Hoặc tải lên tệp CSV mỗi dòng một số điện thoại.</li>"
        "<li>Nếu có dòng sai, trang liệt kê từng dòng kèm lý do và chưa ghi danh ai: sửa tệp rồi gửi lại. "
        "Bấm gửi hai lần cũng không ghi danh trùng.</li></ol>",
    ),
    ("screenshot", "enrol"),
    ("heading", {"text": "3. Ghi nhận buổi học tại thôn", "level": "h2"}),
    (
        "paragraph",
        "<ol><li>Chọn <b>Buổi học tại thôn</b> → <b>Ghi nhận buổi học</b>, chọn khóa học đã dạy.</li>"
        "<li>Nhập ngày, địa điểm (ví dụ: Nhà văn hóa thôn 3), các bài đã học và người hướng dẫn.</li>"
        "<li>Trong trang buổi học, tìm và đánh dấu những người dân đã có tài khoản rồi bấm "
        "<b>Thêm vào buổi học</b>. Các bài ghi <b>hoàn thành khi tham gia buổi học</b> được tính hoàn thành "
        "cho họ, như khi học trực tuyến.</li>"
        "<li>Người chưa có tài khoản: nhập họ tên và số điện thoại. Khi họ có tài khoản, bấm "
        "<b>Gắn với tài khoản</b> để các bài được tính cho họ.</li></ol>",
    ),
    ("screenshot", "attendance"),
    ("heading", {"text": "4. Trang của tổ", "level": "h2"}),
    (
        "paragraph",
        "<p>Trang của tổ cho biết trong tháng: số người dân được đăng ký, lượt ghi danh, khóa học hoàn thành, "
        "số buổi học; việc của riêng bạn và bảng việc của từng thành viên; tiến độ chỉ tiêu của xã và phần "
        "đóng góp của tổ; những người đã bắt đầu nhưng hai tuần nay không học tiếp để tổ ghé thăm, gọi điện.</p>",
    ),
    ("screenshot", "team"),
    ("callout", {"kind": "tip", "title": "Gặp khó khăn?", "text": "<p>Gọi đường dây hỗ trợ ghi ở cuối trang.</p>"}),
]

# The help page's screenshots: real screens of the demo on a phone, taken by
# tests/browser/take_help_screenshots.py into community/demo_images/ (kept in the repository).
IMAGES_DIR = Path(__file__).resolve().parent / "demo_images"
HELP_IMAGE_TITLE = "Hướng dẫn tổ công nghệ số: "
HELP_SCREENSHOTS = {  # key → (alternative text, caption)
    "register": (
        "Màn hình Đăng ký hộ người dân trên điện thoại: ô họ tên, số di động, xã/phường và cách người dân đồng ý.",
        "Đăng ký hộ: người dân tự đồng ý, bạn không biết mật khẩu của họ.",
    ),
    "take-over": (
        "Màn hình người dân mở từ tin nhắn SMS để tự đặt mật khẩu: hai ô mật khẩu và nút Lưu mật khẩu.",
        "Người dân mở đường liên kết trong SMS và tự đặt mật khẩu.",
    ),
    "enrol": (
        "Màn hình Ghi danh người dân: khóa học đã đánh dấu, ô tìm người dân theo tên hoặc số cuối điện thoại "
        "và danh sách kết quả có ô đánh dấu.",
        "Ghi danh: tìm theo tên không dấu hoặc 3 số cuối điện thoại, đánh dấu rồi bấm Ghi danh.",
    ),
    "attendance": (
        "Trang buổi học tại Nhà văn hóa thôn 3: danh sách người tham dự và phần tìm, đánh dấu người dân "
        "có tài khoản để thêm vào buổi học.",
        "Buổi học: thêm người dân có tài khoản; các bài được tính hoàn thành cho họ.",
    ),
    "team": (
        "Trang của tổ: việc của bạn trong tháng và bảng việc của từng thành viên tổ.",
        "Trang của tổ: việc của bạn và của từng thành viên trong tháng.",
    ),
}


def help_image(key: str):
    """The Wagtail image of the help screenshot ``key`` (imported once, by title), or None if the file is missing."""
    path = IMAGES_DIR / f"{key}.png"
    if not path.exists():
        return None
    Image = get_image_model()
    title = f"{HELP_IMAGE_TITLE}{key}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(path.read_bytes()), name=f"huong-dan-to-{key}.png")
        image.save()
    return image


def help_body() -> list:
    """The help page's blocks, with each screenshot whose file exists in place of its marker."""
    body = []
    for kind, value in HELP_BODY:
        if kind != "screenshot":
            body.append((kind, value))
            continue
        image = help_image(value)
        if image is not None:
            alt_text, caption = HELP_SCREENSHOTS[value]
            body.append(("image", {"image": image, "alt_text": alt_text, "caption": caption}))
    return body


DEMO_RESIDENTS = [  # name, phone, consent method, paper form number
    ("Nguyễn Văn Thành", "+84912300001", "paper", "DC-2026-001"),
    ("Trần Thị Hằng", "+84912300002", "aloud", ""),
]
DEMO_GUEST = ("Hoàng Văn Sơn", "+84912300003")  # at a session without an account, merged later
DEMO_OTHER_GUEST = ("Lê Thị Cúc", "+84912300004")  # still without an account


def build_help_page(home) -> StandardPage:
    """The help page, with its screenshots; a page loaded before they existed gets them (a new revision)."""
    body = help_body()
    page = StandardPage(title="Hướng dẫn cho tổ công nghệ số cộng đồng", slug=HELP_SLUG, intro=HELP_INTRO, body=body)
    page = page_get_or_create(home, page)
    has_images = any(block.block_type == "image" for block in page.body)
    if not has_images and any(kind == "image" for kind, _value in body):
        page.body = body
        page.save_revision().publish()
    return page


def build_community_demo(*, home, member) -> None:
    build_help_page(home)
    commune = AdministrativeUnit.objects.get(code="40-X01")
    course = CoursePage.objects.filter(slug="dich-vu-cong-truc-tuyen-nghe-an").first()
    if course is None or VillageSession.objects.filter(administrative_unit=commune, led_by=member).exists():
        return
    lessons = list(live_lessons(course).filter(quizpage__isnull=True).order_by("path")[:2])
    LessonPage.objects.filter(pk__in=[lesson.pk for lesson in lessons]).update(completable_in_person=True)
    lessons = list(LessonPage.objects.filter(pk__in=[lesson.pk for lesson in lessons]).order_by("path"))
    User = get_user_model()
    residents = []
    for name, phone, method, form_number in DEMO_RESIDENTS:
        resident = (
            User.objects.filter(phone=phone).first()
            or services.resident_register(
                member=member,
                full_name=name,
                phone=phone,
                administrative_unit=commune,
                audience="resident",
                consent_method=method,
                paper_form_number=form_number,
            ).resident
        )
        residents.append(resident)
    services.residents_enrol(member=member, residents=residents, courses=[course])
    today = timezone.localdate()

    def session(days_ago: int, place: str):
        return services.session_record(
            member=member,
            token=uuid.uuid4(),
            # Within this month, so the team's page shows them whatever the day the demo is loaded.
            held_on=max(today - datetime.timedelta(days=days_ago), today.replace(day=1)),
            place=place,
            administrative_unit=commune,
            course=course,
            lessons=lessons,
            led_by=member,
        ).session

    first = session(7, "Nhà văn hóa thôn 3")
    services.attendance_record(member=member, session=first, residents=residents)
    guest = services.attendance_record_guest(member=member, session=first, full_name=DEMO_GUEST[0], phone=DEMO_GUEST[1])
    second = session(2, "Nhà văn hóa xóm Tân Lộc")
    services.attendance_record(member=member, session=second, residents=residents[:1])
    services.attendance_record_guest(
        member=member, session=second, full_name=DEMO_OTHER_GUEST[0], phone=DEMO_OTHER_GUEST[1]
    )
    # Hoàng Văn Sơn came without an account; the team registered him afterwards and linked the attendance.
    son = services.resident_register(
        member=member,
        full_name=DEMO_GUEST[0],
        phone=DEMO_GUEST[1],
        administrative_unit=commune,
        audience="resident",
        consent_method="screen",
    ).resident
    services.attendance_merge(member=member, attendance=guest, resident=son)
