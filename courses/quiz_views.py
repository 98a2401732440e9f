"""Taking a quiz (served by QuizPage) and reading an attempt's result."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .models import QuizAttempt, QuizPage
from .services import AttemptLimitReached, LearningError, SubmissionError, quiz_attempt_submit, quiz_submission_parse
from .views import learner_redirect

MAX_SUBMISSION_BYTES = 32 * 1024


def _session_key(quiz: QuizPage) -> str:
    return f"quiz-started-{quiz.pk}"


def _attempts_summary(user, quiz: QuizPage) -> dict:
    if not user.is_authenticated:
        return {"count": 0, "best": None, "left": quiz.max_attempts or None, "can_attempt": True}
    attempts = list(QuizAttempt.objects.filter(user=user, quiz=quiz).only("pk", "score", "passed", "number"))
    left = max(0, quiz.max_attempts - len(attempts)) if quiz.max_attempts else None
    best = max(attempts, key=lambda a: a.score) if attempts else None
    return {"count": len(attempts), "best": best, "left": left, "can_attempt": left is None or left > 0}


def quiz_serve(request, quiz: QuizPage):
    error, status, chosen = None, 200, {}
    if request.method == "POST":
        if (response := learner_redirect(request, quiz)) is not None:
            return response
        try:
            if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_SUBMISSION_BYTES:
                raise SubmissionError(_("The submission is too large."))
            chosen = {k[2:]: request.POST.getlist(k) for k in request.POST if k.startswith("q-")}
            answers = quiz_submission_parse(quiz=quiz, data=request.POST)
            started = parse_datetime(request.session.get(_session_key(quiz), "") or "")
            attempt = quiz_attempt_submit(user=request.user, quiz=quiz, answers=answers, started_at=started)
        except AttemptLimitReached:
            error, status = _("You have used all the attempts allowed for this quiz."), 403
        except SubmissionError as exc:
            error, status = exc.message, 400
        except LearningError:
            error, status = _("This quiz is not available."), 404
        else:
            request.session.pop(_session_key(quiz), None)
            return redirect("quiz_attempt_result", pk=attempt.pk)
    elif request.method not in ("GET", "HEAD"):
        from django.http import HttpResponseNotAllowed

        return HttpResponseNotAllowed(["GET", "POST"])

    context = quiz.get_context(request)
    summary = _attempts_summary(request.user, quiz)
    seed = f"{getattr(request.user, 'pk', 0)}:{quiz.pk}:{summary['count']}"
    if request.user.is_authenticated and request.method == "GET":
        request.session.setdefault(_session_key(quiz), timezone.now().isoformat())
    context.update(questions=quiz.presented_questions(seed=seed), attempts=summary, error=error, chosen=chosen)
    return TemplateResponse(request, "courses/quiz_page.html", context, status=status)


@login_required
@require_GET
def quiz_attempt_result(request, pk: int):
    # Only the learner who made the attempt sees it: others get the same 404 as a missing one.
    attempt = get_object_or_404(QuizAttempt.objects.select_related("quiz"), pk=pk, user=request.user)
    quiz = attempt.quiz
    summary = _attempts_summary(request.user, quiz)
    course = quiz.course
    context = {
        "attempt": attempt,
        "quiz": quiz,
        "course": course,
        "attempts": summary,
        "page": quiz,
    }
    if attempt.passed:
        from .selectors import course_outline

        lessons = course_outline(course=course).lessons
        ids = [lesson.pk for lesson in lessons]
        position = ids.index(quiz.pk) if quiz.pk in ids else None
        if position is not None and position + 1 < len(lessons):
            context["next_lesson"] = lessons[position + 1]
    return TemplateResponse(request, "courses/quiz_result.html", context)
