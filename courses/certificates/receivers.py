"""What the certificates feature does when the learning core reports something.

Connected by ``CoursesConfig.ready``, which imports this module.
"""

import logging

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from ..models import Certificate, Enrollment
from ..signals import course_completed
from .services import certificate_issue

logger = logging.getLogger(__name__)


@receiver(course_completed, dispatch_uid="issue-certificate")
def on_course_completed(sender, enrollment, **kwargs) -> None:
    try:
        certificate_issue(enrollment=Enrollment.objects.select_related("course", "user__profile").get(pk=enrollment.pk))
    except Exception:  # the learner's completion stands; staff can re-issue from the admin
        logger.exception("Could not issue the certificate for enrollment %s", enrollment.pk)


@receiver(post_delete, sender=Certificate, dispatch_uid="certificate-file-delete")
def on_certificate_deleted(sender, instance, **kwargs) -> None:
    # The PDF carries the learner's name: when the row goes (account deletion), the file goes too.
    if instance.pdf:
        storage, name = instance.pdf.storage, instance.pdf.name
        transaction.on_commit(lambda: storage.delete(name))
