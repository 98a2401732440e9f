from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses and learning")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import personal_data, signal_handlers  # noqa: F401  (registers the export section)

        signal_handlers.connect()

        from .certificates import on_course_completed
        from .signals import course_completed

        course_completed.connect(on_course_completed, dispatch_uid="issue-certificate")
