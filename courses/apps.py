from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses and learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Receivers are connected here: each module declares its own with @receiver.
        # The learner's courses, attempts and certificates in their personal-data export.
        from . import (
            personal_data,  # noqa: F401
            receivers,  # noqa: F401  (the learning core: progress, catalogue roles)
        )
        from .certificates import receivers as certificate_receivers  # noqa: F401  (issue on completion)
