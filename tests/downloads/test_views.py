"""The prepared file is its owner's alone; the "being prepared" page works without JavaScript."""

from datetime import timedelta

import pytest
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from elearn.downloads.models import PreparedDownload
from tests.courses.reports.support import trainer
from tests.factories import UserFactory, learner

from .support import fetch, file_url

pytestmark = pytest.mark.django_db


def test_the_owner_downloads_the_file_with_its_vietnamese_name_and_private_headers(client, owner, note):
    download = note()
    assert download.status == PreparedDownload.Status.READY
    client.force_login(owner)
    response = client.get(file_url(download))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == f"Ghi chú cho {owner.pk}".encode()
    assert response["Content-Disposition"] == (
        'attachment; filename="ghi-chu-xa-dien-kim.txt"; '
        "filename*=UTF-8''Ghi%20ch%C3%BA%20-%20X%C3%A3%20Di%E1%BB%85n%20Kim.txt"
    )
    assert response["Cache-Control"] == "private, no-store"
    assert response["Content-Type"].startswith("text/plain")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_anyone_but_the_owner_gets_404_other_staff_included(client, owner, note):
    download = note()
    for other in (trainer(), UserFactory(is_staff=True, is_superuser=True), learner()):
        client.force_login(other)
        assert client.get(file_url(download)).status_code == 404
        # The admin's pages: 404 for other staff; a learner is sent to the admin's sign-in, like on any admin URL.
        expected = 404 if other.is_staff else 302
        assert client.get(reverse("prepared_download", args=[download.pk])).status_code == expected
        assert client.post(reverse("prepared_download_try_again", args=[download.pk])).status_code == expected
    client.logout()
    response = client.get(file_url(download))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_the_page_of_a_file_being_prepared_reloads_itself_and_offers_a_reload_link(client, owner):
    download = PreparedDownload.objects.create(
        owner=owner, kind="test_note", title="Báo cáo lớn", expires_at="2999-01-01T00:00Z"
    )
    client.force_login(owner)
    response = client.get(reverse("prepared_download", args=[download.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<meta http-equiv="refresh" content="5">' in html
    assert "Đang chuẩn bị tệp…" in html
    assert f'href="{reverse("prepared_download", args=[download.pk])}"' in html  # "Tải lại trang"
    assert "Tải lại trang" in html
    assert client.get(file_url(download)).status_code == 404  # nothing to download yet


def test_the_list_shows_the_owners_files_only(client, owner, note):
    mine = note()
    theirs = PreparedDownload.objects.create(
        owner=trainer(), kind="test_note", title="Của người khác", expires_at="2999-01-01T00:00Z"
    )
    client.force_login(owner)
    html = client.get(reverse("prepared_downloads")).content.decode()
    assert "Tệp đã chuẩn bị" in html
    assert mine.filename in html and f'href="{file_url(mine)}"' in html
    assert theirs.title not in html
    assert fetch(client, mine).startswith("Ghi chú".encode())


def test_a_failure_is_shown_with_a_try_again_button_that_builds_the_file(client, owner, note):
    download = note(fail_times=1)  # the immediate backend records the task's error (the worker: tests/ops)
    assert download.status == PreparedDownload.Status.FAILED
    client.force_login(owner)
    page = reverse("prepared_download", args=[download.pk])
    html = client.get(page).content.decode()
    assert "Không chuẩn bị được tệp." in html
    assert "Đã có lỗi khi tạo tệp. Hãy bấm “Thử lại”" in html
    assert "Thử lại" in html and 'http-equiv="refresh"' not in html
    assert client.get(file_url(download)).status_code == 404

    try_again = reverse("prepared_download_try_again", args=[download.pk])
    assert client.get(try_again).status_code == 405  # changes state: POST only
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(try_again)
    assert response.status_code == 302 and response.url == page
    download.refresh_from_db()
    assert download.status == PreparedDownload.Status.READY and download.error == ""
    assert fetch(client, download) == f"Ghi chú cho {owner.pk}".encode()


def test_a_refusal_fails_the_download_with_its_message(client, owner, note):
    download = note(refuse=True)
    assert download.status == PreparedDownload.Status.FAILED
    client.force_login(owner)
    assert (
        "Bạn không còn được xem các báo cáo đào tạo."
        in client.get(reverse("prepared_download", args=[download.pk])).content.decode()
    )


@pytest.mark.parametrize("count", [1, 12])
def test_the_list_costs_the_same_queries_whatever_its_length(client, owner, count, django_assert_max_num_queries):
    for n in range(count):
        PreparedDownload.objects.create(owner=owner, kind="test_note", title=f"Tệp {n}", expires_at="2999-01-01T00:00Z")
    client.force_login(owner)
    client.get(reverse("prepared_downloads"))  # the admin's own first-visit queries
    with django_assert_max_num_queries(10):
        assert client.get(reverse("prepared_downloads")).status_code == 200


def test_a_download_whose_worker_was_lost_may_be_asked_for_again(client, owner):
    fresh = PreparedDownload.objects.create(owner=owner, kind="test_note", title="Mới", expires_at="2999-01-01T00:00Z")
    lost = PreparedDownload.objects.create(
        owner=owner,
        kind="test_note",
        title="Mất worker",
        status=PreparedDownload.Status.RUNNING,
        created_at=timezone.now() - timedelta(hours=1),
        expires_at="2999-01-01T00:00Z",
    )
    client.force_login(owner)
    assert "Thử lại" not in client.get(reverse("prepared_download", args=[fresh.pk])).content.decode()
    assert "Thử lại" in client.get(reverse("prepared_download", args=[lost.pk])).content.decode()
    client.post(reverse("prepared_download_try_again", args=[fresh.pk]))
    fresh.refresh_from_db()
    assert fresh.status == PreparedDownload.Status.QUEUED  # left alone
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(reverse("prepared_download_try_again", args=[lost.pk]))
    lost.refresh_from_db()
    assert lost.status == PreparedDownload.Status.READY
