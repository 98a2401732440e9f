from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "training"
    verbose_name = _("Required training and notifications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Receivers are connected here: each module declares its own with @receiver.
        from . import (
            personal_data,  # noqa: F401  (assignments received and notifications in the personal-data export)
            receivers,  # noqa: F401  (enrolment, certificate, new member, unit merges)
        )
        from .board_kinds import register

        register()  # "required courses completed on time" on the evaluation board
