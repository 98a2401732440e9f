"""The team's reads: its page's figures, the sessions and residents it sees. Query counts in docstrings."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from courses.models import Enrollment
from courses.reports.selectors.base import local_midnight
from courses.reports.selectors.targets import target_progress, targets_for_report
from courses.scope import LearnerScope
from elearn.collation import vietnamese_key

from .models import TEAM_PERMISSION_CODENAME, AssistedConsent, AssistedEnrollment, Attendance
from .scope import member_sessions, residents_q

User = get_user_model()
STALLED_AFTER_DAYS = 14
STALLED_LISTED = 20


def helped_q(scope: LearnerScope, prefix: str = "") -> Q:
    """Q over users (through ``prefix``, e.g. "user__") the team has helped: registered, enrolled, or
    recorded at one of its sessions."""
    pk = OuterRef(f"{prefix}pk" if prefix else "pk")
    return residents_q(scope, prefix) & (
        Exists(AssistedConsent.objects.filter(resident=pk))
        | Exists(AssistedEnrollment.objects.filter(enrollment__user=pk))
        | Exists(Attendance.objects.filter(user=pk, session__in=member_sessions(scope)))
    )


@dataclass
class TeamTarget:
    target: object
    by_team: int  # learners the target counts whom the team helped


@dataclass
class TeamFigures:
    month_start: date
    helped: int
    enrolled: int
    completed: int
    sessions: int
    attendees: int
    targets: list[TeamTarget] = field(default_factory=list)
    stalled: list = field(default_factory=list)


def _month_start(today: date) -> date:
    return today.replace(day=1)


def team_figures(*, member, scope: LearnerScope, today: date | None = None) -> TeamFigures:
    """The team page, in seven queries whatever the number of residents, sessions or targets.

    This month: residents registered by the team, assisted enrolments, completions by residents the
    team helped, sessions held and their attendance. The commune's targets (as the target report
    counts them) with how many of the learners counted were helped by the team; residents who started
    a course and have done nothing for two weeks.
    """
    today = today or timezone.localdate()
    start = local_midnight(_month_start(today))
    helped = AssistedConsent.objects.filter(
        scope.units_q("administrative_unit__"),
        resident__in=User.objects.filter(residents_q(scope)),
        given_at__gte=start,
    ).count()
    enrolled = AssistedEnrollment.objects.filter(
        residents_q(scope, "enrollment__user__"), created_at__gte=start
    ).count()
    completed = Enrollment.objects.filter(helped_q(scope, "user__"), completed_at__gte=start).count()
    sessions = (
        member_sessions(scope)
        .filter(held_on__gte=_month_start(today))
        .aggregate(sessions=Count("pk", distinct=True), attendees=Count("attendances"))
    )
    targets = [
        target_progress(t, today) for t in targets_for_report(user=member).filter(administrative_unit__isnull=False)
    ]
    team_targets = _team_share(scope, targets)
    stalled = list(
        Enrollment.objects.filter(
            residents_q(scope, "user__"),
            completed_at__isnull=True,
            completed_lessons__gt=0,
            last_activity_at__lt=timezone.now() - timedelta(days=STALLED_AFTER_DAYS),
        )
        .select_related("user__profile", "course")
        .order_by("last_activity_at")[:STALLED_LISTED]
    )
    return TeamFigures(
        month_start=_month_start(today),
        helped=helped,
        enrolled=enrolled,
        completed=completed,
        sessions=sessions["sessions"],
        attendees=sessions["attendees"],
        targets=team_targets,
        stalled=stalled,
    )


def _team_share(scope: LearnerScope, targets: list) -> list[TeamTarget]:
    """For each target, the learners it counts whom the team helped (one query over their completions)."""
    if not targets:
        return []
    rows = (
        Enrollment.objects.filter(helped_q(scope, "user__"), completed_at__isnull=False)
        .order_by()
        .values_list(
            "user_id",
            "course_id",
            "completed_at",
            "user__profile__administrative_unit__path",
            "user__profile__audience",
        )
    )
    completions = list(rows)
    shares = []
    for target in targets:
        course_ids = {c.pk for c in target.courses.all()}
        learners = {
            user_id
            for user_id, course_id, completed_at, path, audience in completions
            if path.startswith(target.administrative_unit.path)
            and (not target.audience or audience == target.audience)
            and (not course_ids or course_id in course_ids)
            and target.start_date <= timezone.localtime(completed_at).date() <= target.deadline
        }
        shares.append(TeamTarget(target=target, by_team=len(learners)))
    return shares


@dataclass
class MemberWork:
    """One member's work this month, in the member's units: residents registered, enrolments, sessions led."""

    member: object
    registered: int = 0
    enrolled: int = 0
    sessions_led: int = 0
    attendees: int = 0  # at the sessions they led

    @property
    def name(self) -> str:
        return self.member.display_name


@dataclass
class TeamWork:
    mine: MemberWork
    members: list[MemberWork]  # every member of the team (the member too), in name order


def team_members(scope: LearnerScope):
    """The team: active staff with the team's permission (their own or a group's) and a unit of ``scope``."""
    permission = Q(
        user_permissions__codename=TEAM_PERMISSION_CODENAME, user_permissions__content_type__app_label="community"
    )
    group_permission = Q(
        groups__permissions__codename=TEAM_PERMISSION_CODENAME, groups__permissions__content_type__app_label="community"
    )
    return User.objects.filter(
        Q(pk__in=User.objects.filter(permission)) | Q(pk__in=User.objects.filter(group_permission)),
        is_active=True,
        is_staff=True,
        is_superuser=False,
        trainer_scope__administrative_units__path__in=scope.unit_paths,
    ).distinct()


def team_work(*, member, scope: LearnerScope, today: date | None = None) -> TeamWork:
    """What each member of the team did this month in the team's units; four queries whatever their number.

    Counted as on the team's page: residents registered (consent given this month), assisted enrolments
    made, sessions held this month by the member who led them, and their attendance. Work in another
    team's communes is not counted. Someone who did work here this month and has left the team keeps a row.
    """
    today = today or timezone.localdate()
    start = local_midnight(_month_start(today))
    registered = dict(
        AssistedConsent.objects.filter(
            scope.units_q("administrative_unit__"),
            resident__in=User.objects.filter(residents_q(scope)),
            given_at__gte=start,
            helped_by__isnull=False,
        )
        .order_by()
        .values("helped_by")
        .annotate(n=Count("pk"))
        .values_list("helped_by", "n")
    )
    enrolled = dict(
        AssistedEnrollment.objects.filter(
            residents_q(scope, "enrollment__user__"), created_at__gte=start, member__isnull=False
        )
        .order_by()
        .values("member")
        .annotate(n=Count("pk"))
        .values_list("member", "n")
    )
    led = {
        row["led_by"]: row
        for row in member_sessions(scope)
        .filter(held_on__gte=_month_start(today), led_by__isnull=False)
        .order_by()
        .values("led_by")
        .annotate(sessions=Count("pk", distinct=True), attendees=Count("attendances"))
    }
    ids = set(registered) | set(enrolled) | set(led)
    people = User.objects.filter(Q(pk__in=team_members(scope).values("pk")) | Q(pk__in=ids) | Q(pk=member.pk))
    rows = [
        MemberWork(
            member=person,
            registered=registered.get(person.pk, 0),
            enrolled=enrolled.get(person.pk, 0),
            sessions_led=led.get(person.pk, {}).get("sessions", 0),
            attendees=led.get(person.pk, {}).get("attendees", 0),
        )
        for person in people.select_related("profile")
    ]
    rows.sort(key=lambda row: vietnamese_key(row.name))
    mine = next(row for row in rows if row.member.pk == member.pk)
    return TeamWork(mine=mine, members=rows)


def session_attendances(session) -> list:
    """The session's list: residents with accounts (name) and people without (name, masked phone). One query."""
    return list(
        session.attendances.select_related("user__profile").order_by("full_name", "user__profile__full_name", "pk")
    )
