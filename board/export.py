"""The "what is lagging" list as XLSX: a write-only workbook in a temporary file (flat memory)."""

import tempfile

from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from .criteria import APPLIES_TO_CHOICES


def _text(value: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (as the reports' exports do)."""
    return "'" + value if value.startswith(("=", "+", "-", "@", "\t", "\r")) else value


def lagging_rows(boards, limit: int):
    labels = dict(APPLIES_TO_CHOICES)
    for board in boards:
        for row in board.lagging[:limit]:
            reason = row.reason
            yield [
                str(labels[board.applies_to]),
                _text(row.unit.name),
                float(row.total),
                _text(reason.criterion.name) if reason else "",
                reason.figure.numerator if reason else None,
                reason.figure.denominator if reason else None,
                float(reason.percent) if reason else None,
                float(reason.criterion.target_percent) if reason else None,
            ]


def lagging_xlsx_response(boards, period, *, limit: int) -> FileResponse:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_("Lagging")[:31])
    sheet.append([_("What is lagging") + " — " + period.label])
    sheet.append(
        [
            _("Type"),
            _("Unit"),
            _("Score"),
            _("Criterion furthest behind"),
            _("Achieved"),
            _("Out of"),
            _("Result (%)"),
            _("Required (%)"),
        ]
    )
    for row in lagging_rows(boards, limit):
        sheet.append(row)
    output = tempfile.TemporaryFile()
    workbook.save(output)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=f"cham-tien-do-{period.key}-{timezone.localdate():%Y-%m-%d}.xlsx",
    )
