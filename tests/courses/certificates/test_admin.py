import io
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from courses.models import Certificate, CertificateChange, CertificateTemplate, LessonPage
from courses.services import lesson_complete
from elearn.downloads.models import PreparedDownload
from tests.downloads.support import prepared_file
from tests.factories import AdministrativeUnitFactory, UserFactory, course, learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def certified(catalogue, django_capture_on_commit_callbacks):
    """Three learners certified in one course, in two communes."""
    CertificateTemplate.objects.create(name="Mặc định", is_default=True)
    page = course(catalogue, title="Thanh toán an toàn", lessons=1)
    other_page = course(catalogue, title="Dịch vụ công", lessons=1)
    commune_a = AdministrativeUnitFactory(name="Xã A")
    commune_b = AdministrativeUnitFactory(name="Xã B")
    users = [
        learner(full_name="Lê Văn An", administrative_unit=commune_a),
        learner(full_name="Trần Thị Bình", administrative_unit=commune_a),
        learner(full_name="Hồ Văn Cường", administrative_unit=commune_b),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        for user in users:
            lesson_complete(user=user, lesson=LessonPage.objects.child_of(page).get())
        lesson_complete(user=users[0], lesson=LessonPage.objects.child_of(other_page).get())
    return {"course": page, "other": other_page, "a": commune_a, "b": commune_b, "users": users}


@pytest.fixture
def admin_client(client, django_user_model, home_page):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.vn", "x"))
    return client


def listed_names(response):
    return sorted(c.learner_name for c in response.context["object_list"])


def test_list_and_filter_by_course_and_unit(admin_client, certified):
    url = reverse("certificates:index")
    assert len(listed_names(admin_client.get(url))) == 4
    by_course = admin_client.get(url, {"course": certified["course"].pk})
    assert listed_names(by_course) == ["Hồ Văn Cường", "Lê Văn An", "Trần Thị Bình"]
    by_unit = admin_client.get(url, {"course": certified["course"].pk, "administrative_unit": certified["b"].pk})
    assert listed_names(by_unit) == ["Hồ Văn Cường"]
    province = certified["a"].parent
    assert len(listed_names(admin_client.get(url, {"administrative_unit": province.pk}))) == 4


def test_filter_by_date_range(admin_client, certified):
    today = Certificate.objects.first().issued_on
    url = reverse("certificates:index")
    assert len(listed_names(admin_client.get(url, {"issued_on_from": today.isoformat()}))) == 4
    assert listed_names(admin_client.get(url, {"issued_on_to": "2000-01-01"})) == []


def test_revoke_requires_a_reason(admin_client, certified):
    certificate = Certificate.objects.first()
    url = reverse("certificates:edit", args=[certificate.pk])
    response = admin_client.post(url, {"revoke": "1", "reason": ""})
    assert response.status_code == 200
    certificate.refresh_from_db()
    assert certificate.is_valid
    admin_client.post(url, {"revoke": "1", "reason": "Gian lận khi làm bài"})
    certificate.refresh_from_db()
    assert not certificate.is_valid and certificate.revoked_reason == "Gian lận khi làm bài"
    assert CertificateChange.objects.filter(certificate=certificate, action="revoked").exists()


def test_reissue_from_admin(admin_client, certified):
    certificate = Certificate.objects.get(learner_name="Lê Văn An", course=certified["course"])
    admin_client.post(
        reverse("certificates:edit", args=[certificate.pk]), {"reissue": "1", "learner_name": "Lê Văn Ân"}
    )
    certificate.refresh_from_db()
    assert certificate.learner_name == "Lê Văn Ân"
    assert CertificateChange.objects.filter(certificate=certificate, action="reissued", new_name="Lê Văn Ân").exists()


@pytest.mark.parametrize(
    "name, message", [("\u200b\u200b", "Vui lòng nhập họ và tên"), ("🌸🌸", "không dùng biểu tượng cảm xúc")]
)
def test_reissue_refuses_a_name_that_would_not_print(admin_client, certified, name, message):
    certificate = Certificate.objects.get(learner_name="Lê Văn An", course=certified["course"])
    response = admin_client.post(
        reverse("certificates:edit", args=[certificate.pk]), {"reissue": "1", "learner_name": name}
    )
    assert message in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.learner_name == "Lê Văn An"
    assert not CertificateChange.objects.filter(action="reissued").exists()


def test_no_add_or_delete_in_admin(admin_client, certified):
    certificate = Certificate.objects.first()
    assert admin_client.get(reverse("certificates:add")).status_code in (302, 403)
    admin_client.post(reverse("certificates:delete", args=[certificate.pk]))
    assert Certificate.objects.filter(pk=certificate.pk).exists()


def test_zip_has_one_pdf_per_certificate(admin_client, certified):
    archive = zipfile.ZipFile(
        io.BytesIO(
            prepared_file(admin_client, reverse("certificates:zip"), {"course": certified["course"].pk}, method="post")
        )
    )
    names = archive.namelist()
    expected = {c.display_code + ".pdf" for c in Certificate.objects.filter(course=certified["course"])}
    assert set(names) == expected and len(names) == 3
    assert all(archive.read(name).startswith(b"%PDF") for name in names)


def test_learners_and_editors_without_permission_cannot_use_certificate_admin(client, certified):
    client.force_login(certified["users"][0])
    assert client.get(reverse("certificates:index")).status_code in (302, 403)
    editor = UserFactory(is_staff=True)
    editors = Group.objects.create(name="Biên tập thử")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(editors)
    client.force_login(editor)
    assert client.get(reverse("certificates:index")).status_code in (302, 403)
    # Wagtail answers a refused admin URL by sending the user back to the dashboard.
    response = client.get(reverse("certificates:zip"), {"course": certified["course"].pk})
    assert response.status_code in (302, 403) and response.get("Content-Type") != "application/zip"
    response = client.post(reverse("certificates:zip"), {"course": certified["course"].pk})
    assert response.status_code in (302, 403) and not PreparedDownload.objects.exists()
    certificate = Certificate.objects.first()
    response = client.post(reverse("certificates:edit", args=[certificate.pk]), {"revoke": "1", "reason": "x"})
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.is_valid


@pytest.mark.parametrize("value", ["abc", "1.0", "1e3", "99999999999999999999"])
def test_zip_with_a_course_that_is_not_an_id_says_so(admin_client, certified, value):
    for method in (admin_client.get, admin_client.post):
        response = method(reverse("certificates:zip"), {"course": value})
        assert response.status_code == 400 and response.get("Content-Type", "").startswith("text/html")
        assert "Khóa học này không tồn tại. Hãy chọn một khóa học trong danh sách." in response.content.decode()
    assert not PreparedDownload.objects.exists()


def test_the_zip_link_of_a_certificate_offers_the_form_with_its_course_and_prepares_nothing(admin_client, certified):
    response = admin_client.get(reverse("certificates:zip"), {"course": certified["course"].pk})
    html = response.content.decode()
    assert response.status_code == 200 and 'method="post"' in html
    assert f'<option value="{certified["course"].pk}" selected>' in html
    assert "Chuẩn bị tệp ZIP" in html
    assert not PreparedDownload.objects.exists()


def test_zip_without_a_course_offers_the_choice(admin_client, certified):
    response = admin_client.get(reverse("certificates:zip"))
    assert response.status_code == 200
    assert certified["course"].title in response.content.decode()
    response = admin_client.get(reverse("certificates:zip"), {"course": ""})
    assert response.status_code == 400
    assert "Hãy chọn khóa học có chứng nhận cần tải xuống." in response.content.decode()
    response = admin_client.post(reverse("certificates:zip"), {})
    assert response.status_code == 400
    assert "Hãy chọn khóa học có chứng nhận cần tải xuống." in response.content.decode()
