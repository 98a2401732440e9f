from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Slugs from Vietnamese titles, on the server and in the admin's slug field.
        from elearn import slugs

        slugs.install()
