"""15.x The team's page per member: each member's own work this month, and a table of every member's."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from community import services
from tests.community.conftest import team_member
from tests.community.support import session_with

pytestmark = pytest.mark.django_db


def register(team, member, unit, phone, name="Người Dân Mới"):
    return services.resident_register(
        member=member,
        full_name=name,
        phone=phone,
        administrative_unit=unit,
        audience="resident",
        consent_method="aloud",
    ).resident


def member_rows(html: str) -> dict[str, list[str]]:
    table = html.split('class="team-table team-members"', 1)[1].split("</table>", 1)[0]
    rows = {}
    for row in re.findall(r"<tr[^>]*>\s*<th scope=\"row\">(.*?)</tr>", table, re.S):
        name = re.sub(r"<span.*?</span>", "", row.split("</th>")[0]).strip()
        rows[name] = re.findall(r"<td>(\d+)</td>", row)
    return rows


@pytest.fixture
def work(team, sms_outbox):
    """Two members in commune A (MA and a colleague), MB in commune B; each did some work this month."""
    team.A2 = team_member(team.A, first_name="Hà", last_name="Văn Bạn")
    first = register(team, team.MA, team.A, "+84913000101")
    second = register(team, team.MA, team.A, "+84913000102")
    services.residents_enrol(member=team.MA, residents=[first, second], courses=[team.course])
    services.residents_enrol(member=team.A2, residents=[team.RA], courses=[team.course])
    session_with(team, member=team.A2, residents=[first, team.RA], guests=[("Hồ Văn Khách", "+84987654321")])
    # Last month's session and commune B's work are not counted.
    last_month = timezone.localdate().replace(day=1) - datetime.timedelta(days=1)
    session_with(team, member=team.MA, held_on=last_month, residents=[second])
    register(team, team.MB, team.B, "+84914000101")
    session_with(team, member=team.MB, unit=team.B, residents=[team.RB])
    return team


def test_each_member_sees_their_own_work_and_the_table_of_their_team(client, work):
    client.force_login(work.MA)
    response = client.get(reverse("community:home"))
    mine = response.context["work"].mine
    assert (mine.registered, mine.enrolled, mine.sessions_led, mine.attendees) == (2, 2, 0, 0)
    html = response.content.decode()
    assert "Việc của bạn trong tháng" in html and 'data-mine="registered">2<' in html
    rows = member_rows(html)
    assert rows == {work.MA.display_name: ["2", "2", "0", "0"], "Hà Văn Bạn": ["0", "1", "1", "3"]}
    client.force_login(work.A2)
    mine = client.get(reverse("community:home")).context["work"].mine
    assert (mine.registered, mine.enrolled, mine.sessions_led, mine.attendees) == (0, 1, 1, 3)


def test_another_communes_member_sees_only_their_own_team(client, work):
    client.force_login(work.MB)
    html = client.get(reverse("community:home")).content.decode()
    assert member_rows(html) == {work.MB.display_name: ["1", "0", "1", "1"]}
    assert "Hà Văn Bạn" not in html and work.MA.display_name not in html


def test_the_members_table_runs_a_fixed_number_of_queries(client, work, django_assert_max_num_queries):
    client.force_login(work.MA)
    with django_assert_max_num_queries(40) as small:
        client.get(reverse("community:home"))
    for n in range(5):
        colleague = team_member(work.A, first_name=f"Thành viên {n}")
        register(work, colleague, work.A, f"+8491300020{n}")
        session_with(work, member=colleague)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(reverse("community:home"))
    assert len(response.context["work"].members) == 7
