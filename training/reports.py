"""Required-training reports in the admin's "Reports" menu, declared like ``courses/reports/views``.

Each respects the viewer's scope (``courses/scope.py``): a scoped manager sees
their organisation's assignments, learners and figures only, on screen and in CSV/XLSX exports.
"""

import django_filters
from django import forms
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn

from courses.reports.selectors.base import rate
from courses.reports.selectors.units import organisations_for_report
from courses.reports.views.base import ReportFilterSet, TrainingReportView, formatted_number, short_date

from .models import Assignment
from .scope import assignments_visible
from .selectors import Outcomes, Status, assignment_figures, assignment_learners, assignment_outcomes, status_of

STATUS_LABELS = {
    Status.ON_TIME: _("Completed on time"),
    Status.LATE: _("Completed late"),
    Status.OVERDUE: _("Overdue"),
    Status.PENDING: _("Not completed yet"),
}

OUTCOME_COLUMNS = [
    NumberColumn("assigned", label=_("Assigned")),
    NumberColumn("on_time", label=_("Completed on time")),
    NumberColumn("late", label=_("Completed late")),
    NumberColumn("overdue", label=_("Overdue")),
    NumberColumn("pending", label=_("Not completed yet")),
    Column("on_time_rate", label=_("On time (%)"), accessor=lambda r: formatted_number(r["on_time_rate"])),
]
OUTCOME_FIELDS = ["assigned", "on_time", "late", "overdue", "pending", "on_time_rate"]


def _with_outcomes(row: dict, outcome) -> dict:
    row.update(
        assigned=outcome.assigned,
        on_time=outcome.on_time,
        late=outcome.late,
        overdue=outcome.overdue,
        pending=outcome.pending,
        on_time_rate=rate(outcome.on_time, outcome.assigned),
    )
    return row


def _assignments(request):
    return assignments_visible(user=request.user).order_by("deadline", "course__title", "pk")


class AssignmentReportFilterSet(ReportFilterSet):
    deadline = django_filters.DateFromToRangeFilter(label=_("Deadline between"))


class AssignmentReportView(TrainingReportView):
    page_title = _("Required courses")
    header_icon = "tasks"
    index_url_name = "required_course_report"
    index_results_url_name = "required_course_report_results"
    filterset_class = AssignmentReportFilterSet
    export_basename = "required-courses"
    columns = [
        Column("course__title", label=_("Course")),
        Column("target", label=_("For")),
        Column("deadline", label=_("Deadline"), accessor=lambda r: short_date(r["deadline"])),
        *OUTCOME_COLUMNS,
    ]
    list_export = ["course__title", "target", "deadline", *OUTCOME_FIELDS]

    def report_queryset(self):
        assignments = assignments_visible(user=self.request.user)
        deadline = self.filter_values.get("deadline")
        if deadline and deadline.start:
            assignments = assignments.filter(deadline__gte=deadline.start.date())
        if deadline and deadline.stop:
            assignments = assignments.filter(deadline__lte=deadline.stop.date())
        return assignments.order_by("deadline", "course__title", "pk").values("pk", "deadline", "course__title")

    def decorate_paginated_queryset(self, rows):
        # Rows are updated in place: Wagtail renders the page's own objects.
        rows = list(rows)
        assignments = Assignment.objects.select_related("organisation", "administrative_unit").in_bulk(
            [r["pk"] for r in rows]
        )
        figures = assignment_figures(assignments=assignments.values(), viewer=self.request.user)
        for row in rows:
            row["target"] = assignments[row["pk"]].target_label
            _with_outcomes(row, figures[row["pk"]])
        return rows


class RequiredByOrganisationFilterSet(ReportFilterSet):
    pass


class RequiredByOrganisationReportView(TrainingReportView):
    page_title = _("Required courses by organisation")
    header_icon = "group"
    index_url_name = "required_organisation_report"
    index_results_url_name = "required_organisation_report_results"
    filterset_class = RequiredByOrganisationFilterSet
    export_basename = "required-courses-by-organisation"
    columns = [Column("name", label=_("Organisation")), Column("unit", label=_("Unit")), *OUTCOME_COLUMNS]
    list_export = ["name", "unit", *OUTCOME_FIELDS]

    def report_queryset(self):
        return organisations_for_report(user=self.request.user).values(
            "pk", "name", unit=F("administrative_unit__name")
        )

    def decorate_paginated_queryset(self, rows):
        rows = list(rows)
        outcomes = assignment_outcomes(organisations=[r["pk"] for r in rows], viewer=self.request.user)
        return [_with_outcomes(row, outcomes.get(row["pk"], Outcomes())) for row in rows]


class RequiredLearnersFilterSet(ReportFilterSet):
    assignment = django_filters.ModelChoiceFilter(
        label=_("Required course"), queryset=_assignments, empty_label=_("All required courses")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=list(STATUS_LABELS.items()), empty_label=_("All"), widget=forms.RadioSelect
    )


class RequiredLearnersReportView(TrainingReportView):
    page_title = _("Who has a required course")
    header_icon = "user"
    index_url_name = "required_learners_report"
    index_results_url_name = "required_learners_report_results"
    filterset_class = RequiredLearnersFilterSet
    export_basename = "required-course-learners"
    columns = [
        Column("full_name", label=_("Name")),
        Column("organisation", label=_("Organisation")),
        Column("unit", label=_("Unit")),
        Column("course", label=_("Course")),
        Column("deadline", label=_("Deadline"), accessor=lambda r: short_date(r["deadline"])),
        Column("status", label=_("Status"), accessor=lambda r: STATUS_LABELS[r["status"]]),
        NumberColumn("percent", label=_("Progress (%)")),
        Column("completed_at", label=_("Completed"), accessor=lambda r: short_date(r["completed_at"])),
    ]
    list_export = [c.name for c in columns]
    export_values = {"status": lambda code: str(STATUS_LABELS[code])}

    def _chosen(self):
        # In the report's order (deadline, course): the rows follow it, assignment by assignment.
        assignments = _assignments(self.request).select_related("course", "administrative_unit")
        if self.filter_values.get("assignment"):
            assignments = assignments.filter(pk=self.filter_values["assignment"].pk)
        return {a.pk: a for a in assignments}

    def report_queryset(self):
        self._by_pk = self._chosen()
        return assignment_learners(
            assignments=self._by_pk.values(), viewer=self.request.user, status=self.filter_values.get("status", "")
        )

    def order_queryset(self, queryset):
        return queryset

    def decorate_paginated_queryset(self, rows):
        today = timezone.localdate()

        def decorate(row):
            assignment = self._by_pk[row["aid"]]
            row.update(course=assignment.course.title, deadline=assignment.deadline)
            row["status"] = status_of(deadline=assignment.deadline, completed_at=row["completed_at"], today=today)
            row["percent"] = row["percent"] or 0
            return row

        # An export (here or in the worker) streams every assignment's learners; a page is a list of its rows.
        decorated = map(decorate, rows)
        return decorated if self.request.GET.get("export") in self.FORMATS else list(decorated)


REPORTS = [
    ("required-courses", AssignmentReportView),
    ("required-by-organisation", RequiredByOrganisationReportView),
    ("required-learners", RequiredLearnersReportView),
]
