import pytest
from django.core.management import call_command
from django.urls import reverse

from training.demo import build_training_demo
from training.models import Assignment, Notification
from training.selectors import assignment_outcomes


@pytest.mark.django_db
def test_demo_has_assignments_overdue_cadres_a_manager_and_sent_notifications(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", "--allow-production", verbosity=0, stdout=open("/dev/null", "w"))
        build_training_demo(password="HocSo@2026")  # idempotent: nothing new
    assert Assignment.objects.count() == 2
    [outcome] = [o for o in assignment_outcomes().values() if o.overdue]
    assert outcome.overdue >= 2 and outcome.on_time >= 1 and outcome.late >= 1
    sent = Notification.objects.filter(sent_at__isnull=False)
    assert {"enrolment", "assignment", "deadline_7"} <= set(sent.values_list("kind", flat=True))
    assert sent.count() == Notification.objects.count()

    assert client.login(username="quanly@elearn.local", password="HocSo@2026")
    page = client.get(reverse("required_learners_report"), {"status": "overdue"}).content.decode()
    assert "Hoàng Văn Sơn" in page and "Phan Thị Lan" in page
