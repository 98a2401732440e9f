"""Demo site tree, settings, units and users. Idempotent: safe to run again."""

import datetime
from pathlib import Path

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from board.demo import build_board_demo
from community.demo import build_community_demo
from courses import roles
from courses.builders import page_get_or_create
from courses.demo.builder import build_courses, build_demo_progress
from courses.models import CoursePage, Target, TrainerScope
from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation
from elearn.accounts.services import profile_create
from elearn.accounts.unit_import import administrative_units_import

from .models import HomePage, SiteSettings, StandardPage

UNITS_CSV = Path(__file__).resolve().parent.parent / "elearn" / "accounts" / "data" / "nghe_an_units.csv"
DEMO_PASSWORD = "HocSo@2026"

# A resident without email, who signs in with her mobile number (E.164 stored, typed any usual way).
DEMO_PHONE_RESIDENT = ("+84912345678", "0912 345 678", "Lê Thị Hoa", "40-X01")

# email, full name, role, audience, unit code, organisation, is_superuser
DEMO_USERS = [
    ("admin@elearn.local", "Quản trị hệ thống", "admin", "official", "40-P01", "Sở Khoa học và Công nghệ", True),
    (
        "bientap@elearn.local",
        "Nguyễn Thị Hồng Nhung",
        "editor",
        "official",
        "40-P01",
        "Sở Khoa học và Công nghệ",
        False,
    ),
    ("kiemduyet@elearn.local", "Trần Văn Đức", "moderator", "official", "40-P02", "Sở Khoa học và Công nghệ", False),
    (
        "giangvien@elearn.local",
        "Lê Thị Phương Thảo",
        "trainer",
        "official",
        "40-P03",
        "Trung tâm Chuyển đổi số tỉnh",
        False,
    ),
    ("tocongnghe@elearn.local", "Hồ Sỹ Quang", "community", "resident", "40-X01", None, False),
    ("hocvien@elearn.local", "Phạm Văn Nghệ", "learner", "resident", "40-X01", None, False),
    (
        "doanhnghiep@elearn.local",
        "Võ Thị Ngọc Ánh",
        "learner",
        "business",
        "40-P06",
        "Công ty TNHH Gốm Nghi Lộc",
        False,
    ),
]

ORGANISATIONS = [
    ("Sở Khoa học và Công nghệ", Organisation.Kind.AGENCY, "40-P01"),
    ("Trung tâm Chuyển đổi số tỉnh", Organisation.Kind.AGENCY, "40-P03"),
    ("UBND xã Diễn Châu", Organisation.Kind.AGENCY, "40-X01"),
    ("UBND phường Cửa Lò", Organisation.Kind.AGENCY, "40-P06"),
    ("Công ty TNHH Gốm Nghi Lộc", Organisation.Kind.BUSINESS, "40-P06"),
    ("Hợp tác xã Chè Thanh Chương", Organisation.Kind.BUSINESS, "40-X08"),
]

STANDARD_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "Nền tảng học trực tuyến giúp người dân, doanh nghiệp và cán bộ tỉnh Nghệ An sử dụng thành thạo "
        "các dịch vụ số.",
        "<p>Nền tảng được xây dựng để thực hiện mục tiêu chuyển đổi số của tỉnh: mọi người dân đều có thể "
        "tự học cách sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, giữ an toàn thông tin "
        "và dùng chữ ký số. Các tổ công nghệ số cộng đồng ở từng xã, phường sẵn sàng hỗ trợ bạn.</p>",
    ),
    "chinh-sach-bao-ve-du-lieu-ca-nhan": (
        "Chính sách bảo vệ dữ liệu cá nhân",
        "Chúng tôi thu thập ít dữ liệu nhất có thể và chỉ dùng cho việc học tập, cấp chứng nhận và thống kê.",
        "<h3>Dữ liệu được thu thập</h3><ul><li>Họ và tên, email, xã/phường, đối tượng người học;</li>"
        "<li>Cơ quan/doanh nghiệp và số điện thoại (không bắt buộc);</li><li>Kết quả học tập và chứng nhận.</li></ul>"
        "<h3>Mục đích</h3><p>Theo dõi tiến độ học, cấp chứng nhận hoàn thành và báo cáo tổng hợp theo địa bàn, "
        "cơ quan cho các chỉ tiêu chuyển đổi số của tỉnh.</p>"
        "<h3>Quyền của bạn</h3><p>Bạn có thể xem, sửa, tải xuống toàn bộ dữ liệu của mình và xóa tài khoản bất "
        "cứ lúc nào tại trang Hồ sơ của tôi. Dữ liệu không được chia sẻ cho bên thứ ba vì mục đích thương mại.</p>"
        "<p>Phiên bản chính sách: 2026-01.</p>",
    ),
    "dieu-khoan-su-dung": (
        "Điều khoản sử dụng",
        "Quy định khi sử dụng nền tảng học kỹ năng số.",
        "<p>Nền tảng miễn phí cho mọi người. Bạn cam kết cung cấp thông tin đúng sự thật để chứng nhận được cấp "
        "chính xác, và không chia sẻ tài khoản cho người khác.</p>",
    ),
    "tro-giup": (
        "Trợ giúp",
        "Câu trả lời cho những câu hỏi thường gặp.",
        "<p>Nếu gặp khó khăn khi đăng ký hoặc học tập, hãy liên hệ tổ công nghệ số cộng đồng tại xã, phường của "
        "bạn hoặc gọi đường dây hỗ trợ ghi ở cuối trang.</p>",
    ),
}


def build_home() -> HomePage:
    home = page_get_or_create(
        Page.get_first_root_node(),
        HomePage(
            title="Trang chủ",
            slug="trang-chu",
            hero_title="Kỹ năng số cho mọi người dân Nghệ An",
            hero_intro=(
                "Học miễn phí, theo nhịp của bạn, ngay trên điện thoại: dịch vụ công trực tuyến, thanh toán "
                "không dùng tiền mặt, an toàn thông tin, chữ ký số và nhiều hơn nữa."
            ),
            audience_paths=[
                (
                    "path",
                    {
                        "audience": "resident",
                        "title": "Người dân",
                        "text": "Làm thủ tục hành chính trực tuyến, thanh toán điện tử và giữ an toàn trên mạng.",
                    },
                ),
                (
                    "path",
                    {
                        "audience": "business",
                        "title": "Doanh nghiệp",
                        "text": "Chữ ký số, hóa đơn điện tử, kê khai thuế và bán hàng trực tuyến.",
                    },
                ),
                (
                    "path",
                    {
                        "audience": "official",
                        "title": "Cán bộ, công chức, viên chức",
                        "text": "Nâng cao kỹ năng số trong công việc: văn bản điện tử, dữ liệu, an toàn thông tin.",
                    },
                ),
            ],
            how_it_works=[
                (
                    "step",
                    {
                        "title": "Đăng ký miễn phí",
                        "text": "Tạo tài khoản bằng email, chọn xã/phường nơi bạn sinh sống hoặc làm việc.",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Học theo nhịp của bạn",
                        "text": "Mỗi bài học ngắn, có hướng dẫn từng bước kèm hình ảnh; học tiếp từ chỗ đã dừng.",
                    },
                ),
                (
                    "step",
                    {
                        "title": "Nhận chứng nhận",
                        "text": "Hoàn thành khóa học và bài kiểm tra để nhận chứng nhận có mã QR xác thực.",
                    },
                ),
            ],
        ),
    )
    # Wagtail's installer leaves a "Welcome" page; the demo site uses ours.
    Page.objects.filter(depth=2).exclude(pk=home.pk).filter(slug="home").delete()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="elearn")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def build_standard_pages(home: HomePage) -> dict[str, StandardPage]:
    pages = {}
    for slug, (title, intro, html) in STANDARD_PAGES.items():
        page = StandardPage(title=title, slug=slug, intro=intro, body=[("paragraph", html)])
        pages[slug] = page_get_or_create(home, page)
    return pages


def build_settings(pages: dict[str, StandardPage]) -> None:
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.site_name = "Kỹ năng số Nghệ An"
    settings.issuing_organisation = "Sở Khoa học và Công nghệ tỉnh Nghệ An"
    settings.contact_address = "Số 75 đường Nguyễn Thị Minh Khai, phường Thành Vinh, tỉnh Nghệ An"
    settings.contact_phone = "0238 3844 500"
    settings.contact_email = "hotro@elearn.local"
    settings.about_page = pages["gioi-thieu"]
    settings.privacy_page = pages["chinh-sach-bao-ve-du-lieu-ca-nhan"]
    settings.terms_page = pages["dieu-khoan-su-dung"]
    settings.help_page = pages["tro-giup"]
    settings.save()


def build_units_and_organisations() -> None:
    with UNITS_CSV.open(encoding="utf-8-sig", newline="") as fh:
        administrative_units_import(file=fh)
    for name, kind, unit_code in ORGANISATIONS:
        Organisation.objects.update_or_create(
            name=name, defaults={"kind": kind, "administrative_unit": AdministrativeUnit.objects.get(code=unit_code)}
        )


def build_users() -> dict[str, object]:
    User = get_user_model()
    users = {}
    for email, full_name, role, audience, unit_code, organisation, is_superuser in DEMO_USERS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                username=email.split("@")[0],
                email=email,
                password=DEMO_PASSWORD,
                is_staff=role in {"admin", "editor", "moderator", "trainer"},
                is_superuser=is_superuser,
            )
            EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        if not LearnerProfile.objects.filter(user=user).exists():
            profile_create(
                user=user,
                full_name=full_name,
                audience=audience,
                administrative_unit=AdministrativeUnit.objects.get(code=unit_code),
                organisation=Organisation.objects.filter(name=organisation).first(),
            )
        users[role if role not in users else email] = user
    users["phone_resident"] = build_phone_resident()
    return users


def build_phone_resident():
    phone, _typed, full_name, unit_code = DEMO_PHONE_RESIDENT
    User = get_user_model()
    user = User.objects.filter(phone=phone).first()
    if user is None:
        user = User.objects.create_user(
            username="cudan-0912345678", email="", phone=phone, phone_verified=True, password=DEMO_PASSWORD
        )
        profile_create(
            user=user,
            full_name=full_name,
            audience="resident",
            administrative_unit=AdministrativeUnit.objects.get(code=unit_code),
        )
    return user


ROLE_GROUPS = {"editor": "EDITORS", "moderator": "MODERATORS", "trainer": "TRAINERS", "community": "COMMUNITY"}


def build_roles_and_targets(users: dict) -> None:
    """Put each demo user in their role's group; scope the community team; two sample targets."""
    for key, constant in ROLE_GROUPS.items():
        user = users[key]
        user.groups.add(Group.objects.get(name=getattr(roles, constant)))
        if not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
    scope, _created = TrainerScope.objects.get_or_create(user=users["community"])
    scope.administrative_units.add(AdministrativeUnit.objects.get(code="40-X01"))

    year = datetime.date.today().year
    portal = CoursePage.objects.filter(slug="dich-vu-cong-truc-tuyen-nghe-an").first()
    target, created = Target.objects.get_or_create(
        name="Xã Diễn Châu: người dân dùng dịch vụ công trực tuyến",
        defaults={
            "administrative_unit": AdministrativeUnit.objects.get(code="40-X01"),
            "audience": "resident",
            "learners_required": 200,
            "start_date": datetime.date(year, 1, 1),
            "deadline": datetime.date(year, 12, 31),
        },
    )
    if created and portal:
        target.courses.add(portal)
    Target.objects.get_or_create(
        name="Sở Khoa học và Công nghệ: cán bộ hoàn thành khóa kỹ năng số",
        defaults={
            "organisation": Organisation.objects.get(name="Sở Khoa học và Công nghệ"),
            "learners_required": 40,
            "start_date": datetime.date(year, 1, 1),
            "deadline": datetime.date(year, 12, 31),
        },
    )


@transaction.atomic
def build_demo_site(progress=None) -> dict:
    """The whole demo site; ``progress(message)``, if given, hears of each step before it runs."""
    step = progress or (lambda message: None)
    step(_("administrative units and organisations"))
    build_units_and_organisations()
    step(_("home page and site pages"))
    home = build_home()
    pages = build_standard_pages(home)
    build_settings(pages)
    step(_("demo accounts"))
    users = build_users()
    step(_("courses, lessons, quizzes and their images (the longest step)"))
    catalogue = build_courses(home)
    step(_("a learner's progress and certificate, roles and targets"))
    build_demo_progress(users["learner"])
    build_roles_and_targets(users)
    build_community_demo(home=home, member=users["community"])
    build_board_demo()
    return {"home": home, "pages": pages, "users": users, "catalogue": catalogue}


def demo_site_is_loaded() -> bool:
    """The demo's home page, every demo account and every demo course are there (two queries)."""
    from courses.demo.content import COURSES
    from elearn.accounts.models import User

    emails = {email for email, *_rest in DEMO_USERS}
    slugs = {course["slug"] for course in COURSES}
    return (
        HomePage.objects.filter(slug="trang-chu").exists()
        and User.objects.filter(email__in=emails).count() == len(emails)
        and CoursePage.objects.filter(slug__in=slugs).count() >= len(slugs)
    )
