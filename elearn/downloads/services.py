"""Asking for a prepared download, trying a failed one again, deleting expired ones.

Keyword-only and atomic; the build is enqueued once the transaction commits.
"""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation

from .models import STALE_AFTER, PreparedDownload


def expiry_after(start):
    return start + timedelta(days=settings.PREPARED_DOWNLOAD_DAYS)


def _enqueue(download: PreparedDownload) -> None:
    from .tasks import prepared_download_build  # the task module imports these services

    transaction.on_commit(partial(prepared_download_build.enqueue, download_id=str(download.pk)))


@transaction.atomic
def prepared_download_request(*, owner, kind: str, params: dict, title: str) -> PreparedDownload:
    """The owner's download of ``kind`` with ``params``: the one already waiting or being built, or a
    new one, queued for the worker. Asking twice (a double click) does not build the file twice.
    The file is built in the language of the request (its headings, its name)."""
    params = {**params, "language": translation.get_language()}
    pending = PreparedDownload.objects.filter(
        owner=owner,
        kind=kind,
        params=params,
        status__in=[PreparedDownload.Status.QUEUED, PreparedDownload.Status.RUNNING],
        expires_at__gt=timezone.now(),
    ).first()
    if pending is not None:
        return pending
    now = timezone.now()
    download = PreparedDownload.objects.create(
        owner=owner, kind=kind, params=params, title=title[:300], created_at=now, expires_at=expiry_after(now)
    )
    _enqueue(download)
    return download


@transaction.atomic
def prepared_download_retry(*, download: PreparedDownload) -> bool:
    """Queue a failed download again (the "Try again" button), or one whose worker was lost (waiting
    or being prepared for longer than ``STALE_AFTER``); anything else is left alone.

    Returns whether it was queued."""
    stale = Q(
        status__in=[PreparedDownload.Status.QUEUED, PreparedDownload.Status.RUNNING],
        created_at__lt=timezone.now() - STALE_AFTER,
    )
    updated = PreparedDownload.objects.filter(Q(status=PreparedDownload.Status.FAILED) | stale, pk=download.pk).update(
        status=PreparedDownload.Status.QUEUED, error="", finished_at=None, expires_at=expiry_after(timezone.now())
    )
    if updated:
        _enqueue(download)
    return bool(updated)


def prepared_downloads_delete_expired(*, now=None) -> int:
    """Delete the downloads past their expiry; their files go once each deletion commits
    (``receivers``). Safe to run twice, or on two machines at once. Returns how many were deleted."""
    deleted = 0
    expired = PreparedDownload.objects.filter(expires_at__lte=now or timezone.now())
    for pk in expired.values_list("pk", flat=True).iterator(chunk_size=500):
        with transaction.atomic():
            deleted += PreparedDownload.objects.filter(pk=pk).delete()[0]
    return deleted
