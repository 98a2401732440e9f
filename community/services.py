"""What a team member does, as services: keyword-only, atomic, limited to the member's units, logged.

Each raises ``TeamError`` (with a Vietnamese message) for anything outside the member's scope, and
records a ``MemberAction``. Lessons are completed through the learning core's ``lesson_complete``
(source "in person"), so progress, certificates and reports count attendance like online learning.
"""

import uuid
from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, LessonCompletion, LessonPage
from courses.models.pages import live_lessons
from courses.services import enrollment_create, lesson_complete
from elearn.accounts.models import AdministrativeUnit, LearnerProfile
from elearn.accounts.services import profile_create
from elearn.sms import send_sms

from .models import AssistedConsent, AssistedEnrollment, Attendance, MemberAction, VillageSession
from .scope import member_communes, residents_q, team_scope
from .tokens import take_over_url

User = get_user_model()


class TeamError(Exception):
    """The member cannot do this; ``message`` says why, in Vietnamese."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _scope_of(member):
    scope = team_scope(member)
    if scope is None:
        raise TeamError(_("Only members of a community digital-technology team can do this."))
    return scope


def _check_unit(member, unit: AdministrativeUnit) -> None:
    if not member_communes(_scope_of(member)).filter(pk=unit.pk).exists():
        raise TeamError(_("This commune is not one your team works in."))


def _check_residents(member, users) -> None:
    ids = {u.pk for u in users}
    found = set(User.objects.filter(residents_q(_scope_of(member)), pk__in=ids).values_list("pk", flat=True))
    if found != ids:
        raise TeamError(_("Some of the chosen residents do not live in your team's communes."))


def _log(member, kind: str, unit: AdministrativeUnit | None, description: str) -> MemberAction:
    return MemberAction.objects.create(
        member=member, member_name=member.display_name, kind=kind, administrative_unit=unit, description=description
    )


# --- Assisted sign-up --------------------------------------------------------------------------


@dataclass(frozen=True)
class Registered:
    resident: User
    consent: AssistedConsent


@transaction.atomic
def resident_register(
    *,
    member,
    full_name: str,
    phone: str,
    administrative_unit: AdministrativeUnit,
    audience: str,
    consent_method: str,
    paper_form_number: str = "",
) -> Registered:
    """Create a resident's account (no password: nobody knows one) with the record of assisted consent.

    The resident gets an SMS with a one-time link to set their own password; the member never sees
    or sets it. ``phone`` is E.164. Raises ``TeamError`` when the number already has an account.
    """
    _check_unit(member, administrative_unit)
    if consent_method == AssistedConsent.Method.PAPER and not paper_form_number.strip():
        raise TeamError(_("Enter the number of the paper form the resident signed."))
    if User.objects.filter(phone=phone).exists():
        raise TeamError(_("This phone number already has an account. The resident can sign in with it."))
    username = get_adapter().generate_unique_username(["cudan", "user"])
    try:
        with transaction.atomic():
            resident = User.objects.create_user(username=username, email="", phone=phone, password=None)
    except IntegrityError:  # the same number registered at the same moment by another submission
        raise TeamError(_("This phone number already has an account. The resident can sign in with it.")) from None
    profile = profile_create(
        user=resident, full_name=full_name, audience=audience, administrative_unit=administrative_unit
    )
    consent = AssistedConsent.objects.create(
        resident=resident,
        helped_by=member,
        helped_by_name=member.display_name,
        administrative_unit=administrative_unit,
        method=consent_method,
        paper_form_number=paper_form_number.strip() if consent_method == AssistedConsent.Method.PAPER else "",
        given_at=profile.consent_given_at,
        policy_version=profile.consent_policy_version,
    )
    send_sms(
        to=phone,
        text=_(
            "Digital skills Nghe An: your community team created your learning account. Set your own password "
            "here: %(url)s"
        )
        % {"url": take_over_url(resident)},
    )
    _log(
        member,
        MemberAction.Kind.RESIDENT_REGISTERED,
        administrative_unit,
        _("Resident no. %(id)s") % {"id": resident.pk},
    )
    return Registered(resident=resident, consent=consent)


@transaction.atomic
def resident_take_over(*, resident, password: str) -> None:
    """The resident sets their own password from the SMS link: the account is theirs from now on.

    They received the link on that number, so the number is verified too.
    """
    resident.set_password(password)
    resident.phone_verified = True
    resident.save(update_fields=["password", "phone_verified"])
    AssistedConsent.objects.filter(resident=resident, taken_over_at__isnull=True).update(taken_over_at=timezone.now())


# --- Assisted enrolment ------------------------------------------------------------------------


@transaction.atomic
def residents_enrol(*, member, residents: list, courses: list[CoursePage]) -> int:
    """Enrol every resident in every course, all or nothing; returns how many enrolments are new.

    Enrolling someone already enrolled changes nothing (a second submission is harmless).
    """
    _check_residents(member, residents)
    created = 0
    for course in courses:
        for resident in residents:
            enrolled = enrollment_create(user=resident, course=course)
            if enrolled.created:
                AssistedEnrollment.objects.create(enrollment=enrolled.enrollment, member=member)
                created += 1
    units = {p.administrative_unit for p in LearnerProfile.objects.filter(user__in=residents)}
    _log(
        member,
        MemberAction.Kind.ENROLLED,
        units.pop() if len(units) == 1 else None,
        _("%(new)d new enrolments: residents no. %(ids)s in course(s) %(courses)s")
        % {
            "new": created,
            "ids": ", ".join(str(r.pk) for r in residents),
            "courses": ", ".join(c.title for c in courses),
        },
    )
    return created


# --- Village sessions --------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionRecorded:
    session: VillageSession
    created: bool  # False: the same form was submitted again


@transaction.atomic
def session_record(
    *,
    member,
    token: uuid.UUID,
    held_on,
    place: str,
    administrative_unit: AdministrativeUnit,
    course: CoursePage,
    lessons: list[LessonPage],
    led_by,
) -> SessionRecorded:
    """Record a session; the form's ``token`` makes a repeated submission return the same session."""
    _check_unit(member, administrative_unit)
    existing = VillageSession.objects.filter(submission_token=token).first()
    if existing is not None:
        return SessionRecorded(session=existing, created=False)
    if led_by != member and team_scope(led_by) is None:
        raise TeamError(_("The session must be led by a member of the team."))
    lesson_ids = {lesson.pk for lesson in lessons}
    if not lesson_ids or live_lessons(course).filter(pk__in=lesson_ids).count() != len(lesson_ids):
        raise TeamError(_("Choose lessons of the course taught."))
    session = VillageSession.objects.create(
        held_on=held_on,
        place=place,
        administrative_unit=administrative_unit,
        course=course,
        led_by=led_by,
        submission_token=token,
    )
    session.lessons.set(lessons)
    _log(member, MemberAction.Kind.SESSION_RECORDED, administrative_unit, _("Session no. %(id)s") % {"id": session.pk})
    return SessionRecorded(session=session, created=True)


def _complete_covered_lessons(session: VillageSession, user) -> int:
    completed = 0
    for lesson in session.lessons.filter(completable_in_person=True, live=True).order_by("path"):
        progress = lesson_complete(user=user, lesson=lesson, source=LessonCompletion.Source.IN_PERSON)
        completed += lesson.pk in progress.completed_ids
    return completed


@transaction.atomic
def attendance_record(*, member, session: VillageSession, residents: list) -> int:
    """Add residents with an account; the session's lessons that allow it are completed for them.

    Returns how many residents were added (those already on the list are left as they are).
    """
    _check_unit(member, session.administrative_unit)
    _check_residents(member, residents)
    already = set(session.attendances.filter(user__in=residents).values_list("user_id", flat=True))
    added = [r for r in residents if r.pk not in already]
    Attendance.objects.bulk_create([Attendance(session=session, user=r, recorded_by=member) for r in added])
    for resident in added:
        _complete_covered_lessons(session, resident)
    if added:
        _log(
            member,
            MemberAction.Kind.ATTENDANCE_RECORDED,
            session.administrative_unit,
            _("Session no. %(session)s: residents no. %(ids)s")
            % {"session": session.pk, "ids": ", ".join(str(r.pk) for r in added)},
        )
    return len(added)


@transaction.atomic
def attendance_record_guest(*, member, session: VillageSession, full_name: str, phone: str) -> Attendance:
    """Add a person without an account (name and E.164 phone); the same phone twice is one row."""
    _check_unit(member, session.administrative_unit)
    attendance, created = Attendance.objects.get_or_create(
        session=session, phone=phone, defaults={"full_name": full_name, "recorded_by": member}
    )
    if created:
        _log(
            member,
            MemberAction.Kind.ATTENDANCE_RECORDED,
            session.administrative_unit,
            _("Session no. %(session)s: a person without an account (attendance no. %(id)s)")
            % {"session": session.pk, "id": attendance.pk},
        )
    return attendance


@transaction.atomic
def attendance_merge(*, member, attendance: Attendance, resident) -> Attendance:
    """Attach a person recorded without an account to the resident's account, completing the lessons.

    The name and phone typed at the session are cleared (the account holds them). If the resident was
    already on the list, the duplicate row goes.
    """
    attendance = Attendance.objects.select_for_update().select_related("session").get(pk=attendance.pk)
    session = attendance.session
    _check_unit(member, session.administrative_unit)
    _check_residents(member, [resident])
    if attendance.user_id is not None:
        raise TeamError(_("This person is already linked to an account."))
    duplicate = session.attendances.filter(user=resident).exists()
    if duplicate:
        attendance.delete()
    else:
        attendance.user, attendance.full_name, attendance.phone = resident, "", ""
        attendance.merged_at = timezone.now()
        attendance.save(update_fields=["user", "full_name", "phone", "merged_at"])
    _complete_covered_lessons(session, resident)
    _log(
        member,
        MemberAction.Kind.ATTENDANCE_MERGED,
        session.administrative_unit,
        _("Session no. %(session)s: a person without an account merged into resident no. %(id)s")
        % {"session": session.pk, "id": resident.pk},
    )
    return attendance
