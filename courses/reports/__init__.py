"""Trainer reports in the Wagtail admin: filter sets, report views, exports, chart and dashboard panel.

Figures come from ``report_selectors``, which also applies the viewer's scope; the views
only choose columns, filters and formats.
"""

from .base import TrainingReportView, audience_label, display_code, indented_unit_name, neutralise_formula, score
from .courses import CourseCompletionReportView, CourseLearnersReportView
from .dashboard import TrainingDashboardPanel
from .filters import (
    CourseCompletionFilterSet,
    CourseLearnersFilterSet,
    IndentedUnitIterator,
    OrganisationReportFilterSet,
    ReportFilterSet,
    TargetReportFilterSet,
    UnitChoiceField,
    UnitFilter,
    UnitReportFilterSet,
)
from .targets import TargetReportView, target_chart
from .units import TOTALS_COLUMNS, OrganisationReportView, UnitReportView

__all__ = [
    "TOTALS_COLUMNS",
    "CourseCompletionFilterSet",
    "CourseCompletionReportView",
    "CourseLearnersFilterSet",
    "CourseLearnersReportView",
    "IndentedUnitIterator",
    "OrganisationReportFilterSet",
    "OrganisationReportView",
    "ReportFilterSet",
    "TargetReportFilterSet",
    "TargetReportView",
    "TrainingDashboardPanel",
    "TrainingReportView",
    "UnitChoiceField",
    "UnitFilter",
    "UnitReportFilterSet",
    "UnitReportView",
    "audience_label",
    "display_code",
    "indented_unit_name",
    "neutralise_formula",
    "score",
    "target_chart",
]
