"""Targets and trainer scopes in the admin: who may manage them, and the form's checks."""

import pytest
from django.urls import reverse

from courses.models import Target, TrainerScope
from tests.courses.reports.support import (
    staff,
    trainer,
)

pytestmark = pytest.mark.django_db


def target_form(world, **overrides):
    data = {
        "name": "Xã Diễn Kim: 50 người dân",
        "administrative_unit": world.C1.pk,
        "organisation": "",
        "courses": [world.A.pk],
        "audience": "resident",
        "learners_required": 50,
        "start_date": "2026-01-01",
        "deadline": "2026-12-31",
    }
    return {**data, **overrides}


def test_officials_with_add_permission_create_targets(client, world):
    client.force_login(staff("courses.add_target", "courses.change_target"))
    add_url = reverse("training_targets:add")
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, target_form(world))
    assert response.status_code == 302
    target = Target.objects.get()
    assert target.administrative_unit == world.C1 and list(target.courses.all()) == [world.A]
    listing = client.get(reverse("training_targets:index") + "?audience=resident")
    assert listing.status_code == 200 and target.name in listing.content.decode()
    assert client.get(reverse("training_targets:edit", args=[target.pk])).status_code == 200


def test_site_admins_scope_trainers_in_the_admin(client, world):
    client.force_login(staff("courses.add_trainerscope", "courses.change_trainerscope"))
    person = trainer()
    add_url = reverse("trainer_scopes:add")
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, {"user": person.pk, "administrative_units": [world.D1.pk], "organisations": []})
    assert response.status_code == 302
    scope = TrainerScope.objects.get(user=person)
    assert list(scope.administrative_units.all()) == [world.D1]
    assert client.get(reverse("trainer_scopes:index")).status_code == 200


@pytest.mark.parametrize("overrides", [{"organisation": "O1"}, {"administrative_unit": ""}, {"deadline": "2025-12-31"}])
def test_target_form_rejects_bad_scope_or_dates(client, world, overrides):
    overrides = {k: getattr(world, v).pk if v in ("O1",) else v for k, v in overrides.items()}
    client.force_login(staff("courses.add_target"))
    response = client.post(reverse("training_targets:add"), target_form(world, **overrides))
    assert response.status_code == 200 and not Target.objects.exists()


def test_managing_targets_needs_the_target_permissions(client, world):
    client.force_login(trainer())  # may view reports, not manage targets
    response = client.post(reverse("training_targets:add"), target_form(world))
    assert response.status_code in (302, 403) and not Target.objects.exists()
    assert client.get(reverse("training_targets:index")).status_code in (302, 403)
