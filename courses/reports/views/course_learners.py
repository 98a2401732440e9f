"""Report 2: the learners of one course, one row per enrollment."""

import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.widgets import BooleanRadioSelect

from ...models.certificates import display_code
from ..selectors.course_learners import course_learners
from .base import (
    ReportFilterSet,
    TrainingReportView,
    audience_label,
    course_filter,
    formatted_number,
    organisation_filter,
    score,
    short_date,
    unit_filter,
)


class CourseLearnersFilterSet(ReportFilterSet):
    course = course_filter(_("Choose a course"))
    administrative_unit = unit_filter()
    organisation = organisation_filter()
    completed = django_filters.BooleanFilter(label=_("Completed"), widget=BooleanRadioSelect)


class CourseLearnersReportView(TrainingReportView):
    page_title = _("Learners in a course")
    header_icon = "group"
    index_url_name = "course_learners_report"
    index_results_url_name = "course_learners_report_results"
    filterset_class = CourseLearnersFilterSet
    default_ordering = "name"
    columns = [
        Column("name", label=_("Name"), sort_key="name"),
        Column("unit", label=_("Unit"), sort_key="unit"),
        Column("organisation", label=_("Organisation"), sort_key="organisation"),
        Column("audience", label=_("Audience"), accessor=lambda r: audience_label(r["audience"])),
        Column(
            "enrolled_at", label=_("Enrolled"), sort_key="enrolled_at", accessor=lambda r: short_date(r["enrolled_at"])
        ),
        NumberColumn("percent", label=_("Progress (%)"), sort_key="percent"),
        Column(
            "last_activity_at",
            label=_("Last activity"),
            sort_key="last_activity_at",
            accessor=lambda r: short_date(r["last_activity_at"]),
        ),
        Column(
            "completed_at",
            label=_("Completed"),
            sort_key="completed_at",
            accessor=lambda r: short_date(r["completed_at"]),
        ),
        Column(
            "best_score",
            label=_("Best score"),
            sort_key="best_score",
            accessor=lambda r: formatted_number(score(r["best_score"])),
        ),
        Column("certificate_code", label=_("Certificate"), accessor=lambda r: display_code(r["certificate_code"])),
    ]
    list_export = [column.name for column in columns]  # exactly what the screen shows
    export_values = {"audience": audience_label, "certificate_code": display_code, "best_score": score}

    def order_queryset(self, queryset):
        ordering = self.ordering if isinstance(self.ordering, str) else "name"
        return queryset.order_by(ordering, "pk")

    @cached_property
    def no_results_message(self):
        if self.enrollment_filters.course is None:
            return _("Choose a course to see its learners.")
        return _("No learners match these filters.")

    def report_queryset(self):
        return course_learners(user=self.request.user, filters=self.enrollment_filters)
