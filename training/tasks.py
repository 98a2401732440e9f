"""Background work: deliver one notification; tell an assignment's members. Run by django-tasks."""

from django_tasks import task


@task()
def deliver_notification(*, notification_id: int) -> str:
    """Send one recorded notification by email or SMS (once: a sent one is skipped)."""
    from .services import notification_deliver

    return notification_deliver(notification_id=notification_id)


@task()
def notify_assignment_members(*, assignment_id: int) -> int:
    """Record (and so send) "required course assigned" to everyone the assignment reaches now."""
    from .models import Assignment
    from .services import assignment_notices_record

    assignment = Assignment.objects.select_related("course", "administrative_unit").filter(pk=assignment_id).first()
    return assignment_notices_record(assignment=assignment) if assignment else 0
