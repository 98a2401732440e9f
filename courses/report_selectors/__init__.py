"""Reads behind the trainer reports: aggregate queries only, a fixed number per screen.

Who sees which learners is decided in one place, ``learner_scope_filter``; every report,
export and dashboard figure goes through it.
"""

from .courses import course_completion_figures, course_learners, summary_courses
from .dashboard import DASHBOARD_CACHE_SECONDS, training_week_summary
from .scope import (
    EVERYONE,
    NOBODY,
    REPORT_PERMISSION,
    EnrollmentFilters,
    LearnerScope,
    learner_scope_filter,
    trainer_scope,
)
from .targets import CountRows, TimelinePoint, target_progress, target_timeline, targets_for_report
from .units import organisation_learning_totals, organisations_for_report, unit_learning_totals, units_for_report

__all__ = [
    "DASHBOARD_CACHE_SECONDS",
    "EVERYONE",
    "NOBODY",
    "REPORT_PERMISSION",
    "CountRows",
    "EnrollmentFilters",
    "LearnerScope",
    "TimelinePoint",
    "course_completion_figures",
    "course_learners",
    "learner_scope_filter",
    "organisation_learning_totals",
    "organisations_for_report",
    "summary_courses",
    "target_progress",
    "target_timeline",
    "targets_for_report",
    "trainer_scope",
    "training_week_summary",
    "unit_learning_totals",
    "units_for_report",
]
