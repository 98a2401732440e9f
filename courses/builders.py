"""Page builders: the one way the tests, the demo and the load-data command create and publish pages.

Pages go into the tree with Wagtail's API (``add_child``) and are published through a
revision, as an editor's "Publish" is, so the publish signals run (progress, search text).
A child added with ``publish=False`` is live but has no revision: the tests use that to
build thousands of lessons quickly, then publish the course.
"""

from collections.abc import Iterable

from django.utils import timezone
from wagtail.models import Page

from .choices import AUDIENCE_FLAGS
from .models import (
    Certificate,
    CoursePage,
    CourseSectionPage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizPage,
)
from .services import enrollment_create, lesson_complete, quiz_attempt_submit


def page_publish(page: Page) -> Page:
    """Publish ``page``'s current state as a new revision, then re-read it."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def page_add(parent: Page, page: Page, *, publish: bool = True) -> Page:
    """Add ``page`` as the last child of ``parent``, and publish it."""
    parent.add_child(instance=page)
    return page_publish(page) if publish else page


def page_get_or_create(parent: Page, page: Page, *, publish: bool = True) -> Page:
    """The existing page of ``page``'s type and slug under ``parent``, or else ``page`` added (and published).

    A page type the site allows once (``max_count = 1``: the home page, the catalogue) is
    looked for anywhere, whatever its slug.
    """
    model = type(page)
    if model.max_count == 1:
        existing = model.objects.first()
    else:
        existing = model.objects.child_of(parent).filter(slug=page.slug).first()
    return existing if existing is not None else page_add(parent, page, publish=publish)


def course_add(parent: Page, *, audiences: Iterable[str] | None = None, **fields) -> CoursePage:
    """A course under the catalogue ``parent``, for ``audiences`` (or the ``for_*`` flags in ``fields``).

    Not published yet: add its lessons, then ``page_publish`` it, so its search text lists them.
    """
    if audiences is not None:
        audiences = set(audiences)
        fields.update({flag: audience in audiences for audience, flag in AUDIENCE_FLAGS.items()})
    course = CoursePage(**fields)
    parent.add_child(instance=course)
    return course


def section_add(course: CoursePage, *, title: str, slug: str, publish: bool = True) -> CourseSectionPage:
    return page_add(course, CourseSectionPage(title=title, slug=slug), publish=publish)


def lesson_add(parent: Page, *, title: str, slug: str, publish: bool = True, **fields) -> LessonPage:
    """A lesson in a course or a section; ``fields``: intro, estimated_minutes, body ((block type, value) pairs)."""
    return page_add(parent, LessonPage(title=title, slug=slug, **fields), publish=publish)


def quiz_add(parent: Page, *, title: str, slug: str, questions, publish: bool = True, **fields) -> QuizPage:
    """A quiz in a course or a section; ``fields``: pass_mark, max_attempts, shuffle_*, is_required, intro…"""
    page = page_add(parent, QuizPage(title=title, slug=slug, questions=questions, **fields), publish=publish)
    return page if publish else QuizPage.objects.get(pk=page.pk)


def course_complete_as_learner(*, user, course: CoursePage, at=None):
    """Complete ``course`` as ``user`` would, through the services: enrolled, every live lesson
    marked, every quiz passed with the right answers; so the completion and its certificate are
    recorded as on the site (``course_completed`` sent, the certificate issued, its PDF queued).

    For speed (the demo completes ~80 courses) the lessons before the last are recorded in one
    insert; the last lesson and the quizzes go through ``lesson_complete`` / ``quiz_attempt_submit``,
    which recount progress from every completion. ``at`` (an aware datetime) dates what was
    recorded (lessons, attempts, completion, the certificate's issue date) as if done then: the
    demo's history. Returns the enrollment.
    """
    enrollment = enrollment_create(user=user, course=course).enrollment
    lessons = list(LessonPage.objects.descendant_of(course).live().filter(quizpage__isnull=True).order_by("path"))
    LessonCompletion.objects.bulk_create(
        (LessonCompletion(enrollment=enrollment, lesson=lesson) for lesson in lessons[:-1]), ignore_conflicts=True
    )
    for lesson in lessons[-1:]:
        lesson_complete(user=user, lesson=lesson)
    quizzes = list(QuizPage.objects.descendant_of(course).live())
    for quiz in quizzes:
        answers = {
            qid: [o["id"] for o in question["options"] if o["correct"]] for qid, question in quiz.answer_key().items()
        }
        quiz_attempt_submit(user=user, quiz=quiz, answers=answers)
    enrollment = Enrollment.objects.get(user=user, course=course)
    if at is not None:
        Enrollment.objects.filter(pk=enrollment.pk).update(
            enrolled_at=min(enrollment.enrolled_at, at), last_activity_at=at, completed_at=at
        )
        LessonCompletion.objects.filter(enrollment=enrollment).update(completed_at=at)
        QuizAttempt.objects.filter(user=user, quiz__in=quizzes).update(started_at=at, submitted_at=at)
        Certificate.objects.filter(enrollment=enrollment).update(issued_on=timezone.localdate(at))
        enrollment.refresh_from_db()
    return enrollment
