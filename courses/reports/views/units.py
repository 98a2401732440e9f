"""Report 3: learning totals by administrative unit and by organisation."""

import django_filters
from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn

from elearn.accounts.models import AdministrativeUnit, Organisation

from ..selectors.units import (
    organisation_learning_totals,
    organisations_for_report,
    unit_learning_totals,
    units_for_report,
)
from .base import (
    ReportFilterSet,
    TrainingReportView,
    audience_filter,
    course_filter,
    enrolled_at_filter,
    formatted_number,
    indented_unit_name,
    unit_filter,
)

# The learning totals shared by the unit and organisation reports (see ``*_learning_totals``);
# exported under the same labels.
TOTALS_COLUMNS = [
    NumberColumn("learners", label=_("Learners")),
    NumberColumn("enrollments", label=_("Enrollments")),
    NumberColumn("completions", label=_("Completions")),
    Column("completion_rate", label=_("Rate (%)"), accessor=lambda r: formatted_number(r["completion_rate"])),
]


class UnitReportFilterSet(ReportFilterSet):
    course = course_filter(_("All courses"))
    enrolled_at = enrolled_at_filter()
    audience = audience_filter()
    level = django_filters.ChoiceFilter(
        label=_("Level"), choices=AdministrativeUnit.Level.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    within = unit_filter(_("Within"), help_text="")


class UnitReportView(TrainingReportView):
    page_title = _("By administrative unit")
    header_icon = "site"
    index_url_name = "unit_report"
    index_results_url_name = "unit_report_results"
    filterset_class = UnitReportFilterSet
    columns = [
        Column("name", label=_("Unit"), accessor=lambda r: indented_unit_name(r["path"], r["name"])),
        Column("level", label=_("Level"), accessor=lambda r: AdministrativeUnit.Level(r["level"]).label),
        *TOTALS_COLUMNS,
        NumberColumn("lessons_online", label=_("Lessons completed online")),
        NumberColumn("lessons_in_person", label=_("Lessons completed in person")),
    ]
    list_export = [
        "code",
        "name",
        "level",
        "learners",
        "enrollments",
        "completions",
        "completion_rate",
        "lessons_online",
        "lessons_in_person",
    ]
    export_headings = {"code": _("Code")}
    export_values = {"level": lambda code: str(AdministrativeUnit.Level(code).label)}

    def report_queryset(self):
        units = units_for_report(user=self.request.user)
        if self.filter_values.get("level"):
            units = units.filter(level=self.filter_values["level"])
        if self.filter_values.get("within"):
            units = units.filter(self.filter_values["within"].descendant_filter())
        return units.values("pk", "code", "name", "level", "path")

    def decorate_paginated_queryset(self, rows):
        return unit_learning_totals(user=self.request.user, filters=self.enrollment_filters, units=list(rows))


class OrganisationReportFilterSet(ReportFilterSet):
    course = course_filter(_("All courses"))
    enrolled_at = enrolled_at_filter()
    audience = audience_filter()
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=Organisation.Kind.choices, empty_label=_("All"), widget=forms.RadioSelect
    )


class OrganisationReportView(TrainingReportView):
    page_title = _("By organisation")
    header_icon = "group"
    index_url_name = "organisation_report"
    index_results_url_name = "organisation_report_results"
    filterset_class = OrganisationReportFilterSet
    columns = [
        Column("name", label=_("Organisation")),
        Column("kind", label=_("Type"), accessor=lambda r: Organisation.Kind(r["kind"]).label),
        Column("unit", label=_("Unit")),
        *TOTALS_COLUMNS,
    ]
    list_export = [column.name for column in columns]  # exactly what the screen shows
    export_values = {"kind": lambda code: str(Organisation.Kind(code).label)}

    def report_queryset(self):
        organisations = organisations_for_report(user=self.request.user)
        if self.filter_values.get("kind"):
            organisations = organisations.filter(kind=self.filter_values["kind"])
        return organisations.values("pk", "name", "kind", unit=F("administrative_unit__name"))

    def decorate_paginated_queryset(self, rows):
        return organisation_learning_totals(
            user=self.request.user, filters=self.enrollment_filters, organisations=list(rows)
        )
