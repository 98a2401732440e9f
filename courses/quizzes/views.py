"""An attempt's result, shown to the learner who made it."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from ..models import Enrollment, QuizAttempt
from ..selectors import next_lesson, outline_lessons, quiz_attempts_summary


@login_required
@require_GET
def quiz_attempt_result(request, pk: int):
    # Only the learner who made the attempt sees it: others get the same 404 as a missing one.
    attempt = get_object_or_404(QuizAttempt.objects.select_related("quiz"), pk=pk, user=request.user)
    quiz = attempt.quiz
    course = quiz.course
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "course": course,
        "attempts": quiz_attempts_summary(user=request.user, quiz=quiz),
        "page": quiz,
    }
    if attempt.passed:
        context["next_lesson"] = next_lesson(lessons=outline_lessons(course)[course.pk], after=quiz)
        # Passing may have completed the course: say so, with the certificate (issued in the same transaction).
        context["enrollment"] = (
            Enrollment.objects.filter(user=request.user, course=course, completed_at__isnull=False)
            .select_related("certificate")
            .first()
        )
    return TemplateResponse(request, "courses/quiz_result.html", context)
