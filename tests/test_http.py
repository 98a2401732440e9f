"""One client-IP rule for the site (issue 13.5): allauth's, with ALLAUTH_TRUSTED_PROXY_COUNT, used by
allauth's limits and by every limiter of the project (``elearn.http``)."""

import pytest
from django.urls import reverse

from elearn.http import client_ip, is_database_id, rate_limit
from tests.factories import DEFAULT_PASSWORD, learner

pytestmark = pytest.mark.django_db
VERIFY = reverse("certificate_verify", args=["0" * 30])


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "6.6.6.6", "10.0.0.5"),  # no proxy: the header is the client's own words
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # what the client wrote before nginx's entry is ignored
        (1, None, "10.0.0.5"),
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.2", "203.0.113.7"),
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(rf, settings, proxies, forwarded, expected):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = proxies
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    assert client_ip(rf.get("/", REMOTE_ADDR="10.0.0.5", **headers)) == expected


def test_rate_limit_counts_get_requests_per_client(rf):
    allowed = [rate_limit(rf.get("/", REMOTE_ADDR="10.0.0.1"), action="probe", rate="3/m/ip") for _ in range(5)]
    assert allowed == [True, True, True, False, False]
    assert rate_limit(rf.get("/", REMOTE_ADDR="10.0.0.2"), action="probe", rate="3/m/ip")


@pytest.mark.parametrize("proxies, remote", [(0, "198.51.100.9"), (1, "127.0.0.1")])
def test_rotating_forwarded_addresses_no_longer_escape_the_verification_limit(
    client, home_page, settings, proxies, remote
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = proxies
    settings.CERTIFICATE_VERIFY_RATE = "5/60"
    real = "198.51.100.9"
    statuses = []
    for n in range(20):
        # The client writes a new address each time; the proxy (if any) appends the real one.
        forwarded = f"10.{n}.0.1" + (f", {real}" if proxies else "")
        statuses.append(client.get(VERIFY, REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded).status_code)
    assert statuses[:5] == [404] * 5 and set(statuses[5:]) == {429}


def test_spoofing_a_victims_address_no_longer_locks_the_victim_out(client, home_page, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.CERTIFICATE_VERIFY_RATE = "5/60"
    victim, attacker = "203.0.113.7", "198.51.100.9"
    for _n in range(20):
        client.get(VERIFY, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"{victim}, {attacker}")
    response = client.get(VERIFY, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=victim)
    assert response.status_code == 404  # looked up, not refused


def test_behind_one_proxy_residents_have_their_own_sign_in_buckets(client, home_page, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    someone = learner()
    via_proxy = {"REMOTE_ADDR": "127.0.0.1"}
    # 10 failed sign-ins with random emails from one resident's address ("10/m/ip")…
    for n in range(10):
        client.post(
            reverse("account_login"),
            {"login": f"khong-co-{n}@example.vn", "password": "sai"},
            HTTP_X_FORWARDED_FOR="198.51.100.9",
            **via_proxy,
        )
    blocked = client.post(
        reverse("account_login"),
        {"login": someone.email, "password": DEFAULT_PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.9",
        **via_proxy,
    )
    assert blocked.status_code != 302
    # … do not block another resident behind the same proxy.
    response = client.post(
        reverse("account_login"),
        {"login": someone.email, "password": DEFAULT_PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.7",
        **via_proxy,
    )
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(someone.pk)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, False), (0, False), (-1, False), (1, True), (2**63 - 1, True), (2**63, False), (2**64, False)],
)
def test_is_database_id_accepts_only_positive_64_bit_ids(value, expected):
    assert is_database_id(value) is expected
