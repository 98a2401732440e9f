"""Reads that span relations, each with a fixed number of queries."""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from wagtail.images import get_image_model

from elearn.accounts.models import LearnerProfile

from .models import (
    Certificate,
    CourseIndexPage,
    CoursePage,
    CourseSectionPage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    QuizPage,
)
from .models.pages import live_lessons
from .text import query_terms

AUDIENCE_FLAGS = {"resident": "for_residents", "business": "for_businesses", "official": "for_officials"}


def _with_cover_renditions(courses: QuerySet) -> QuerySet:
    images = get_image_model().objects.prefetch_renditions()
    return courses.prefetch_related(Prefetch("cover_image", queryset=images))


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
    """Live courses for the catalogue, filtered; search ignores Vietnamese diacritics."""
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
    return _with_cover_renditions(_lesson_stats(courses)).order_by("-is_featured", "path")


def featured_courses(*, limit: int = 3) -> list[CoursePage]:
    courses = CoursePage.objects.live().public().filter(is_featured=True).select_related("topic")
    return list(_with_cover_renditions(_lesson_stats(courses)).order_by("path")[:limit])


def site_counts() -> dict:
    return {
        "learners": LearnerProfile.objects.count(),
        "certificates": Certificate.objects.filter(status=Certificate.Status.VALID).count(),
    }


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
    lessons: list[LessonPage]
    quizzes: dict[int, QuizPage] = field(default_factory=dict)

    @property
    def total_minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)


def course_outline(*, course: CoursePage) -> Outline:
    """Sections, live lessons and quizzes of a course in tree order (three queries)."""
    sections = {s.path: OutlineSection(page=s) for s in CourseSectionPage.objects.child_of(course).live()}
    lessons = list(live_lessons(course).defer("body").order_by("path"))
    quizzes = {
        quiz.pk: quiz
        for quiz in QuizPage.objects.filter(pk__in=[lesson.pk for lesson in lessons]).only(
            "pk", "pass_mark", "is_required", "max_attempts"
        )
    }
    loose = OutlineSection(page=None)
    for lesson in lessons:
        lesson.quiz = quizzes.get(lesson.pk)
        holder = sections.get(lesson.path[: -LessonPage.steplen], loose)
        holder.lessons.append(lesson)
    # Lessons placed directly in the course come first, then sections in tree order.
    ordered_sections = ([loose] if loose.lessons else []) + [s for _p, s in sorted(sections.items()) if s.lessons]
    ordered = [lesson for section in ordered_sections for lesson in section.lessons]
    return Outline(sections=ordered_sections, lessons=ordered, quizzes=quizzes)


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
    """The signed-in learner's own progress in ``course`` (nobody else's), and what remains."""
    from .models.pages import CompletionRule

    completed: set[int] = set()
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(user=user, course=course).select_related("certificate").first()
        if enrollment:
            completed = set(LessonCompletion.objects.filter(enrollment=enrollment).values_list("lesson_id", flat=True))
    todo = [lesson for lesson in outline.lessons if lesson.pk not in completed]
    first = outline.lessons[0] if outline.lessons else None
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
        next_lesson=todo[0] if todo else first,
        remaining_lessons=remaining_lessons,
        remaining_quizzes=required_quizzes,
    )


@dataclass
class DashboardEntry:
    enrollment: Enrollment
    next_lesson: LessonPage | None


def learner_dashboard(*, user) -> dict[str, list[DashboardEntry]]:
    """In-progress and completed courses of ``user`` with where to continue (four queries)."""
    enrollments = list(
        _with_cover_renditions_enrollments(
            Enrollment.objects.filter(user=user, course__live=True)
            .select_related("course", "course__topic", "certificate")
            .order_by("-last_activity_at")
        )
    )
    next_by_course: dict[int, LessonPage] = {}
    if enrollments:
        paths = {e.course_id: e.course.path for e in enrollments}
        lessons = list(
            LessonPage.objects.live()
            .filter(reduce(or_, (Q(path__startswith=p) for p in paths.values())))
            .defer("body")
            .order_by("path")
        )
        done = set(
            LessonCompletion.objects.filter(enrollment__in=enrollments).values_list(
                "enrollment__course_id", "lesson_id"
            )
        )
        for course_id, path in paths.items():
            for lesson in lessons:
                if lesson.path.startswith(path) and (course_id, lesson.pk) not in done:
                    next_by_course[course_id] = lesson
                    break
    entries = [DashboardEntry(e, next_by_course.get(e.course_id)) for e in enrollments]
    return {
        "in_progress": [entry for entry in entries if not entry.enrollment.is_completed],
        "completed": [entry for entry in entries if entry.enrollment.is_completed],
    }


def _with_cover_renditions_enrollments(enrollments: QuerySet) -> QuerySet:
    images = get_image_model().objects.prefetch_renditions()
    return enrollments.prefetch_related(Prefetch("course__cover_image", queryset=images))
