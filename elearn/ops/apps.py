from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    name = "elearn.ops"
    label = "ops"
    verbose_name = _("Operations")

    def ready(self):
        from . import checks, retries  # noqa: F401  (receivers and system checks are connected here)
