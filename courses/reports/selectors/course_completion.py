"""Report 1, course completion: enrolled, in progress, completed, rate, average best score, certificates."""

from collections import defaultdict
from decimal import Decimal
from functools import reduce
from operator import or_

from django.db.models import (
    Avg,
    BigIntegerField,
    Case,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)

from ...models import Certificate, CoursePage, Enrollment, QuizAttempt, QuizPage
from ...scope import learner_scope_filter
from .base import EnrollmentFilters, one_decimal, rate, selected_enrollments_q


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
    selected = selected_enrollments_q(user, filters)
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
        .filter(selected_enrollments_q(user, filters, "enrollment__"))
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
        row["completion_rate"] = rate(row["completed"], row["enrolled"])
        average = averages.get(row["pk"])
        row["average_best_score"] = one_decimal(average)
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
