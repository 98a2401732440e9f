"""Report 2, learners in a course: one row per enrollment, with the best score and the certificate."""

from django.db.models import Case, F, Max, OuterRef, QuerySet, Subquery, When

from ...models import Certificate, Enrollment, QuizAttempt, QuizPage
from .base import EnrollmentFilters, selected_enrollments_q


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
        Enrollment.objects.filter(selected_enrollments_q(user, filters))
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
