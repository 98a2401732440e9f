"""Compute and store the board's figures for closed months (run it nightly or on the 1st of each month),
so nobody waits for a first computation: ``manage.py store_board_figures [--months 12]``."""

import time

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from board.models import Criterion
from board.periods import current_month, months_ending_with
from board.selectors import board_figures


class Command(BaseCommand):
    help = "Compute and store the evaluation board's figures for the closed months (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=12, help="How many closed months back.")

    def handle(self, *args, months: int, **options):
        closed = months_ending_with(current_month(), months + 1)[:-1]
        criteria = list(Criterion.objects.filter(is_active=True).prefetch_related("courses"))
        for criterion in criteria:
            started = time.monotonic()
            board_figures(criteria=[criterion], applies_to=criterion.applies_to, periods=closed, unit_ids=[])
            self.stdout.write(
                _("  %(criterion)s: %(months)d months in %(seconds).1f s")
                % {"criterion": criterion.name, "months": len(closed), "seconds": time.monotonic() - started}
            )
        self.stdout.write(
            self.style.SUCCESS(_("Board figures stored for %(count)d criteria.") % {"count": len(criteria)})
        )
