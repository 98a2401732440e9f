"""15.2 Assisted sign-up: consent recorded with the member, the time and the policy version; SMS take-over."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from community.models import AssistedConsent, MemberAction
from elearn.accounts.models import User

pytestmark = pytest.mark.django_db


def register(client, team, **overrides):
    data = {
        "full_name": "Phan Thị  Mai",
        "phone": "0913 111 222",
        "administrative_unit": team.A.pk,
        "audience": "resident",
        "consent_method": "paper",
        "paper_form_number": "DC-2026-015",
        "confirm": "on",
        **overrides,
    }
    return client.post(reverse("community:register"), data)


def test_a_member_registers_a_resident_who_takes_the_account_over_by_sms(
    client, team, sms_outbox, django_capture_on_commit_callbacks
):
    client.force_login(team.MA)
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, team)
    resident = User.objects.get(phone="+84913111222")
    assert response.status_code == 302 and response["Location"].endswith(f"?resident={resident.pk}")
    assert not resident.has_usable_password() and not resident.phone_verified
    assert resident.profile.full_name == "Phan Thị Mai" and resident.profile.administrative_unit == team.A
    consent = AssistedConsent.objects.get(resident=resident)
    assert (consent.helped_by, consent.method, consent.paper_form_number) == (team.MA, "paper", "DC-2026-015")
    assert consent.policy_version == settings.PRIVACY_POLICY_VERSION and consent.given_at
    assert resident.profile.consent_given_at == consent.given_at
    assert MemberAction.objects.filter(kind="registered", member=team.MA, administrative_unit=team.A).exists()
    # The SMS: to the resident, with the one-time link; the member's screen never shows it.
    (message,) = [m for m in sms_outbox if m.to == "+84913111222"]
    link = re.search(r"https?://\S+", message.text).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert "/" + path not in client.get(response["Location"]).content.decode()

    client.logout()
    page = client.get("/" + path)
    assert page.status_code == 200 and "Đặt mật khẩu của bạn" in page.content.decode()
    done = client.post("/" + path, {"new_password1": "Lua-vang-thon-3", "new_password2": "Lua-vang-thon-3"})
    assert done.status_code == 302
    resident.refresh_from_db()
    assert resident.check_password("Lua-vang-thon-3") and resident.phone_verified
    consent.refresh_from_db()
    assert consent.taken_over_at
    # Used once: the link stops working.
    assert client.get("/" + path).status_code == 400


def test_paper_consent_needs_the_form_number_and_the_resident_must_agree(client, team):
    client.force_login(team.MA)
    response = register(client, team, paper_form_number="", confirm="")
    html = response.content.decode()
    assert response.status_code == 200 and not User.objects.filter(phone="+84913111222").exists()
    assert "Nhập số của phiếu giấy mà người dân đã ký." in html
    assert "Người dân phải tự mình đồng ý trước khi tạo tài khoản." in html
    assert 'value="Phan Thị  Mai"' in html  # nothing the member typed is lost


def test_a_number_with_an_account_is_refused_and_a_double_submit_creates_one_account(client, team, sms_outbox):
    client.force_login(team.MA)
    register(client, team)
    response = register(client, team)
    assert response.status_code == 200
    assert "Số điện thoại này đã có tài khoản." in response.content.decode()
    assert User.objects.filter(phone="+84913111222").count() == 1


def test_a_member_cannot_register_a_resident_in_another_commune(client, team):
    client.force_login(team.MA)
    response = register(client, team, administrative_unit=team.B.pk)
    assert response.status_code == 200 and not User.objects.filter(phone="+84913111222").exists()
