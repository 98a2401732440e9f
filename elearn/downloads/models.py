import uuid
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A download still waiting or "being prepared" after this long lost its worker (killed, restarted):
# its owner may ask for it again.
STALE_AFTER = timedelta(minutes=30)


def private_storage():
    return storages["private"]


class PreparedDownload(models.Model):
    """A file one staff member asked for, built by the worker; theirs alone, deleted once expired."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be prepared")
        RUNNING = "running", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)  # not guessable in URLs
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.CASCADE, related_name="prepared_downloads"
    )
    kind = models.CharField(_("kind"), max_length=50)
    params = models.JSONField(_("parameters"), default=dict, blank=True)
    title = models.CharField(_("title"), max_length=300)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    file = models.FileField(_("file"), upload_to="downloads/%Y/%m/", storage=private_storage, blank=True)
    filename = models.CharField(_("file name"), max_length=300, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("prepared download")
        verbose_name_plural = _("prepared downloads")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "-created_at"], name="download_owner_created")]

    def __str__(self):
        return self.title

    @property
    def is_pending(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.RUNNING}

    @property
    def may_try_again(self) -> bool:
        return self.status == self.Status.FAILED or (self.is_pending and self.created_at < timezone.now() - STALE_AFTER)

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.READY and bool(self.file)
