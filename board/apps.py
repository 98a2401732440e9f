from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BoardConfig(AppConfig):
    name = "board"
    verbose_name = _("Evaluation board")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The built-in criterion kinds register themselves; other apps register theirs from their own
        # AppConfig.ready with board.criteria.register_kind (see that module).
        from . import (
            kinds,  # noqa: F401
            receivers,  # noqa: F401  (stored figures are dropped when a criterion changes)
        )
