"""Report 1: course completion summary, one row per course."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn

from ..selectors.course_completion import course_completion_figures, summary_courses
from .base import (
    ReportFilterSet,
    TrainingReportView,
    audience_filter,
    enrolled_at_filter,
    formatted_number,
    organisation_filter,
    unit_filter,
)


class CourseCompletionFilterSet(ReportFilterSet):
    enrolled_at = enrolled_at_filter()
    audience = audience_filter()
    administrative_unit = unit_filter()
    organisation = organisation_filter()


class CourseCompletionReportView(TrainingReportView):
    page_title = _("Course completion")
    header_icon = "tasks"
    index_url_name = "course_completion_report"
    index_results_url_name = "course_completion_report_results"
    filterset_class = CourseCompletionFilterSet
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
        Column("completion_rate", label=_("Rate (%)"), accessor=lambda r: formatted_number(r["completion_rate"])),
        Column(
            "average_best_score",
            label=_("Avg. best score"),
            accessor=lambda r: formatted_number(r["average_best_score"]),
        ),
        NumberColumn("certificates", label=_("Certificates")),
    ]
    list_export = [column.name for column in columns]  # exactly what the screen shows

    def report_queryset(self):
        return summary_courses()

    def decorate_paginated_queryset(self, rows):
        return course_completion_figures(user=self.request.user, filters=self.enrollment_filters, courses=list(rows))
