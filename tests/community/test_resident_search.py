"""15.x The resident multi-select of attendance and assisted enrolment: a server-side search (name without
diacritics, or the phone's last digits), pages, the member's communes only, ticks kept across searches."""

import re

import pytest
from django.urls import reverse

from community.forms import scope_residents
from community.models import Attendance
from community.scope import team_scope
from community.search import residents_search
from courses.models import Enrollment
from tests.factories import learner

from .support import session_with

pytestmark = pytest.mark.django_db


def names_listed(html: str) -> list[str]:
    """The residents offered as checkboxes, ticked or not."""
    return re.findall(r'<input type="checkbox" name="residents" value="\d+"(?: checked)?> ([^<(]+?) \(', html)


def ticked(html: str) -> list[str]:
    return re.findall(r'name="residents" value="(\d+)" checked', html)


@pytest.fixture
def crowd(team):
    """More residents of commune A than one page shows; one with a name written with many marks."""
    team.TU = learner(full_name="Lê Văn Tư", administrative_unit=team.A, user__phone="+84912000777")
    team.QUYNH = learner(full_name="Đặng Thị Quỳnh Hương", administrative_unit=team.A, user__phone="+84912000888")
    for n in range(25):
        learner(full_name=f"Phạm Văn Hộ {n:02d}", administrative_unit=team.A, user__phone=f"+849130001{n:02d}")
    return team


@pytest.mark.parametrize("query", ["huong", "HƯƠNG", "dang quynh", "Đặng Thị", "quỳnh huong"])
def test_a_name_is_found_with_or_without_diacritics_by_the_beginning_of_its_words(crowd, query):
    users = scope_residents(team_scope(crowd.MA))
    result = residents_search(users, query)
    assert result.ids == [crowd.QUYNH.pk]


def test_the_last_digits_or_the_whole_number_find_the_phone(crowd):
    users = scope_residents(team_scope(crowd.MA))
    assert list(residents_search(users, "777").users) == [crowd.TU]
    assert list(residents_search(users, "0912 000 777").users) == [crowd.TU]
    assert list(residents_search(users, "+84 912 000 777").users) == [crowd.TU]
    short = residents_search(users, "77")
    assert not short.users.exists() and short.message == "Hãy nhập ít nhất 3 chữ số của số điện thoại."


def test_a_resident_of_another_commune_is_never_found(client, crowd):
    session = session_with(crowd)
    client.force_login(crowd.MA)
    url = reverse("community:session", args=[session.pk])
    for query in ("Bình", "binh", "tran van", "002", "0912000002", "+84912000002"):
        html = client.get(url, {"q": query}).content.decode()
        assert "Trần Văn Bình" not in html and names_listed(html) == [], query
        html = client.get(reverse("community:enrol"), {"q": query}).content.decode()
        assert "Trần Văn Bình" not in html and names_listed(html) == [], query
        html = client.get(reverse("community:residents"), {"q": query}).content.decode()
        assert "Trần Văn Bình" not in html, query
    # Nor chosen by posting their id: the form refuses it and nothing is saved.
    client.post(reverse("community:attendance_residents", args=[session.pk]), {"residents": [crowd.RB.pk]})
    assert not Attendance.objects.filter(user=crowd.RB).exists()
    # …nor shown ticked when their id is slipped into a search.
    html = client.get(url, {"residents": [crowd.RB.pk]}).content.decode()
    assert str(crowd.RB.pk) not in ticked(html) and "Trần Văn Bình" not in html


def test_the_list_is_paged_and_phones_are_masked(client, crowd):
    session = session_with(crowd)
    client.force_login(crowd.MA)
    url = reverse("community:session", args=[session.pk])
    first = client.get(url).content.decode()
    assert len(names_listed(first)) == 20 and "28 người dân để chọn." in first
    assert "Trang 1/2" in first and "+849" not in first and "0912000777" not in first
    assert "Lê Văn Tư (0912 *** 777)" in first or "Lê Văn Tư" not in first
    second = client.get(url, {"page": 2}).content.decode()
    assert len(names_listed(second)) == 8 and not set(names_listed(first)) & set(names_listed(second))


def test_ticks_are_kept_when_searching_again_and_changing_pages_and_nothing_is_saved(client, crowd):
    session = session_with(crowd)
    client.force_login(crowd.MA)
    url = reverse("community:attendance_residents", args=[session.pk])
    # Tick Tư, then search for another name: Tư stays ticked (on top), the search shows Hương.
    response = client.post(url, {"residents": [crowd.TU.pk], "q": "huong", "action": "search"})
    html = response.content.decode()
    assert response.status_code == 200 and not Attendance.objects.exists()
    assert ticked(html) == [str(crowd.TU.pk)] and names_listed(html) == ["Lê Văn Tư", "Đặng Thị Quỳnh Hương"]
    assert "1 người dân khớp với “huong”." in html
    # Tick Hương too and go to page 2 of everyone: both stay ticked.
    html = client.post(url, {"residents": [crowd.TU.pk, crowd.QUYNH.pk], "q": "", "page": "2"}).content.decode()
    assert set(ticked(html)) == {str(crowd.TU.pk), str(crowd.QUYNH.pk)}
    # "Add to the session" adds exactly those ticked.
    assert client.post(url, {"residents": [crowd.TU.pk, crowd.QUYNH.pk], "q": "x"}).status_code == 302
    assert set(Attendance.objects.values_list("user_id", flat=True)) == {crowd.TU.pk, crowd.QUYNH.pk}
    # Residents already at the session are not offered again.
    html = client.get(reverse("community:session", args=[session.pk]), {"q": "tu"}).content.decode()
    assert names_listed(html) == []


def test_enrolment_keeps_the_courses_and_residents_ticked_across_a_search(client, crowd):
    client.force_login(crowd.MA)
    url = reverse("community:enrol")
    data = {"courses": [crowd.course.pk], "residents": [crowd.TU.pk], "q": "ho 1", "action": "search"}
    html = client.post(url, data).content.decode()
    assert not Enrollment.objects.exists()
    assert ticked(html) == [str(crowd.TU.pk)]
    assert re.search(rf'name="courses" value="{crowd.course.pk}"[^>]*checked', html)
    assert names_listed(html)[1:] == [f"Phạm Văn Hộ {n}" for n in range(10, 20)]
    assert client.post(url, {"courses": [crowd.course.pk], "residents": [crowd.TU.pk]}).status_code == 302
    assert list(Enrollment.objects.values_list("user_id", flat=True)) == [crowd.TU.pk]


def test_the_picker_runs_a_fixed_number_of_queries(client, crowd, django_assert_max_num_queries):
    session = session_with(crowd, residents=[crowd.RA])
    client.force_login(crowd.MA)
    url = reverse("community:session", args=[session.pk])
    chosen = {"residents": [crowd.TU.pk, crowd.QUYNH.pk]}
    with django_assert_max_num_queries(40) as small:
        client.get(url, {"q": "ho", **chosen})
    for n in range(40):
        learner(full_name=f"Hồ Thị Mai {n:02d}", administrative_unit=crowd.A, user__phone=f"+849140000{n:02d}")
    for query in ("ho", "000", ""):
        with django_assert_max_num_queries(len(small.captured_queries)):
            response = client.get(url, {"q": query, **chosen})
        assert response.status_code == 200


def test_linking_a_person_to_an_account_searches_the_same_way_with_one_choice(client, crowd):
    session = session_with(crowd, guests=[("Lê Văn Tư", "+84912000777")])
    guest = Attendance.objects.get(session=session, user__isnull=True)
    client.force_login(crowd.MA)
    url = reverse("community:merge", args=[guest.pk])
    html = client.get(url).content.decode()
    # The account with the same phone is chosen already; the others are one page of radio buttons.
    assert re.search(rf'type="radio" name="resident" value="{crowd.TU.pk}" checked', html)
    assert html.count('type="radio" name="resident"') == 21 and "Trang 1/2" in html
    for query in ("binh", "0912000002"):
        html = client.get(url, {"q": query}).content.decode()
        assert "Trần Văn Bình" not in html
    # A search keeps the choice and saves nothing.
    html = client.post(url, {"resident": crowd.QUYNH.pk, "q": "tu", "action": "search"}).content.decode()
    guest.refresh_from_db()
    assert guest.user is None and re.search(rf'value="{crowd.QUYNH.pk}" checked', html)
    assert client.post(url, {"resident": crowd.TU.pk, "q": ""}).status_code == 302
    guest.refresh_from_db()
    assert guest.user == crowd.TU
