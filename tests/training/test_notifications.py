"""Notifications: what is sent, by which channel, once; the learner's choices and one-click unsubscribe."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import Certificate, LessonPage
from courses.services import lesson_complete
from elearn.accounts.personal_data import personal_data_export
from elearn.accounts.services import user_delete
from elearn.public_url import public_url
from tests.factories import UserFactory, learner
from training.messages import unsubscribe_token
from training.models import Notification, NotificationPreference
from training.services import assignment_notices_record, preferences_set

from .conftest import assign, day, enroll


def assignment_day(offset):
    return f"{day(offset):%d/%m/%Y}"


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Run ``fn`` and the work it schedules after commit (the tasks run at once in tests)."""

    def runner(fn, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return fn(*args, **kwargs)

    return runner


def _link(body: str, path_start: str) -> str:
    return re.search(rf"http://\S+({re.escape(path_start)}\S+/)", body).group(1)


def test_enrolment_confirmation_by_email_with_one_click_unsubscribe(agency, client, mailoutbox, run):
    client.force_login(agency.resident)
    run(client.post, reverse("course_enroll", args=[agency.B.pk]))
    [message] = mailoutbox
    assert message.subject == f"Bạn đã ghi danh khóa học “{agency.B.title}”"
    assert "Xin chào Phạm Thị Dung," in message.body
    assert "Để không nhận loại thông báo này nữa, mở:" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = _link(message.body, "/notifications/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe"].endswith(f"{path}>")

    # The link works without signing in; GET only asks, POST (as a mail client would, no CSRF token) stops.
    anonymous = Client(enforce_csrf_checks=True)
    page = anonymous.get(path)
    assert "Ngừng nhận thông báo “Xác nhận ghi danh”?" in page.content.decode()
    assert not NotificationPreference.objects.filter(user=agency.resident).exists()
    response = anonymous.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert "Xong: bạn sẽ không nhận thông báo “Xác nhận ghi danh” nữa." in response.content.decode()
    assert NotificationPreference.objects.get(user=agency.resident).stopped == ["enrolment"]

    mailoutbox.clear()
    run(client.post, reverse("course_enroll", args=[agency.A.pk]))
    assert mailoutbox == []


def test_a_bad_unsubscribe_link_says_so_and_cannot_stop_required_notices(agency, client):
    response = client.post(reverse("training:unsubscribe", args=["khong-hop-le"]))
    assert response.status_code == 400
    assert "Liên kết này không hợp lệ" in response.content.decode()
    token = unsubscribe_token(user_id=agency.cadre1.pk, kind="assignment")
    assert client.post(reverse("training:unsubscribe", args=[token])).status_code == 400
    assert not NotificationPreference.objects.exists()


def test_certificate_issued_with_its_verification_link(agency, mailoutbox, run):
    enroll(agency.cadre1, agency.B)
    lesson = LessonPage.objects.child_of(agency.B).get()
    run(lesson_complete, user=agency.cadre1, lesson=lesson)
    certificate = Certificate.objects.get(user=agency.cadre1)
    [message] = mailoutbox
    assert message.subject == f"Chứng nhận hoàn thành khóa học “{agency.B.title}”"
    assert f"Mã chứng nhận {certificate.display_code}" in message.body
    assert public_url(certificate.get_absolute_url()) in message.body  # elearn/public_url.py


def test_phone_only_accounts_get_an_sms(agency, sms_outbox, mailoutbox, run):
    user = UserFactory(email="", phone="+84912000111")
    phone_learner = learner(user=user, administrative_unit=agency.C1, organisation=agency.O1)
    assignment = assign(agency.A, deadline=30, organisation=agency.O1)
    run(assignment_notices_record, assignment=assignment, user_ids=[phone_learner.pk])
    [sms] = sms_outbox
    assert sms.to == "+84912000111"
    assert sms.text.startswith("Khoa hoc bat buoc: ")  # without diacritics unless SMS_UNICODE (cost)
    assert mailoutbox == []
    assert Notification.objects.get(user=phone_learner).channel == "sms"


def test_the_reminder_job_run_twice_sends_each_message_once(agency, mailoutbox, run):
    assign(agency.A, deadline=7, organisation=agency.O1)  # 7 days left
    assign(agency.B, deadline=1, people=[agency.other])  # tomorrow
    enroll(agency.cadre1, agency.A, completed=-1)  # done: not reminded
    enroll(agency.resident, agency.B, percent=50, lessons=1, last_activity=-15)  # stale for 15 days
    enroll(agency.other, agency.A, percent=30, lessons=1, last_activity=-20)  # stale, and has a deadline tomorrow

    out = io.StringIO()
    run(call_command, "send_reminders", stdout=out)
    assert "Deadline reminders: 2" in out.getvalue() and "Done: 6 new notifications." in out.getvalue()
    sent = sorted((m.to[0], m.subject) for m in mailoutbox)
    assert sent == sorted(
        [
            (agency.cadre2.email, f"Khóa học bắt buộc: “{agency.A.title}”, hạn {assignment_day(7)}"),
            (agency.cadre2.email, f"Sắp đến hạn {assignment_day(7)}: khóa học “{agency.A.title}”"),
            (agency.other.email, f"Khóa học bắt buộc: “{agency.B.title}”, hạn {assignment_day(1)}"),
            (agency.other.email, f"Sắp đến hạn {assignment_day(1)}: khóa học “{agency.B.title}”"),
            (agency.other.email, f"Học tiếp khóa học “{agency.A.title}”"),
            (agency.resident.email, f"Học tiếp khóa học “{agency.B.title}”"),
        ]
    )
    kinds = set(Notification.objects.values_list("kind", flat=True))
    assert kinds == {"assignment", "deadline_7", "deadline_1", "inactive"}

    mailoutbox.clear()
    out = io.StringIO()
    run(call_command, "send_reminders", stdout=out)
    assert mailoutbox == [] and "Done: 0 new notifications." in out.getvalue()
    assert Notification.objects.count() == 6


def test_an_interrupted_run_is_resumed(agency, mailoutbox, run):
    stuck = Notification.objects.create(
        user=agency.cadre1, kind="inactive", subject="inactive", period="2026-W01", title="Học tiếp", body="…"
    )
    Notification.objects.filter(pk=stuck.pk).update(created_at=timezone.now() - timedelta(hours=1))
    run(call_command, "send_reminders", stdout=open("/dev/null", "w"))
    assert [m.subject for m in mailoutbox] == ["Học tiếp"]
    stuck.refresh_from_db()
    assert stuck.sent_at is not None and stuck.channel == "email"


def test_a_learner_who_opts_out_gets_nothing_but_required_training_notices(agency, client, mailoutbox, run):
    client.force_login(agency.cadre2)
    response = client.post(reverse("training:preferences"), {"stop_all": "1"})
    assert response.status_code == 302
    assert "Xong: bạn chỉ còn nhận thông báo về khóa học bắt buộc." in client.get(response.url).content.decode()

    run(client.post, reverse("course_enroll", args=[agency.B.pk]))  # enrolment confirmation: stopped
    enroll(agency.cadre2, agency.A, percent=50, lessons=1, last_activity=-15)  # inactivity: stopped
    assign(agency.A, deadline=1, organisation=agency.O1)
    lesson = LessonPage.objects.child_of(agency.B).get()
    run(lesson_complete, user=agency.cadre2, lesson=lesson)  # certificate: stopped
    run(call_command, "send_reminders", stdout=open("/dev/null", "w"))

    theirs = [m.subject for m in mailoutbox if m.to == [agency.cadre2.email]]
    assert sorted(theirs) == sorted(
        [
            f"Khóa học bắt buộc: “{agency.A.title}”, hạn {assignment_day(1)}",
            f"Sắp đến hạn {assignment_day(1)}: khóa học “{agency.A.title}”",
        ]
    )
    assert set(Notification.objects.filter(user=agency.cadre2).values_list("kind", flat=True)) == {
        "assignment",
        "deadline_1",
    }
    # Required notices carry no unsubscribe header, and say why.
    required = next(m for m in mailoutbox if m.to == [agency.cadre2.email])
    assert "List-Unsubscribe" not in required.extra_headers
    assert "không thể tắt" in required.body


def test_preferences_form_keeps_the_choice(agency, client):
    client.force_login(agency.cadre1)
    page = client.get(reverse("training:preferences")).content.decode()
    assert "Xác nhận ghi danh" in page and "Thông báo về khóa học bắt buộc" in page
    client.post(reverse("training:preferences"), {"receive": ["certificate"]})
    assert NotificationPreference.objects.get(user=agency.cadre1).stopped == ["enrolment", "inactive"]
    response = client.post(reverse("training:preferences"), {"receive": ["bogus"]})
    assert response.status_code == 200 and "Thông tin chưa được lưu" in response.content.decode()
    assert NotificationPreference.objects.get(user=agency.cadre1).stopped == ["enrolment", "inactive"]


def test_notification_list_is_private_and_personal(agency, client, run):
    client.force_login(agency.resident)
    run(client.post, reverse("course_enroll", args=[agency.B.pk]))
    preferences_set(user=agency.cadre1, stopped=[])
    response = client.get(reverse("training:notifications"))
    assert response["Cache-Control"] in ("no-store, private", "private, no-store")
    page = response.content.decode()
    assert f"Bạn đã ghi danh khóa học “{agency.B.title}”" in page and "Mới" in page
    client.post(reverse("training:notifications_read"))
    assert not Notification.objects.filter(user=agency.resident, read_at__isnull=True).exists()
    client.force_login(agency.cadre1)
    assert agency.B.title not in client.get(reverse("training:notifications")).content.decode()
    assert f'href="{reverse("training:notifications")}"' in client.get(reverse("accounts:profile")).content.decode()


def test_personal_data_export_and_deletion_cover_notifications(agency, client, run):
    assign(agency.A, deadline=3, organisation=agency.O1)
    client.force_login(agency.cadre1)
    run(client.post, reverse("course_enroll", args=[agency.B.pk]))
    preferences_set(user=agency.cadre1, stopped=["inactive"])
    data = personal_data_export(user=agency.cadre1)
    assert data["required_courses"] == [{"course": agency.A.title, "deadline": day(3).isoformat(), "status": "pending"}]
    assert data["notifications"]["stopped_kinds"] == ["inactive"]
    assert [m["kind"] for m in data["notifications"]["messages"]] == ["enrolment"]
    user_delete(user=agency.cadre1)
    assert not Notification.objects.exists() and not NotificationPreference.objects.exists()
