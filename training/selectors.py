"""Reads of required training: what a learner must take, who an assignment reaches, and its outcomes.

Outcomes count (learner, assignment) pairs as of a day (today unless ``as_of`` is given):

- *on time*: the course was completed by the end of the deadline day (local time);
- *late*: completed after the deadline;
- *overdue*: not completed and the deadline has passed;
- *pending*: not completed and the deadline has not passed yet.

Figures are aggregated in SQL from grouped counts: assignments that reach the same people are counted
together (their members per unit, and those members' completions per course and local day), sent as
one ``UNION ALL`` statement per ``CHUNK`` groups; on time and late follow from each deadline.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from django.contrib.auth import get_user_model
from django.db.models import Count, DateField, Exists, F, FilteredRelation, OuterRef, Q, QuerySet, Value
from django.db.models.functions import TruncDate
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


@dataclass
class _Counted:
    """Groups of assignments counted by one pair of grouped queries: one group reaching the same people,
    or a family of groups alike but for the organisation they name (the ``g`` column tells them apart)."""

    groups: dict[int, list[Assignment]]  # by organisation id in a family; 0 otherwise
    has_people: bool = False
    family: bool = False


def _same_people(assignments, listing: set[int]) -> list[_Counted]:
    """Assignments that reach the same people, together: the same criteria and nobody listed (an
    assignment that lists people is a group of its own; one that reaches nobody is left out). Groups
    naming one organisation each, with the same unit and audience, form one family."""
    groups: dict[tuple, list[Assignment]] = {}
    for a in assignments:
        if a.pk in listing:
            key = ("listed", a.pk)
        elif a.has_criteria:
            key = (a.organisation_id, a.administrative_unit_id, a.audience)
        else:
            continue
        groups.setdefault(key, []).append(a)
    counted, families = [], {}
    for key, group in groups.items():
        if key[0] == "listed" or not key[0]:
            counted.append(_Counted({0: group}, has_people=key[0] == "listed"))
        else:
            families.setdefault(key[1:], _Counted({}, family=True)).groups[key[0]] = group
    return counted + list(families.values())


def _counted_parts(qid: int, counted: _Counted, *, end, users: QuerySet, group_by: str | None):
    """Two grouped queries: (qid, g, unit, 0, NULL, members) and (qid, g, unit, course, local day,
    completions of that course that day) over the members of ``counted``'s groups."""
    sample = next(iter(counted.groups.values()))[0]
    if counted.family:
        members = users.filter(sample.criteria_q(organisation_ids=counted.groups))
        g = F("profile__organisation_id")
    else:
        members = users.filter(sample.members_q(has_people=counted.has_people))
        g = Value(0)
    courses = {a.course_id for group in counted.groups.values() for a in group}
    assigned = (
        members.order_by()
        .annotate(
            q=Value(qid),
            g=g,
            u=F(group_by) if group_by else Value(0),
            c=Value(0),
            d=Value(None, output_field=DateField()),
        )
        .values("q", "g", "u", "c", "d")
        .annotate(n=Count("pk"))
    )
    done = (
        Enrollment.objects.filter(user__in=members.values("pk"), course_id__in=courses, completed_at__lt=end)
        .order_by()
        .annotate(
            q=Value(qid),
            g=F("user__profile__organisation_id") if counted.family else Value(0),
            u=F(f"user__{group_by}") if group_by else Value(0),
            c=F("course_id"),
            d=TruncDate("completed_at", tzinfo=timezone.get_default_timezone()),
        )
        .values("q", "g", "u", "c", "d")
        .annotate(n=Count("pk"))
    )
    return [assigned, done]


def _tallies(
    assignments, *, days, scope_q: Q, within: Q, organisations=None, group_by: str | None = None, listing=None
):
    """(day, assignment, unit, Outcomes) for every assignment, day and unit (of ``group_by``: e.g. the
    learner's organisation; 0 without) that has assigned learners on that day.

    Counted from grouped counts, not per assignment: for each group of assignments reaching the same
    people (or family of groups alike but for their organisation), its members per unit and their
    completions of the group's courses per local day; on time and late then follow from each
    assignment's deadline. One UNION ALL per ``CHUNK`` groups, whatever the number of days, units or
    learners. Assignments made after a day are left out on that day. ``organisations`` (ids) limits
    the learners to their members.
    """
    days = sorted(set(days))
    assignments = list(assignments)
    if not days or not assignments:
        return
    listing = _with_people(assignments) if listing is None else listing
    if organisations is not None:
        wanted = set(organisations)
        assignments = [
            a for a in assignments if a.pk in listing or not a.organisation_id or a.organisation_id in wanted
        ]
    counted = _same_people(assignments, listing)
    users = get_user_model().objects.filter(scope_q, within, is_active=True)
    limited = users.filter(profile__organisation_id__in=organisations) if organisations is not None else users
    end = _end_of(days[-1])
    members: dict[tuple[int, int, int], int] = {}
    done: dict[tuple[int, int, int, int], list[tuple[date, int]]] = {}
    for first in range(0, len(counted), CHUNK):
        parts = [
            part
            for qid, item in enumerate(counted[first : first + CHUNK], start=first)
            # Members of a family are members of the organisations it names: no need to limit them.
            for part in _counted_parts(qid, item, end=end, users=users if item.family else limited, group_by=group_by)
        ]
        for row in parts[0].union(*parts[1:], all=True):
            if row["d"] is None:
                members[(row["q"], row["g"], row["u"])] = row["n"]
            else:
                done.setdefault((row["q"], row["g"], row["u"], row["c"]), []).append((row["d"], row["n"]))
    for (qid, g, unit), assigned in members.items():
        for assignment in counted[qid].groups.get(g, []):
            completions = done.get((qid, g, unit, assignment.course_id), [])
            for day in days:
                if assignment.created_at >= _end_of(day):
                    continue
                on_time = sum(n for when, n in completions if when <= min(day, assignment.deadline))
                late = sum(n for when, n in completions if assignment.deadline < when <= day)
                figures = {"assigned": assigned, "on_time": on_time, "late": late}
                yield day, assignment, unit, _outcomes(assignment, figures, day)


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


def _with_listing(assignments: QuerySet) -> QuerySet:
    """Assignments annotated ``lists_people`` (in the same query)."""
    listed = Assignment.learners.through.objects.filter(assignment_id=OuterRef("pk"))
    return assignments.annotate(lists_people=Exists(listed))


def assignment_figures(*, assignments, viewer=None, as_of: date | None = None) -> dict[int, Outcomes]:
    """Outcomes of each assignment (by pk), counting only learners ``viewer`` may see (everyone if None).

    Two queries (which assignments list people, the grouped counts), whatever the number of learners.
    """
    as_of = as_of or timezone.localdate()
    assignments = list(assignments)
    figures = {a.pk: Outcomes() for a in assignments}
    for _day, assignment, _unit, outcome in _tallies(assignments, days=[as_of], scope_q=_scope_q(viewer), within=Q()):
        figures[assignment.pk] = outcome
    return figures


def assignment_outcomes(*, organisations=None, as_of: date | None = None, viewer=None) -> dict[int, Outcomes]:
    """Assigned / on time / late / overdue / pending per organisation (by pk), summed over assignments.

    The public read for other features (the evaluation board): ``organisations`` is an iterable of
    organisation ids (None: every organisation with assigned members); ``as_of`` a day (default
    today): assignments made after it are left out and later completions do not count yet;
    ``viewer`` limits the learners to those that user may see in reports (None: everyone).
    Organisations without assigned learners are absent. Two queries (the assignments, the counts).
    """
    as_of = as_of or timezone.localdate()
    assignments = Assignment.objects.filter(created_at__lt=_end_of(as_of))
    if organisations is not None:
        organisations = list(organisations)
        assignments = assignments.filter(Q(organisation__isnull=True) | Q(organisation_id__in=organisations))
        within = Q()
    else:
        within = Q(profile__organisation__isnull=False)
    return _by_organisation(
        _with_listing(assignments.select_related("administrative_unit")),
        days=[as_of],
        scope_q=_scope_q(viewer),
        within=within,
        organisations=organisations,
    )[as_of]


def _by_organisation(
    assignments: QuerySet, *, days, scope_q: Q, within: Q, organisations=None
) -> dict[date, dict[int, Outcomes]]:
    assignments = list(assignments)
    listing = {a.pk for a in assignments if a.lists_people}
    result: dict[date, dict[int, Outcomes]] = {day: {} for day in days}
    tallies = _tallies(
        assignments,
        days=days,
        scope_q=scope_q,
        within=within,
        organisations=organisations,
        group_by="profile__organisation",
        listing=listing,
    )
    for day, _assignment, organisation, outcome in tallies:
        result[day].setdefault(organisation, Outcomes()).add(outcome)
    return result


def assignment_outcomes_by_day(
    *, days, organisations, courses=None, audience: str = ""
) -> dict[date, dict[int, Outcomes]]:
    """``assignment_outcomes`` for several days at once: {day: {organisation id: Outcomes}}.

    For the evaluation board, which counts several periods: ``courses`` (ids; None or empty: any)
    limits the assignments, ``audience`` the learners (e.g. cadres). On each day, assignments made
    after it are left out and later completions do not count yet. Two queries (the assignments, the
    grouped counts), whatever the number of days, organisations or learners.
    """
    days = sorted(set(days))
    organisations = list(organisations)
    if not days or not organisations:
        return {day: {} for day in days}
    assignments = Assignment.objects.filter(
        Q(organisation__isnull=True) | Q(organisation_id__in=organisations), created_at__lt=_end_of(days[-1])
    ).select_related("administrative_unit")
    if courses:
        assignments = assignments.filter(course_id__in=list(courses))
    within = Q(profile__audience=audience) if audience else Q()
    return _by_organisation(
        _with_listing(assignments), days=days, scope_q=Q(), within=within, organisations=organisations
    )


# --- Who, one by one --------------------------------------------------------------------------

LEARNER_FIELDS = ("aid", "user_id", "full_name", "organisation", "unit", "percent", "completed_at")


def _learner_rows_query(assignment: Assignment, *, scope_q: Q, status: str, as_of: date, has_people: bool) -> QuerySet:
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
        condition = Q(pk__in=[])  # e.g. overdue before the deadline: nobody
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


class LearnerRows:
    """The rows of ``assignment_learners``: assignment by assignment (in the order given), each by name.

    A sequence for Django's paginator, so that a page never sorts every (learner, assignment) pair:
    its length comes from the grouped counts (``_tallies``, no row read), and a slice reads only the
    assignments it falls in, each with ORDER BY name LIMIT/OFFSET. Iterating (exports) streams the
    assignments one after the other.
    """

    def __init__(self, assignments, *, viewer, status: str, as_of: date):
        self.assignments = list(assignments)
        self.scope_q, self.status, self.as_of = _scope_q(viewer), status, as_of
        self.listing = _with_people(self.assignments) if self.assignments else set()

    @cached_property
    def sizes(self) -> list[int]:
        """Rows per assignment: its learners of the chosen status, from the grouped counts."""
        figures = {a.pk: Outcomes() for a in self.assignments}
        for _day, assignment, _unit, outcome in _tallies(
            self.assignments, days=[self.as_of], scope_q=self.scope_q, within=Q(), listing=self.listing
        ):
            figures[assignment.pk] = outcome
        field = self.status or "assigned"
        return [getattr(figures[a.pk], field) for a in self.assignments]

    def count(self) -> int:
        return sum(self.sizes)

    def __len__(self) -> int:
        return self.count()

    def _query(self, assignment: Assignment, position: int | None = None) -> QuerySet:
        rows = _learner_rows_query(
            assignment,
            scope_q=self.scope_q,
            status=self.status,
            as_of=self.as_of,
            has_people=assignment.pk in self.listing,
        )
        return rows if position is None else rows.annotate(position=Value(position))

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop if index.stop is not None else self.count()
        head, whole, tail, offset = [], [], [], 0
        for position, (assignment, size) in enumerate(zip(self.assignments, self.sizes, strict=True)):
            if size and offset + size > start and offset < stop:
                if start <= offset and offset + size <= stop:
                    whole.append(self._query(assignment, position))
                else:  # the page begins or ends inside this assignment's rows
                    part = self._query(assignment).order_by("full_name", "user_id")
                    (tail if whole or head else head).append(part[max(0, start - offset) : stop - offset])
            offset += size
            if offset >= stop:
                break
        # At most three queries a page: the first and the last assignments it cuts, and those it shows whole.
        rows = [row for part in head for row in part]
        if whole:
            shown = whole[0].union(*whole[1:], all=True).order_by("position", "full_name", "user_id")
            rows += [{k: v for k, v in row.items() if k != "position"} for row in shown]
        return rows + [row for part in tail for row in part]

    def __iter__(self):
        for assignment, size in zip(self.assignments, self.sizes, strict=True):
            if size:
                yield from self._query(assignment).order_by("full_name", "user_id").iterator(chunk_size=2000)


def assignment_learners(*, assignments, viewer=None, status: str = "", as_of: date | None = None) -> LearnerRows:
    """One row per (assigned learner, assignment) the viewer may see, optionally of one status:
    assignment by assignment in the order given, each by name; rows are dicts of ``LEARNER_FIELDS``.

    Two queries to count (which assignments list people, the grouped counts), then one per assignment
    a page (or an export) reaches.
    """
    return LearnerRows(assignments, viewer=viewer, status=status, as_of=as_of or timezone.localdate())
