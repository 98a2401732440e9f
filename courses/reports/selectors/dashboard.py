"""The admin home's training summary."""

import hashlib
from datetime import date, timedelta

from django.core.cache import cache
from django.db.models import Count, Q
from django.utils import timezone

from ...models import Enrollment, Target
from ...scope import learner_scope_filter, trainer_scope
from .base import local_midnight
from .targets import target_progress, targets_for_report

DASHBOARD_CACHE_SECONDS = 300


def training_week_summary(*, user, today: date | None = None) -> dict:
    """Enrollments and completions since Monday, and the five current targets furthest behind (three queries).

    Cached for a few minutes per scope: the admin home is opened often and these move slowly.
    """
    today = today or timezone.localdate()
    scope = trainer_scope(user)
    key = "training-week:" + hashlib.sha256(f"{today}|{scope!r}".encode()).hexdigest()
    return cache.get_or_set(key, lambda: _training_week_summary(user, today), DASHBOARD_CACHE_SECONDS)


def _training_week_summary(user, today: date) -> dict:
    since = local_midnight(today - timedelta(days=today.weekday()))
    week = (
        Enrollment.objects.filter(learner_scope_filter(user, "user__profile__"))
        .filter(Q(enrolled_at__gte=since) | Q(completed_at__gte=since))
        .aggregate(
            enrollments=Count("pk", filter=Q(enrolled_at__gte=since)),
            completions=Count("pk", filter=Q(completed_at__gte=since)),
        )
    )
    current = targets_for_report(user=user).filter(start_date__lte=today, deadline__gte=today)
    progress = [target_progress(target, today) for target in current.prefetch_related(None)]
    behind = sorted(
        (t for t in progress if t.status == Target.Status.BEHIND), key=lambda t: (t.achieved - t.expected, t.deadline)
    )
    fields = ("pk", "name", "achieved", "learners_required", "expected", "deadline")
    return {"since": since, **week, "targets_behind": [{f: getattr(t, f) for f in fields} for t in behind[:5]]}
