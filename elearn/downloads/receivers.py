from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import PreparedDownload


@receiver(post_delete, sender=PreparedDownload, dispatch_uid="prepared-download-file-delete")
def on_prepared_download_deleted(sender, instance, **kwargs) -> None:
    # The file holds learners' names: when the row goes (expiry, the owner's account deleted), so does the file.
    if instance.file:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: storage.delete(name))
