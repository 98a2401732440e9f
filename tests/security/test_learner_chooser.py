"""13.3: no staff role can search learners' names through Wagtail's snippet chooser."""

import pytest

from tests.factories import AdministrativeUnitFactory, learner
from tests.security.support import ROLES, member

pytestmark = pytest.mark.django_db

NAME = "Trần Thị Bí Mật"
BASE = "/admin/snippets/choose/accounts/learnerprofile/"


@pytest.fixture
def hidden_learner(db):
    return learner(full_name=NAME, administrative_unit=AdministrativeUnitFactory(code="40-X99", name="Xã Xa"))


def scoped_trainer():
    return member("trainer", units=[AdministrativeUnitFactory(code="40-X01", name="Xã Gần")])


@pytest.mark.parametrize("role", [*ROLES, "scoped_trainer"])
def test_the_learner_chooser_answers_no_one(client, hidden_learner, role):
    client.force_login(scoped_trainer() if role == "scoped_trainer" else member(role))
    profile = hidden_learner.profile
    for url in (
        BASE,
        f"{BASE}results/?q=Bí+Mật",
        f"{BASE}chosen/{profile.pk}/",
        f"{BASE}chosen-multiple/?id={profile.pk}",
    ):
        response = client.get(url)
        assert response.status_code == 404, (role, url)
        assert NAME not in response.content.decode(), (role, url)


@pytest.mark.parametrize("role", ["editor", "moderator", "trainer", "community", "scoped_trainer"])
def test_roles_without_the_learner_permission_cannot_search_the_listing(client, hidden_learner, role):
    client.force_login(scoped_trainer() if role == "scoped_trainer" else member(role))
    for url in (
        "/admin/snippets/accounts/learnerprofile/?q=Bí+Mật",
        "/admin/snippets/accounts/learnerprofile/results/?q=Bí+Mật",
    ):
        response = client.get(url, follow=True)
        assert NAME not in response.content.decode(), (role, url)
