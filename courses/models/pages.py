from functools import reduce
from operator import or_

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from elearn.pagecache import PublicPageMixin, remember

from ..blocks import lesson_blocks
from ..choices import AUDIENCE_FLAGS, Audience, CompletionRule, Level
from ..forms import CatalogueFilterForm
from ..text import fold


class CourseIndexPage(PublicPageMixin, Page):
    """The catalogue: filter by audience, topic and level; accent-insensitive search."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1
    per_page = 12

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        # Imported here, as in every page's get_context: the selectors import these models.
        from ..selectors import catalogue_cards, catalogue_courses, enrollments_by_course

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        courses = catalogue_courses(parent=self, **filters)
        page_obj = Paginator(courses, self.per_page).get_page(request.GET.get("page"))
        page_obj.object_list = catalogue_cards(page_obj.object_list)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            form=form,
            page_obj=page_obj,
            courses=page_obj.object_list,
            filters_active=bool(filters and any(filters.values())),
            query_string=query.urlencode(),
            enrollments=enrollments_by_course(user=request.user, courses=page_obj.object_list),
        )
        return context


class CoursePage(PublicPageMixin, Page):
    summary = models.TextField(_("summary"), max_length=400)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # One box per audience (``choices.AUDIENCE_FLAGS``), labelled with the audience's name.
    for_residents = models.BooleanField(Audience.RESIDENT.label, default=False)
    for_businesses = models.BooleanField(Audience.BUSINESS.label, default=False)
    for_officials = models.BooleanField(Audience.OFFICIAL.label, default=False)
    topic = models.ForeignKey(
        "courses.Topic", verbose_name=_("topic"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    level = models.CharField(_("level"), max_length=12, choices=Level.choices, default=Level.BASIC)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), null=True, blank=True, help_text=_("Leave empty to add up the lessons.")
    )
    learning_outcomes = models.TextField(
        _("learning outcomes"), blank=True, help_text=_("One outcome per line: “After this course you can …”.")
    )
    competences = ParentalManyToManyField("courses.Competence", verbose_name=_("competences"), blank=True)
    completion_rule = models.CharField(
        _("completion rule"), max_length=20, choices=CompletionRule.choices, default=CompletionRule.ALL_LESSONS
    )
    issues_certificate = models.BooleanField(_("issues a certificate"), default=True)
    is_featured = models.BooleanField(_("featured on the home page"), default=False)
    search_text = models.TextField(editable=False, default="")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("for_residents"), FieldPanel("for_businesses"), FieldPanel("for_officials")])],
            heading=_("Audiences"),
        ),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("level"), FieldPanel("estimated_minutes")]),
        FieldPanel("learning_outcomes"),
        FieldPanel("competences"),
        FieldPanel("completion_rule"),
        FieldRowPanel([FieldPanel("issues_certificate"), FieldPanel("is_featured")]),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.FilterField("level")]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.CourseSectionPage", "courses.LessonPage", "courses.QuizPage"]
    route_related = ("topic", "cover_image")  # read with the page when its route is kept (CachedRouteMixin)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        if not any(getattr(self, flag) for flag in AUDIENCE_FLAGS.values()):
            raise ValidationError({"for_residents": _("Choose at least one audience for the course.")})

    @property
    def audiences(self) -> list[str]:
        return [audience for audience, flag in AUDIENCE_FLAGS.items() if getattr(self, flag)]

    @property
    def audience_labels(self) -> list[str]:
        return [Audience(a).label for a in self.audiences]

    @property
    def outcomes(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def build_search_text(self) -> str:
        lesson_titles = []
        if self.pk:
            lesson_titles = list(LessonPage.objects.descendant_of(self).live().values_list("title", flat=True))
        topic = self.topic.name if self.topic_id else ""
        parts = [self.title, self.summary, self.learning_outcomes, topic, *lesson_titles]
        return fold(" ".join(parts))

    def save(self, *args, **kwargs):
        # Draft saves pass update_fields and hold draft values: only full saves (publish) refresh it.
        if kwargs.get("update_fields") is None:
            self.search_text = self.build_search_text()
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_outline, learner_course_state  # here: the selectors import these models

        context = super().get_context(request, *args, **kwargs)
        outline = course_outline(course=self)
        context["outline"] = outline
        context["state"] = learner_course_state(user=request.user, course=self, outline=outline)
        return context


class CourseSectionPage(Page):
    """Groups lessons inside a course; editors reorder sections and lessons by drag and drop."""

    intro = models.TextField(_("introduction"), blank=True, max_length=300)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]

    class Meta:
        verbose_name = _("course section")
        verbose_name_plural = _("course sections")

    def serve(self, request, *args, **kwargs):
        # A section has no page of its own: learners see it on the course page.
        parent = self.get_parent()
        return redirect(f"{parent.get_url(request)}#section-{self.pk}")


class LessonPage(PublicPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=300)
    body = StreamField(lesson_blocks(), verbose_name=_("lesson content"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=10)
    completable_in_person = models.BooleanField(
        _("may be completed by attending a village session"),
        default=False,
        help_text=_(
            "When a community digital-technology team records a resident at a session that covered this lesson, "
            "the lesson counts as completed for them."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
        FieldPanel("completable_in_person"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["courses.CoursePage", "courses.CourseSectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self) -> CoursePage | None:
        """The course this lesson belongs to, found from the tree path (one query, kept until a publish)."""
        return remember(f"course-of:{self.path}", lambda: course_for_path(self.path, self.depth))

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_outline, learner_course_state, next_lesson  # here: they import these models

        context = super().get_context(request, *args, **kwargs)
        course = self.course
        outline = course_outline(course=course)
        state = learner_course_state(user=request.user, course=course, outline=outline)
        position = outline.position(self)
        context.update(
            course=course,
            outline=outline,
            state=state,
            previous_lesson=outline.lessons[position - 1] if position else None,
            next_lesson=next_lesson(lessons=outline.lessons, after=self),
            lesson_number=(position or 0) + 1,
            is_completed=self.pk in state.completed_ids,
        )
        return context


def course_for_path(path: str, depth: int) -> CoursePage | None:
    steplen = Page.steplen
    ancestor_paths = [path[: steplen * d] for d in range(1, depth)]
    return CoursePage.objects.filter(path__in=ancestor_paths).first()


def live_lessons(*courses: CoursePage):
    """Live lessons (and quizzes) of ``courses`` whose section, if any, is live too (one query).

    Learners see exactly these; progress and completion count exactly these.
    """
    if not courses:
        return LessonPage.objects.none()
    inside = reduce(or_, (Q(path__startswith=course.path, depth__gt=course.depth) for course in courses))
    hidden_section = CourseSectionPage.objects.filter(
        live=False, path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return LessonPage.objects.live().filter(inside).exclude(Exists(hidden_section))
