"""Media on S3-compatible object storage (a real HTTP server, moto's): public images readable by
anyone, certificate PDFs in a private bucket that only the permission-checked view hands out."""

import io
import urllib.error
import urllib.request
import zipfile

import pytest
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PILImage
from pypdf import PdfReader
from wagtail.images import get_image_model

from courses.certificates.services import certificate_render
from courses.models import Certificate, CertificateTemplate, LessonPage
from courses.services import lesson_complete
from tests.downloads.support import ask, fetch, file_url
from tests.factories import learner

pytestmark = pytest.mark.django_db


def _png(colour="red") -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (300, 200), colour).save(out, format="PNG")
    return out.getvalue()


def _anonymous_get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _keys(s3, bucket):
    return [item["Key"] for item in s3["client"].list_objects_v2(Bucket=bucket).get("Contents", [])]


def test_an_uploaded_image_and_its_renditions_are_public_on_the_bucket(s3_storage, admin_client):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Ảnh bìa", "file": ImageFile(io.BytesIO(_png()), name="anh-bia.png")},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    image = get_image_model().objects.get(title="Ảnh bìa")
    assert image.file.name in _keys(s3_storage, "elearn-media")
    rendition = image.get_rendition("fill-100x100")
    assert rendition.url.startswith(s3_storage["endpoint"] + "/elearn-media/")
    assert _anonymous_get(rendition.url) == 200


def test_a_certificate_pdf_is_private_on_the_bucket_and_downloads_through_the_view(
    s3_storage, client, three_lesson_course, django_capture_on_commit_callbacks
):
    logo = get_image_model().objects.create(title="Logo", file=ImageFile(io.BytesIO(_png("blue")), name="logo.png"))
    CertificateTemplate.objects.create(name="Mặc định", is_default=True, logo=logo, signatory_1_name="Hồ Đức Việt")
    graduate = learner(full_name="Nguyễn Thị Lan")
    with django_capture_on_commit_callbacks(execute=True):
        for page in LessonPage.objects.child_of(three_lesson_course):
            lesson_complete(user=graduate, lesson=page)
    certificate = Certificate.objects.get()
    if not certificate.pdf:  # rendered by a task where the certificate stream made it one
        certificate_render(certificate=certificate)
        certificate.refresh_from_db()

    assert certificate.pdf.name in _keys(s3_storage, "elearn-private")
    assert certificate.pdf.name not in _keys(s3_storage, "elearn-media")
    direct = f"{s3_storage['endpoint']}/elearn-private/{certificate.pdf.name}"
    assert _anonymous_get(direct) == 403  # nobody reads a certificate straight from the bucket

    url = reverse("certificate_download", args=[certificate.display_code])
    client.force_login(learner())
    assert client.get(url).status_code == 403
    client.force_login(graduate)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(b"".join(response.streaming_content)))
    # The logo is read from the bucket through the storage API (not .path): QR code + logo.
    assert len(pdf.pages[0].images) == 2


def test_a_course_zip_is_prepared_into_the_private_bucket_and_served_to_its_owner_only(
    s3_storage, client, django_user_model, three_lesson_course, django_capture_on_commit_callbacks
):
    CertificateTemplate.objects.create(name="Mặc định", is_default=True)
    graduate = learner(full_name="Nguyễn Thị Lan")
    with django_capture_on_commit_callbacks(execute=True):
        for page in LessonPage.objects.child_of(three_lesson_course):
            lesson_complete(user=graduate, lesson=page)
    certificate = Certificate.objects.get()
    owner = django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "x")
    client.force_login(owner)
    download = ask(client, reverse("certificates:zip"), {"course": three_lesson_course.pk}, method="post")
    assert download.status == download.Status.READY, download.error

    keys = _keys(s3_storage, "elearn-private")
    assert download.file.name in keys and download.file.name.startswith("downloads/")
    assert download.file.name not in _keys(s3_storage, "elearn-media")
    assert _anonymous_get(f"{s3_storage['endpoint']}/elearn-private/{download.file.name}") == 403

    archive = zipfile.ZipFile(io.BytesIO(fetch(client, download)))
    assert archive.namelist() == [f"{certificate.display_code}.pdf"]
    assert PdfReader(io.BytesIO(archive.read(archive.namelist()[0]))).pages
    client.force_login(django_user_model.objects.create_superuser("khac", "khac@example.vn", "x"))
    assert client.get(file_url(download)).status_code == 404
