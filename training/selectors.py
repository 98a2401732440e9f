"""Reads of required training: what a learner must take, who an assignment reaches, and its outcomes.

Outcomes count (learner, assignment) pairs as of a day (today unless ``as_of`` is given):

- *on time*: the course was completed by the end of the deadline day (local time);
- *late*: completed after the deadline;
- *overdue*: not completed and the deadline has passed;
- *pending*: not completed and the deadline has not passed yet.

Figures are aggregated in SQL: one grouped query per assignment, sent as one ``UNION ALL``
statement per ``CHUNK`` assignments (and one query for which assignments list people).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice

from django.contrib.auth import get_user_model
from django.db.models import Count, F, FilteredRelation, Q, QuerySet, Value
from django.utils import timezone

from courses.models import CoursePage, Enrollment
from courses.reports.selectors.base import local_midnight
from courses.scope import trainer_scope
from elearn.accounts.models import LearnerProfile
from elearn.pagecache import remember

from .models import Assignment

CHUNK = 50


class Status:
    ON_TIME = "on_time"
    LATE = "late"
    OVERDUE = "overdue"
    PENDING = "pending"


@dataclass
class Outcomes:
    assigned: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0
    pending: int = 0

    @property
    def completed(self) -> int:
        return self.on_time + self.late

    def add(self, other: "Outcomes") -> None:
        for name in ("assigned", "on_time", "late", "overdue", "pending"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Required:
    """A course the learner must take: the earliest deadline among the assignments of that course."""

    assignment: Assignment
    enrollment: Enrollment | None
    status: str
    assignments: list[Assignment] = field(default_factory=list)

    @property
    def course(self) -> CoursePage:
        return self.assignment.course

    @property
    def deadline(self) -> date:
        return self.assignment.deadline

    @property
    def is_overdue(self) -> bool:
        return self.status == Status.OVERDUE


def _end_of(day: date):
    return local_midnight(day + timedelta(days=1))


def status_of(*, deadline: date, completed_at, today: date) -> str:
    if completed_at is not None and completed_at < _end_of(today):
        return Status.ON_TIME if completed_at < _end_of(deadline) else Status.LATE
    return Status.OVERDUE if today > deadline else Status.PENDING


def _ancestor_paths(path: str) -> list[str]:
    ids = path.strip("/").split("/")
    return ["/" + "/".join(ids[:depth]) + "/" for depth in range(1, len(ids) + 1)]


def assignments_applying_to(*, user, profile: LearnerProfile | None = None) -> QuerySet:
    """The assignments that reach ``user`` now (by their profile's criteria or by name). One query."""
    listed = Assignment.learners.through.objects.filter(user_id=user.pk).values("assignment_id")
    q = Q(pk__in=listed)
    if profile is None:
        profile = LearnerProfile.objects.filter(user_id=user.pk).select_related("administrative_unit").first()
    if profile is not None:
        q |= (
            ~Q(organisation__isnull=True, administrative_unit__isnull=True, audience="")
            & (Q(organisation__isnull=True) | Q(organisation_id=profile.organisation_id))
            & (
                Q(administrative_unit__isnull=True)
                | Q(administrative_unit__path__in=_ancestor_paths(profile.administrative_unit.path))
            )
            & (Q(audience="") | Q(audience=profile.audience))
        )
    return Assignment.objects.filter(q)


def request_profile(request) -> LearnerProfile | None:
    """The profile read with the signed-in user of ``request`` (``elearn.accounts.backends``: with its
    unit, fresh on every request), or None."""
    user = request.user
    if not user.is_authenticated:
        return None
    descriptor = get_user_model().profile.related
    if not descriptor.is_cached(user):
        return None
    profile = descriptor.get_cached_value(user)
    if profile is not None and not LearnerProfile.administrative_unit.is_cached(profile):
        return None
    return profile


def _assignments_reaching(user, profile: LearnerProfile | None) -> list[Assignment]:
    """``assignments_applying_to`` for live courses, by deadline, with their courses.

    Given the learner's current ``profile`` (a page's request: ``request_profile``), kept until the
    next purge: any publish (a course going offline) or any change of an assignment or of whom it
    lists (``receivers``). The key holds what the profile's criteria are matched on, so a learner
    who changes unit or organisation gets a new entry at once. Without it, read afresh.
    """

    def read() -> list[Assignment]:
        assignments = assignments_applying_to(user=user, profile=profile).filter(course__live=True)
        return list(assignments.select_related("course").order_by("deadline", "pk"))

    if profile is None:
        return read()
    unit = profile.administrative_unit.path if profile.administrative_unit_id else ""
    return remember(f"assignments-reaching:{user.pk}:{profile.organisation_id}:{unit}:{profile.audience}", read)


def assigned_course_ids() -> frozenset[int]:
    """Every course some assignment asks for (kept until the next purge, as above)."""
    return remember(
        "assigned-courses", lambda: frozenset(Assignment.objects.values_list("course_id", flat=True).distinct())
    )


def required_courses(
    *,
    user,
    course: CoursePage | None = None,
    today: date | None = None,
    profile: LearnerProfile | None = None,
) -> list[Required]:
    """The live courses ``user`` must take, by deadline (earliest first), with their state.

    Given the learner's current ``profile``, the assignments come from the cache
    (``_assignments_reaching``); for one course, none is read when no assignment asks for it. Then one
    query for the learner's enrollments, if any course is required.
    """
    if not user.is_authenticated:
        return []
    if course is not None and course.pk not in assigned_course_ids():
        return []
    today = today or timezone.localdate()
    by_course: dict[int, list[Assignment]] = {}
    for assignment in _assignments_reaching(user, profile):
        if course is None or assignment.course_id == course.pk:
            by_course.setdefault(assignment.course_id, []).append(assignment)
    if not by_course:
        return []
    enrollments = {e.course_id: e for e in Enrollment.objects.filter(user=user, course_id__in=by_course)}
    required = []
    for course_id, found in by_course.items():
        enrollment = enrollments.get(course_id)
        completed_at = enrollment.completed_at if enrollment else None
        status = status_of(deadline=found[0].deadline, completed_at=completed_at, today=today)
        required.append(Required(assignment=found[0], enrollment=enrollment, status=status, assignments=found))
    return sorted(required, key=lambda r: (r.deadline, r.course.title))


def assignment_members(*, assignment: Assignment) -> QuerySet:
    """The users ``assignment`` reaches now (resolved from the profiles, so newcomers are included)."""
    return get_user_model().objects.filter(assignment.members_q(), is_active=True)


# --- Outcomes ------------------------------------------------------------------------------


def _with_requirement(users: QuerySet, assignment: Assignment) -> QuerySet:
    """Users with ``req``: their enrollment in the assignment's course (LEFT JOIN, one row per user)."""
    return users.annotate(req=FilteredRelation("enrollments", condition=Q(enrollments__course_id=assignment.course_id)))


def _with_people(assignments) -> set[int]:
    """The ids of the assignments that list people (one query)."""
    ids = [a.pk for a in assignments]
    through = Assignment.learners.through.objects
    return set(through.filter(assignment_id__in=ids).values_list("assignment_id", flat=True).distinct())


def _figures_query(
    assignment: Assignment, *, as_of: date, scope_q: Q, group_by: str | None, within: Q, has_people: bool
) -> QuerySet:
    end_day, end_deadline = _end_of(as_of), _end_of(assignment.deadline)
    members = assignment.members_q(has_people=has_people)
    users = get_user_model().objects.filter(members, scope_q, within, is_active=True)
    keys = ["aid"] + ([group_by] if group_by else [])
    return (
        _with_requirement(users, assignment)
        .annotate(aid=Value(assignment.pk))
        .order_by()
        .values(*keys)
        .annotate(
            assigned=Count("pk"),
            on_time=Count("pk", filter=Q(req__completed_at__lt=min(end_day, end_deadline))),
            late=Count("pk", filter=Q(req__completed_at__gte=end_deadline, req__completed_at__lt=end_day)),
        )
    )


def _chunks(items, size):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _figure_rows(assignments, *, as_of, scope_q, group_by=None, within: Q | None = None):
    """(assignment, row) for every grouped row of every assignment: one UNION ALL per chunk."""
    by_pk = {a.pk: a for a in assignments}
    within = within if within is not None else Q()
    listing = _with_people(by_pk.values()) if by_pk else set()
    for chunk in _chunks(by_pk.values(), CHUNK):
        parts = [
            _figures_query(
                a, as_of=as_of, scope_q=scope_q, group_by=group_by, within=within, has_people=a.pk in listing
            )
            for a in chunk
        ]
        rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        for row in rows:
            yield by_pk[row["aid"]], row


def _outcomes(assignment: Assignment, row: dict, as_of: date) -> Outcomes:
    outcome = Outcomes(assigned=row["assigned"], on_time=row["on_time"], late=row["late"])
    open_ = outcome.assigned - outcome.completed
    if as_of > assignment.deadline:
        outcome.overdue = open_
    else:
        outcome.pending = open_
    return outcome


def _scope_q(viewer) -> Q:
    return trainer_scope(viewer).q("profile__") if viewer is not None else Q()


def assignment_figures(*, assignments, viewer=None, as_of: date | None = None) -> dict[int, Outcomes]:
    """Outcomes of each assignment (by pk), counting only learners ``viewer`` may see (everyone if None).

    One query per ``CHUNK`` assignments, whatever the number of learners.
    """
    as_of = as_of or timezone.localdate()
    figures = {a.pk: Outcomes() for a in assignments}
    for assignment, row in _figure_rows(assignments, as_of=as_of, scope_q=_scope_q(viewer)):
        figures[assignment.pk] = _outcomes(assignment, row, as_of)
    return figures


def assignment_outcomes(*, organisations=None, as_of: date | None = None, viewer=None) -> dict[int, Outcomes]:
    """Assigned / on time / late / overdue / pending per organisation (by pk), summed over assignments.

    The public read for other features (the evaluation board): ``organisations`` is an iterable of
    organisation ids (None: every organisation with assigned members); ``as_of`` a day (default
    today): assignments made after it are left out and later completions do not count yet;
    ``viewer`` limits the learners to those that user may see in reports (None: everyone).
    Organisations without assigned learners are absent. One query per ``CHUNK`` assignments.
    """
    as_of = as_of or timezone.localdate()
    assignments = Assignment.objects.filter(created_at__lt=_end_of(as_of))
    if organisations is not None:
        organisations = list(organisations)
        assignments = assignments.filter(Q(organisation__isnull=True) | Q(organisation_id__in=organisations))
        within = Q(profile__organisation_id__in=organisations)
    else:
        within = Q(profile__organisation__isnull=False)
    totals: dict[int, Outcomes] = {}
    rows = _figure_rows(
        assignments.select_related("administrative_unit"),
        as_of=as_of,
        scope_q=_scope_q(viewer),
        group_by="profile__organisation",
        within=within,
    )
    for assignment, row in rows:
        if row["assigned"]:
            totals.setdefault(row["profile__organisation"], Outcomes()).add(_outcomes(assignment, row, as_of))
    return totals


def _per_day_query(assignment: Assignment, *, days: list[date], within: Q) -> QuerySet:
    end_deadline = _end_of(assignment.deadline)
    users = get_user_model().objects.filter(assignment.members_q(), within, is_active=True)
    counts = {}
    for i, day in enumerate(days):
        end_day = _end_of(day)
        counts[f"on_time{i}"] = Count("pk", filter=Q(req__completed_at__lt=min(end_day, end_deadline)))
        counts[f"late{i}"] = Count("pk", filter=Q(req__completed_at__gte=end_deadline, req__completed_at__lt=end_day))
    return (
        _with_requirement(users, assignment)
        .annotate(aid=Value(assignment.pk))
        .order_by()
        .values("aid", "profile__organisation")
        .annotate(assigned=Count("pk"), **counts)
    )


def assignment_outcomes_by_day(
    *, days, organisations, courses=None, audience: str = ""
) -> dict[date, dict[int, Outcomes]]:
    """``assignment_outcomes`` for several days at once: {day: {organisation id: Outcomes}}.

    For the evaluation board, which counts several periods: ``courses`` (ids; None or empty: any)
    limits the assignments, ``audience`` the learners (e.g. cadres). On each day, assignments made
    after it are left out and later completions do not count yet. One query per ``CHUNK``
    assignments, whatever the number of days, organisations or learners.
    """
    days = sorted(set(days))
    organisations = list(organisations)
    result: dict[date, dict[int, Outcomes]] = {day: {} for day in days}
    if not days or not organisations:
        return result
    assignments = Assignment.objects.filter(
        Q(organisation__isnull=True) | Q(organisation_id__in=organisations), created_at__lt=_end_of(days[-1])
    ).select_related("administrative_unit")
    if courses:
        assignments = assignments.filter(course_id__in=list(courses))
    within = Q(profile__organisation_id__in=organisations)
    if audience:
        within &= Q(profile__audience=audience)
    by_pk = {a.pk: a for a in assignments}
    for chunk in _chunks(by_pk.values(), CHUNK):
        parts = [_per_day_query(a, days=days, within=within) for a in chunk]
        rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        for row in rows:
            assignment = by_pk[row["aid"]]
            for i, day in enumerate(days):
                if assignment.created_at >= _end_of(day) or not row["assigned"]:
                    continue
                figures = {"assigned": row["assigned"], "on_time": row[f"on_time{i}"], "late": row[f"late{i}"]}
                outcome = _outcomes(assignment, figures, day)
                result[day].setdefault(row["profile__organisation"], Outcomes()).add(outcome)
    return result


# --- Who, one by one --------------------------------------------------------------------------

LEARNER_FIELDS = ("aid", "user_id", "full_name", "organisation", "unit", "percent", "completed_at")


def _learner_rows_query(
    assignment: Assignment, *, scope_q: Q, status: str, as_of: date, has_people: bool
) -> QuerySet | None:
    end_day, end_deadline = _end_of(as_of), _end_of(assignment.deadline)
    done = Q(req__completed_at__lt=end_day)
    past = as_of > assignment.deadline
    conditions = {
        Status.ON_TIME: Q(req__completed_at__lt=min(end_day, end_deadline)),
        Status.LATE: Q(req__completed_at__gte=end_deadline, req__completed_at__lt=end_day),
        Status.OVERDUE: ~done if past else None,
        Status.PENDING: ~done if not past else None,
    }
    condition = conditions.get(status, Q()) if status else Q()
    if condition is None:
        return None
    users = get_user_model().objects.filter(assignment.members_q(has_people=has_people), scope_q, is_active=True)
    return (
        _with_requirement(users, assignment)
        .filter(condition)
        .order_by()
        .values(
            aid=Value(assignment.pk),
            user_id=F("pk"),
            full_name=F("profile__full_name"),
            organisation=F("profile__organisation__name"),
            unit=F("profile__administrative_unit__name"),
            percent=F("req__percent"),
            completed_at=F("req__completed_at"),
        )
    )


def assignment_learners(*, assignments, viewer=None, status: str = "", as_of: date | None = None) -> QuerySet | list:
    """One row per (assigned learner, assignment) the viewer may see, optionally of one status.

    A single (UNION ALL) query over the given assignments; rows are dicts of ``LEARNER_FIELDS``.
    """
    as_of = as_of or timezone.localdate()
    scope_q = _scope_q(viewer)
    assignments = list(assignments)
    listing = _with_people(assignments) if assignments else set()
    parts = [
        part
        for a in assignments
        if (part := _learner_rows_query(a, scope_q=scope_q, status=status, as_of=as_of, has_people=a.pk in listing))
        is not None
    ]
    if not parts:
        return []
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    return rows.order_by("full_name", "user_id", "aid")
