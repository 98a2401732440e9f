"""15.6 Personal data: the team's records in the export; account deletion anonymises the attendance."""

import pytest

from community import services
from community.models import AssistedConsent, Attendance
from elearn.accounts.personal_data import personal_data_export
from elearn.accounts.services import user_delete
from tests.community.support import session_with

pytestmark = pytest.mark.django_db


def test_export_and_deletion_cover_the_teams_records(team, sms_outbox):
    resident = services.resident_register(
        member=team.MA,
        full_name="Phan Thị Mai",
        phone="+84913111222",
        administrative_unit=team.A,
        audience="resident",
        consent_method="paper",
        paper_form_number="DC-7",
    ).resident
    session = session_with(team, residents=[resident])
    data = personal_data_export(user=resident)["community_team"]
    (consent,) = data["assisted_sign_up"]
    assert consent["helped_by"] == team.MA.display_name and consent["paper_form_number"] == "DC-7"
    assert data["village_sessions"] == [
        {"date": session.held_on.isoformat(), "place": "Nhà văn hóa thôn 3", "course": team.course.title}
    ]
    lessons = personal_data_export(user=resident)["learning"][0]["lessons_completed"]
    assert {lesson["how"] for lesson in lessons} == {"in_person"}

    user_delete(user=resident)
    assert not AssistedConsent.objects.exists()
    (row,) = Attendance.objects.all()
    assert (row.user, row.full_name, row.phone) == (None, "", "")
    assert session.attendances.count() == 1  # the head count stays
