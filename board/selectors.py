"""The board's reads: which units a viewer sees, the figures per criterion, the scores and the ranking.

Query count does not grow with the number of units: one query for the criteria (and their
courses), one for the units, one to find stored periods, one to read stored figures, and each
criterion kind's own grouped queries for the periods still running (or not yet stored).
"""

import hashlib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from courses.scope import trainer_scope
from elearn.accounts.models import Organisation

from .criteria import AGENCY, COMMUNE, Figure, Window, get_kind
from .history import communes_on, period_epochs, predecessors_q
from .models import Criterion, StoredFigure, StoredPeriod
from .periods import Period, months_ending_with

HUNDRED = Decimal(100)
TENTH = Decimal("0.1")


def _round(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TENTH, ROUND_HALF_UP)


# --- Criteria and units ------------------------------------------------------------------------------


def board_criteria(applies_to: str) -> list[Criterion]:
    """The criteria in use for agencies or communes, with their courses (two queries)."""
    criteria = Criterion.objects.filter(applies_to=applies_to, is_active=True).prefetch_related("courses")
    return [criterion for criterion in criteria if get_kind(criterion.kind) is not None]


@dataclass(frozen=True)
class Unit:
    pk: int
    name: str
    parent: str = ""


def _all_units(applies_to: str, day) -> list[Unit]:
    if applies_to == AGENCY:
        rows = Organisation.objects.filter(kind=Organisation.Kind.AGENCY).values_list("pk", "name")
        return [Unit(pk, name) for pk, name in rows]
    rows = communes_on(day).values_list("pk", "name", "parent__name")
    return [Unit(pk, name, parent or "") for pk, name, parent in rows]


def board_units(*, user, applies_to: str, day) -> list[Unit]:
    """The agencies (organisations of kind agency) or communes ``user`` may see, as they were on ``day``.

    A scoped trainer sees the communes in and below their units (and the communes merged into
    them, for periods before the merge), and the agencies the reports show them (one query).
    """
    scope = trainer_scope(user)
    if applies_to == AGENCY:
        agencies = Organisation.objects.filter(kind=Organisation.Kind.AGENCY)
        if scope.is_restricted:
            # As the reports: the trainer's own organisations and those located in their units.
            located = scope.units_q("administrative_unit__") if scope.unit_paths else Q(pk__in=[])
            agencies = agencies.filter(Q(pk__in=scope.organisation_ids) | located)
        rows = agencies.values_list("pk", "name")
        return sorted((Unit(pk, name) for pk, name in rows), key=lambda u: u.name)
    units = communes_on(day)
    if scope.is_restricted:
        units = units.filter((scope.units_q() | predecessors_q(scope.unit_paths)) if scope.unit_paths else Q(pk__in=[]))
    rows = units.values_list("pk", "name", "parent__name")
    return sorted((Unit(pk, name, parent or "") for pk, name, parent in rows), key=lambda u: u.name)


# --- Figures ----------------------------------------------------------------------------------------


def _compute(criterion, applies_to, periods, unit_ids, as_of, merged_later=True) -> dict:
    window = Window(
        applies_to=applies_to, periods=tuple(periods), unit_ids=tuple(unit_ids), as_of=as_of, merged_later=merged_later
    )
    return get_kind(criterion.kind).compute(criterion, window)


def _inputs(criterion: Criterion) -> tuple:
    """What a criterion's figures depend on: two criteria with the same inputs have the same figures
    (the weight and the target % only turn figures into scores). Kinds may read the target number."""
    courses = sorted(course.pk for course in criterion.courses.all())
    return (criterion.kind, criterion.applies_to, courses, criterion.target_number)


def _alike(criteria) -> list[list[Criterion]]:
    """Criteria grouped by their inputs, so that each group's figures are computed once."""
    groups: dict[tuple, list[Criterion]] = {}
    for criterion in criteria:
        groups.setdefault(repr(_inputs(criterion)), []).append(criterion)
    return list(groups.values())


def _store(criterion: Criterion, periods: list[Period], now) -> None:
    """Compute a criterion's figures for closed periods, for every unit, and keep them."""
    for as_of, group, merged_later in period_epochs(periods, now):
        unit_ids = [unit.pk for unit in _all_units(criterion.applies_to, as_of)]
        figures = _compute(criterion, criterion.applies_to, group, unit_ids, as_of, merged_later)
        for period in group:
            try:
                with transaction.atomic():
                    stored = StoredPeriod.objects.create(criterion=criterion, period=period.key)
                    StoredFigure.objects.bulk_create(
                        StoredFigure(
                            stored_period=stored, unit_id=unit, numerator=f.numerator, denominator=f.denominator
                        )
                        for (key, unit), f in figures.items()
                        if key == period.key and (f.numerator or f.denominator)
                    )
            except IntegrityError:
                pass  # stored meanwhile by another request: the same figures


def board_figures(*, criteria, applies_to: str, periods: list[Period], unit_ids, wait: bool = True) -> dict:
    """{(criterion id, period key, unit id): Figure} for the given units; units without data are absent.

    Closed periods are read from the store, computed and stored on first need: now, or with
    ``wait=False`` by a background task (they are then missing from the result, and
    ``PENDING`` is in it); running periods are computed live, for the given units only.
    """
    now = timezone.now()
    periods = list({p.key: p for p in periods}.values())
    closed = [p for p in periods if p.is_closed(now)]
    running = [p for p in periods if not p.is_closed(now)]
    result = {}
    if closed and criteria:
        keys = [p.key for p in closed]
        stored = set(
            StoredPeriod.objects.filter(criterion__in=criteria, period__in=keys).values_list("criterion_id", "period")
        )
        missing = {c.pk: [p for p in closed if (c.pk, p.key) not in stored] for c in criteria}
        if wait:
            for criterion in criteria:
                if missing[criterion.pk]:
                    _store(criterion, missing[criterion.pk], now)
        elif any(missing.values()):
            result[PENDING] = True
            _store_later(missing)
        rows = StoredFigure.objects.filter(
            stored_period__criterion__in=criteria, stored_period__period__in=keys, unit_id__in=unit_ids
        ).values_list("stored_period__criterion_id", "stored_period__period", "unit_id", "numerator", "denominator")
        for criterion_id, key, unit, numerator, denominator in rows:
            result[(criterion_id, key, unit)] = Figure(numerator, denominator)
    if running and unit_ids:
        epochs = period_epochs(running, now)
        for alike in _alike(criteria):
            for as_of, group, merged_later in epochs:
                figures = _live(alike[0], applies_to, group, unit_ids, as_of, merged_later)
                for (key, unit), figure in figures.items():
                    for criterion in alike:
                        result[(criterion.pk, key, unit)] = figure
    return result


PENDING = "pending"


def _store_later(missing: dict[int, list[Period]]) -> None:
    """Ask the background worker to store these months, once per ten minutes whatever the requests."""
    from .tasks import store_figures

    criterion_ids = sorted(pk for pk, periods in missing.items() if periods)
    keys = sorted({p.key for periods in missing.values() for p in periods})
    if cache.add("board:storing:" + hashlib.sha256(repr((criterion_ids, keys)).encode()).hexdigest(), 1, 600):
        transaction.on_commit(lambda: store_figures.enqueue(criterion_ids=criterion_ids, period_keys=keys))


def _live(criterion, applies_to, periods, unit_ids, as_of, merged_later=True) -> dict:
    """A running period's figures, kept a few minutes (BOARD_LIVE_SECONDS): a board need not be
    fresher than that, and a leader's refresh should not recount every enrollment. The key holds
    everything the figures depend on, so changing a criterion's inputs recounts at once."""
    inputs = (_inputs(criterion), applies_to, as_of.isoformat(), merged_later)
    inputs += (sorted(p.key for p in periods), sorted(unit_ids))
    key = "board:live:" + hashlib.sha256(repr(inputs).encode()).hexdigest()
    seconds = getattr(settings, "BOARD_LIVE_SECONDS", 300)
    figures = cache.get(key) if seconds else None
    if figures is None:
        figures = _compute(criterion, applies_to, periods, unit_ids, as_of, merged_later)
        if seconds:
            cache.set(key, figures, seconds)
    return figures


# --- Scores -------------------------------------------------------------------------------------------


@dataclass
class CriterionScore:
    criterion: Criterion
    figure: Figure | None
    percent: Decimal | None  # numerator / denominator, in %
    score: Decimal | None  # 0–100: percent against the criterion's target, capped at 100

    @property
    def shortfall(self) -> Decimal:
        """Weighted points missing: what ranks the reason a unit lags."""
        return (HUNDRED - self.score) * self.criterion.weight if self.score is not None else Decimal(0)


def criterion_score(criterion: Criterion, figure: Figure | None) -> CriterionScore:
    if figure is None or not figure.applicable:
        return CriterionScore(criterion, figure, None, None)
    ratio = Decimal(100 * figure.numerator) / figure.denominator
    score = min(HUNDRED, ratio * 100 / criterion.target_percent)
    return CriterionScore(criterion, figure, _round(ratio), _round(score))


def total_score(scores: list[CriterionScore]) -> Decimal | None:
    """The weighted mean of the criteria that have figures; None when none has."""
    counted = [s for s in scores if s.score is not None]
    weights = sum(s.criterion.weight for s in counted)
    if not weights:
        return None
    return _round(sum(s.score * s.criterion.weight for s in counted) / weights)


@dataclass
class UnitScore:
    unit: Unit
    criteria: list[CriterionScore]
    total: Decimal | None
    rank: int | None = None

    @property
    def reason(self) -> CriterionScore | None:
        """The criterion that costs the unit most points (None when nothing is missing)."""
        worst = max(self.criteria, key=lambda s: s.shortfall, default=None)
        return worst if worst is not None and worst.shortfall > 0 else None


def unit_scores(criteria, figures: dict, period: Period, units: list[Unit]) -> list[UnitScore]:
    """Every unit's scores for ``period``, ranked (best first; units without figures last, unranked)."""
    rows = []
    for unit in units:
        scores = [criterion_score(c, figures.get((c.pk, period.key, unit.pk))) for c in criteria]
        rows.append(UnitScore(unit, scores, total_score(scores)))
    rows.sort(key=lambda row: (row.total is None, -(row.total or 0), row.unit.name))
    rank, previous = 0, None
    for position, row in enumerate(rows, start=1):
        if row.total is None:
            break
        if row.total != previous:
            rank, previous = position, row.total
        row.rank = rank
    return rows


@dataclass
class TrendPoint:
    period: Period
    score: Decimal | None
    units: int = 0


def trend(criteria, figures: dict, months: list[Period], units: list[Unit]) -> list[TrendPoint]:
    """The mean total score of the units (with figures) month by month."""
    points = []
    for month in months:
        key = month.key
        totals = []
        for unit in units:
            total = total_score([criterion_score(c, figures.get((c.pk, key, unit.pk))) for c in criteria])
            if total is not None:
                totals.append(total)
        mean = _round(sum(totals) / len(totals)) if totals else None
        points.append(TrendPoint(month, mean, len(totals)))
    return points


@dataclass
class Board:
    applies_to: str
    period: Period
    criteria: list[Criterion]
    rows: list[UnitScore]
    trend: list[TrendPoint] = field(default_factory=list)
    pending: bool = False  # some months of the trend are still being computed

    @property
    def average(self) -> Decimal | None:
        totals = [row.total for row in self.rows if row.total is not None]
        return _round(sum(totals) / len(totals)) if totals else None

    @property
    def lagging(self) -> list[UnitScore]:
        """Units with a score, lowest first."""
        return sorted((r for r in self.rows if r.total is not None), key=lambda r: (r.total, r.unit.name))


def board_for(*, user, applies_to: str, period: Period, months: int = 12, units: list[Unit] | None = None) -> Board:
    """The board of agencies or communes for ``period``: ranking and, with ``months``, the monthly trend."""
    criteria = board_criteria(applies_to)
    trend_months = months_ending_with(period, months) if months else []
    listed = units
    if units is None:
        listed = board_units(user=user, applies_to=applies_to, day=period.as_of())
        # Months before a merge count the communes as they were then (one more query per merge).
        units = {unit.pk: unit for unit in listed}
        for as_of, _group, _merged_later in period_epochs(trend_months, timezone.now()):
            if as_of != period.as_of() and applies_to == COMMUNE:
                units.update((u.pk, u) for u in board_units(user=user, applies_to=applies_to, day=as_of))
        units = list(units.values())
    unit_ids = [unit.pk for unit in units]
    # The chosen period is always computed; the trend's other months wait for nobody.
    figures = board_figures(criteria=criteria, applies_to=applies_to, periods=[period], unit_ids=unit_ids)
    others = [month for month in trend_months if month.key != period.key]
    if others:
        figures.update(
            board_figures(criteria=criteria, applies_to=applies_to, periods=others, unit_ids=unit_ids, wait=False)
        )
    rows = unit_scores(criteria, figures, period, listed)
    points = trend(criteria, figures, trend_months, units) if trend_months else []
    return Board(applies_to, period, criteria, rows, points, pending=bool(figures.get(PENDING)))
