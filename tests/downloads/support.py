"""Asking for a prepared file as a trainer does, and fetching it from the link of the "being prepared" page."""

import re

from django.test import TestCase
from django.urls import reverse

from elearn.downloads.models import PreparedDownload


def ask(client, url: str, params=None, *, method: str = "get") -> PreparedDownload:
    """GET (a large export) or POST (the ZIP's form) ``url``: redirected to the "being prepared"
    page; the task runs when the request's transaction commits (the tests' immediate backend)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = getattr(client, method)(url, params or {})
    assert response.status_code == 302, (response.status_code, response.content[:300])
    match = re.fullmatch(r"/admin/downloads/([0-9a-f-]{36})/", response.url)
    assert match, response.url
    return PreparedDownload.objects.get(pk=match[1])


def file_url(download) -> str:
    return reverse("prepared_download_file", args=[download.pk])


def fetch(client, download) -> bytes:
    """The file, through the link the "being prepared" page shows once it is ready."""
    page = client.get(reverse("prepared_download", args=[download.pk])).content.decode()
    assert f'href="{file_url(download)}"' in page, page
    response = client.get(file_url(download))
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content)


def prepared_file(client, url: str, params=None, *, method: str = "get") -> bytes:
    return fetch(client, ask(client, url, params, method=method))
