"""Writes of required training and notifications. Keyword-only, atomic, safe to repeat.

A notification is recorded once per (learner, kind, subject, period) — a unique constraint — and
delivered after the transaction commits, by a background task that sends it at most once (it
locks the row and skips it when ``sent_at`` is set). Re-running anything is therefore harmless;
a delivery that failed leaves ``sent_at`` empty and ``notifications_resume`` sends it again.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import FilteredRelation, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from courses.models import Certificate, Enrollment
from elearn.sms import send_sms

from .messages import absolute, compose, footer, sms_footer, unsubscribe_url
from .models import OPTIONAL_KINDS, REQUIRED_KINDS, Assignment, Notification, NotificationPreference
from .selectors import assignments_applying_to

Kind = Notification.Kind
CHUNK = 500
INACTIVE_AFTER = timedelta(days=14)
INACTIVE_GIVE_UP = timedelta(days=56)  # six weekly reminders at most, then we leave the learner alone
Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class Draft:
    user_id: int
    subject: str
    title: str
    body: str
    url: str = ""


def _chunks(items, size=CHUNK):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _course_url(course) -> str:
    return course.get_full_url() or absolute(course.url or "/")


def _deliver_later(pks: list[int]) -> None:
    from .tasks import deliver_notification

    def enqueue():
        for pk in pks:
            deliver_notification.enqueue(notification_id=pk)

    if pks:
        transaction.on_commit(enqueue)


@transaction.atomic
def notifications_record(*, kind: str, drafts: Iterable[Draft], period: str = "") -> int:
    """Record each draft unless already recorded (or the learner stopped this kind); deliver the new
    ones once the transaction commits. Returns how many were new."""
    created = 0
    for chunk in _chunks(drafts):
        ids = {d.user_id for d in chunk}
        if kind in OPTIONAL_KINDS:
            stopped = {
                user_id
                for user_id, kinds in NotificationPreference.objects.filter(user_id__in=ids).values_list(
                    "user_id", "stopped"
                )
                if kind in kinds
            }
            chunk = [d for d in chunk if d.user_id not in stopped]
        existing = set(
            Notification.objects.filter(
                kind=kind, period=period, user_id__in=ids, subject__in={d.subject for d in chunk}
            ).values_list("user_id", "subject")
        )
        new = [
            Notification(
                user_id=d.user_id, kind=kind, subject=d.subject, period=period, title=d.title, body=d.body, url=d.url
            )
            for d in chunk
            if (d.user_id, d.subject) not in existing
        ]
        if not new:
            continue
        Notification.objects.bulk_create(new, ignore_conflicts=True)
        pks = list(
            Notification.objects.filter(
                kind=kind,
                period=period,
                sent_at__isnull=True,
                user_id__in={n.user_id for n in new},
                subject__in={n.subject for n in new},
            ).values_list("pk", flat=True)
        )
        created += len(new)
        _deliver_later(pks)
    return created


def notification_deliver(*, notification_id: int) -> str:
    """Send one notification by email (or SMS for phone-only accounts); say which, or "skipped"."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update(of=("self",))
            .select_related("user")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.sent_at is not None:
            return "skipped"
        user = notification.user
        preference = NotificationPreference.objects.filter(user=user).first()
        if not user.is_active or (preference is not None and not preference.wants(notification.kind)):
            channel = Notification.Channel.SITE
        elif user.email:
            channel = Notification.Channel.EMAIL
            _send_email(notification)
        elif user.phone:
            channel = Notification.Channel.SMS
            text = " ".join(
                part
                for part in (notification.title, notification.url, sms_footer(user_id=user.pk, kind=notification.kind))
                if part
            )
            send_sms(to=user.phone, text=text)
        else:
            channel = Notification.Channel.SITE
        notification.channel, notification.sent_at = channel, timezone.now()
        notification.save(update_fields=["channel", "sent_at"])
    return channel


def _send_email(notification: Notification) -> None:
    user = notification.user
    with override("vi"):
        greeting = _("Hello %(name)s,") % {"name": user.display_name}
        signature = _("Digital skills for everyone — Nghệ An")
    body = (
        f"{greeting}\n\n{notification.body}\n\n{signature}\n\n--\n{footer(user_id=user.pk, kind=notification.kind)}\n"
    )
    headers = {}
    if notification.kind not in REQUIRED_KINDS:
        # RFC 8058: mail clients show an "unsubscribe" button that POSTs to this address.
        headers["List-Unsubscribe"] = f"<{unsubscribe_url(user_id=user.pk, kind=notification.kind)}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    EmailMessage(subject=notification.title, body=body, to=[user.email], headers=headers).send()


def notifications_resume(*, older_than: timedelta = timedelta(minutes=10)) -> int:
    """Deliver again what was recorded but never sent (a failed or interrupted run)."""
    pks = list(
        Notification.objects.filter(sent_at__isnull=True, created_at__lt=timezone.now() - older_than).values_list(
            "pk", flat=True
        )
    )
    _deliver_later(pks)
    return len(pks)


# --- What the platform tells learners ----------------------------------------------------------


def enrolment_notice_record(*, enrollment: Enrollment) -> int:
    course = enrollment.course
    url = _course_url(course)
    title, body = compose(Kind.ENROLMENT, course=course.title, url=url)
    draft = Draft(user_id=enrollment.user_id, subject=f"enrollment:{enrollment.pk}", title=title, body=body, url=url)
    return notifications_record(kind=Kind.ENROLMENT, drafts=[draft])


def certificate_notice_record(*, certificate: Certificate) -> int:
    url = absolute(certificate.get_absolute_url())
    title, body = compose(Kind.CERTIFICATE, course=certificate.course_title, code=certificate.display_code, url=url)
    draft = Draft(user_id=certificate.user_id, subject=f"certificate:{certificate.pk}", title=title, body=body, url=url)
    return notifications_record(kind=Kind.CERTIFICATE, drafts=[draft])


def _open_members(assignment: Assignment):
    """(user id, percent) of the members who have not completed the course."""
    from .selectors import assignment_members

    return (
        assignment_members(assignment=assignment)
        .annotate(req=FilteredRelation("enrollments", condition=Q(enrollments__course_id=assignment.course_id)))
        .filter(req__completed_at__isnull=True)
        .order_by("pk")
        .values_list("pk", "req__percent")
    )


def assignment_notices_record(*, assignment: Assignment, user_ids: Iterable[int] | None = None) -> int:
    """Tell the assignment's members who have not completed the course yet (each once)."""
    url = _course_url(assignment.course)
    title, body = compose(
        Kind.ASSIGNMENT, course=assignment.course.title, deadline=assignment.deadline, url=url, note=assignment.note
    )
    members = _open_members(assignment)
    if user_ids is not None:
        members = members.filter(pk__in=list(user_ids))
    drafts = (
        Draft(user_id=pk, subject=f"assignment:{assignment.pk}", title=title, body=body, url=url)
        for pk, _percent in members.iterator(chunk_size=CHUNK)
    )
    return notifications_record(kind=Kind.ASSIGNMENT, drafts=drafts)


def assignment_members_notify(*, assignment: Assignment) -> None:
    """Tell the members of a new or changed assignment, in the background once it is saved."""
    from .tasks import notify_assignment_members

    transaction.on_commit(lambda: notify_assignment_members.enqueue(assignment_id=assignment.pk))


def new_member_notices_record(*, user) -> int:
    """A learner whose profile changed (joined an agency, moved commune): their new assignments."""
    today = timezone.localdate()
    count = 0
    for assignment in assignments_applying_to(user=user).filter(deadline__gte=today).select_related("course"):
        count += assignment_notices_record(assignment=assignment, user_ids=[user.pk])
    return count


def deadline_reminders_record(*, today: date | None = None, progress: Progress = None) -> int:
    """Remind members who have not completed a required course: 7 days before and the day before.

    A run late by a few days still reminds (the 7-day notice goes out until 2 days before, the
    last one on the day itself), and each reminder is recorded once per assignment.
    """
    today = today or timezone.localdate()
    assignments = list(
        Assignment.objects.filter(deadline__range=(today, today + timedelta(days=7)))
        .select_related("course", "administrative_unit")
        .order_by("deadline", "pk")
    )
    count = 0
    for done, assignment in enumerate(assignments, start=1):
        kind = Kind.DEADLINE_1 if (assignment.deadline - today).days <= 1 else Kind.DEADLINE_7
        url = _course_url(assignment.course)
        drafts = []
        for pk, percent in _open_members(assignment).iterator(chunk_size=CHUNK):
            title, body = compose(
                kind, course=assignment.course.title, deadline=assignment.deadline, percent=percent or 0, url=url
            )
            drafts.append(Draft(user_id=pk, subject=f"assignment:{assignment.pk}", title=title, body=body, url=url))
        count += notifications_record(kind=kind, drafts=drafts)
        if progress:
            progress(done, len(assignments))
    return count


def _week(day: date) -> str:
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def inactivity_reminders_record(*, today: date | None = None, progress: Progress = None) -> int:
    """One reminder a week at most to learners who started a course and have not studied for 14 days."""
    now = timezone.now()
    today = today or timezone.localdate()
    stale = (
        Enrollment.objects.filter(
            completed_at__isnull=True,
            completed_lessons__gt=0,
            last_activity_at__lt=now - INACTIVE_AFTER,
            last_activity_at__gte=now - INACTIVE_GIVE_UP,
            user__is_active=True,
            course__live=True,
        )
        .select_related("course")
        .order_by("user_id", "-last_activity_at")
    )
    total = stale.count()
    seen: set[int] = set()
    drafts = []
    for done, enrollment in enumerate(stale.iterator(chunk_size=CHUNK), start=1):
        if enrollment.user_id not in seen:  # the most recent stale course only
            seen.add(enrollment.user_id)
            url = _course_url(enrollment.course)
            title, body = compose(Kind.INACTIVE, course=enrollment.course.title, percent=enrollment.percent, url=url)
            drafts.append(Draft(user_id=enrollment.user_id, subject="inactive", title=title, body=body, url=url))
        if progress and (done % CHUNK == 0 or done == total):
            progress(done, total)
    return notifications_record(kind=Kind.INACTIVE, drafts=drafts, period=_week(today))


# --- The learner's choices ---------------------------------------------------------------------


@transaction.atomic
def preferences_set(*, user, stopped: Iterable[str]) -> NotificationPreference:
    """Stop the given optional kinds (required-training kinds are ignored: they cannot be stopped)."""
    kinds = sorted(set(stopped) & set(OPTIONAL_KINDS))
    preference, _created = NotificationPreference.objects.update_or_create(user=user, defaults={"stopped": kinds})
    return preference


@transaction.atomic
def kind_stop(*, user_id: int, kind: str) -> bool:
    """Stop one optional kind (an unsubscribe link); True when it was received until now."""
    if kind not in OPTIONAL_KINDS:
        return False
    preference, _created = NotificationPreference.objects.select_for_update().get_or_create(user_id=user_id)
    if kind in preference.stopped:
        return False
    preference.stopped = sorted({*preference.stopped, kind})
    preference.save(update_fields=["stopped", "updated_at"])
    return True


def notifications_mark_read(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(read_at=timezone.now())
