"""Reads that span relations, each with a fixed number of queries."""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from wagtail.images import get_image_model

from elearn.accounts.models import LearnerProfile

from .models import CourseIndexPage, CoursePage, CourseSectionPage, Enrollment, LessonCompletion, LessonPage
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
        "certificates": Enrollment.objects.filter(completed_at__isnull=False, course__issues_certificate=True).count(),
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

    @property
    def total_minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)


def course_outline(*, course: CoursePage) -> Outline:
    """Sections and live lessons of a course in tree order (two queries)."""
    sections = list(CourseSectionPage.objects.child_of(course).live().order_by("path"))
    lessons = list(LessonPage.objects.descendant_of(course).live().defer("body").order_by("path"))
    outline_sections: list[OutlineSection] = []
    loose = OutlineSection(page=None)
    by_path = {}
    for section in sections:
        by_path[section.path] = OutlineSection(page=section)
    for lesson in lessons:
        parent_path = lesson.path[: -LessonPage.steplen]
        holder = by_path.get(parent_path)
        if holder is not None:
            holder.lessons.append(lesson)
        elif lesson.depth == course.depth + 1:
            loose.lessons.append(lesson)
        # Lessons under an unpublished section are not shown.
    # Lessons placed directly in the course come first, then sections in tree order.
    if loose.lessons:
        outline_sections.append(loose)
    outline_sections.extend(s for s in by_path.values() if s.lessons)
    ordered = [lesson for section in outline_sections for lesson in section.lessons]
    return Outline(sections=outline_sections, lessons=ordered)


@dataclass
class LearnerState:
    enrollment: Enrollment | None
    completed_ids: set[int]
    next_lesson: LessonPage | None

    @property
    def percent(self) -> int:
        return self.enrollment.percent if self.enrollment else 0


def learner_course_state(*, user, course: CoursePage, outline: Outline) -> LearnerState:
    """The signed-in learner's own progress in ``course`` (nobody else's)."""
    first = outline.lessons[0] if outline.lessons else None
    if not user.is_authenticated:
        return LearnerState(enrollment=None, completed_ids=set(), next_lesson=first)
    enrollment = Enrollment.objects.filter(user=user, course=course).first()
    completed = set()
    if enrollment:
        completed = set(LessonCompletion.objects.filter(enrollment=enrollment).values_list("lesson_id", flat=True))
    next_lesson = next((lesson for lesson in outline.lessons if lesson.pk not in completed), first)
    return LearnerState(enrollment=enrollment, completed_ids=completed, next_lesson=next_lesson)


@dataclass
class DashboardEntry:
    enrollment: Enrollment
    next_lesson: LessonPage | None


def learner_dashboard(*, user) -> dict[str, list[DashboardEntry]]:
    """In-progress and completed courses of ``user`` with where to continue (four queries)."""
    enrollments = list(
        _with_cover_renditions_enrollments(
            Enrollment.objects.filter(user=user, course__live=True)
            .select_related("course", "course__topic")
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
