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

        # What the worker can prepare for staff (elearn.downloads): the ZIP and large report exports.
        from .certificates import downloads as certificate_downloads  # noqa: F401
        from .certificates import receivers as certificate_receivers  # noqa: F401  (issue on completion)
        from .reports import downloads as report_downloads  # noqa: F401
