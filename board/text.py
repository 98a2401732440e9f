"""The kinds' names and explanations, shown in the criterion form and on the drill-down page."""

from types import SimpleNamespace

from django.utils.translation import gettext_lazy as _

labels = SimpleNamespace(
    RESIDENTS=_("Residents who completed a course, against the commune's target"),
    ACTIVE=_("Share of learners active in the last 30 days"),
    CADRES=_("Share of the agency's cadres who completed a course"),
)
RESIDENTS_HELP = _(
    "Residents of the commune who completed at least one course (of the chosen courses, if any) from "
    "1 January to the end of the period, divided by the learners the commune's targets for residents "
    "require. A commune without a target has no figure."
)
ACTIVE_HELP = _(
    "Learners who enrolled, completed a lesson or made progress in the 30 days before the end of the "
    "period, divided by the learners registered by then."
)
CADRES_HELP = _(
    "Cadres, civil servants and public employees of the agency who have completed at least one of the "
    "chosen courses (any course if none is chosen) by the end of the period, divided by the agency's cadres."
)
