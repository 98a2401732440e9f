"""Stored figures follow their criterion: changing how a criterion counts drops what it had stored."""

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from .models import Criterion, StoredPeriod


@receiver(post_save, sender=Criterion, dispatch_uid="board-criterion-saved")
def on_criterion_saved(sender, instance, created, **kwargs) -> None:
    if not created:
        StoredPeriod.objects.filter(criterion=instance).delete()


@receiver(m2m_changed, sender=Criterion.courses.through, dispatch_uid="board-criterion-courses")
def on_criterion_courses_changed(sender, instance, action, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Criterion):
        StoredPeriod.objects.filter(criterion=instance).delete()
