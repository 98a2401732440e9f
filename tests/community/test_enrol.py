"""15.3 Assisted enrolment: a multi-select or a CSV of phones; bad rows listed, nothing partial written."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from community.models import AssistedEnrollment, MemberAction
from courses.models import Enrollment
from tests.factories import learner

pytestmark = pytest.mark.django_db


def csv_file(text: str, name="so-dien-thoai.csv"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def test_enrol_residents_chosen_in_the_list_twice_is_harmless(client, team):
    client.force_login(team.MA)
    page = client.get(reverse("community:enrol")).content.decode()
    assert "Nguyễn Thị Lan (0912 *** 001)" in page and "Trần Văn Bình" not in page and "0912000001" not in page
    data = {"courses": [team.course.pk], "residents": [team.RA.pk]}
    assert client.post(reverse("community:enrol"), data).status_code == 302
    assert client.post(reverse("community:enrol"), data).status_code == 302
    assert Enrollment.objects.filter(user=team.RA, course=team.course).count() == 1
    assert AssistedEnrollment.objects.get().member == team.MA
    assert MemberAction.objects.filter(kind="enrolled").count() == 2


def test_a_csv_of_phones_enrols_everyone_in_it(client, team):
    other = learner(full_name="Lê Văn Tư", administrative_unit=team.A, user__phone="+84912000004")
    client.force_login(team.MA)
    upload = csv_file("Số điện thoại\n0912 000 001\n+84 912 000 004\n0912000001\n")
    response = client.post(reverse("community:enrol"), {"courses": [team.course.pk], "phones_file": upload})
    assert response.status_code == 302
    assert set(Enrollment.objects.values_list("user_id", flat=True)) == {team.RA.pk, other.pk}


def test_bad_rows_are_listed_in_vietnamese_and_nothing_is_enrolled(client, team):
    client.force_login(team.MA)
    upload = csv_file("0912 000 001\n12345\n0912 000 002\n0987 000 999\n")
    response = client.post(reverse("community:enrol"), {"courses": [team.course.pk], "phones_file": upload})
    html = response.content.decode()
    assert response.status_code == 200 and not Enrollment.objects.exists()
    assert "Dòng 2: “12345” không phải số di động Việt Nam." in html
    # A resident of another commune and an unknown number get the same message: nothing is revealed.
    assert "Dòng 3: không có người dân nào của xã, phường của tổ dùng số 0912 000 002." in html
    assert "Dòng 4: không có người dân nào của xã, phường của tổ dùng số 0987 000 999." in html
    assert "Chưa ghi danh ai" in html


def test_a_file_that_is_not_utf8_and_an_empty_choice_are_refused(client, team):
    client.force_login(team.MA)
    upload = SimpleUploadedFile("a.csv", "Số".encode("utf-16"), content_type="text/csv")
    html = client.post(
        reverse("community:enrol"), {"courses": [team.course.pk], "phones_file": upload}
    ).content.decode()
    assert "Không đọc được tệp" in html
    html = client.post(reverse("community:enrol"), {"courses": [team.course.pk]}).content.decode()
    assert "Hãy chọn ít nhất một người dân" in html
    assert not Enrollment.objects.exists()


def test_a_resident_of_another_commune_cannot_be_posted(client, team):
    client.force_login(team.MA)
    response = client.post(reverse("community:enrol"), {"courses": [team.course.pk], "residents": [team.RB.pk]})
    assert response.status_code == 200 and not Enrollment.objects.exists()
