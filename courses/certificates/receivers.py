"""What the certificates feature does when the learning core reports something.

Connected by ``CoursesConfig.ready``, which imports this module.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils import timezone

from ..models import Certificate, WithdrawnCertificate
from ..signals import course_completed
from .services import certificate_issue


@receiver(course_completed, dispatch_uid="issue-certificate")
def on_course_completed(sender, enrollment, **kwargs) -> None:
    # Inside the completing transaction, the enrollment locked: nothing is swallowed here. A certificate
    # that cannot be recorded rolls the completion back, so no course stays completed without one.
    certificate_issue(enrollment=enrollment)


def _account_deletion(origin) -> bool:
    User = get_user_model()
    return isinstance(origin, User) or (isinstance(origin, QuerySet) and origin.model is User)


@receiver(post_delete, sender=Certificate, dispatch_uid="certificate-file-delete")
def on_certificate_deleted(sender, instance, origin=None, **kwargs) -> None:
    # The PDF carries the learner's name: when the row goes (account deletion), the file goes too.
    if instance.pdf:
        storage, name = instance.pdf.storage, instance.pdf.name
        transaction.on_commit(lambda: storage.delete(name))
    if _account_deletion(origin):
        # Its holder deleted their account: keep only that it was issued and withdrawn (no name, no course).
        WithdrawnCertificate.objects.get_or_create(
            code=instance.code, defaults={"issued_on": instance.issued_on, "withdrawn_on": timezone.localdate()}
        )
