"""Evaluation periods: a month, a quarter or a year, named by a short key ("2026-11", "2026-Q4", "2026")."""

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

MONTH, QUARTER, YEAR = "month", "quarter", "year"
_KEY = re.compile(r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})|Q(?P<quarter>[1-4])))?$")


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in local time (Asia/Ho_Chi_Minh)."""
    return timezone.make_aware(datetime.combine(day, time.min))


class PeriodError(ValueError):
    """A period key that names no period (or one that has not started)."""


@dataclass(frozen=True)
class Period:
    kind: str
    start: date  # first day
    end: date  # the day after the last day

    @cached_property  # read thousands of times per board (dict keys): computed once
    def key(self) -> str:
        if self.kind == MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind == QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.year}"

    @property
    def label(self) -> str:
        if self.kind == MONTH:
            return _("Month %(month)d/%(year)d") % {"month": self.start.month, "year": self.start.year}
        if self.kind == QUARTER:
            return _("Quarter %(quarter)d/%(year)d") % {
                "quarter": (self.start.month - 1) // 3 + 1,
                "year": self.start.year,
            }
        return _("Year %(year)d") % {"year": self.start.year}

    @property
    def short_label(self) -> str:
        return f"{self.start.month:02d}/{self.start.year}" if self.kind == MONTH else self.label

    def is_closed(self, now: datetime | None = None) -> bool:
        """Over: its figures will not change any more, so they may be stored."""
        return local_midnight(self.end) <= (now or timezone.now())

    def reference(self, now: datetime | None = None) -> datetime:
        """The instant the figures are counted at: the end of the period, or now while it runs."""
        return min(local_midnight(self.end), now or timezone.now())

    def as_of(self, now: datetime | None = None) -> date:
        """The day whose administrative units the figures use: the period's last day (today while it runs)."""
        return timezone.localdate(self.reference(now) - timedelta(microseconds=1))


def month(year: int, number: int) -> Period:
    end = date(year + number // 12, number % 12 + 1, 1)
    return Period(MONTH, date(year, number, 1), end)


def period_from_key(key: str, today: date | None = None) -> Period:
    """The period a key names; PeriodError for nonsense or a period that has not started."""
    found = _KEY.match(key or "")
    if not found:
        raise PeriodError(_("Choose a month, a quarter or a year from the list."))
    year = int(found["year"])
    if found["month"]:
        number = int(found["month"])
        if not 1 <= number <= 12:
            raise PeriodError(_("Choose a month, a quarter or a year from the list."))
        period = month(year, number)
    elif found["quarter"]:
        first = 3 * (int(found["quarter"]) - 1) + 1
        period = Period(QUARTER, date(year, first, 1), month(year, first + 2).end)
    else:
        period = Period(YEAR, date(year, 1, 1), date(year + 1, 1, 1))
    if period.start > (today or timezone.localdate()):
        raise PeriodError(_("This period has not started yet: choose one that has."))
    return period


def current_month(today: date | None = None) -> Period:
    today = today or timezone.localdate()
    return month(today.year, today.month)


def months_ending_with(period: Period, count: int = 12) -> list[Period]:
    """The ``count`` months up to the period's last month (the trend's points), oldest first."""
    last = period.end - timedelta(days=1)
    index = last.year * 12 + last.month - 1
    return [month(i // 12, i % 12 + 1) for i in range(index - count + 1, index + 1)]


def period_choices(today: date | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """What the period select offers: the last 12 months, 8 quarters and 3 years, newest first."""
    today = today or timezone.localdate()
    months = list(reversed(months_ending_with(current_month(today), 12)))
    quarter = (today.month - 1) // 3
    quarters = []
    for back in range(8):
        q = today.year * 4 + quarter - back
        quarters.append(period_from_key(f"{q // 4}-Q{q % 4 + 1}", today))
    years = [period_from_key(str(today.year - back), today) for back in range(3)]
    return [
        (_("Months"), [(p.key, p.label) for p in months]),
        (_("Quarters"), [(p.key, p.label) for p in quarters]),
        (_("Years"), [(p.key, p.label) for p in years]),
    ]
