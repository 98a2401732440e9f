"""What every report selector shares: the filters as conditions on enrollments, and the figures' rounding."""

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q
from django.utils import timezone

from elearn.accounts.models import AdministrativeUnit, Organisation

from ...models import CoursePage
from ...scope import learner_scope_filter


@dataclass(frozen=True)
class EnrollmentFilters:
    """Filters chosen on a report screen, as conditions on enrollments."""

    enrolled_at: slice | None = None  # of aware datetimes, either end may be None
    audience: str = ""
    administrative_unit: AdministrativeUnit | None = None
    organisation: Organisation | None = None
    course: CoursePage | None = None
    completed: bool | None = None

    @classmethod
    def from_form(cls, data: dict) -> "EnrollmentFilters":
        return cls(**{name: data.get(name) for name in cls.__dataclass_fields__ if data.get(name) not in (None, "")})

    def q(self, prefix: str = "") -> Q:
        """Q over enrollments reached through ``prefix`` (e.g. "enrollment__" from a certificate)."""
        return self.enrollment_q(prefix) & self.learner_q(f"{prefix}user__profile__")

    def enrollment_q(self, prefix: str = "") -> Q:
        """The conditions on the enrollment itself."""
        q = Q()
        if self.enrolled_at and self.enrolled_at.start:
            q &= Q(**{f"{prefix}enrolled_at__gte": self.enrolled_at.start})
        if self.enrolled_at and self.enrolled_at.stop:
            q &= Q(**{f"{prefix}enrolled_at__lte": self.enrolled_at.stop})
        if self.course:
            q &= Q(**{f"{prefix}course": self.course})
        if self.completed is not None:
            q &= Q(**{f"{prefix}completed_at__isnull": not self.completed})
        return q

    def learner_q(self, prefix: str = "") -> Q:
        """The conditions on the learner, over profiles reached through ``prefix``."""
        q = Q()
        if self.audience:
            q &= Q(**{f"{prefix}audience": self.audience})
        if self.administrative_unit:
            q &= self.administrative_unit.descendant_filter(f"{prefix}administrative_unit__")
        if self.organisation:
            q &= Q(**{f"{prefix}organisation": self.organisation})
        return q


def selected_enrollments_q(user, filters: EnrollmentFilters, prefix: str = "") -> Q:
    """Enrollments (through ``prefix``) the filters choose, among those ``user`` may see."""
    return filters.q(prefix) & learner_scope_filter(user, f"{prefix}user__profile__")


# --- Figures -----------------------------------------------------------------------------------


def one_decimal(value) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.1"), ROUND_HALF_UP)


def rate(done: int, total: int) -> Decimal | None:
    """Percentage with one decimal, rounded half up as people expect (2/3 → 66.7, 1/8 → 12.5)."""
    return one_decimal(Decimal(100 * done) / total) if total else None


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in local time (Asia/Ho_Chi_Minh), for "since Monday" and timelines."""
    return timezone.make_aware(datetime.combine(day, time.min))
