"""Reads behind the trainer reports: aggregate queries only, a fixed number per screen.

Who sees which learners is decided in one place, ``learner_scope_filter``; every report,
export and dashboard figure goes through it.
"""

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import (
    Avg,
    BigIntegerField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.lookups import Exact
from django.utils import timezone

from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation

from .models import Certificate, CoursePage, Enrollment, QuizAttempt, QuizPage, Target, TrainerScope

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


# --- 1. Course completion summary ----------------------------------------------------------


def summary_courses() -> QuerySet:
    """The rows of the completion summary: every course, as dicts (figures are added per page)."""
    return CoursePage.objects.values("pk", "title", "path")


def _quizzes_by_course(course_paths: dict[str, int]) -> dict[int, list[int]]:
    """Course id → ids of the quizzes inside it (one query over the quizzes, not the learners)."""
    if not course_paths:
        return {}
    inside = reduce(or_, (Q(path__startswith=path) for path in course_paths))
    lengths = {len(path) for path in course_paths}
    quizzes: dict[int, list[int]] = defaultdict(list)
    for quiz_id, path in QuizPage.objects.filter(inside).values_list("pk", "path"):
        course_id = next((course_paths[path[:n]] for n in lengths if path[:n] in course_paths), None)
        if course_id is not None:
            quizzes[course_id].append(quiz_id)
    return quizzes


def course_completion_figures(*, user, filters: EnrollmentFilters, courses: list[dict]) -> list[dict]:
    """Add enrolled, in progress, completed, rate, average best score and certificates to course rows.

    Four queries whatever the number of courses or learners: one grouped pass over the
    enrollments, one over the certificates, one over the quiz attempts (plus one listing the
    courses' quizzes). A learner's best score is their highest attempt at any quiz of the
    course; the average is over the selected learners who made an attempt.
    """
    ids = [row["pk"] for row in courses]
    selected = _enrollments_q(user, filters)
    counts = {
        row["course_id"]: row
        for row in Enrollment.objects.filter(selected, course_id__in=ids)
        .order_by()
        .values("course_id")
        # Only (course_id, completed_at) are read: PostgreSQL can answer from their index alone.
        .annotate(enrolled=Count("*"), completed=Count("completed_at"))
    }
    certificates = dict(
        Certificate.objects.filter(course_id__in=ids, status=Certificate.Status.VALID)
        .filter(_enrollments_q(user, filters, "enrollment__"))
        .order_by()
        .values("course_id")
        .annotate(n=Count("*"))
        .values_list("course_id", "n")
    )
    averages = _average_best_scores(user, filters, _quizzes_by_course({row["path"]: row["pk"] for row in courses}))
    for row in courses:
        figures = counts.get(row["pk"], {})
        row["enrolled"], row["completed"] = figures.get("enrolled", 0), figures.get("completed", 0)
        row["in_progress"] = row["enrolled"] - row["completed"]
        row["completion_rate"] = _rate(row["completed"], row["enrolled"])
        average = averages.get(row["pk"])
        row["average_best_score"] = _one_decimal(average)
        row["certificates"] = certificates.get(row["pk"], 0)
    return courses


def _average_best_scores(user, filters: EnrollmentFilters, quizzes: dict[int, list[int]]) -> dict[int, Decimal]:
    """Course id → average over learners of their best attempt at the course's quizzes (one query).

    Attempts are grouped by quiz, which PostgreSQL reads from the (quiz, user, score) index;
    a course with several quizzes is grouped under its first one. Learner filters apply to
    the attempt's learner; only an enrollment date range needs the enrollment itself
    (submitting a quiz always enrolls, so every attempt has one).
    """
    if not quizzes:
        return {}
    first_quiz = {course_id: min(quiz_ids) for course_id, quiz_ids in quizzes.items()}
    several = [quiz_ids for quiz_ids in quizzes.values() if len(quiz_ids) > 1]
    key = F("quiz_id")
    if several:
        cases = (When(quiz_id__in=ids, then=Value(min(ids))) for ids in several)
        key = Case(*cases, default=key, output_field=BigIntegerField())
    attempts = QuizAttempt.objects.filter(quiz_id__in=[q for quiz_ids in quizzes.values() for q in quiz_ids]).filter(
        filters.learner_q("user__profile__") & learner_scope_filter(user, "user__profile__")
    )
    if filters.enrollment_q():
        course_of_quiz = Case(
            *(When(quiz_id__in=quiz_ids, then=Value(course_id)) for course_id, quiz_ids in quizzes.items()),
            output_field=BigIntegerField(),
        )
        enrolled = Enrollment.objects.filter(
            filters.enrollment_q(), user_id=OuterRef("user_id"), course_id=OuterRef("course_ref")
        )
        attempts = attempts.annotate(course_ref=course_of_quiz).filter(Exists(enrolled))
    best = (
        attempts.annotate(key=ExpressionWrapper(key, output_field=BigIntegerField()))
        .order_by()
        .values("key", "user_id")
        .annotate(best=Max("score"))
    )
    # Averaging per-learner maxima needs a second level of aggregation: Django wraps the
    # grouped query in a subquery and computes one filtered average per course.
    averages = best.aggregate(**{f"q{quiz}": Avg("best", filter=Q(key=quiz)) for quiz in first_quiz.values()})
    return {course_id: averages[f"q{quiz}"] for course_id, quiz in first_quiz.items()}


# --- 2. Learners in a course -------------------------------------------------------------


def course_learners(*, user, filters: EnrollmentFilters) -> QuerySet:
    """One dict per learner enrolled in ``filters.course`` (one query, plus one for the course's quizzes)."""
    course = filters.course
    quiz_ids = list(QuizPage.objects.descendant_of(course).values_list("pk", flat=True)) if course else []
    best = (
        QuizAttempt.objects.filter(user_id=OuterRef("user_id"), quiz_id__in=quiz_ids)
        .order_by()
        .values("user_id")
        .annotate(best=Max("score"))
        .values("best")
    )
    valid_code = Case(When(certificate__status=Certificate.Status.VALID, then=F("certificate__code")))
    learners = (
        Enrollment.objects.filter(_enrollments_q(user, filters))
        .annotate(
            name=F("user__profile__full_name"),
            unit=F("user__profile__administrative_unit__name"),
            organisation=F("user__profile__organisation__name"),
            audience=F("user__profile__audience"),
            best_score=Subquery(best),
            certificate_code=valid_code,
        )
        .values(
            "pk",
            "user_id",
            "name",
            "unit",
            "organisation",
            "audience",
            "enrolled_at",
            "percent",
            "last_activity_at",
            "completed_at",
            "best_score",
            "certificate_code",
        )
    )
    return learners if course else learners.none()


# --- 3. By administrative unit / organisation ----------------------------------------------


def _learning_counts(user, filters: EnrollmentFilters, group_by: str):
    return (
        Enrollment.objects.filter(_enrollments_q(user, filters))
        .order_by()
        .values(group_by)
        .annotate(
            learners=Count("user_id", distinct=True),
            enrollments=Count("*"),
            completions=Count("completed_at"),
        )
    )


def units_for_report(*, user) -> QuerySet:
    """The units a report lists for ``user``: all, or those in and below a trainer's units."""
    return AdministrativeUnit.objects.filter(trainer_scope(user).units_q()).order_by("path")


def unit_learning_totals(*, user, filters: EnrollmentFilters, units: list[dict]) -> list[dict]:
    """Add learners, enrollments, completions and rate to unit rows, each including every unit below it.

    One grouped query by the learner's own unit (and one for the units' paths); sums are
    then rolled up the materialised paths in memory, over units, not learners. A learner
    belongs to exactly one unit, so distinct learners add up.
    """
    paths = dict(AdministrativeUnit.objects.values_list("pk", "path"))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in _learning_counts(user, filters, "user__profile__administrative_unit"):
        ids = paths[row["user__profile__administrative_unit"]].strip("/").split("/")
        for depth in range(1, len(ids) + 1):
            total = totals["/" + "/".join(ids[:depth]) + "/"]
            total[0] += row["learners"]
            total[1] += row["enrollments"]
            total[2] += row["completions"]
    for unit in units:
        learners, enrollments, completions = totals.get(unit["path"], (0, 0, 0))
        unit.update(learners=learners, enrollments=enrollments, completions=completions)
        unit["completion_rate"] = _rate(completions, enrollments)
        unit["depth"] = unit["path"].count("/") - 2
    return units


def organisations_for_report(*, user) -> QuerySet:
    """Organisations a report lists: all, or a trainer's own and those located in their units."""
    scope = trainer_scope(user)
    if not scope.is_restricted:
        return Organisation.objects.order_by("name")
    located = scope.units_q("administrative_unit__") if scope.unit_paths else Q(pk__in=[])
    return Organisation.objects.filter(Q(pk__in=scope.organisation_ids) | located).order_by("name")


def organisation_learning_totals(*, user, filters: EnrollmentFilters, organisations: list[dict]) -> list[dict]:
    """Add learners, enrollments, completions and rate to organisation rows (one query)."""
    ids = [row["pk"] for row in organisations]
    counts = {
        row["user__profile__organisation"]: row
        for row in _learning_counts(user, filters, "user__profile__organisation").filter(
            user__profile__organisation__in=ids
        )
    }
    for organisation in organisations:
        row = counts.get(organisation["pk"], {})
        organisation.update(
            learners=row.get("learners", 0),
            enrollments=row.get("enrollments", 0),
            completions=row.get("completions", 0),
        )
        organisation["completion_rate"] = _rate(organisation["completions"], organisation["enrollments"])
    return organisations


# --- 4. Targets ------------------------------------------------------------------------------


class CountRows(Func):
    """COUNT(*) as a plain expression, so a correlated subquery returns one number without GROUP BY."""

    template = "COUNT(*)"
    output_field = IntegerField()


# The one rule for "achieved", in two halves used by the list (as correlated subqueries)
# and by the timeline (with one target's values). ``ref(name)`` gives the target's value.


def _target_learners_q(ref, kind: str, prefix: str = "") -> Q:
    """Learners a target counts: of its unit or any unit below (kind "unit") or of its organisation;
    of its audience when it has one. ``prefix`` leads to learner profiles."""
    if kind == "unit":
        q = Q(**{f"{prefix}administrative_unit__path__startswith": ref("administrative_unit__path")})
    else:
        q = Q(**{f"{prefix}organisation_id": ref("organisation_id")})
    return q & (Q(**{f"{prefix}audience": ref("audience")}) | Q(Exact(ref("audience"), Value(""))))


def _target_completions_q(ref) -> Q:
    """Enrollments a target counts: completed between its start date and deadline (local dates, both
    included), in one of its courses, or in any course when it names none."""
    return Q(completed_at__date__gte=ref("start_date"), completed_at__date__lte=ref("deadline")) & (
        Q(course_id__in=ref("courses")) | Q(Exact(ref("any_course"), Value(True)))
    )


def _outer_target(depth: int):
    """``ref`` for a subquery ``depth`` levels below the target query."""

    def ref(name: str):
        if name == "courses":
            target = "pk"
            for _level in range(depth + 1):
                target = OuterRef(target)
            return Target.courses.through.objects.filter(target_id=target).values("coursepage_id")
        expression = name
        for _level in range(depth):
            expression = OuterRef(expression)
        return expression

    return ref


def _achieved(kind: str, scope: LearnerScope) -> Subquery:
    """Learners (profiles, so each counts once) the target counts who have a counted completion."""
    completions = Enrollment.objects.filter(_target_completions_q(_outer_target(2)), user_id=OuterRef("user_id"))
    learners = LearnerProfile.objects.filter(
        _target_learners_q(_outer_target(1), kind) & scope.q(), Exists(completions)
    )
    return Subquery(learners.order_by().annotate(n=CountRows()).values("n"), output_field=IntegerField())


def targets_for_report(*, user) -> QuerySet:
    """Targets with ``achieved`` (distinct learners, within the viewer's scope too), one query.

    A trainer sees targets of their units (and below), of their organisations and of
    organisations located in their units. Unit and organisation targets get separate
    subqueries so each can use its own index (units' paths, or the organisation key).
    """
    scope = trainer_scope(user)
    targets = Target.objects.select_related("administrative_unit", "organisation").prefetch_related("courses")
    if scope.is_restricted:
        visible = Q(organisation_id__in=scope.organisation_ids)
        if scope.unit_paths:
            visible |= scope.units_q("administrative_unit__") | scope.units_q("organisation__administrative_unit__")
        targets = targets.filter(visible)
    any_course = ~Exists(Target.courses.through.objects.filter(target_id=OuterRef("pk")))
    achieved = Case(
        When(administrative_unit__isnull=False, then=_achieved("unit", scope)),
        default=_achieved("organisation", scope),
        output_field=IntegerField(),
    )
    return targets.annotate(any_course=any_course).annotate(achieved=achieved)


def target_progress(target: Target, today: date | None = None) -> Target:
    """Add percent, expected (learners by today at an even pace) and status; no query."""
    achieved = target.achieved or 0
    target.achieved = achieved
    target.percent = _rate(achieved, target.learners_required)
    target.expected = round(target.learners_required * target.elapsed_fraction(today), 1)
    target.status = target.status_for(achieved, today)
    target.status_label = Target.Status(target.status).label
    return target


@dataclass
class TimelinePoint:
    day: date
    achieved: int
    expected: float


def _local_midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def target_timeline(*, user, target: Target, points: int = 12, today: date | None = None) -> list[TimelinePoint]:
    """Cumulative achieved learners at up to ``points`` dates from the start to today or the deadline (one query)."""
    today = today or timezone.localdate()
    end = min(target.deadline, today)
    if end < target.start_date:
        return []
    days = (end - target.start_date).days + 1
    step = -(-days // points)  # ceiling division
    marks = [target.start_date + timedelta(days=step * i - 1) for i in range(1, -(-days // step) + 1)]
    marks[-1] = end
    values = {
        "start_date": Value(target.start_date),
        "deadline": Value(target.deadline),
        "administrative_unit__path": Value(target.administrative_unit.path if target.administrative_unit_id else None),
        "organisation_id": Value(target.organisation_id),
        "audience": Value(target.audience),
        "courses": [course.pk for course in target.courses.all()],
        "any_course": Value(not target.courses.all()),
    }
    kind = "unit" if target.administrative_unit_id else "organisation"
    counted = _target_completions_q(values.__getitem__) & _target_learners_q(
        values.__getitem__, kind, "user__profile__"
    )
    first_completions = (
        Enrollment.objects.filter(counted & learner_scope_filter(user, "user__profile__"))
        .order_by()
        .values("user_id")
        .annotate(first=Min("completed_at"))
    )
    counts = first_completions.aggregate(
        **{
            f"p{i}": Count("user_id", filter=Q(first__lt=_local_midnight(day + timedelta(days=1))))
            for i, day in enumerate(marks)
        }
    )
    return [
        TimelinePoint(
            day=day, achieved=counts[f"p{i}"] or 0, expected=target.learners_required * target.elapsed_fraction(day)
        )
        for i, day in enumerate(marks)
    ]


# --- Dashboard -------------------------------------------------------------------------------


DASHBOARD_CACHE_SECONDS = 300


def training_week_summary(*, user, today: date | None = None) -> dict:
    """Enrollments and completions since Monday, and the five current targets furthest behind (three queries).

    Cached for a few minutes per scope: the admin home is opened often and these move slowly.
    """
    today = today or timezone.localdate()
    scope = trainer_scope(user)
    key = "training-week:" + hashlib.sha256(f"{today}|{scope!r}".encode()).hexdigest()
    return cache.get_or_set(key, lambda: _training_week_summary(user, today), DASHBOARD_CACHE_SECONDS)


def _training_week_summary(user, today: date) -> dict:
    since = _local_midnight(today - timedelta(days=today.weekday()))
    week = (
        Enrollment.objects.filter(learner_scope_filter(user, "user__profile__"))
        .filter(Q(enrolled_at__gte=since) | Q(completed_at__gte=since))
        .aggregate(
            enrollments=Count("pk", filter=Q(enrolled_at__gte=since)),
            completions=Count("pk", filter=Q(completed_at__gte=since)),
        )
    )
    current = targets_for_report(user=user).filter(start_date__lte=today, deadline__gte=today)
    progress = [target_progress(target, today) for target in current.prefetch_related(None)]
    behind = sorted(
        (t for t in progress if t.status == Target.Status.BEHIND), key=lambda t: (t.achieved - t.expected, t.deadline)
    )
    fields = ("pk", "name", "achieved", "learners_required", "expected", "deadline")
    return {"since": since, **week, "targets_behind": [{f: getattr(t, f) for f in fields} for t in behind[:5]]}
