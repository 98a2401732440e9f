"""15.5 From outside: a member of another commune sees none of it; everything a member does is logged."""

import pytest
from django.urls import reverse

from community.models import Attendance, MemberAction
from tests.community.support import session_with
from tests.factories import UserFactory, learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def work(team):
    session = session_with(team, residents=[team.RA], guests=[("Hồ Văn Khách", "+84987654321")])
    return session, Attendance.objects.get(user__isnull=True)


def test_a_member_of_another_commune_sees_none_of_commune_a(client, team, work):
    session, guest = work
    client.force_login(team.MB)
    for name in (
        "community:home",
        "community:residents",
        "community:sessions",
        "community:enrol",
        "community:register",
    ):
        html = client.get(reverse(name)).content.decode()
        assert "Nguyễn Thị Lan" not in html and "Hồ Văn Khách" not in html, name
        assert "0912 *** 001" not in html and "Xã Diễn Châu" not in html, name
    html = client.get(reverse("community:session_create"), {"course": team.course.pk}).content.decode()
    assert "Xã Diễn Châu" not in html  # the commune chooser
    assert client.get(reverse("community:session", args=[session.pk])).status_code == 404
    assert client.get(reverse("community:merge", args=[guest.pk])).status_code == 404
    assert client.post(reverse("community:merge", args=[guest.pk]), {"resident": team.RB.pk}).status_code == 404
    posted = client.post(reverse("community:attendance_residents", args=[session.pk]), {"residents": [team.RB.pk]})
    assert posted.status_code == 404
    posted = client.post(
        reverse("community:attendance_guest", args=[session.pk]), {"full_name": "Kẻ Lạ", "phone": "0987000111"}
    )
    assert posted.status_code == 404 and session.attendances.count() == 2
    # The residents' search and the admin's lists and exports are closed too.
    assert "Nguyễn Thị Lan" not in client.get(reverse("community:residents"), {"q": "Lan"}).content.decode()
    for url in ("/admin/team-actions/", "/admin/village-sessions/", f"/admin/village-sessions/inspect/{session.pk}/"):
        assert client.get(url).status_code in (302, 403), url
    export = client.get("/admin/team-actions/?export=csv")
    assert export.status_code in (302, 403)


def test_the_member_of_commune_a_sees_their_own_work_with_phones_masked(client, team, work):
    session, _guest = work
    client.force_login(team.MA)
    html = client.get(reverse("community:residents")).content.decode()
    assert "Nguyễn Thị Lan" in html and "0912 *** 001" in html and "0912000001" not in html
    assert "Trần Văn Bình" not in html
    html = client.get(reverse("community:sessions")).content.decode()
    assert "Nhà văn hóa thôn 3" in html and "2 người tham gia" in html
    assert 'href="/to-cong-nghe/">Tổ công nghệ số</a>' in html  # the site header leads members here


def test_people_outside_the_team_are_refused(client, team, work):
    assert client.get(reverse("community:home")).status_code == 302  # to sign in
    client.force_login(learner(administrative_unit=team.A))
    assert client.get(reverse("community:home")).status_code == 403
    assert 'href="/to-cong-nghe/"' not in client.get("/").content.decode()
    unscoped = UserFactory(is_staff=True)
    from django.contrib.auth.models import Permission

    unscoped.user_permissions.add(Permission.objects.get(codename="work_in_community"))
    unscoped.user_permissions.add(Permission.objects.get(codename="view_training_reports"))
    client.force_login(unscoped)  # a team member without a commune works for nobody (not for everyone)
    response = client.get(reverse("community:home"))
    assert response.status_code == 403
    assert "Khu vực này dành cho thành viên tổ công nghệ số cộng đồng." in response.content.decode()


def test_site_administrators_see_who_did_what_and_when(client, team, work):
    session, _guest = work
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    html = client.get("/admin/team-actions/").content.decode()
    kinds = set(MemberAction.objects.values_list("kind", flat=True))
    assert kinds == {"session", "attendance"}
    assert "Ghi nhận buổi học tại thôn" in html and team.MA.display_name in html
    assert "+84987654321" not in html and "0987" not in html  # the log never holds phone numbers
    assert client.get(reverse("wagtailadmin_home") + "community/team-actions/add/").status_code in (403, 404, 302)
    html = client.get("/admin/village-sessions/").content.decode()
    assert "Nhà văn hóa thôn 3" in html
