"""An attempt's result, shown to the learner who made it."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from ..choices import ResultFeedback
from ..models import Enrollment, QuizAttempt
from ..selectors import next_lesson, outline_lessons, quiz_attempts_summary


def result_feedback(snapshot: list[dict], detail: str) -> list[dict]:
    """The questions as the result shows them at ``detail``: nothing the level does not show reaches the template.

    ``wrong_questions``: each question's verdict and the options, the learner's own marked, with the
    explanations of the options they chose; never which option is correct. ``correct_answers``: all of it.
    """
    if detail == ResultFeedback.SCORE:
        return []
    show_key = detail == ResultFeedback.CORRECT_ANSWERS
    items = []
    for question in snapshot:
        chosen = set(question.get("chosen", []))
        options = [
            {
                "text": option["text"],
                "chosen": option["id"] in chosen,
                "correct": show_key and option["correct"],
                "explanation": option["explanation"]
                if option.get("explanation") and (option["id"] in chosen or (show_key and option["correct"]))
                else "",
            }
            for option in question["options"]
        ]
        items.append(
            {
                "text": question["text"],
                "is_correct": question["is_correct"],
                "options": options,
                "explanation": question.get("explanation", "") if show_key else "",
            }
        )
    return items


@login_required
@require_GET
def quiz_attempt_result(request, pk: int):
    # Only the learner who made the attempt sees it: others get the same 404 as a missing one.
    attempt = get_object_or_404(QuizAttempt.objects.select_related("quiz"), pk=pk, user=request.user)
    quiz = attempt.quiz
    course = quiz.course
    attempts = quiz_attempts_summary(user=request.user, quiz=quiz)
    detail = quiz.result_detail(can_attempt=attempts.can_attempt)
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "course": course,
        "attempts": attempts,
        "detail": detail,
        "answers_withheld": detail != quiz.result_feedback,
        "feedback": result_feedback(attempt.snapshot, detail),
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
