"""Report screens and exports run a number of queries that does not grow with learners or courses."""

from datetime import timedelta

import pytest

from courses.models import Target
from tests.courses.reports.support import (
    BASE,
    grow,
    query_counts,
    trainer,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("who", ["superuser", "scoped trainer"])
def test_query_counts_do_not_grow_with_learners_or_courses(client, catalogue, world, superuser, who):
    user = superuser if who == "superuser" else trainer(units=[world.P], organisations=[world.O1])
    period = {"learners_required": 5, "start_date": BASE, "deadline": BASE + timedelta(days=700)}
    Target.objects.create(name="T", administrative_unit=world.P, **period)
    small_world = query_counts(client, world, user)
    grow(catalogue, n_courses=2, n_learners=3)
    small = query_counts(client, world, user)
    grow(catalogue, n_courses=6, n_learners=25)
    Target.objects.create(name="T2", organisation=world.O1, **period)
    large = query_counts(client, world, user)
    assert small == large, {k: (small[k], large[k]) for k in small if small[k] != large[k]}
    assert small_world == small
    assert max(large.values()) <= 40, large
