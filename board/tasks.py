"""Background work of the board: storing closed months' figures that a board asked for but did not wait for."""

from django_tasks import task


@task()
def store_figures(*, criterion_ids: list[int], period_keys: list[str]) -> None:
    """Compute and store the figures of these closed months (idempotent: stored ones are skipped)."""
    from .models import Criterion
    from .periods import period_from_key
    from .selectors import board_figures

    periods = [period_from_key(key) for key in period_keys]
    for criterion in Criterion.objects.filter(pk__in=criterion_ids).prefetch_related("courses"):
        board_figures(criteria=[criterion], applies_to=criterion.applies_to, periods=periods, unit_ids=[])
