import pytest
from django.core.management import CommandError, call_command

from elearn.accounts.models import AdministrativeUnit, User
from home.models import HomePage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def test_load_demo_is_idempotent(client):
    call_command("load_demo", "--allow-production", verbosity=0)
    counts = (User.objects.count(), StandardPage.objects.count(), AdministrativeUnit.objects.count())
    call_command("load_demo", "--allow-production", verbosity=0)
    assert (User.objects.count(), StandardPage.objects.count(), AdministrativeUnit.objects.count()) == counts
    assert HomePage.objects.count() == 1
    settings = SiteSettings.objects.get()
    assert settings.privacy_page is not None
    response = client.get("/")
    assert response.status_code == 200
    assert "Chính sách bảo vệ dữ liệu cá nhân" in response.content.decode()


def test_load_demo_refuses_without_debug():
    with pytest.raises(CommandError):
        call_command("load_demo", verbosity=0)
