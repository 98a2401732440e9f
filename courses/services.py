"""Learning state changes. Keyword-only, atomic, safe to repeat."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Count, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import CoursePage, Enrollment, LessonCompletion, LessonPage
from .signals import course_completed


class LearningError(Exception):
    """The action cannot be done on this page (not live, not a lesson…)."""


def _live_lesson_ids(course: CoursePage) -> list[int]:
    return list(LessonPage.objects.descendant_of(course).live().values_list("pk", flat=True))


@transaction.atomic
def enrollment_create(*, user: AbstractBaseUser, course: CoursePage) -> Enrollment:
    """Enroll ``user`` in a live course; enrolling twice returns the same enrollment."""
    if not course.live:
        raise LearningError("course is not live")
    enrollment, _created = Enrollment.objects.get_or_create(user=user, course=course)
    return enrollment


def _completion_rule_holds(*, enrollment: Enrollment, total_lessons: int) -> bool:
    """The one place that decides whether a course is complete."""
    return total_lessons > 0 and enrollment.completed_lessons >= total_lessons


def _mark_completed(enrollment: Enrollment, now) -> None:
    enrollment.completed_at = now
    transaction.on_commit(lambda: course_completed.send(sender=Enrollment, enrollment=enrollment))


@transaction.atomic
def lesson_complete(*, user: AbstractBaseUser, lesson: LessonPage) -> Enrollment:
    """Record that ``user`` finished ``lesson`` (enrolling them if needed) and update progress.

    Repeating it changes nothing but the last-activity time. Completing the last lesson
    records the course completion once.
    """
    if not lesson.live:
        raise LearningError("lesson is not live")
    course = lesson.course
    if course is None or not course.live:
        raise LearningError("course is not live")
    enrollment = enrollment_create(user=user, course=course)
    # Lock the enrollment so two clicks at once cannot both complete the course.
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    LessonCompletion.objects.get_or_create(enrollment=enrollment, lesson=lesson)

    live_ids = _live_lesson_ids(course)
    now = timezone.now()
    enrollment.completed_lessons = LessonCompletion.objects.filter(
        enrollment=enrollment, lesson_id__in=live_ids
    ).count()
    enrollment.percent = _percent(enrollment.completed_lessons, len(live_ids))
    enrollment.last_lesson = lesson
    enrollment.last_activity_at = now
    if enrollment.completed_at is None and _completion_rule_holds(enrollment=enrollment, total_lessons=len(live_ids)):
        _mark_completed(enrollment, now)
    enrollment.save()
    return enrollment


def _percent(done: int, total: int) -> int:
    return min(100, (100 * done) // total) if total else 0


@transaction.atomic
def course_progress_recompute(*, course: CoursePage) -> int:
    """Recompute every enrollment of ``course`` after editors add, remove or unpublish lessons.

    Runs two UPDATE statements whatever the number of learners. Enrollments already
    completed stay completed; learners for whom the rule now holds are completed.
    Returns the number of enrollments newly completed.
    """
    live_ids = _live_lesson_ids(course)
    total = len(live_ids)
    done = (
        LessonCompletion.objects.filter(enrollment=OuterRef("pk"), lesson_id__in=live_ids)
        .values("enrollment")
        .annotate(n=Count("pk"))
        .values("n")
    )
    enrollments = Enrollment.objects.filter(course=course)
    enrollments.update(completed_lessons=Coalesce(Subquery(done), Value(0)))
    if total:
        enrollments.update(percent=F("completed_lessons") * 100 / total)
    else:
        enrollments.update(percent=0)

    newly_done = list(enrollments.filter(Q(completed_at__isnull=True), completed_lessons__gte=total) if total else [])
    now = timezone.now()
    for enrollment in newly_done:
        if _completion_rule_holds(enrollment=enrollment, total_lessons=total):
            _mark_completed(enrollment, now)
    Enrollment.objects.bulk_update(newly_done, ["completed_at"])
    return len(newly_done)
