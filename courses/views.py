"""The learner's actions outside the pages: enrol, mark a lesson complete, the dashboard."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from elearn.http import is_database_id
from elearn.pagecache import mark_member

from .access import learner_redirect
from .models import CoursePage, LessonPage
from .selectors import continue_lesson, course_outline, learner_dashboard, next_lesson
from .services import LearningError, enrollment_create, lesson_complete


@require_POST
def course_enroll(request, course_id: int):
    if not is_database_id(course_id):
        raise Http404
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    if (response := learner_redirect(request, course)) is not None:
        return response
    enrolled = enrollment_create(user=request.user, course=course)
    if enrolled.created:
        messages.success(request, _("You are enrolled. Good luck!"))
    target = continue_lesson(enrollment=enrolled.enrollment) or course
    return redirect(target.get_url(request))


@require_POST
def lesson_mark_complete(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    if (response := learner_redirect(request, lesson)) is not None:
        return response
    try:
        progress = lesson_complete(user=request.user, lesson=lesson)
    except LearningError as exc:  # a quiz (it completes when passed), or a course taken offline
        raise Http404 from exc
    course = progress.enrollment.course
    if progress.course_completed:
        messages.success(
            request, _("Congratulations! You have completed the course “%(course)s”.") % {"course": course.title}
        )
        return redirect(course.get_url(request))
    # The outline is kept until the next publish (no query); the lessons are in the same order.
    following = next_lesson(lessons=course_outline(course=course).lessons, completed_ids=progress.completed_ids)
    if following is not None and following.pk not in progress.completed_ids:
        return redirect(following.get_url(request))
    return redirect(course.get_url(request))


@login_required
def my_learning(request):
    # Kept for this learner until their progress changes (elearn.pagecache).
    return mark_member(request, render(request, "courses/my_learning.html", learner_dashboard(user=request.user)))
