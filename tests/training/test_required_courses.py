"""Required courses as the learner sees them, and membership resolved when read."""

from django.urls import reverse

from tests.factories import learner
from training.models import Notification
from training.selectors import Status, required_courses
from training.services import assignment_notices_record

from .conftest import assign, day, enroll


def test_an_assignment_to_an_organisation_reaches_a_member_who_joins_later(
    agency, client, django_capture_on_commit_callbacks, mailoutbox
):
    assign(agency.A, deadline=30, organisation=agency.O1)
    with django_capture_on_commit_callbacks(execute=True):
        newcomer = learner(full_name="Hồ Thị Mới", administrative_unit=agency.C1)  # not a member yet
    assert required_courses(user=newcomer) == []
    assert mailoutbox == []

    profile = newcomer.profile
    profile.organisation = agency.O1
    with django_capture_on_commit_callbacks(execute=True):
        profile.save()

    [entry] = required_courses(user=newcomer)
    assert entry.course == agency.A and entry.status == Status.PENDING
    client.force_login(newcomer)
    page = client.get(reverse("my_learning")).content.decode()
    assert f"Bắt buộc — hạn {day(30):%d/%m/%Y}" in page
    # Told once, by email, in Vietnamese; saving the profile again tells nobody twice.
    [message] = mailoutbox
    assert message.to == [newcomer.email]
    assert message.subject == f"Khóa học bắt buộc: “{agency.A.title}”, hạn {day(30):%d/%m/%Y}"
    with django_capture_on_commit_callbacks(execute=True):
        profile.save()
    assert len(mailoutbox) == 1
    assert Notification.objects.filter(user=newcomer, kind="assignment").count() == 1


def test_dashboard_lists_required_courses_by_deadline_with_overdue_and_enrol_button(agency, client):
    assign(agency.B, deadline=40, organisation=agency.O1)
    assign(agency.A, deadline=-3, people=[agency.cadre1])
    assign(agency.A, deadline=10, organisation=agency.O2)  # not theirs
    client.force_login(agency.cadre1)
    page = client.get(reverse("my_learning")).content.decode()
    first, second = page.index(agency.A.title), page.index(agency.B.title)
    assert first < second
    assert f"Bắt buộc — hạn {day(-3):%d/%m/%Y}" in page and "Quá hạn" in page
    assert f"Bắt buộc — hạn {day(40):%d/%m/%Y}" in page
    assert reverse("course_enroll", args=[agency.B.pk]) in page  # not enrolled: an enrol button


def test_criteria_combine_and_listed_people_are_added(agency):
    assignment = assign(
        agency.A, deadline=5, administrative_unit=agency.C2, audience="official", people=[agency.cadre2]
    )
    members = set(assignment.learners.model.objects.filter(assignment.members_q()))
    assert members == {agency.other, agency.cadre2}  # the resident of C2 is not an official


def test_course_page_shows_the_requirement_and_its_status(agency, client):
    assign(agency.A, deadline=-1, organisation=agency.O1)
    enroll(agency.cadre1, agency.A, completed=-5)
    client.force_login(agency.cadre1)
    page = client.get(agency.A.url).content.decode()
    assert f"Bắt buộc — hạn {day(-1):%d/%m/%Y}" in page and "Hoàn thành đúng hạn" in page
    client.force_login(agency.cadre2)
    page = client.get(agency.A.url).content.decode()
    assert "Quá hạn" in page
    client.force_login(agency.resident)
    assert "Bắt buộc" not in client.get(agency.A.url).content.decode()


def test_required_courses_query_budget(agency, django_assert_max_num_queries):
    for offset in range(5):
        assign(agency.A if offset % 2 else agency.B, deadline=offset, organisation=agency.O1)
    with django_assert_max_num_queries(3):
        required = required_courses(user=agency.cadre1)
    assert [r.course for r in required] == [agency.B, agency.A]  # one entry per course, earliest deadline


def test_members_who_completed_are_not_told(agency, mailoutbox, django_capture_on_commit_callbacks):
    assignment = assign(agency.A, deadline=5, organisation=agency.O1)
    enroll(agency.cadre1, agency.A, completed=-1)
    with django_capture_on_commit_callbacks(execute=True):
        assert assignment_notices_record(assignment=assignment) == 1
    assert [m.to for m in mailoutbox] == [[agency.cadre2.email]]


def test_an_assignment_to_a_district_reaches_a_learner_who_moves_to_one_of_its_communes(agency):
    from tests.factories import AdministrativeUnitFactory

    district = AdministrativeUnitFactory(code="AD1", name="Huyện Diễn Châu", level="district")
    commune = AdministrativeUnitFactory(code="AD1-1", name="Xã Diễn Kim", parent=district)
    assign(agency.B, deadline=9, administrative_unit=district)
    assert required_courses(user=agency.resident) == []
    agency.resident.profile.administrative_unit = commune
    agency.resident.profile.save()
    assert [r.course for r in required_courses(user=agency.resident)] == [agency.B]
