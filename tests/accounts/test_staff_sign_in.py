"""Staff sign in through allauth (issue 13.4): one sign-in page, one set of rate limits, and two-step
verification (TOTP + recovery codes) for staff who hold learners' data."""

import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from courses import roles
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"


def totp_now(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // mfa_settings.TOTP_PERIOD))


def staff(**kwargs):
    user = UserFactory(is_staff=True, **kwargs)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def superuser():
    return staff(is_superuser=True, email="quantri@example.vn")


@pytest.fixture
def mfa_on(settings):
    settings.STAFF_MFA_REQUIRED = True


@pytest.mark.parametrize(
    "url, target",
    [
        ("/admin/", f"{LOGIN}?next=/admin/"),
        ("/admin/login/", LOGIN),
        ("/admin/login/?next=/admin/pages/", f"{LOGIN}?next=/admin/pages/"),
        ("/_util/login/?next=/khoa-hoc/", f"{LOGIN}?next=/khoa-hoc/"),
        ("/admin/password_reset/", "/accounts/password/reset/"),
    ],
)
def test_wagtail_sign_in_and_reset_lead_to_the_site_sign_in(client, home_page, url, target):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == target


def test_wagtails_own_reset_pages_are_gone(client, home_page):
    assert client.get("/admin/password_reset/done/").status_code == 404


@pytest.mark.parametrize("url", ["/admin/login/", "/_util/login/"])
def test_posting_to_wagtails_sign_in_signs_nobody_in(client, home_page, superuser, url):
    client.post(url, {"username": superuser.username, "password": DEFAULT_PASSWORD})
    client.post(url, {"username": superuser.email, "password": DEFAULT_PASSWORD})
    assert not signed_in(client)


def test_the_admin_sign_in_page_says_what_to_type(client, home_page):
    page = client.get(f"{LOGIN}?next=/admin/").content.decode()
    label = page.split('for="id_login"', 1)[1].split("</label>", 1)[0]
    assert "Email hoặc số điện thoại" in label and "Tên đăng nhập" not in page
    assert 'name="next" value="/admin/"' in page


def test_after_forty_wrong_passwords_the_superuser_is_locked_out_everywhere(client, home_page, superuser):
    for n in range(40):
        client.post(LOGIN, {"login": superuser.email, "password": f"sai-{n}"}, REMOTE_ADDR=f"10.0.{n}.1")
        client.post("/admin/login/", {"username": superuser.username, "password": f"sai-{n}"})
    response = client.post(LOGIN, {"login": superuser.email, "password": DEFAULT_PASSWORD}, REMOTE_ADDR="10.9.9.9")
    assert "Bạn đã đăng nhập không thành công quá nhiều lần" in response.content.decode()
    client.post("/admin/login/", {"username": superuser.username, "password": DEFAULT_PASSWORD})
    assert not signed_in(client)
    assert client.get("/admin/")["Location"] == f"{LOGIN}?next=/admin/"


def test_the_admins_password_reset_is_rate_limited(client, home_page, superuser):
    reset = client.get("/admin/password_reset/", follow=True).request["PATH_INFO"]
    for _n in range(20):
        client.post(reset, {"email": superuser.email})
    assert 1 <= len(mail.outbox) <= 5  # allauth's "5/m/key"


def test_staff_sign_in_lands_in_the_admin(client, home_page):
    editor = staff()
    response = client.post(f"{LOGIN}?next=/admin/", {"login": editor.email, "password": DEFAULT_PASSWORD})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


# --- Two-step verification --------------------------------------------------------------------------


def test_a_superuser_must_set_up_an_authenticator_app_before_any_admin_page(client, home_page, superuser, mfa_on):
    client.post(f"{LOGIN}?next=/admin/pages/", {"login": superuser.email, "password": DEFAULT_PASSWORD})
    response = client.get("/admin/pages/")
    activate = reverse("mfa_activate_totp")
    assert response.status_code == 302 and response["Location"] == f"{activate}?next=%2Fadmin%2Fpages%2F"
    assert client.get("/admin/reports/")["Location"].startswith(activate)

    # allauth asks for the password again before the authenticator is added.
    reauth = client.get(activate)["Location"]
    client.post(reauth, {"password": DEFAULT_PASSWORD})
    page = client.get(activate)
    assert page.status_code == 200 and 'src="data:image/svg+xml;base64,' in page.content.decode()
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post(activate, {"code": totp_now(secret)}, follow=True)
    assert set(Authenticator.objects.filter(user=superuser).values_list("type", flat=True)) == {
        "totp",
        "recovery_codes",
    }
    assert reverse("wagtailadmin_home") in response.content.decode()  # "Đi tới trang quản trị"
    assert client.get("/admin/pages/").status_code == 200


def test_staff_with_an_authenticator_give_a_code_at_every_sign_in(client, home_page, superuser, mfa_on):
    secret = generate_totp_secret()
    TOTP.activate(superuser, secret)
    RecoveryCodes.activate(superuser)
    response = client.post(f"{LOGIN}?next=/admin/", {"login": superuser.email, "password": DEFAULT_PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate") and not signed_in(client)
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000" if totp_now(secret) != "000000" else "1"})
    assert "Mã không chính xác" in wrong.content.decode() and not signed_in(client)
    response = client.post(reverse("mfa_authenticate"), {"code": totp_now(secret)})
    assert response["Location"] == "/admin/" and client.get("/admin/").status_code == 200


def test_a_recovery_code_replaces_the_phone_once(client, home_page, superuser, mfa_on):
    TOTP.activate(superuser, generate_totp_secret())
    codes = RecoveryCodes.activate(superuser)
    code = codes.get_unused_codes()[0]
    client.post(LOGIN, {"login": superuser.email, "password": DEFAULT_PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert signed_in(client)
    client.post(reverse("account_logout"))
    client.post(LOGIN, {"login": superuser.email, "password": DEFAULT_PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert not signed_in(client)


@pytest.mark.parametrize("group", [roles.TRAINERS, roles.COMMUNITY, roles.SITE_ADMINS])
def test_roles_that_hold_learner_data_or_manage_users_need_it(client, home_page, mfa_on, group):
    user = staff()
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    assert client.get("/admin/")["Location"].startswith(reverse("mfa_activate_totp"))


def test_an_editor_without_learner_data_is_not_forced(client, home_page, mfa_on):
    editor = staff()
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_signing_out_of_the_admin_works_before_the_setup(client, home_page, superuser, mfa_on):
    client.force_login(superuser)
    client.post(reverse("wagtailadmin_logout"))
    assert not signed_in(client)


def test_production_refuses_to_run_with_the_rule_off(settings):
    from elearn.accounts.checks import check_staff_mfa

    settings.STAFF_MFA_REQUIRED = False
    assert [e.id for e in check_staff_mfa()] == ["elearn.accounts.E001"]
    settings.STAFF_MFA_REQUIRED = True
    assert check_staff_mfa() == []


def test_page_header_actions_are_named_in_vietnamese(client, home_page):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    content = client.get(reverse("wagtailadmin_explore", args=[home_page.pk])).content.decode()
    assert '<nav aria-label="Thao tác" id="w-slim-header-buttons"' in content
    assert 'aria-label="Actions"' not in content


def test_a_get_of_the_admin_sign_out_address_asks_and_keeps_the_staff_member_signed_in(client):
    """Wagtail's view dropped the session cookie on a GET (a link or an image on another site) while
    answering 405; now a GET goes to the sign-out page, which asks, and only a POST signs out."""
    user = staff()
    client.force_login(user)

    response = client.get("/admin/logout/")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_logout")
    assert client.cookies["sessionid"].value  # the cookie was not deleted
    assert signed_in(client)
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()

    response = client.post("/admin/logout/")

    assert response.status_code == 302
    assert not signed_in(client)
