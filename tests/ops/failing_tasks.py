"""Tasks for the retry tests (a real module: the worker imports tasks by path)."""

from django.core.cache import cache
from django_tasks import task


@task()
def always_fails(*, label: str) -> None:
    raise RuntimeError(f"gateway down ({label})")


@task()
def fails_once(*, key: str) -> str:
    if cache.add(key, 1):
        raise RuntimeError("first attempt fails")
    return "sent"
