"""Scoped staff meet only their learners' certificates: listing, filters, search, screens, PDF, ZIP.

Seen from outside (HTTP): the community team of Xã Diễn Châu (as in the demo) never sees a
learner of Phường Cửa Lò; an unscoped trainer and the site administrator see both.
"""

import io
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from courses import roles
from courses.models import Certificate, CertificateTemplate, LessonPage, TrainerScope
from courses.services import lesson_complete
from tests.downloads.support import prepared_file
from tests.factories import AdministrativeUnitFactory, UserFactory, course, learner

pytestmark = pytest.mark.django_db

DIEN_CHAU_LEARNER = "Nguyễn Thị Diễn"
CUA_LO_LEARNER = "Trần Văn Cửa"


def staff_in(group_name: str, *, units=()):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    if units:
        TrainerScope.objects.create(user=user).administrative_units.set(units)
    return user


@pytest.fixture
def communes(catalogue, django_capture_on_commit_callbacks):
    CertificateTemplate.objects.create(name="Mặc định", is_default=True)
    dien_chau = AdministrativeUnitFactory(code="40-X01", name="Xã Diễn Châu")
    cua_lo = AdministrativeUnitFactory(code="40-P06", name="Phường Cửa Lò")
    page = course(catalogue, title="Dịch vụ công trực tuyến", lessons=1)
    lesson = LessonPage.objects.child_of(page).get()
    with django_capture_on_commit_callbacks(execute=True):
        for name, unit in ((DIEN_CHAU_LEARNER, dien_chau), (CUA_LO_LEARNER, cua_lo)):
            lesson_complete(user=learner(full_name=name, administrative_unit=unit), lesson=lesson)
    return {
        "course": page,
        "dien_chau": dien_chau,
        "cua_lo": cua_lo,
        "mine": Certificate.objects.get(learner_name=DIEN_CHAU_LEARNER),
        "theirs": Certificate.objects.get(learner_name=CUA_LO_LEARNER),
        "team": staff_in(roles.COMMUNITY, units=[dien_chau]),
    }


def listed(client, **params):
    response = client.get(reverse("certificates:index"), params)
    assert response.status_code == 200
    return response, sorted(c.learner_name for c in response.context["object_list"])


def test_community_team_lists_only_its_commune(client, communes):
    client.force_login(communes["team"])
    response, names = listed(client)
    assert names == [DIEN_CHAU_LEARNER]
    assert CUA_LO_LEARNER not in response.content.decode()
    # Filtering, searching or asking for the other commune's unit never widens the list.
    assert listed(client, course=communes["course"].pk)[1] == [DIEN_CHAU_LEARNER]
    assert listed(client, q="Trần Văn")[1] == []
    assert listed(client, administrative_unit=communes["cua_lo"].pk)[1] == [DIEN_CHAU_LEARNER]
    results = client.get(reverse("certificates:index_results"), {"q": CUA_LO_LEARNER})
    assert CUA_LO_LEARNER not in results.content.decode()


def test_filter_offers_only_the_units_of_the_scope(client, communes):
    client.force_login(communes["team"])
    response, _names = listed(client)
    choices = [str(label) for _value, label in response.context["filters"].form.fields["administrative_unit"].choices]
    assert "Xã Diễn Châu" in " ".join(choices) and "Phường Cửa Lò" not in " ".join(choices)
    client.force_login(staff_in(roles.TRAINERS))
    response, _names = listed(client)
    choices = " ".join(
        str(label) for _v, label in response.context["filters"].form.fields["administrative_unit"].choices
    )
    assert "Xã Diễn Châu" in choices and "Phường Cửa Lò" in choices


def test_community_team_cannot_open_another_communes_certificate(client, communes):
    client.force_login(communes["team"])
    theirs, mine = communes["theirs"], communes["mine"]
    assert client.get(reverse("certificates:inspect", args=[mine.pk])).status_code == 200
    # The object is looked up among the user's certificates before any permission check.
    for name in ("inspect", "history", "usage"):
        response = client.get(reverse(f"certificates:{name}", args=[theirs.pk]))
        assert response.status_code == 404, name
        assert CUA_LO_LEARNER not in response.content.decode()


def test_scoped_staff_with_change_rights_cannot_revoke_outside_their_scope(client, communes):
    moderator = staff_in(roles.MODERATORS, units=[communes["dien_chau"]])
    client.force_login(moderator)
    theirs = communes["theirs"]
    response = client.post(reverse("certificates:edit", args=[theirs.pk]), {"revoke": "1", "reason": "Thử"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.is_valid
    assert client.get(reverse("certificates:edit", args=[communes["mine"].pk])).status_code == 200


def download(client, certificate):
    return client.get(reverse("certificate_download", args=[certificate.display_code]))


def test_pdf_download_follows_the_scope(client, communes):
    client.force_login(communes["team"])
    assert download(client, communes["mine"]).status_code == 200
    refused = download(client, communes["theirs"])
    assert refused.status_code == 403 and refused.get("Content-Type") != "application/pdf"
    for user in (staff_in(roles.TRAINERS), UserFactory(is_staff=True, is_superuser=True)):
        client.force_login(user)
        for certificate in (communes["mine"], communes["theirs"]):
            response = download(client, certificate)
            assert response.status_code == 200 and response["Content-Type"] == "application/pdf"


def zipped_codes(client, course_page) -> set[str]:
    content = prepared_file(client, reverse("certificates:zip"), {"course": course_page.pk}, method="post")
    return set(zipfile.ZipFile(io.BytesIO(content)).namelist())


def test_course_zip_holds_only_the_scopes_certificates(client, communes):
    mine, theirs = communes["mine"].display_code + ".pdf", communes["theirs"].display_code + ".pdf"
    client.force_login(communes["team"])
    assert zipped_codes(client, communes["course"]) == {mine}
    client.force_login(staff_in(roles.TRAINERS))
    assert zipped_codes(client, communes["course"]) == {mine, theirs}


def test_unscoped_trainer_and_admin_list_everyone(client, communes):
    for user in (staff_in(roles.TRAINERS), UserFactory(is_staff=True, is_superuser=True)):
        client.force_login(user)
        assert listed(client)[1] == sorted([CUA_LO_LEARNER, DIEN_CHAU_LEARNER])


@pytest.mark.parametrize("who", ["team", "trainer"])
def test_listing_query_budget_does_not_grow_with_certificates(client, communes, who, django_assert_max_num_queries):
    user = communes["team"] if who == "team" else staff_in(roles.TRAINERS)
    client.force_login(user)
    listed(client)  # warm the caches
    page = communes["course"]
    lesson = LessonPage.objects.child_of(page).get()
    budgets = []
    for extra in (5, 25):
        for _ in range(extra):
            lesson_complete(user=learner(administrative_unit=communes["dien_chau"]), lesson=lesson)
        from courses.certificates.services import certificate_issue
        from courses.models import Enrollment

        for enrollment in Enrollment.objects.filter(certificate__isnull=True).select_related("course", "user__profile"):
            certificate_issue(enrollment=enrollment)
        with django_assert_max_num_queries(20) as captured:
            listed(client)
        budgets.append(len(captured.captured_queries))
    assert budgets[0] == budgets[1]
