"""The failed-task listing for staff (Settings → Failed background tasks)."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from django_tasks_db.models import DBTaskResult
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

TASK_PERMISSION = "django_tasks_database.view_dbtaskresult"
LISTED_DAYS = 30


def failed_tasks():
    """Failed runs of the last LISTED_DAYS days, newest first, each with what became of the job: a
    later run of it succeeded, waits, failed too, or there is none (given up) — one query."""
    later = DBTaskResult.objects.filter(
        task_path=OuterRef("task_path"),
        args_kwargs=OuterRef("args_kwargs"),
        enqueued_at__gt=OuterRef("enqueued_at"),
    )
    return (
        DBTaskResult.objects.failed()
        .filter(enqueued_at__gte=timezone.now() - timedelta(days=LISTED_DAYS))
        .annotate(
            succeeded_later=Exists(later.filter(status="SUCCESSFUL")),
            pending_later=Exists(later.filter(status__in=["READY", "RUNNING"])),
            failed_later=Exists(later.filter(status="FAILED")),
        )
        .order_by("-enqueued_at")
    )


class FailedTasksView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "ops/failed_tasks.html"
    page_title = _("Failed background tasks")
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(TASK_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = Paginator(failed_tasks(), 50).get_page(self.request.GET.get("p"))
        context.update(page=page, days=LISTED_DAYS)
        return context
