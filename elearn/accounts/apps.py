from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "elearn.accounts"
    label = "accounts"
    verbose_name = _("Accounts and learners")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (
            checks,  # noqa: F401
            receivers,  # noqa: F401  (the admin log is scrubbed when an account is deleted)
        )
