from django_tasks import task

from .backends import get_backend


@task()
def deliver_sms(*, to: str, text: str) -> None:
    """Hand one message to the configured backend. A gateway error is raised, so the run is marked
    failed and retried; sending the same code twice is harmless (the person uses either)."""
    get_backend().send(to=to, text=text)
