import io

import pytest
from django.core.management import CommandError, call_command

from elearn.accounts.models import AdministrativeUnit, User
from home.models import HomePage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def test_load_demo_is_idempotent(client):
    call_command("load_demo", "--allow-production", verbosity=0)
    counts = (User.objects.count(), StandardPage.objects.count(), AdministrativeUnit.objects.count())
    call_command("load_demo", "--allow-production", "--force", verbosity=0)
    assert (User.objects.count(), StandardPage.objects.count(), AdministrativeUnit.objects.count()) == counts
    assert HomePage.objects.count() == 1
    settings = SiteSettings.objects.get()
    assert settings.privacy_page is not None
    response = client.get("/")
    assert response.status_code == 200
    assert "Chính sách bảo vệ dữ liệu cá nhân" in response.content.decode()


def test_load_demo_shows_its_steps_then_skips_when_the_demo_is_loaded(django_assert_max_num_queries):
    """A newcomer's first ``make run`` says what it is doing; the second starts in seconds (issue 17.12)."""
    first = io.StringIO()
    call_command("load_demo", "--allow-production", stdout=first)
    output = first.getvalue()
    for step in ("đơn vị hành chính và cơ quan", "khóa học, bài học, bài kiểm tra và hình ảnh", "chỉ mục tìm kiếm"):
        assert f"Dữ liệu mẫu: {step}" in output
    assert "Đã dựng dữ liệu mẫu trong" in output and "hocvien@elearn.local" in output

    second = io.StringIO()
    with django_assert_max_num_queries(3):
        call_command("load_demo", "--allow-production", stdout=second)
    assert "Dữ liệu mẫu đã có sẵn" in second.getvalue() and "Dữ liệu mẫu:" not in second.getvalue()
    assert "hocvien@elearn.local" in second.getvalue()  # the accounts are listed every time


def test_load_demo_builds_again_when_a_demo_course_is_missing():
    from courses.demo.content import COURSES
    from courses.models import CoursePage

    slug = COURSES[-1]["slug"]
    call_command("load_demo", "--allow-production", verbosity=0)
    CoursePage.objects.get(slug=slug).delete()
    output = io.StringIO()
    call_command("load_demo", "--allow-production", stdout=output)
    assert "Dữ liệu mẫu: khóa học" in output.getvalue()
    assert CoursePage.objects.filter(slug=slug).exists()


def test_load_demo_refuses_without_debug():
    with pytest.raises(CommandError):
        call_command("load_demo", verbosity=0)


def test_the_demo_has_a_community_team_with_sessions_assisted_residents_and_a_merged_person(client):
    from community.models import AssistedConsent, Attendance, MemberAction, VillageSession

    call_command("load_demo", "--allow-production", verbosity=0)
    call_command("load_demo", "--allow-production", verbosity=0)
    assert VillageSession.objects.count() == 2 and AssistedConsent.objects.count() == 3
    assert Attendance.objects.filter(merged_at__isnull=False).count() == 1
    assert Attendance.objects.filter(user__isnull=True, full_name="Lê Thị Cúc").exists()
    assert MemberAction.objects.filter(kind="merged").exists()
    help_page = StandardPage.objects.get(slug="huong-dan-to-cong-nghe")
    assert "Đăng ký hộ người dân" in client.get(help_page.url).content.decode()
    client.force_login(User.objects.get(email="tocongnghe@elearn.local"))
    html = client.get("/to-cong-nghe/buoi-hoc/").content.decode()
    assert "Nhà văn hóa thôn 3" in html and "Nhà văn hóa xóm Tân Lộc" in html
