"""Building a prepared download, in the worker."""

import logging
import tempfile

from django.contrib.auth import get_user_model
from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy
from django_tasks import task

from .kinds import DownloadRefused, builder_for
from .models import PreparedDownload
from .services import expiry_after

logger = logging.getLogger(__name__)
FAILURE_MESSAGE = gettext_lazy(
    "Something went wrong while building it. Press “Try again”; if it fails again, tell the site’s administrators."
)


def _finish(download_id, now=None, **fields) -> None:
    PreparedDownload.objects.filter(pk=download_id).update(finished_at=now or timezone.now(), **fields)


@task()
def prepared_download_build(*, download_id: str) -> bool:
    """Build the download's file with its owner's permissions now, into the private storage.

    Safe to run twice: a download that is ready (its file stored) is left alone, and a deleted one
    (expired, account deleted) is skipped. A refusal (the owner may no longer see this) fails the
    download with its message; any other error fails it too, and is raised, so the run is listed
    among the failed tasks for staff and retried (``elearn.ops.retries``). Returns whether a file was built.
    """
    with transaction.atomic():
        download = PreparedDownload.objects.select_for_update().filter(pk=download_id).first()
        if download is None or (download.is_ready and download.file.storage.exists(download.file.name)):
            return False
        download.status = PreparedDownload.Status.RUNNING
        download.save(update_fields=["status"])
    # Fresh from the database: the owner's permissions and scope as they are now.
    owner = get_user_model().objects.get(pk=download.owner_id)
    download.owner = owner
    with translation.override(download.params.get("language") or None):
        try:
            with tempfile.TemporaryFile() as output:
                filename = builder_for(download.kind)(download, output)
                output.seek(0)
                old_name = download.file.name if download.file else None
                extension = filename.rsplit(".", 1)[-1] if "." in filename else "bin"
                download.file.save(f"{download.pk}.{extension}", File(output), save=False)
        except DownloadRefused as refusal:
            _finish(download_id, status=PreparedDownload.Status.FAILED, error=str(refusal))
            return False
        except Exception:
            logger.exception("Prepared download %s (%s) failed", download_id, download.kind)
            _finish(download_id, status=PreparedDownload.Status.FAILED, error=str(FAILURE_MESSAGE))
            raise
    now = timezone.now()
    _finish(
        download_id,
        now,
        status=PreparedDownload.Status.READY,
        file=download.file.name,
        filename=filename[:300],
        error="",
        expires_at=expiry_after(now),
    )
    if old_name and old_name != download.file.name:
        download.file.storage.delete(old_name)
    return True
