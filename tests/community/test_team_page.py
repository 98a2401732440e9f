"""15.4 The team's page: this month's figures, the commune's targets and the team's share, stalled residents."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from community import services
from courses.models import Enrollment, Target
from tests.community.support import session_with
from tests.factories import learner

pytestmark = pytest.mark.django_db


def figures(client):
    response = client.get(reverse("community:home"))
    assert response.status_code == 200
    return response.context["figures"], response.content.decode()


def grow(team, n, start=0):
    """``n`` residents of commune A registered, enrolled and at a session; as many in commune B."""
    for i in range(start, start + n):
        for member, unit, prefix in ((team.MA, team.A, "913"), (team.MB, team.B, "914")):
            resident = services.resident_register(
                member=member,
                full_name="Người Dân " + "ABCDEFGHIKLMNOPQRSTUVXY"[i],
                phone=f"+84{prefix}{500000 + i:06d}",
                administrative_unit=unit,
                audience="resident",
                consent_method="aloud",
            ).resident
            services.residents_enrol(member=member, residents=[resident], courses=[team.course])
        session_with(team, member=team.MB, unit=team.B)


def test_the_team_page_counts_this_months_work_and_the_targets(client, team, sms_outbox):
    today = timezone.localdate()
    target = Target.objects.create(
        name="Xã Diễn Châu: dịch vụ công",
        administrative_unit=team.A,
        learners_required=10,
        start_date=today.replace(month=1, day=1),
        deadline=today.replace(month=12, day=31),
    )
    target.courses.add(team.course)
    helped = services.resident_register(
        member=team.MA,
        full_name="Phan Thị Mai",
        phone="+84913111222",
        administrative_unit=team.A,
        audience="resident",
        consent_method="screen",
    ).resident
    services.residents_enrol(member=team.MA, residents=[helped, team.RA], courses=[team.course])
    session_with(team, residents=[helped, team.RA], guests=[("Hồ Văn Khách", "+84987654321")])
    # A resident the team never helped completes the course online: counted by the target, not the team.
    alone = learner(full_name="Lê Tự Học", administrative_unit=team.A)
    Enrollment.objects.create(user=alone, course=team.course, completed_at=timezone.now(), percent=100)
    # The team's resident completes it (the third lesson online).
    from courses.services import lesson_complete

    lesson_complete(user=helped, lesson=team.lessons[2])
    # Someone who started a month ago and stopped.
    stalled = Enrollment.objects.get(user=team.RA)
    Enrollment.objects.filter(pk=stalled.pk).update(last_activity_at=timezone.now() - datetime.timedelta(days=30))
    # The other commune's work is not counted.
    session_with(team, member=team.MB, unit=team.B, residents=[team.RB])

    client.force_login(team.MA)
    data, html = figures(client)
    assert (data.helped, data.enrolled, data.completed, data.sessions, data.attendees) == (1, 2, 1, 1, 3)
    (row,) = data.targets
    assert row.target.achieved == 2 and row.by_team == 1
    assert [e.user for e in data.stalled] == [team.RA]
    assert "Nguyễn Thị Lan" in html and "1 người trong số đó được tổ hỗ trợ." in html
    assert "Trần Văn Bình" not in html


def test_the_team_page_runs_a_fixed_number_of_queries(client, team, sms_outbox, django_assert_max_num_queries):
    client.force_login(team.MA)
    grow(team, 2)
    with django_assert_max_num_queries(30) as small:
        figures(client)
    grow(team, 12, start=2)
    with django_assert_max_num_queries(len(small.captured_queries)):
        figures(client)
