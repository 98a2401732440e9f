"""Expired prepared files are deleted, with their rows, by ``manage.py delete_expired_downloads``."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from elearn.downloads.models import PreparedDownload

from .support import file_url

pytestmark = pytest.mark.django_db


def test_expired_files_are_deleted_and_fresh_ones_kept(
    client, owner, note, settings, django_capture_on_commit_callbacks
):
    settings.PREPARED_DOWNLOAD_DAYS = 7
    old, fresh = note(), note(n=2)
    assert fresh.expires_at - fresh.finished_at == timedelta(days=7)
    storage = old.file.storage
    assert storage.exists(old.file.name)
    PreparedDownload.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(minutes=1))

    client.force_login(owner)
    assert client.get(file_url(old)).status_code == 404  # expired: gone for its owner at once
    assert f'href="{file_url(old)}"' not in client.get(reverse("prepared_downloads")).content.decode()

    out = StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_expired_downloads", stdout=out)
    assert out.getvalue().strip() == "Deleted 1 expired prepared downloads."
    assert not storage.exists(old.file.name)
    assert list(PreparedDownload.objects.values_list("pk", flat=True)) == [fresh.pk]
    assert storage.exists(fresh.file.name)
    assert client.get(file_url(fresh)).status_code == 200


def test_the_file_goes_with_its_owners_account(owner, note, django_capture_on_commit_callbacks):
    download = note()
    storage, name = download.file.storage, download.file.name
    with django_capture_on_commit_callbacks(execute=True):
        owner.delete()
    assert not PreparedDownload.objects.exists() and not storage.exists(name)
