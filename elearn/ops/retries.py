"""Failed tasks are tried again: ``TASK_MAX_ATTEMPTS`` runs in all, each after a longer wait
(``TASK_RETRY_DELAY`` seconds, doubled each time). Every task of the site (email, SMS, certificate
PDFs, Wagtail's own) is written to be safe to run twice.

A retry is a new run with the same task and arguments, so the attempts of one job are the failed
runs with that task path and those arguments (``attempts_of``). A failure whose attempts are spent
stays in the failed-task listing (``admin``) for staff.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.dispatch import receiver
from django.utils import timezone
from django_tasks.signals import task_finished
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

# Attempts of one job are looked for in this window only (a job enqueued again next week is new).
ATTEMPT_WINDOW = timedelta(days=2)


def attempts_of(result: DBTaskResult):
    return DBTaskResult.objects.filter(
        task_path=result.task_path,
        args_kwargs=result.args_kwargs,
        backend_name=result.backend_name,
        status="FAILED",
        enqueued_at__gte=timezone.now() - ATTEMPT_WINDOW,
    )


@receiver(task_finished)
def retry_failed_task(sender, task_result, **kwargs):
    if not (isinstance(sender, type) and issubclass(sender, DatabaseBackend)):
        return  # the immediate backend (tests) raises at once; nothing to retry
    if task_result.status != "FAILED":
        return
    result = DBTaskResult.objects.filter(pk=task_result.id).first()
    if result is None:
        return
    failures = attempts_of(result).count()
    if failures >= settings.TASK_MAX_ATTEMPTS:
        logger.error("Task %s failed %d times; given up (%s)", result.task_path, failures, result.exception_class_path)
        return
    delay = timedelta(seconds=settings.TASK_RETRY_DELAY * 2 ** (failures - 1))
    task = task_result.task.using(run_after=timezone.now() + delay)
    task.enqueue(*task_result.args, **task_result.kwargs)
    logger.warning("Task %s failed (attempt %d); tried again in %s", result.task_path, failures, delay)
