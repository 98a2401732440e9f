from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = _("Community digital-technology teams")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The team's records in a resident's personal-data export; anonymised on account deletion.
        from . import (
            personal_data,  # noqa: F401
            receivers,  # noqa: F401  (unit merges move the sessions held after the merge date)
        )
        from .board_kinds import register

        register()  # "village sessions held" on the evaluation board
