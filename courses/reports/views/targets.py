"""Report 4: targets, with a server-rendered chart of the one chosen."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.widgets import BooleanRadioSelect

from ...models import Target
from ..selectors.targets import target_progress, target_timeline, targets_for_report
from .base import (
    ReportFilterSet,
    TrainingReportView,
    audience_label,
    formatted_number,
    organisation_filter,
    short_date,
    unit_filter,
)


class TargetReportFilterSet(ReportFilterSet):
    current = django_filters.BooleanFilter(
        label=_("Current"), widget=BooleanRadioSelect, help_text=_("Started and not past the deadline.")
    )
    administrative_unit = unit_filter()
    organisation = organisation_filter()


class TargetReportView(TrainingReportView):
    page_title = _("Targets")
    header_icon = "crosshairs"
    index_url_name = "target_report"
    index_results_url_name = "target_report_results"
    results_template_name = "courses/reports/target_report_results.html"
    filterset_class = TargetReportFilterSet
    columns = [
        TitleColumn("name", label=_("Target"), get_url=lambda t: t.chart_url),
        Column("scope_label", label=_("Unit or organisation")),
        Column("courses_label", label=_("Courses")),
        NumberColumn("learners_required", label=_("Target")),
        NumberColumn("achieved", label=_("Achieved")),
        Column("percent", label=_("%"), accessor=lambda t: formatted_number(t.percent)),
        Column("status_label", label=_("Status")),
        Column("deadline", label=_("Deadline"), accessor=lambda t: short_date(t.deadline)),
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
    # Other fields are exported under their columns' labels.
    export_headings = {"name": _("Target name"), "audience_label": _("Audience"), "start_date": _("Start")}

    def report_queryset(self):
        targets = targets_for_report(user=self.request.user)
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
        rows = [target_progress(target, today) for target in targets]
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
                found = targets_for_report(user=self.request.user).filter(pk=wanted)
                target = next((target_progress(t) for t in found), None)
            target = target or (rows[0] if rows else None)
            if target is not None:
                timeline = target_timeline(user=self.request.user, target=target)
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
