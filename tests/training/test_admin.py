"""The "Required courses" admin: site administrators assign to anyone, a manager to their organisation."""

from django.urls import reverse

from tests.factories import UserFactory
from training.models import Assignment

from .conftest import assign, day, manager_of


def _post(client, url, **data):
    form = {"course": "", "deadline": "", "organisation": "", "administrative_unit": "", "audience": "", "people": ""}
    form.update(data)
    return client.post(url, form)


def test_administrator_assigns_a_course_and_members_are_told(
    agency, client, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(
            client,
            reverse("required_courses:add"),
            course=agency.A.pk,
            deadline=day(20).isoformat(),
            organisation=agency.O1.pk,
            people=f"{agency.resident.email}\n",
        )
    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert assignment.organisation == agency.O1 and list(assignment.learners.all()) == [agency.resident]
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [agency.cadre1.email, agency.cadre2.email, agency.resident.email]
    )
    index = client.get(reverse("required_courses:index")).content.decode()
    assert agency.A.title in index and "Sở Nội vụ" in index


def test_bad_input_is_refused_with_a_vietnamese_message_and_nothing_saved(agency, client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = _post(
        client,
        reverse("required_courses:add"),
        course=agency.A.pk,
        deadline=day(-1).isoformat(),
        people="khongco@example.vn\n0912 000 111",
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hạn hoàn thành không được ở trong quá khứ." in page
    assert "Không có tài khoản nào có email hoặc số điện thoại sau: khongco@example.vn, 0912 000 111" in page
    assert "khongco@example.vn" in page  # what was typed is still there
    response = _post(client, reverse("required_courses:add"), course=agency.A.pk, deadline=day(3).isoformat())
    assert "Hãy chọn đối tượng phải học" in response.content.decode()
    assert not Assignment.objects.exists()


def test_manager_assigns_only_to_their_organisation(agency, client):
    manager = manager_of(agency.O1)
    theirs = assign(agency.A, deadline=10, organisation=agency.O1)
    others = assign(agency.B, deadline=10, organisation=agency.O2)
    client.force_login(manager)

    index = client.get(reverse("required_courses:index")).content.decode()
    assert reverse("required_courses:edit", args=[theirs.pk]) in index
    assert "UBND xã Nghi Thiết" not in index
    assert client.get(reverse("required_courses:edit", args=[others.pk])).status_code in (302, 403, 404)
    assert client.post(reverse("required_courses:delete", args=[others.pk])).status_code in (302, 403, 404)
    assert client.get(reverse("required_courses:copy", args=[others.pk])).status_code in (302, 403, 404)
    assert Assignment.objects.filter(pk=others.pk).exists()

    form = client.get(reverse("required_courses:add")).content.decode()
    assert "Sở Nội vụ" in form and "UBND xã Nghi Thiết" not in form
    response = _post(
        client,
        reverse("required_courses:add"),
        course=agency.B.pk,
        deadline=day(5).isoformat(),
        organisation=agency.O2.pk,
    )
    assert response.status_code == 200 and Assignment.objects.count() == 2
    response = _post(
        client, reverse("required_courses:add"), course=agency.B.pk, deadline=day(5).isoformat(), audience="official"
    )
    assert "Hãy chọn cơ quan của bạn" in response.content.decode()
    response = _post(
        client,
        reverse("required_courses:add"),
        course=agency.B.pk,
        deadline=day(5).isoformat(),
        people=agency.other.email,
    )
    assert "Những người sau không thuộc cơ quan của bạn" in response.content.decode()
    response = _post(
        client,
        reverse("required_courses:add"),
        course=agency.B.pk,
        deadline=day(5).isoformat(),
        organisation=agency.O1.pk,
    )
    assert response.status_code == 302
    assert Assignment.objects.filter(organisation=agency.O1, course=agency.B, created_by=manager).exists()


def test_admin_home_shows_a_manager_their_overdue_required_courses_only(agency, client):
    mine = assign(agency.A, deadline=-2, organisation=agency.O1)
    assign(agency.B, deadline=-2, organisation=agency.O2)
    client.force_login(manager_of(agency.O1))
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Khóa học bắt buộc quá hạn" in page
    assert f'data-assignment="{mine.pk}"' in page and "2 / 2" in page
    assert "UBND xã Nghi Thiết" not in page
