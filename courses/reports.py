"""Trainer reports in the Wagtail admin: filter sets, report views, exports, chart and dashboard panel.

Figures come from ``report_selectors``, which also applies the viewer's scope; the views
only choose columns, filters and formats.
"""

import datetime
import tempfile
from decimal import Decimal
from urllib.parse import urlencode

import django_filters
from django import forms
from django.db.models import F, QuerySet
from django.forms.models import ModelChoiceIterator
from django.http import FileResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import BooleanRadioSelect

from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation

from . import report_selectors as selectors
from .models import CoursePage, Enrollment, Target

# --- Exports -----------------------------------------------------------------------------

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
UTF8_BOM = "\ufeff".encode()


def neutralise_formula(value):
    """Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _local(value):
    """Aware datetimes in local time (Asia/Ho_Chi_Minh); dates and naive values unchanged."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _rows(items):
    """Stream a queryset in chunks (server-side cursor on PostgreSQL) so exports use flat memory."""
    return items.iterator(chunk_size=2000) if isinstance(items, QuerySet) else items


def display_code(code: str | None) -> str:
    """Grouped in fives, as printed on certificates (``Certificate.display_code``)."""
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5)) if code else ""


def score(value: Decimal | None) -> Decimal | None:
    """Scores as stored (two decimals), whatever the database returns for an aggregate."""
    return value.quantize(Decimal("0.01")) if value is not None else None


def audience_label(code: str | None) -> str:
    return str(LearnerProfile.Audience(code).label) if code else ""


class TrainingReportView(ReportView):
    """Base for the trainer reports: permission, filters handed to selectors, safe streaming exports."""

    permission_required = "view_training_reports"
    header_icon = "table"
    export_basename = "report"
    # Dates in local time: CSV as text, XLSX as naive local datetimes Excel can format.
    custom_value_preprocess = {
        datetime.datetime: {
            ReportView.FORMAT_CSV: lambda value: _local(value).strftime("%Y-%m-%d %H:%M"),
            ReportView.FORMAT_XLSX: lambda value: (
                timezone.make_naive(_local(value)) if timezone.is_aware(value) else value
            ),
        },
        datetime.date: {ReportView.FORMAT_CSV: lambda value: value.isoformat(), ReportView.FORMAT_XLSX: None},
    }

    def user_has_permission(self, permission):
        return self.request.user.has_perm(f"courses.{permission}")

    def dispatch(self, request, *args, **kwargs):
        # A plain 403 (not Wagtail's redirect to the dashboard), for screens, fragments and exports alike.
        if not self.user_has_permission(self.permission_required):
            context = {"header_title": self.page_title, "page_title": self.page_title, "header_icon": "warning"}
            return TemplateResponse(request, "courses/reports/forbidden.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def filter_values(self) -> dict:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def enrollment_filters(self) -> selectors.EnrollmentFilters:
        return selectors.EnrollmentFilters.from_form(self.filter_values)

    def filter_queryset(self, queryset):
        # The filters are conditions on enrollments, not on the rows: selectors apply them.
        return queryset

    def report_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        return self.order_queryset(self.report_queryset())

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # Skip the listing context: it would count (and so load) every row before streaming.
            rows = self.decorate_paginated_queryset(self.get_filtered_queryset())
            return self.as_spreadsheet(rows, request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.export_basename}-{timezone.localdate():%Y-%m-%d}"

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        yield UTF8_BOM  # so Excel reads the Vietnamese as UTF-8
        yield from super().stream_csv(_rows(queryset))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def write_xlsx_response(self, queryset):
        # Wagtail writes a write-only workbook into memory; a temporary file keeps memory flat.
        output = tempfile.TemporaryFile()
        self.write_xlsx(_rows(queryset), output)
        output.seek(0)
        return FileResponse(
            output,
            as_attachment=True,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename=f"{self.get_filename()}.xlsx",
        )


# --- Filters -----------------------------------------------------------------------------


class IndentedUnitIterator(ModelChoiceIterator):
    """The unit select shows the tree (a dash per level below the province); the active-filter chip,
    which uses ``label_from_instance``, shows the plain name."""

    def choice(self, obj):
        value, label = super().choice(obj)
        return value, "— " * (obj.path.count("/") - 2) + label


class UnitChoiceField(django_filters.fields.ModelChoiceField):
    iterator = IndentedUnitIterator

    def label_from_instance(self, obj):
        return obj.name


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField


def _units(request):
    return selectors.units_for_report(user=request.user)


def _organisations(request):
    return selectors.organisations_for_report(user=request.user)


def _enrolled_at():
    return django_filters.DateFromToRangeFilter(label=_("Enrolled between"), widget=DateRangePickerWidget)


def _audience():
    return django_filters.ChoiceFilter(
        label=_("Audience"), choices=LearnerProfile.Audience.choices, empty_label=_("All"), widget=forms.RadioSelect
    )


def _unit():
    return UnitFilter(
        label=_("Administrative unit"),
        queryset=_units,
        empty_label=_("All units"),
        help_text=_("Includes every unit below it."),
    )


def _organisation():
    return django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=_organisations, empty_label=_("All organisations")
    )


def _course(empty_label):
    return django_filters.ModelChoiceFilter(
        label=_("Course"), queryset=CoursePage.objects.order_by("title"), empty_label=empty_label
    )


class ReportFilterSet(WagtailFilterSet):
    """Report filters are read by the views and turned into conditions on enrollments."""

    class Meta:
        model = Enrollment
        fields = []


class CourseCompletionFilterSet(ReportFilterSet):
    enrolled_at = _enrolled_at()
    audience = _audience()
    administrative_unit = _unit()
    organisation = _organisation()


class CourseLearnersFilterSet(ReportFilterSet):
    course = _course(_("Choose a course"))
    administrative_unit = _unit()
    organisation = _organisation()
    completed = django_filters.BooleanFilter(label=_("Completed"), widget=BooleanRadioSelect)


class UnitReportFilterSet(ReportFilterSet):
    course = _course(_("All courses"))
    enrolled_at = _enrolled_at()
    audience = _audience()
    level = django_filters.ChoiceFilter(
        label=_("Level"), choices=AdministrativeUnit.Level.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    within = UnitFilter(label=_("Within"), queryset=_units, empty_label=_("All units"))


class OrganisationReportFilterSet(ReportFilterSet):
    course = _course(_("All courses"))
    enrolled_at = _enrolled_at()
    audience = _audience()
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=Organisation.Kind.choices, empty_label=_("All"), widget=forms.RadioSelect
    )


class TargetReportFilterSet(ReportFilterSet):
    current = django_filters.BooleanFilter(
        label=_("Current"), widget=BooleanRadioSelect, help_text=_("Started and not past the deadline.")
    )
    administrative_unit = _unit()
    organisation = _organisation()


# --- Columns -----------------------------------------------------------------------------


def _date(value) -> str:
    return date_format(_local(value), "SHORT_DATE_FORMAT") if value else ""


def _number(value) -> str:
    return "" if value is None else number_format(value)


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
    export_headings = {
        "title": _("Course"),
        "enrolled": _("Enrolled"),
        "in_progress": _("In progress"),
        "completed": _("Completed"),
        "completion_rate": _("Rate (%)"),
        "average_best_score": _("Avg. best score"),
        "certificates": _("Certificates"),
    }

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
    export_headings = {
        "name": _("Name"),
        "unit": _("Unit"),
        "organisation": _("Organisation"),
        "audience": _("Audience"),
        "enrolled_at": _("Enrolled"),
        "percent": _("Progress (%)"),
        "last_activity_at": _("Last activity"),
        "completed_at": _("Completed"),
        "best_score": _("Best score"),
        "certificate_code": _("Certificate"),
    }

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


# --- 3. By administrative unit / organisation ---------------------------------------------------


# The learning totals shared by the unit and organisation reports (see selectors.*_learning_totals).
TOTALS_COLUMNS = [
    NumberColumn("learners", label=_("Learners")),
    NumberColumn("enrollments", label=_("Enrollments")),
    NumberColumn("completions", label=_("Completions")),
    Column("completion_rate", label=_("Rate (%)"), accessor=lambda r: _number(r["completion_rate"])),
]
TOTALS_HEADINGS = {
    "learners": _("Learners"),
    "enrollments": _("Enrollments"),
    "completions": _("Completions"),
    "completion_rate": _("Rate (%)"),
}


class UnitReportView(TrainingReportView):
    page_title = _("By administrative unit")
    header_icon = "site"
    index_url_name = "unit_report"
    index_results_url_name = "unit_report_results"
    filterset_class = UnitReportFilterSet
    export_basename = "administrative-units"
    columns = [
        Column("name", label=_("Unit"), accessor=lambda r: "— " * r["depth"] + r["name"]),
        Column("level", label=_("Level"), accessor=lambda r: AdministrativeUnit.Level(r["level"]).label),
        *TOTALS_COLUMNS,
    ]
    list_export = ["code", "name", "level", "learners", "enrollments", "completions", "completion_rate"]
    export_headings = {
        "code": _("Code"),
        "name": _("Unit"),
        "level": _("Level"),
        **TOTALS_HEADINGS,
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        level = {fmt: lambda code: str(AdministrativeUnit.Level(code).label) for fmt in self.FORMATS}
        self.custom_field_preprocess = {"level": level}

    def report_queryset(self):
        units = selectors.units_for_report(user=self.request.user)
        if self.filter_values.get("level"):
            units = units.filter(level=self.filter_values["level"])
        if self.filter_values.get("within"):
            units = units.filter(self.filter_values["within"].descendant_filter())
        return units.values("pk", "code", "name", "level", "path")

    def decorate_paginated_queryset(self, rows):
        return selectors.unit_learning_totals(user=self.request.user, filters=self.enrollment_filters, units=list(rows))


class OrganisationReportView(TrainingReportView):
    page_title = _("By organisation")
    header_icon = "group"
    index_url_name = "organisation_report"
    index_results_url_name = "organisation_report_results"
    filterset_class = OrganisationReportFilterSet
    export_basename = "organisations"
    columns = [
        Column("name", label=_("Organisation")),
        Column("kind", label=_("Type"), accessor=lambda r: Organisation.Kind(r["kind"]).label),
        Column("unit", label=_("Unit")),
        *TOTALS_COLUMNS,
    ]
    list_export = ["name", "kind", "unit", "learners", "enrollments", "completions", "completion_rate"]
    export_headings = {
        "name": _("Organisation"),
        "kind": _("Type"),
        "unit": _("Unit"),
        **TOTALS_HEADINGS,
    }

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        kind = {fmt: lambda code: str(Organisation.Kind(code).label) for fmt in self.FORMATS}
        self.custom_field_preprocess = {"kind": kind}

    def report_queryset(self):
        organisations = selectors.organisations_for_report(user=self.request.user)
        if self.filter_values.get("kind"):
            organisations = organisations.filter(kind=self.filter_values["kind"])
        return organisations.values("pk", "name", "kind", unit=F("administrative_unit__name"))

    def decorate_paginated_queryset(self, rows):
        return selectors.organisation_learning_totals(
            user=self.request.user, filters=self.enrollment_filters, organisations=list(rows)
        )


# --- 4. Targets ------------------------------------------------------------------------------


class TargetReportView(TrainingReportView):
    page_title = _("Targets")
    header_icon = "crosshairs"
    index_url_name = "target_report"
    index_results_url_name = "target_report_results"
    results_template_name = "courses/reports/target_report_results.html"
    filterset_class = TargetReportFilterSet
    export_basename = "targets"
    columns = [
        TitleColumn("name", label=_("Target"), get_url=lambda t: t.chart_url),
        Column("scope_label", label=_("Unit or organisation")),
        Column("courses_label", label=_("Courses")),
        NumberColumn("learners_required", label=_("Target")),
        NumberColumn("achieved", label=_("Achieved")),
        Column("percent", label=_("%"), accessor=lambda t: _number(t.percent)),
        Column("status_label", label=_("Status")),
        Column("deadline", label=_("Deadline"), accessor=lambda t: _date(t.deadline)),
    ]
    list_export = [
        "name",
        "scope_label",
        "courses_label",
        "audience_label",
        "start_date",
        "deadline",
        "learners_required",
        "achieved",
        "percent",
        "status_label",
    ]
    export_headings = {
        "name": _("Target name"),
        "scope_label": _("Unit or organisation"),
        "courses_label": _("Courses"),
        "audience_label": _("Audience"),
        "start_date": _("Start"),
        "deadline": _("Deadline"),
        "learners_required": _("Target"),
        "achieved": _("Achieved"),
        "percent": _("%"),
        "status_label": _("Status"),
    }

    def report_queryset(self):
        targets = selectors.targets_for_report(user=self.request.user)
        values = self.filter_values
        today = timezone.localdate()
        if values.get("current") is True:
            targets = targets.filter(start_date__lte=today, deadline__gte=today)
        elif values.get("current") is False:
            targets = targets.exclude(start_date__lte=today, deadline__gte=today)
        if values.get("administrative_unit"):
            targets = targets.filter(values["administrative_unit"].descendant_filter("administrative_unit__"))
        if values.get("organisation"):
            targets = targets.filter(organisation=values["organisation"])
        return targets

    def order_queryset(self, queryset):
        return queryset.order_by("deadline", "name", "pk")

    def decorate_paginated_queryset(self, targets):
        today = timezone.localdate()
        rows = [selectors.target_progress(target, today) for target in targets]
        query = self.request.GET.copy()
        query.pop("export", None)
        for target in rows:
            query["chart"] = target.pk
            target.chart_url = f"{self.index_url}?{query.urlencode()}#target-chart"
            target.courses_label = ", ".join(course.title for course in target.courses.all()) or _("Any course")
            target.audience_label = audience_label(target.audience) or _("All")
        return rows

    def render_to_response(self, context, **response_kwargs):
        if not self.is_export:
            # ReportView.get has decorated the page's rows by now: chart the one asked for, or the first.
            rows = list(context["object_list"])
            wanted = self.request.GET.get("chart")
            target = next((t for t in rows if str(t.pk) == wanted), None)
            if target is None and wanted and wanted.isdigit():
                # A target on another page (e.g. linked from the dashboard), still within the viewer's scope.
                found = selectors.targets_for_report(user=self.request.user).filter(pk=wanted)
                target = next((selectors.target_progress(t) for t in found), None)
            target = target or (rows[0] if rows else None)
            if target is not None:
                timeline = selectors.target_timeline(user=self.request.user, target=target)
                context["chart"] = target_chart(target, timeline)
        return super().render_to_response(context, **response_kwargs)


# --- Chart: server-rendered SVG, no JavaScript ------------------------------------------------------


def _nice_step(raw: float) -> int:
    """1, 2 or 5 times a power of ten, at least ``raw`` (and at least 1): readable axis steps."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if factor * power >= raw:
                return factor * power
        power *= 10


def target_chart(target: Target, timeline: list, width: int = 640, height: int = 260) -> dict:
    """Geometry for the cumulative achieved line, the even-pace line and the target line of one target."""
    left, right, top, bottom = 48, 16, 16, 36
    plot_w, plot_h = width - left - right, height - top - bottom
    days = (target.deadline - target.start_date).days + 1
    top_value = max([target.learners_required] + [p.achieved for p in timeline])
    step = _nice_step(top_value / 4)
    y_max = step * -(-top_value // step)  # the first multiple of the step at or above the top value

    def x(day):
        return round(left + plot_w * ((day - target.start_date).days + 1) / days, 1)

    def y(value):
        return round(top + plot_h * (1 - value / y_max), 1)

    achieved = [(left, y(0))] + [(x(p.day), y(p.achieved)) for p in timeline]
    ticks = range(0, y_max + 1, step)
    return {
        "target": target,
        "width": width,
        "height": height,
        "left": left,
        "right": width - right,
        "bottom": top + plot_h,
        "achieved_points": " ".join(f"{px},{py}" for px, py in achieved),
        "pace_points": f"{left},{y(0)} {x(target.deadline)},{y(target.learners_required)}",
        "target_y": y(target.learners_required),
        "y_ticks": [{"value": v, "y": y(v)} for v in ticks],
        "start": target.start_date,
        "deadline": target.deadline,
        "timeline": [
            {"day": p.day, "achieved": p.achieved, "expected": round(p.expected, 1), "x": x(p.day), "y": y(p.achieved)}
            for p in timeline
        ],
    }


# --- Dashboard panel --------------------------------------------------------------------------------


class TrainingDashboardPanel(Component):
    """Admin home: this week's enrollments and completions, and the targets furthest behind."""

    name = "training_summary"
    template_name = "courses/admin/training_dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {"request": request, **selectors.training_week_summary(user=request.user)}
