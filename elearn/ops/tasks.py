from django.conf import settings
from django.core.mail import get_connection
from django_tasks import task

from .mail import deserialise


@task()
def deliver_email(*, message: dict) -> None:
    """Send one email with ``EMAIL_DELIVERY_BACKEND``. An SMTP error is raised, so the run is marked
    failed and retried (``elearn.ops.retries``)."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
    sent = connection.send_messages([deserialise(message)])
    if not sent:
        raise RuntimeError("the email backend sent nothing")
