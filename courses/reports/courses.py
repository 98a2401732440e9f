"""Reports 1 and 2: course completion summary, and the learners in one course."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn

from .. import report_selectors as selectors
from .base import TrainingReportView, _date, _number, audience_label, display_code, score
from .filters import CourseCompletionFilterSet, CourseLearnersFilterSet

# --- 1. Course completion summary ----------------------------------------------------------


class CourseCompletionReportView(TrainingReportView):
    page_title = _("Course completion")
    header_icon = "tasks"
    index_url_name = "course_completion_report"
    index_results_url_name = "course_completion_report_results"
    filterset_class = CourseCompletionFilterSet
    export_basename = "course-completion"
    default_ordering = "title"
    columns = [
        TitleColumn(
            "title",
            label=_("Course"),
            sort_key="title",
            get_url=lambda row: reverse("course_learners_report") + "?" + urlencode({"course": row["pk"]}),
        ),
        NumberColumn("enrolled", label=_("Enrolled")),
        NumberColumn("in_progress", label=_("In progress")),
        NumberColumn("completed", label=_("Completed")),
        Column(
            "completion_rate",
            label=_("Rate (%)"),
            accessor=lambda r: _number(r["completion_rate"]),
        ),
        Column("average_best_score", label=_("Avg. best score"), accessor=lambda r: _number(r["average_best_score"])),
        NumberColumn("certificates", label=_("Certificates")),
    ]
    list_export = [
        "title",
        "enrolled",
        "in_progress",
        "completed",
        "completion_rate",
        "average_best_score",
        "certificates",
    ]

    def report_queryset(self):
        return selectors.summary_courses()

    def decorate_paginated_queryset(self, rows):
        return selectors.course_completion_figures(
            user=self.request.user, filters=self.enrollment_filters, courses=list(rows)
        )


# --- 2. Learners in a course ---------------------------------------------------------------


class CourseLearnersReportView(TrainingReportView):
    page_title = _("Learners in a course")
    header_icon = "group"
    index_url_name = "course_learners_report"
    index_results_url_name = "course_learners_report_results"
    filterset_class = CourseLearnersFilterSet
    export_basename = "course-learners"
    default_ordering = "name"
    columns = [
        Column("name", label=_("Name"), sort_key="name"),
        Column("unit", label=_("Unit"), sort_key="unit"),
        Column("organisation", label=_("Organisation"), sort_key="organisation"),
        Column("audience", label=_("Audience"), accessor=lambda r: audience_label(r["audience"])),
        Column("enrolled_at", label=_("Enrolled"), sort_key="enrolled_at", accessor=lambda r: _date(r["enrolled_at"])),
        NumberColumn("percent", label=_("Progress (%)"), sort_key="percent"),
        Column(
            "last_activity_at",
            label=_("Last activity"),
            sort_key="last_activity_at",
            accessor=lambda r: _date(r["last_activity_at"]),
        ),
        Column(
            "completed_at", label=_("Completed"), sort_key="completed_at", accessor=lambda r: _date(r["completed_at"])
        ),
        Column(
            "best_score",
            label=_("Best score"),
            sort_key="best_score",
            accessor=lambda r: _number(score(r["best_score"])),
        ),
        Column("certificate_code", label=_("Certificate"), accessor=lambda r: display_code(r["certificate_code"])),
    ]
    list_export = [
        "name",
        "unit",
        "organisation",
        "audience",
        "enrolled_at",
        "percent",
        "last_activity_at",
        "completed_at",
        "best_score",
        "certificate_code",
    ]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.custom_field_preprocess = {
            "audience": {fmt: audience_label for fmt in self.FORMATS},
            "certificate_code": {fmt: display_code for fmt in self.FORMATS},
            "best_score": {fmt: score for fmt in self.FORMATS},
        }

    def order_queryset(self, queryset):
        ordering = self.ordering if isinstance(self.ordering, str) else "name"
        return queryset.order_by(ordering, "pk")

    @cached_property
    def no_results_message(self):
        if self.enrollment_filters.course is None:
            return _("Choose a course to see its learners.")
        return _("No learners match these filters.")

    def report_queryset(self):
        return selectors.course_learners(user=self.request.user, filters=self.enrollment_filters)
