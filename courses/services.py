"""Learning state changes. Keyword-only, atomic, safe to repeat; each says what it did.

Whether a course is complete is decided in one place: ``completion_rule_holds``.
"""

from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Count, F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from .choices import CompletionRule
from .models import CoursePage, Enrollment, LessonCompletion, LessonPage, QuizAttempt, QuizPage
from .models.pages import live_lessons
from .signals import course_completed


class LearningError(Exception):
    """The action cannot be done on this page (not live, not a lesson…)."""


class AttemptLimitReached(LearningError):
    """The learner has used every attempt the quiz allows."""


@dataclass(frozen=True)
class Enrolled:
    enrollment: Enrollment
    created: bool  # False when the learner was already enrolled


@dataclass(frozen=True)
class Progress:
    """What recording a lesson or a quiz attempt did to the learner's enrollment."""

    enrollment: Enrollment
    course_completed: bool  # this call completed the course (``course_completed`` was sent, in its transaction)
    completed_ids: frozenset[int]  # every lesson and quiz the learner has completed in the course


@dataclass(frozen=True)
class QuizSubmitted:
    attempt: QuizAttempt
    progress: Progress


@dataclass(frozen=True)
class CourseRequirements:
    lesson_ids: tuple[int, ...]  # live lessons and quizzes, in tree order
    required_ids: frozenset[int]  # what must be completed for the course to be complete


def course_requirements(*, course: CoursePage) -> CourseRequirements:
    """What the course's completion rule asks for, from its live lessons (two queries)."""
    lesson_ids = tuple(live_lessons(course).order_by("path").values_list("pk", flat=True))
    required = frozenset(lesson_ids)
    if course.completion_rule == CompletionRule.REQUIRED_QUIZZES:
        quiz_ids = frozenset(QuizPage.objects.filter(pk__in=lesson_ids, is_required=True).values_list("pk", flat=True))
        # A rule that asks for quizzes in a course without any falls back to every lesson.
        required = quiz_ids or required
    return CourseRequirements(lesson_ids=lesson_ids, required_ids=required)


def completion_rule_holds(*, requirements: CourseRequirements, completed_ids: set[int]) -> bool:
    """The one place that decides whether a course is complete.

    Lessons count as completed when marked so; quizzes when passed (practice quizzes when
    submitted). The course's rule picks which of them are required.
    """
    return bool(requirements.required_ids) and requirements.required_ids <= completed_ids


def _percent(done: int, total: int) -> int:
    return min(100, (100 * done) // total) if total else 0


def _mark_completed(enrollment: Enrollment, now) -> None:
    enrollment.completed_at = now


def _announce_completed(enrollment: Enrollment) -> None:
    # Inside the completing transaction, the enrollment row locked and saved: what receivers write
    # (the certificate) commits or rolls back with the completion, so neither exists without the other.
    course_completed.send(sender=Enrollment, enrollment=enrollment)


@transaction.atomic
def enrollment_create(*, user: AbstractBaseUser, course: CoursePage) -> Enrolled:
    """Enroll ``user`` in a live course; enrolling twice returns the same enrollment, not created."""
    if not course.live:
        raise LearningError("course is not live")
    enrollment, created = Enrollment.objects.get_or_create(user=user, course=course)
    return Enrolled(enrollment=enrollment, created=created)


def _locked_enrollment(*, user, lesson: LessonPage) -> Enrollment:
    if not lesson.live:
        raise LearningError("lesson is not live")
    course = lesson.course
    if course is None or not course.live:
        raise LearningError("course is not live")
    # Lock the row: two requests at once for the same learner and course run one after the other.
    # Only this row (of=self), and first: every writer takes the enrollment lock before anything else, and
    # never the course's row, which certificates and other learners' rows reference (no deadlock).
    # Already enrolled (the usual case): one locking read; else enrol, then lock.
    locked = Enrollment.objects.select_for_update(of=("self",), no_key=True)
    enrollment = locked.filter(user=user, course=course).first()
    if enrollment is None:
        enrollment = locked.get(pk=enrollment_create(user=user, course=course).enrollment.pk)
    enrollment.course = course  # the page read with the lesson (kept until a publish): no join
    return enrollment


def _refresh_progress(
    enrollment: Enrollment, *, lesson: LessonPage, completed: bool, source: str = LessonCompletion.Source.ONLINE
) -> Progress:
    now = timezone.now()
    if completed:
        LessonCompletion.objects.get_or_create(enrollment=enrollment, lesson=lesson, defaults={"source": source})
    requirements = course_requirements(course=enrollment.course)
    done = set(LessonCompletion.objects.filter(enrollment=enrollment).values_list("lesson_id", flat=True))
    enrollment.completed_lessons = len(done.intersection(requirements.lesson_ids))
    enrollment.percent = _percent(enrollment.completed_lessons, len(requirements.lesson_ids))
    enrollment.last_lesson = lesson
    enrollment.last_activity_at = now
    newly_completed = enrollment.completed_at is None and completion_rule_holds(
        requirements=requirements, completed_ids=done
    )
    if newly_completed:
        _mark_completed(enrollment, now)
    enrollment.save(update_fields=["completed_lessons", "percent", "last_lesson", "last_activity_at", "completed_at"])
    if newly_completed:
        _announce_completed(enrollment)
    return Progress(enrollment=enrollment, course_completed=newly_completed, completed_ids=frozenset(done))


# A repeat this soon after the learner's last activity on the same lesson (a double tap, a form sent
# twice from a slow phone) writes nothing: the last-activity time is kept to this precision.
REPEAT_WITHIN = timedelta(minutes=1)


def _is_quiz(lesson: LessonPage) -> bool:
    # From the page's content type (cached by Django): no query.
    return isinstance(lesson, QuizPage) or issubclass(lesson.specific_class or LessonPage, QuizPage)


def lesson_complete(
    *, user: AbstractBaseUser, lesson: LessonPage, source: str = LessonCompletion.Source.ONLINE
) -> Progress:
    """Record that ``user`` finished ``lesson`` (enrolling them if needed) and update progress.

    ``source`` says how: online (the learner marked it) or in person (a community team recorded
    them at a village session that covered it; only lessons ``completable_in_person``). The
    first completion's source is kept. Repeating it changes nothing but the last-activity time,
    and a repeat within ``REPEAT_WITHIN`` of the last activity on the same lesson not even that:
    it is answered from one read, without a write transaction.
    Quizzes cannot be marked complete this way (``LearningError``): they complete when passed
    (``quiz_attempt_submit``).
    """
    if _is_quiz(lesson):
        raise LearningError("quizzes complete by being passed")
    if source == LessonCompletion.Source.IN_PERSON and not lesson.completable_in_person:
        raise LearningError("this lesson cannot be completed by attending a session")
    if (repeated := _repeated_completion(user=user, lesson=lesson)) is not None:
        return repeated
    return _lesson_complete_recorded(user=user, lesson=lesson, source=source)


def _repeated_completion(*, user, lesson: LessonPage) -> Progress | None:
    """The progress as it stands when ``lesson`` is the learner's last, completed, just now (one
    query, outside any transaction: on SQLite a transaction would take the write lock)."""
    course = lesson.course
    if not lesson.live or course is None or not course.live:
        return None  # the write path says why
    enrollment, done = None, set()
    rows = Enrollment.objects.filter(user=user, course=course).annotate(done_id=F("lesson_completions__lesson_id"))
    for row in rows:
        enrollment = enrollment or row
        if row.done_id is not None:
            done.add(row.done_id)
    if (
        enrollment is None
        or lesson.pk not in done
        or enrollment.last_lesson_id != lesson.pk
        or enrollment.last_activity_at < timezone.now() - REPEAT_WITHIN
    ):
        return None
    enrollment.course = course
    return Progress(enrollment=enrollment, course_completed=False, completed_ids=frozenset(done))


@transaction.atomic
def _lesson_complete_recorded(*, user, lesson: LessonPage, source: str) -> Progress:
    enrollment = _locked_enrollment(user=user, lesson=lesson)
    return _refresh_progress(enrollment, lesson=lesson, completed=True, source=source)


@transaction.atomic
def course_progress_recompute(*, course: CoursePage) -> int:
    """Recompute every enrollment of ``course`` after editors add, remove or unpublish lessons.

    A fixed number of statements whatever the number of learners. Enrollments already
    completed stay completed; learners for whom the rule now holds are completed.
    Returns the number of enrollments newly completed.
    """
    requirements = course_requirements(course=course)
    total = len(requirements.lesson_ids)
    done = (
        LessonCompletion.objects.filter(enrollment=OuterRef("pk"), lesson_id__in=requirements.lesson_ids)
        .values("enrollment")
        .annotate(n=Count("pk"))
        .values("n")
    )
    enrollments = Enrollment.objects.filter(course=course)
    enrollments.update(completed_lessons=Coalesce(Subquery(done), Value(0)))
    enrollments.update(percent=F("completed_lessons") * 100 / total if total else Value(0))
    if not requirements.required_ids:
        return 0
    newly_done_ids = (
        LessonCompletion.objects.filter(
            enrollment__course=course, enrollment__completed_at__isnull=True, lesson_id__in=requirements.required_ids
        )
        .values("enrollment")
        .annotate(n=Count("pk"))
        .filter(n=len(requirements.required_ids))
        .values_list("enrollment", flat=True)
    )
    newly_done = list(Enrollment.objects.filter(pk__in=list(newly_done_ids)).select_related("course"))
    now = timezone.now()
    for enrollment in newly_done:
        _mark_completed(enrollment, now)
    Enrollment.objects.bulk_update(newly_done, ["completed_at"])
    for enrollment in newly_done:  # their rows are locked by the updates above
        _announce_completed(enrollment)
    return len(newly_done)


# --- Quizzes -------------------------------------------------------------------------


class SubmissionError(LearningError):
    """A quiz submission that cannot be graded; ``message`` is shown to the learner."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


MAX_QUIZ_FIELDS = 500


def quiz_submission_parse(*, quiz: QuizPage, data) -> dict[str, list[str]]:
    """Validate posted answers (``q-<question id>`` → option ids) against the quiz.

    Anything that does not match the quiz (unknown ids, two answers to a single-choice
    question, nothing answered) raises ``SubmissionError`` and nothing is stored.
    """
    key = quiz.answer_key()
    fields = [name for name in data if name.startswith("q-")]
    if len(fields) > MAX_QUIZ_FIELDS:
        raise SubmissionError(_("The submission is too large."))
    answers: dict[str, list[str]] = {}
    for name in fields:
        question_id = name[2:]
        if question_id not in key:
            raise SubmissionError(
                _("The submission contains a question that is not in this quiz. Please reload the page.")
            )
        chosen = [value for value in data.getlist(name) if value]
        valid = {option["id"] for option in key[question_id]["options"]}
        if any(value not in valid for value in chosen) or len(set(chosen)) != len(chosen):
            raise SubmissionError(
                _("The submission contains an answer that is not in this quiz. Please reload the page.")
            )
        if key[question_id]["type"] != "multiple_choice" and len(chosen) > 1:
            raise SubmissionError(_("Choose only one answer for a single-choice question."))
        if chosen:
            answers[question_id] = chosen
    if not answers:
        raise SubmissionError(_("You have not answered any question."))
    missing = len(key) - len(answers)
    if missing:
        raise SubmissionError(
            _("Please answer every question before submitting (%(count)d not answered).") % {"count": missing}
        )
    return answers


def _grade(key: dict, answers: dict[str, list[str]]) -> tuple[int, list[dict]]:
    correct_count, snapshot = 0, []
    for question_id, question in key.items():
        chosen = answers.get(question_id, [])
        right = {option["id"] for option in question["options"] if option["correct"]}
        is_correct = set(chosen) == right
        correct_count += is_correct
        snapshot.append({"id": question_id, **question, "chosen": chosen, "is_correct": is_correct})
    return correct_count, snapshot


@transaction.atomic
def quiz_attempt_submit(
    *, user: AbstractBaseUser, quiz: QuizPage, answers: dict[str, list[str]], started_at=None
) -> QuizSubmitted:
    """Grade ``answers`` on the server and store the attempt with a snapshot of the quiz.

    Passing a required quiz (or submitting a practice one) completes it as a lesson.
    Returns the attempt and the progress it made. Raises ``AttemptLimitReached`` when no
    attempt is left.
    """
    enrollment = _locked_enrollment(user=user, lesson=quiz)
    used = QuizAttempt.objects.filter(user=user, quiz=quiz).count()
    if quiz.max_attempts and used >= quiz.max_attempts:
        raise AttemptLimitReached("no attempts left")
    key = quiz.answer_key()
    correct_count, snapshot = _grade(key, answers)
    score = (Decimal(100 * correct_count) / Decimal(len(key))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    now = timezone.now()
    try:
        with transaction.atomic():
            attempt = QuizAttempt.objects.create(
                user=user,
                quiz=quiz,
                number=used + 1,
                started_at=started_at or now,
                submitted_at=now,
                score=score,
                correct_count=correct_count,
                question_count=len(key),
                pass_mark=quiz.pass_mark,
                passed=score >= quiz.pass_mark,
                answers=answers,
                snapshot=snapshot,
            )
    except IntegrityError as exc:  # the same attempt number submitted twice at once
        raise AttemptLimitReached("concurrent submission") from exc
    progress = _refresh_progress(enrollment, lesson=quiz, completed=attempt.passed or not quiz.is_required)
    return QuizSubmitted(attempt=attempt, progress=progress)
