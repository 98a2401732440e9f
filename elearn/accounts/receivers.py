"""Receivers of the accounts app (connected in AccountsConfig.ready)."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from .audit_log import admin_log_scrub
from .models import User


@receiver(pre_delete, sender=User)
def scrub_admin_log_of_deleted_user(sender, instance, **kwargs):
    # However the account goes (the learner's own deletion, Wagtail's user admin, a script), Wagtail's
    # admin log keeps nothing that identifies them. pre_delete: their profile and certificates still
    # exist, so the entries about them can still be found.
    admin_log_scrub(user=instance)
