"""Issue 15's team journeys on a phone: (a) a member registers a resident with assisted consent, enrols
them, records a village session with them and a person without an account; the resident's lesson is
complete through attendance and the commune report and the team's page count it; (b) a member of
another commune sees none of it."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from courses import roles
from courses.models import LessonCompletion, TrainerScope
from elearn.accounts.models import AdministrativeUnit, User
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

PORTAL = "dich-vu-cong-truc-tuyen-nghe-an"
RESIDENT = "Đặng Thị Thu"
GUEST = "Cao Văn Lực"
PLACE = "Nhà văn hóa thôn 5"


def figures(page) -> dict[str, int]:
    page.goto(reverse("community:home"))
    return {
        name: int(page.locator(f'[data-figure="{name}"]').inner_text())
        for name in ("helped", "enrolled", "sessions", "attendees")
    }


def commune_report_in_person(page) -> str:
    page.goto(reverse("unit_report") + "?level=commune")
    row = page.get_by_role("row").filter(has_text="Xã Diễn Châu")
    return row.get_by_role("cell").last.inner_text().strip()


def run_team_journey(demo, new_page, sms_outbox):
    member = demo.user("tocongnghe@elearn.local")
    course = demo.course(PORTAL)
    page = new_page("phone", user=member)
    before = figures(page)

    # Assisted sign-up: the consent is read aloud; the resident gets the SMS, the member no password.
    page.get_by_role("link", name="Đăng ký hộ người dân").first.click()
    page.get_by_role("textbox", name="Họ và tên người dân").fill(RESIDENT)
    page.get_by_role("textbox", name="Số di động của người dân").fill("0935 123 456")
    page.get_by_role("radio", name="Thành viên tổ đọc to cho người dân nghe").check()
    page.get_by_role("checkbox", name=re.compile("Tôi xác nhận người dân")).check()
    page.get_by_role("button", name="Tạo tài khoản").click()
    expect(page.get_by_role("main")).to_contain_text(f"Đã tạo tài khoản cho {RESIDENT}.")
    resident = User.objects.get(phone="+84935123456")
    assert not resident.has_usable_password()
    assert resident.assisted_consent.helped_by == member and resident.assisted_consent.method == "aloud"
    assert [m.to for m in sms_outbox] == ["+84935123456"] and "/nhan-tai-khoan/" in sms_outbox[0].text

    # Assisted enrolment: the new resident is already ticked.
    expect(page.get_by_role("checkbox", name=re.compile(RESIDENT))).to_be_checked()
    page.get_by_role("checkbox", name=course.title).check()
    page.get_by_role("button", name="Ghi danh", exact=True).click()
    expect(page.get_by_role("main")).to_contain_text("Đã lưu 1 lượt ghi danh mới")

    # The village session, in two steps.
    page.get_by_role("link", name="Buổi học tại thôn").first.click()
    page.get_by_role("link", name="Ghi nhận buổi học").click()
    page.get_by_role("combobox", name="Khóa học đã dạy").select_option(label=course.title)
    page.get_by_role("button", name="Tiếp tục").click()
    page.get_by_label("Ngày").fill(timezone.localdate().isoformat())
    page.get_by_role("textbox", name="Địa điểm").fill(PLACE)
    in_person = [lesson for lesson in demo.lessons(course) if lesson.completable_in_person]
    page.get_by_role("checkbox", name=re.compile(re.escape(in_person[0].title))).check()
    page.get_by_role("button", name="Ghi nhận buổi học").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(PLACE)
    # The commune's residents are searched on the server: the name typed without diacritics…
    search = page.get_by_role("searchbox", name="Tìm người dân")
    search.fill("dang thi thu")
    page.get_by_role("button", name="Tìm kiếm").click()
    picker = page.locator(".resident-picker")
    expect(picker).to_contain_text("1 người dân khớp với “dang thi thu”.")
    picker.get_by_role("checkbox", name=re.compile(RESIDENT)).check()
    # …and what is ticked stays ticked through another search (Enter in the box searches).
    search.fill("son")
    search.press("Enter")
    expect(picker).to_contain_text("khớp với “son”")
    expect(picker.get_by_role("checkbox", name=re.compile(RESIDENT))).to_be_checked()
    expect(picker).not_to_contain_text("0935123456")
    page.get_by_role("button", name="Thêm vào buổi học").click()
    expect(page.get_by_role("main")).to_contain_text("Đã thêm 1 người dân")
    guest_form = page.locator("form", has=page.get_by_role("button", name="Thêm người này"))
    guest_form.get_by_role("textbox", name="Họ và tên").fill(GUEST)
    guest_form.get_by_role("textbox", name="Số di động").fill("0935 999 888")
    page.get_by_role("button", name="Thêm người này").click()
    attendance = page.get_by_role("main").locator(".attendance-list")
    expect(attendance).to_contain_text(f"{GUEST} (0935 *** 888)")
    expect(attendance).to_contain_text(RESIDENT)
    expect(page.get_by_role("main")).not_to_contain_text("999 888")

    # The lesson is complete through attendance…
    completion = LessonCompletion.objects.get(enrollment__user=resident, lesson=in_person[0])
    assert completion.source == "in_person"
    # …the team's page counts the work…
    after = figures(page)
    assert after["helped"] == before["helped"] + 1 and after["enrolled"] == before["enrolled"] + 1
    assert after["sessions"] == before["sessions"] + 1 and after["attendees"] == before["attendees"] + 2
    # …and so does the commune report, in its "in person" column.
    expected = LessonCompletion.objects.filter(
        source="in_person", enrollment__user__profile__administrative_unit__code="40-X01"
    ).count()
    assert commune_report_in_person(page) == str(expected)
    return page


def test_a_team_member_registers_enrols_and_records_a_village_session_that_counts(demo, new_page, sms_outbox, axe):
    page = run_team_journey(demo, new_page, sms_outbox)
    page.goto(reverse("community:home"))
    axe(page)


def test_a_member_of_another_commune_sees_none_of_it(demo, new_page, sms_outbox):
    run_team_journey(demo, new_page, sms_outbox)
    from community.models import Attendance, VillageSession

    session = VillageSession.objects.get(place=PLACE)
    guest = Attendance.objects.get(session=session, full_name=GUEST)
    other_commune = AdministrativeUnit.objects.filter(level="commune").exclude(code="40-X01").first()
    outsider = UserFactory(is_staff=True)
    outsider.groups.add(Group.objects.get(name=roles.COMMUNITY))
    TrainerScope.objects.create(user=outsider).administrative_units.add(other_commune)

    page = new_page("phone", user=outsider)
    for name in ("community:home", "community:residents", "community:sessions", "community:enrol"):
        page.goto(reverse(name))
        main = page.get_by_role("main")
        expect(main).not_to_contain_text(RESIDENT)
        expect(main).not_to_contain_text(PLACE)
        expect(main).not_to_contain_text("0935")
    for url in (reverse("community:session", args=[session.pk]), reverse("community:merge", args=[guest.pk])):
        response = page.goto(url)
        assert response.status == 404
        expect(page.get_by_role("main")).not_to_contain_text(GUEST)
    page.goto(reverse("community:session_create") + f"?course={session.course_id}")
    expect(page.get_by_role("combobox", name="Xã/phường")).not_to_contain_text("Xã Diễn Châu")
    page.goto(reverse("unit_report") + "?level=commune")
    expect(page.get_by_role("main")).not_to_contain_text("Xã Diễn Châu")
