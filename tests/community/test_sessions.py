"""15.1 Village sessions: recorded by a member, attendance completes the lessons the course allows."""

import uuid

import pytest
from django.urls import reverse

from community.models import Attendance, MemberAction, VillageSession
from courses.models import Enrollment, LessonCompletion

pytestmark = pytest.mark.django_db


def record_session(client, team, token=None, **overrides):
    data = {
        "token": str(token or uuid.uuid4()),
        "course": team.course.pk,
        "held_on": "2026-11-20",
        "place": "Nhà văn hóa thôn 3",
        "administrative_unit": team.A.pk,
        "lessons": [lesson.pk for lesson in team.lessons],
        "led_by": team.MA.pk,
        **overrides,
    }
    return client.post(reverse("community:session_create"), data)


def test_a_member_records_a_session_in_two_steps_and_a_second_submit_records_nothing_more(client, team):
    client.force_login(team.MA)
    step1 = client.get(reverse("community:session_create"))
    assert "Bước 1/2" in step1.content.decode()
    step2 = client.get(reverse("community:session_create"), {"course": team.course.pk}).content.decode()
    assert "Nhà văn hóa thôn 3" in step2 and "(hoàn thành khi tham gia buổi học)" in step2
    token = uuid.uuid4()
    response = record_session(client, team, token=token)
    session = VillageSession.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("community:session", args=[session.pk])
    assert record_session(client, team, token=token).status_code == 302
    assert VillageSession.objects.count() == 1
    assert session.led_by == team.MA and session.lessons.count() == 3
    assert MemberAction.objects.filter(kind="session", member=team.MA).count() == 1


def test_bad_session_input_is_refused_in_vietnamese_and_nothing_is_saved(client, team):
    client.force_login(team.MA)
    response = record_session(client, team, held_on="", place="", administrative_unit=team.B.pk)
    html = response.content.decode()
    assert response.status_code == 200 and not VillageSession.objects.exists()
    assert "Vui lòng sửa các lỗi bên dưới" in html
    assert "Lựa chọn không hợp lệ" in html or "Hãy chọn một lựa chọn hợp lệ" in html  # commune B is not theirs


def test_attendance_completes_the_allowed_lessons_in_person_and_a_person_without_account_is_merged(client, team):
    client.force_login(team.MA)
    record_session(client, team)
    session = VillageSession.objects.get()
    url = reverse("community:attendance_residents", args=[session.pk])
    assert client.post(url, {"residents": [team.RA.pk]}).status_code == 302
    enrollment = Enrollment.objects.get(user=team.RA, course=team.course)
    assert enrollment.completed_lessons == 2 and enrollment.percent == 66
    assert set(LessonCompletion.objects.filter(enrollment=enrollment).values_list("lesson_id", "source")) == {
        (team.lessons[0].pk, "in_person"),
        (team.lessons[1].pk, "in_person"),
    }
    # The same resident again: nothing changes.
    client.post(url, {"residents": [team.RA.pk]})
    assert Attendance.objects.filter(user=team.RA).count() == 1

    guest_url = reverse("community:attendance_guest", args=[session.pk])
    assert client.post(guest_url, {"full_name": "Hồ Văn Khách", "phone": "0987 654 321"}).status_code == 302
    client.post(guest_url, {"full_name": "Hồ Văn Khách", "phone": "0987654321"})  # double submit
    guest = Attendance.objects.get(user__isnull=True)
    assert guest.phone == "+84987654321"
    html = client.get(reverse("community:session", args=[session.pk])).content.decode()
    assert "Hồ Văn Khách" in html and "0987 *** 321" in html and "654" not in html.replace("0987 *** 321", "")
    assert "2 người tham gia" in html

    # Later the person gets an account (same phone) and the member links them.
    from tests.factories import learner

    later = learner(full_name="Hồ Văn Khách", administrative_unit=team.A, user__phone="+84987654321")
    merge_page = client.get(reverse("community:merge", args=[guest.pk])).content.decode()
    assert "cùng số điện thoại" in merge_page
    assert client.post(reverse("community:merge", args=[guest.pk]), {"resident": later.pk}).status_code == 302
    guest.refresh_from_db()
    assert guest.user == later and guest.full_name == "" and guest.phone == "" and guest.merged_at
    assert Enrollment.objects.get(user=later, course=team.course).completed_lessons == 2
    assert MemberAction.objects.filter(kind="merged").count() == 1


def test_a_bad_phone_for_a_person_without_account_is_refused(client, team):
    client.force_login(team.MA)
    record_session(client, team)
    session = VillageSession.objects.get()
    response = client.post(
        reverse("community:attendance_guest", args=[session.pk]), {"full_name": "Hồ Văn Khách", "phone": "12345"}
    )
    assert response.status_code == 200 and "Nhập số điện thoại di động Việt Nam" in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_resident_of_another_commune_cannot_be_added(client, team):
    client.force_login(team.MA)
    record_session(client, team)
    session = VillageSession.objects.get()
    response = client.post(reverse("community:attendance_residents", args=[session.pk]), {"residents": [team.RB.pk]})
    assert response.status_code == 200 and not Attendance.objects.exists()
    assert not Enrollment.objects.filter(user=team.RB).exists()


def test_the_service_refuses_lessons_of_another_course(team, catalogue):
    from community import services
    from courses.models import LessonPage
    from tests.factories import course

    other = course(catalogue, title="Thanh toán số", lessons=1)
    with pytest.raises(services.TeamError, match="Hãy chọn các bài của khóa học đã dạy."):
        services.session_record(
            member=team.MA,
            token=uuid.uuid4(),
            held_on="2026-11-20",
            place="Nhà văn hóa thôn 3",
            administrative_unit=team.A,
            course=team.course,
            lessons=list(LessonPage.objects.child_of(other)),
            led_by=team.MA,
        )
    assert not VillageSession.objects.exists()
