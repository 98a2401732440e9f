from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from elearn.accounts.models import LearnerProfile

from .models import CoursePage, Enrollment, LessonPage
from .selectors import course_outline, learner_course_state, learner_dashboard
from .services import LearningError, enrollment_create, lesson_complete


def learner_redirect(request, page):
    """Where to send someone who cannot record progress yet, or None if they can.

    Anonymous visitors go to sign-in and come back to ``page``; accounts without a learner
    profile (e.g. staff made in the admin) complete it first.
    """
    if not request.user.is_authenticated:
        messages.info(request, _("Sign in or create a free account to save your progress."))
        return redirect(f"{reverse('account_login')}?{urlencode({'next': page.get_url(request)})}")
    if not LearnerProfile.objects.filter(user=request.user).exists():
        messages.info(request, _("Please complete your learner profile before you start learning."))
        return redirect(f"{reverse('accounts:profile')}?{urlencode({'next': page.get_url(request)})}")
    return None


@require_POST
def course_enroll(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if (response := learner_redirect(request, course)) is not None:
        return response
    already = Enrollment.objects.filter(user=request.user, course=course).exists()
    enrollment_create(user=request.user, course=course)
    if not already:
        messages.success(request, _("You are enrolled. Good luck!"))
    state = learner_course_state(user=request.user, course=course, outline=course_outline(course=course))
    target = state.next_lesson or course
    return redirect(target.get_url(request))


@require_POST
def lesson_mark_complete(request, lesson_id: int):
    # Quizzes are not marked complete by hand: they complete when passed.
    lesson = get_object_or_404(LessonPage.objects.live().filter(quizpage__isnull=True), pk=lesson_id)
    if (response := learner_redirect(request, lesson)) is not None:
        return response
    course = lesson.course
    was_completed = Enrollment.objects.filter(user=request.user, course=course, completed_at__isnull=False).exists()
    try:
        enrollment = lesson_complete(user=request.user, lesson=lesson)
    except LearningError as exc:
        raise Http404 from exc
    if enrollment.is_completed and not was_completed:
        messages.success(
            request, _("Congratulations! You have completed the course “%(course)s”.") % {"course": course.title}
        )
        return redirect(course.get_url(request))
    state = learner_course_state(user=request.user, course=course, outline=course_outline(course=course))
    if state.next_lesson is not None and state.next_lesson.pk not in state.completed_ids:
        return redirect(state.next_lesson.get_url(request))
    return redirect(course.get_url(request))


@login_required
def my_learning(request):
    return render(request, "courses/my_learning.html", learner_dashboard(user=request.user))
