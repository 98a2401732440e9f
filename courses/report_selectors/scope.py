"""Who sees which learners in the reports, and the report filters as conditions on enrollments."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import reduce
from operator import or_

from django.db.models import Q

from elearn.accounts.models import AdministrativeUnit, Organisation

from ..models import CoursePage, TrainerScope

REPORT_PERMISSION = "courses.view_training_reports"


# --- Who sees what ---------------------------------------------------------------------


@dataclass(frozen=True)
class LearnerScope:
    """The learners a user may see in reports: everyone, nobody, or those of some units and organisations."""

    everyone: bool
    unit_paths: tuple[str, ...] = ()
    organisation_ids: tuple[int, ...] = ()

    @property
    def is_restricted(self) -> bool:
        return not self.everyone

    def q(self, prefix: str = "") -> Q:
        """Q over learner profiles, reached through ``prefix`` (e.g. "user__profile__" from an enrollment)."""
        if self.everyone:
            return Q()
        conditions = [Q(**{f"{prefix}administrative_unit__path__startswith": path}) for path in self.unit_paths]
        if self.organisation_ids:
            conditions.append(Q(**{f"{prefix}organisation_id__in": self.organisation_ids}))
        # Nobody: a condition no profile meets, so a missing scope can never widen access.
        return reduce(or_, conditions) if conditions else Q(**{f"{prefix}pk__in": []})

    def units_q(self, prefix: str = "") -> Q:
        """Q over administrative units inside the scope's units (all units when the scope has none)."""
        if self.everyone or not self.unit_paths:
            return Q()
        return reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in self.unit_paths))


EVERYONE = LearnerScope(everyone=True)
NOBODY = LearnerScope(everyone=False)


def trainer_scope(user) -> LearnerScope:
    """The learners ``user`` may see in reports (one query, remembered on the user for the request).

    Superusers and report viewers without a trainer scope (or with an empty one) see everyone;
    a trainer scope limits them to learners in or below its units or in its organisations;
    anybody without the report permission sees nobody.
    """
    cached = getattr(user, "_training_report_scope", None)
    if cached is not None:
        return cached
    if not user.is_authenticated or not user.is_active:
        scope = NOBODY
    elif user.is_superuser:
        scope = EVERYONE
    elif not user.has_perm(REPORT_PERMISSION):
        scope = NOBODY
    else:
        rows = TrainerScope.objects.filter(user=user).values_list("administrative_units__path", "organisations")
        paths = {path for path, _org in rows if path}
        # A unit inside another chosen unit adds nothing: keep the outermost ones.
        paths = tuple(sorted(p for p in paths if not any(p != o and p.startswith(o) for o in paths)))
        organisations = tuple(sorted({org for _path, org in rows if org}))
        scope = LearnerScope(everyone=not (paths or organisations), unit_paths=paths, organisation_ids=organisations)
    user._training_report_scope = scope
    return scope


def learner_scope_filter(user, prefix: str = "") -> Q:
    """Q restricting learner profiles (through ``prefix``) to those ``user`` may see in reports."""
    return trainer_scope(user).q(prefix)


# --- Filters shared by the reports -------------------------------------------------------


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


def _enrollments_q(user, filters: EnrollmentFilters, prefix: str = "") -> Q:
    return filters.q(prefix) & learner_scope_filter(user, f"{prefix}user__profile__")


def _one_decimal(value) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _rate(done: int, total: int) -> Decimal | None:
    """Percentage with one decimal, rounded half up as people expect (2/3 → 66.7, 1/8 → 12.5)."""
    return _one_decimal(Decimal(100 * done) / total) if total else None
