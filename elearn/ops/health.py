"""Health endpoints for the load balancer and monitoring.

- ``/livez/``: the process answers (no database, no cache); for a process supervisor.
- ``/health/``: django-health-check over the database, the cache, both storages (a file is written,
  read and deleted) and the task backlog; 500 when any of them fails. The load balancer sends
  requests only to app servers whose ``/health/`` answers 200.
"""

import dataclasses
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView


@dataclasses.dataclass
class TaskBacklog(HealthCheck):
    """Fails when a task ready to run has waited longer than TASK_BACKLOG_MAX_AGE seconds: no worker
    is running, or the workers cannot keep up (certificates and emails would wait)."""

    def run(self):
        from django_tasks_db.models import DBTaskResult, get_date_max

        limit = timezone.now() - timedelta(seconds=settings.TASK_BACKLOG_MAX_AGE)
        due_since_limit = Q(run_after=get_date_max()) | Q(run_after__lt=limit)  # the former: "now"
        waiting = DBTaskResult.objects.ready().filter(due_since_limit, enqueued_at__lt=limit)
        count = waiting.count()
        if count:
            raise ServiceUnavailable(f"{count} tasks waiting longer than {settings.TASK_BACKLOG_MAX_AGE}s")


health = HealthCheckView.as_view(
    checks=[
        "health_check.checks.Database",
        "health_check.checks.Cache",
        ("health_check.checks.Storage", {"alias": "default"}),
        ("health_check.checks.Storage", {"alias": "private"}),
        TaskBacklog,
    ]
)


@never_cache
def livez(request):
    return HttpResponse("ok\n", content_type="text/plain")
