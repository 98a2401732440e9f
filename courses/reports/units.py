"""Report 3: learning totals by administrative unit and by organisation."""

from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn

from elearn.accounts.models import AdministrativeUnit, Organisation

from .. import report_selectors as selectors
from .base import TrainingReportView, _number, indented_unit_name
from .filters import OrganisationReportFilterSet, UnitReportFilterSet

# --- 3. By administrative unit / organisation ---------------------------------------------------


# The learning totals shared by the unit and organisation reports (see selectors.*_learning_totals);
# exported under the same labels.
TOTALS_COLUMNS = [
    NumberColumn("learners", label=_("Learners")),
    NumberColumn("enrollments", label=_("Enrollments")),
    NumberColumn("completions", label=_("Completions")),
    Column("completion_rate", label=_("Rate (%)"), accessor=lambda r: _number(r["completion_rate"])),
]


class UnitReportView(TrainingReportView):
    page_title = _("By administrative unit")
    header_icon = "site"
    index_url_name = "unit_report"
    index_results_url_name = "unit_report_results"
    filterset_class = UnitReportFilterSet
    export_basename = "administrative-units"
    columns = [
        Column("name", label=_("Unit"), accessor=lambda r: indented_unit_name(r["path"], r["name"])),
        Column("level", label=_("Level"), accessor=lambda r: AdministrativeUnit.Level(r["level"]).label),
        *TOTALS_COLUMNS,
    ]
    list_export = ["code", "name", "level", "learners", "enrollments", "completions", "completion_rate"]
    export_headings = {"code": _("Code")}

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
