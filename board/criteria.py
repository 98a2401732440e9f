"""The criterion kinds: how a criterion is computed from the platform's data, as a small registry.

A kind is a function that counts, for every unit of a ``Window`` and every period in it, a
numerator and a denominator (e.g. cadres who completed / cadres). The board turns them into
ratios and scores; nothing else about scoring is the kind's business.

Another app adds a kind from its ``AppConfig.ready``::

    from board.criteria import AGENCY, Figure, register_kind

    def required_courses_on_time(criterion, window) -> dict[tuple[str, int], Figure]:
        # For each period in window.periods and each unit id in window.unit_ids (organisations when
        # window.applies_to == AGENCY, administrative units when COMMUNE): Figure(numerator, denominator).
        # Count up to period.reference() (the end of the period, or now while it runs); learners'
        # units as of window.as_of (window.learners() already does it). A constant number of queries,
        # whatever the number of units: group by unit in SQL. Units left out count as 0 / 0 (no data).
        ...

    register_kind("training_required_on_time", label=_("…"), applies_to={AGENCY}, compute=required_courses_on_time)

Training registers "required courses completed on time" (``training/board_kinds.py``) and community
"village sessions held" (``community/board_kinds.py``) this way; the criterion form offers every
registered kind. Kinds that count events against a number read ``criterion.target_number``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import F, QuerySet
from django.utils.translation import gettext_lazy as _

from elearn.accounts.models import LearnerProfile

from .periods import Period

AGENCY, COMMUNE = "agency", "commune"
APPLIES_TO_CHOICES = [(AGENCY, _("Agencies")), (COMMUNE, _("Communes and wards"))]


@dataclass(frozen=True)
class Figure:
    """The counts behind a criterion's score for one unit and period."""

    numerator: int
    denominator: int

    @property
    def applicable(self) -> bool:
        return self.denominator > 0


@dataclass(frozen=True)
class Window:
    """What a kind computes: these units (organisations or administrative units), these periods.

    Every period in a window resolves learners' administrative units on the same day, ``as_of``
    (the board splits periods at unit merges, so a commune merged in May is still itself in April).
    """

    applies_to: str
    periods: tuple[Period, ...]
    unit_ids: tuple[int, ...]
    as_of: date
    # Whether a merge took effect after ``as_of``; without one, learners' current units are those of
    # ``as_of`` and the join on their former units is skipped.
    merged_later: bool = True

    def learners(self) -> QuerySet:
        """Learner profiles of the window's units, annotated ``board_unit`` (their organisation or their
        commune on ``as_of``)."""
        from .history import profiles_with_unit_on

        if self.applies_to == AGENCY:
            profiles = LearnerProfile.objects.annotate(board_unit=F("organisation_id"))
        else:
            profiles = profiles_with_unit_on(self.as_of, name="board_unit", history=self.merged_later)
        return profiles.filter(board_unit__in=self.unit_ids).order_by()


Compute = Callable[[object, Window], dict[tuple[str, int], Figure]]


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    applies_to: frozenset[str]
    compute: Compute = field(compare=False)
    help_text: str = ""


_KINDS: dict[str, Kind] = {}


def register_kind(code: str, *, label, applies_to, compute: Compute, help_text="") -> Kind:
    """Make a kind available to criteria (idempotent for the same code and function)."""
    unknown = set(applies_to) - {AGENCY, COMMUNE}
    if unknown or not applies_to:
        raise ValueError(f"applies_to must be a non-empty subset of {{{AGENCY!r}, {COMMUNE!r}}}")
    existing = _KINDS.get(code)
    if existing is not None and existing.compute is not compute:
        raise ValueError(f"A criterion kind {code!r} is already registered")
    kind = Kind(code, label, frozenset(applies_to), compute, help_text)
    _KINDS[code] = kind
    return kind


def get_kind(code: str) -> Kind | None:
    return _KINDS.get(code)


def kinds() -> list[Kind]:
    return list(_KINDS.values())


def kind_choices() -> list[tuple[str, str]]:
    """The criterion form's choices; a callable, so registering a kind needs no migration."""
    return [(kind.code, kind.label) for kind in _KINDS.values()]
