"""The learner's courses, attempts and certificates in their personal-data export."""

import pytest
from django.urls import reverse

from courses.models import Certificate
from tests.courses.certificates.support import NAME

pytestmark = pytest.mark.django_db


def test_personal_data_export_lists_certificates_and_attempts(client, graduate):
    client.force_login(graduate)
    data = client.get(reverse("accounts:data_export")).json()
    assert data["certificates"][0]["code"] == Certificate.objects.get().display_code
    assert data["certificates"][0]["name_on_certificate"] == NAME
    assert data["quiz_attempts"] == []


# --- 13.11 / 17.7: the export holds everything, readable ---------------------------------------


@pytest.fixture
def full_record(graduate, three_lesson_course):
    """The graduate with a quiz attempt, a corrected certificate and an admin log entry about them."""
    from wagtail.log_actions import log

    from courses.models import CertificateChange, QuizPage
    from courses.services import quiz_attempt_submit
    from tests.factories import publish, quiz, quiz_answers

    final = quiz(three_lesson_course, is_required=False)
    publish(three_lesson_course)
    final = QuizPage.objects.get(pk=final.pk)
    answers = {k[2:]: v for k, v in quiz_answers(final, right=False).items()}
    quiz_attempt_submit(user=graduate, quiz=final, answers=answers)
    certificate = Certificate.objects.get(user=graduate)
    CertificateChange.objects.create(
        certificate=certificate,
        action=CertificateChange.Action.REISSUED,
        old_name="Nguyễn Thị Phương Thao",
        new_name=NAME,
        reason="Sửa dấu",
    )
    log(instance=graduate.profile, action="wagtail.edit", user=None)
    return graduate


def test_export_is_readable_utf8_with_answers_as_text_history_and_admin_log(client, full_record):
    client.force_login(full_record)
    response = client.get(reverse("accounts:data_export"))
    body = response.content.decode("utf-8")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "\\u" not in body and NAME in body  # letters as they are, no escapes
    data = response.json()

    (attempt,) = data["quiz_attempts"]
    first = attempt["answers"][0]
    assert first == {
        "question": "Mã OTP nên được chia sẻ với ai?",
        "your_answers": ["Nhân viên ngân hàng gọi điện"],
        "correct": False,
    }
    assert "Không ai cả" not in body  # the right option is not the learner's data: never the answer key

    change = data["certificates"][0]["changes"][-1]
    assert (change["previous_name"], change["new_name"], change["reason"]) == (
        "Nguyễn Thị Phương Thao",
        NAME,
        "Sửa dấu",
    )

    log_rows = data["admin_log"]
    assert [row["object"] for row in log_rows] == [NAME] and log_rows[0]["by_you"] is False


def test_the_summary_page_shows_the_same_data_in_vietnamese(client, full_record):
    client.force_login(full_record)
    response = client.get(reverse("accounts:data_summary"))
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Tất cả dữ liệu của tôi", NAME, "Nhân viên ngân hàng gọi điện", "Nguyễn Thị Phương Thao", "Sửa dấu"):
        assert text in html, text
    assert "Nhật ký quản trị" in html and "Lịch sử" in html
    assert "your_answers" not in html and "name_on_certificate" not in html  # every key has a heading


def test_every_key_of_the_export_has_a_heading(client, full_record):
    from elearn.accounts.personal_data import LABELS, personal_data_export

    def keys(value):
        if isinstance(value, dict):
            for key, item in value.items():
                yield key
                yield from keys(item)
        elif isinstance(value, list):
            for item in value:
                yield from keys(item)

    missing = set(keys(personal_data_export(user=full_record))) - set(LABELS)
    assert missing == set(), " ".join(sorted(missing))
