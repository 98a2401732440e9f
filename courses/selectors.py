"""Reads that span relations, each with a fixed number of queries."""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from wagtail.images import get_image_model

from elearn.accounts.models import LearnerProfile
from elearn.pagecache import remember

from .choices import AUDIENCE_FLAGS, CompletionRule
from .models import (
    Certificate,
    CourseIndexPage,
    CoursePage,
    CourseSectionPage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizPage,
)
from .models.pages import live_lessons
from .text import query_terms


def _with_cover_renditions(queryset: QuerySet) -> QuerySet:
    """Prefetch the cover image with its renditions: no query per card."""
    images = get_image_model().objects.prefetch_renditions()
    return queryset.prefetch_related(Prefetch("cover_image", queryset=images))


def _lesson_stats(courses: QuerySet) -> QuerySet:
    """Annotate live lesson count and total minutes with correlated subqueries (no N+1)."""
    lessons = LessonPage.objects.live().filter(path__startswith=OuterRef("path")).order_by().values("live")
    return courses.annotate(
        lesson_total=Coalesce(Subquery(lessons.annotate(n=Count("pk")).values("n")[:1]), 0),
        lesson_minutes=Coalesce(Subquery(lessons.annotate(m=Sum("estimated_minutes")).values("m")[:1]), 0),
    )


def catalogue_courses(
    *,
    parent: CourseIndexPage | None = None,
    audience: str = "",
    topic=None,
    level: str = "",
    q: str = "",
) -> QuerySet:
    """Live courses for the catalogue, filtered; search ignores Vietnamese diacritics.

    Plain rows, cheap to count and page through: ``catalogue_cards`` adds what the cards show to
    one page of them (the lesson counts are subqueries, too dear to run for 2,000 courses).
    """
    courses = CoursePage.objects.live().public().select_related("topic")
    if parent is not None:
        courses = courses.child_of(parent)
    if audience in AUDIENCE_FLAGS:
        courses = courses.filter(**{AUDIENCE_FLAGS[audience]: True})
    if topic:
        courses = courses.filter(topic=topic)
    if level:
        courses = courses.filter(level=level)
    for term in query_terms(q):
        courses = courses.filter(search_text__contains=f" {term}")
    return courses.order_by("-is_featured", "path")


def catalogue_cards(courses) -> list[CoursePage]:
    """One page of ``catalogue_courses`` with lesson counts, minutes and cover renditions (two
    queries, and one for the renditions), in the same order."""
    cards = list(_with_cover_renditions(CoursePage.objects.filter(pk__in=[c.pk for c in courses])))
    order = {course.pk: i for i, course in enumerate(courses)}
    cards.sort(key=lambda course: order[course.pk])
    if not cards:
        return cards
    # A path range (not LIKE over a computed pattern) uses the index on the tree path.
    inside = reduce(or_, (Q(path__gt=c.path, path__lt=c.path + "~") for c in cards))
    by_path = {course.path: course for course in cards}
    length = len(cards[0].path)
    for course in cards:
        course.lesson_total, course.lesson_minutes = 0, 0
    for path, minutes in LessonPage.objects.live().filter(inside).values_list("path", "estimated_minutes"):
        if (course := by_path.get(path[:length])) is not None:
            course.lesson_total += 1
            course.lesson_minutes += minutes
    return cards


def featured_courses(*, limit: int = 3) -> list[CoursePage]:
    courses = CoursePage.objects.live().public().filter(is_featured=True).select_related("topic")
    return list(_with_cover_renditions(_lesson_stats(courses)).order_by("path")[:limit])


SITE_COUNTS_KEY = "site-counts"
SITE_COUNTS_SECONDS = 300


def site_counts() -> dict:
    """Learners and valid certificates for the home page: counted at most every five minutes (cached)."""

    def count() -> dict:
        return {
            "learners": LearnerProfile.objects.count(),
            "certificates": Certificate.objects.filter(status=Certificate.Status.VALID).count(),
        }

    return cache.get_or_set(SITE_COUNTS_KEY, count, SITE_COUNTS_SECONDS)


def enrollments_by_course(*, user, courses) -> dict[int, Enrollment]:
    if not user.is_authenticated:
        return {}
    ids = [course.pk for course in courses]
    return {e.course_id: e for e in Enrollment.objects.filter(user=user, course_id__in=ids)}


@dataclass
class OutlineSection:
    page: CourseSectionPage | None
    lessons: list[LessonPage] = field(default_factory=list)


@dataclass
class Outline:
    sections: list[OutlineSection]
    lessons: list[LessonPage]  # in outline order: what ``next_lesson`` walks
    quizzes: dict[int, QuizPage] = field(default_factory=dict)

    @property
    def total_minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)

    def position(self, lesson: LessonPage) -> int | None:
        """Index of ``lesson`` in the outline, or None when learners do not see it."""
        return next((i for i, item in enumerate(self.lessons) if item.pk == lesson.pk), None)


def outline_lessons(*courses: CoursePage) -> dict[int, list[LessonPage]]:
    """Course id → the lessons learners see, in outline order (one query for any number of courses).

    Outline order: lessons placed directly in the course first, then each live section's
    lessons, sections in tree order. Lessons of an unpublished section are left out.
    """
    by_path = {course.path: course for course in courses}
    lengths = {len(path) for path in by_path}
    found: dict[int, list[LessonPage]] = {course.pk: [] for course in courses}
    for lesson in live_lessons(*courses).defer("body").order_by("path"):
        course = next(by_path[lesson.path[:n]] for n in lengths if lesson.path[:n] in by_path)
        found[course.pk].append(lesson)
    for course in courses:
        found[course.pk].sort(key=lambda lesson, depth=course.depth: (lesson.depth > depth + 1, lesson.path))
    return found


def next_lesson(
    *, lessons: Sequence[LessonPage], completed_ids=frozenset(), after: LessonPage | None = None
) -> LessonPage | None:
    """The one rule for "which lesson is next", over ``lessons`` in outline order.

    After a lesson (``after``): the one that follows it, or None at the end. Otherwise, where
    the learner continues: the first lesson not completed, or the first lesson when all are
    (to review them). The lesson page, the quiz result, the course page and the dashboard use it.
    """
    if after is not None:
        ids = [lesson.pk for lesson in lessons]
        position = ids.index(after.pk) if after.pk in ids else None
        return lessons[position + 1] if position is not None and position + 1 < len(lessons) else None
    return next((lesson for lesson in lessons if lesson.pk not in completed_ids), lessons[0] if lessons else None)


def course_outline(*, course: CoursePage) -> Outline:
    """Sections, live lessons and quizzes of a course in outline order.

    Built once per published state (three queries), then read from the cache until the next
    publish, unpublish, move or delete anywhere (``elearn.pagecache``): no query.
    """
    return remember(f"outline:{course.pk}:{course.live_revision_id}", lambda: _course_outline_build(course))


def _course_outline_build(course: CoursePage) -> Outline:
    sections = {s.path: OutlineSection(page=s) for s in CourseSectionPage.objects.child_of(course).live()}
    lessons = outline_lessons(course)[course.pk]
    quizzes = {
        quiz.pk: quiz
        for quiz in QuizPage.objects.filter(pk__in=[lesson.pk for lesson in lessons]).only(
            "pk", "pass_mark", "is_required", "max_attempts"
        )
    }
    loose = OutlineSection(page=None)
    for lesson in lessons:
        lesson.quiz = quizzes.get(lesson.pk)
        sections.get(lesson.path[: -LessonPage.steplen], loose).lessons.append(lesson)
    ordered_sections = ([loose] if loose.lessons else []) + [s for _p, s in sorted(sections.items()) if s.lessons]
    return Outline(sections=ordered_sections, lessons=lessons, quizzes=quizzes)


@dataclass
class LearnerState:
    enrollment: Enrollment | None
    completed_ids: set[int]
    next_lesson: LessonPage | None
    remaining_lessons: list[LessonPage] = field(default_factory=list)
    remaining_quizzes: list[LessonPage] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return self.enrollment.percent if self.enrollment else 0


def learner_course_state(*, user, course: CoursePage, outline: Outline) -> LearnerState:
    """The signed-in learner's own progress in ``course`` (nobody else's), and what remains.

    One query: the enrollment with its certificate, one row per completed lesson.
    """
    completed: set[int] = set()
    enrollment = None
    if user.is_authenticated:
        rows = (
            Enrollment.objects.filter(user=user, course=course)
            .select_related("certificate")
            .annotate(completed_lesson_id=F("lesson_completions__lesson_id"))
        )
        for row in rows:
            enrollment = enrollment or row
            if row.completed_lesson_id is not None:
                completed.add(row.completed_lesson_id)
    todo = [lesson for lesson in outline.lessons if lesson.pk not in completed]
    required_quizzes = [lesson for lesson in todo if lesson.quiz and lesson.quiz.is_required]
    if course.completion_rule == CompletionRule.REQUIRED_QUIZZES and (
        required_quizzes or any(q.is_required for q in outline.quizzes.values())
    ):
        remaining_lessons = []
    else:
        remaining_lessons = [lesson for lesson in todo if not (lesson.quiz and lesson.quiz.is_required)]
    return LearnerState(
        enrollment=enrollment,
        completed_ids=completed,
        next_lesson=next_lesson(lessons=outline.lessons, completed_ids=completed),
        remaining_lessons=remaining_lessons,
        remaining_quizzes=required_quizzes,
    )


@dataclass
class DashboardEntry:
    enrollment: Enrollment
    next_lesson: LessonPage | None


def learner_dashboard(*, user) -> dict[str, list[DashboardEntry]]:
    """In-progress and completed courses of ``user`` with where to continue (two queries once outlines are kept).

    The dashboard shows each course's title and link, the progress and the certificate: no cover, no
    topic. The courses come from the cache (``live_course``): joining the page tables to the
    enrollments cost more than the rest of the dashboard.
    """
    enrollments = []
    for enrollment in Enrollment.objects.filter(user=user).select_related("certificate").order_by("-last_activity_at"):
        if (course := live_course(enrollment.course_id)) is not None:
            enrollment.course = course
            enrollments.append(enrollment)
    # Each course's outline is kept until the next publish (``course_outline``): no query once read.
    lessons = {e.course_id: course_outline(course=e.course).lessons for e in enrollments}
    done: dict[int, set[int]] = defaultdict(set)
    for enrollment_id, lesson_id in LessonCompletion.objects.filter(enrollment__in=enrollments).values_list(
        "enrollment_id", "lesson_id"
    ):
        done[enrollment_id].add(lesson_id)
    entries = [
        DashboardEntry(e, next_lesson(lessons=lessons[e.course_id], completed_ids=done[e.pk])) for e in enrollments
    ]
    return {
        "in_progress": [entry for entry in entries if not entry.enrollment.is_completed],
        "completed": [entry for entry in entries if entry.enrollment.is_completed],
    }


def live_course(course_id: int) -> CoursePage | None:
    """The live course ``course_id`` as published, or None: kept until the next purge (any publish,
    unpublish, move or delete)."""
    return remember(f"live-course:{course_id}", lambda: CoursePage.objects.live().filter(pk=course_id).first())


def continue_lesson(*, enrollment: Enrollment) -> LessonPage | None:
    """Where ``enrollment``'s learner continues the course (``next_lesson``; two queries)."""
    completed = set(LessonCompletion.objects.filter(enrollment=enrollment).values_list("lesson_id", flat=True))
    return next_lesson(lessons=outline_lessons(enrollment.course)[enrollment.course_id], completed_ids=completed)


@dataclass
class AttemptsSummary:
    count: int
    best: QuizAttempt | None
    left: int | None  # None: unlimited
    can_attempt: bool


def quiz_attempts_summary(*, user, quiz: QuizPage) -> AttemptsSummary:
    """The learner's own attempts at ``quiz``: how many, the best, how many are left (one query)."""
    if not user.is_authenticated:
        return AttemptsSummary(count=0, best=None, left=quiz.max_attempts or None, can_attempt=True)
    attempts = list(QuizAttempt.objects.filter(user=user, quiz=quiz).only("pk", "score", "passed", "number"))
    left = max(0, quiz.max_attempts - len(attempts)) if quiz.max_attempts else None
    best = max(attempts, key=lambda a: a.score) if attempts else None
    return AttemptsSummary(count=len(attempts), best=best, left=left, can_attempt=left is None or left > 0)
