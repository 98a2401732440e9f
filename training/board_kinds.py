"""Required training on the evaluation board: a criterion kind the board offers (registered by
``TrainingConfig.ready``; the board never imports training)."""

from django.utils.translation import gettext_lazy as _

from board.criteria import AGENCY, Figure, Window, register_kind
from elearn.accounts.choices import Audience

from .selectors import assignment_outcomes_by_day

REQUIRED_ON_TIME = "training_required_on_time"
REQUIRED_ON_TIME_LABEL = _("Share of the agency's cadres' required courses completed on time")
REQUIRED_ON_TIME_HELP = _(
    "For each cadre, civil servant or public employee of the agency and each required course assigned to "
    "them (of the chosen courses, if any): completed by its deadline, divided by those whose deadline has "
    "passed or that are already completed, at the end of the period. Courses not due yet do not count."
)


def required_courses_on_time(criterion, window: Window) -> dict[tuple[str, int], Figure]:
    """Figure(on time, on time + late + overdue) per agency and period: (cadre, required course) pairs,
    as the required-courses report counts them on the period's last day (today while it runs)."""
    days = {period.key: period.as_of() for period in window.periods}
    outcomes = assignment_outcomes_by_day(
        days=days.values(),
        organisations=window.unit_ids,
        courses=[course.pk for course in criterion.courses.all()],
        audience=Audience.OFFICIAL,
    )
    figures = {}
    for key, day in days.items():
        for organisation, outcome in outcomes[day].items():
            figures[(key, organisation)] = Figure(outcome.on_time, outcome.on_time + outcome.late + outcome.overdue)
    return figures


def register() -> None:
    register_kind(
        REQUIRED_ON_TIME,
        label=REQUIRED_ON_TIME_LABEL,
        applies_to={AGENCY},
        compute=required_courses_on_time,
        help_text=REQUIRED_ON_TIME_HELP,
    )
