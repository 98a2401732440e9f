"""15.x The take-over page (the resident sets their own password from the SMS link) has its own limit:
per client IP (elearn.http.client_ip) and per account, with a Vietnamese page on 429."""

import pytest
from django.contrib.auth import get_user_model

from community.tokens import take_over_url

pytestmark = pytest.mark.django_db
User = get_user_model()


def path_of(user) -> str:
    return "/" + take_over_url(user).split("://", 1)[1].split("/", 1)[1]


def test_one_account_is_limited_whichever_client_tries_and_others_are_not(client, team, settings):
    settings.COMMUNITY_TAKE_OVER_RATE = "100/m/ip,3/h/key"
    url = path_of(team.RA)
    wrong = {"new_password1": "a", "new_password2": "b"}
    statuses = [client.post(url, wrong, REMOTE_ADDR=f"10.0.0.{n}").status_code for n in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    response = client.get(url, REMOTE_ADDR="10.9.9.9")
    html = response.content.decode()
    assert response.status_code == 429 and "Bạn đã thử quá nhiều lần" in html and "Đặt mật khẩu" not in html
    # Another token for the same account is the same account; another account is not limited.
    assert client.get(url.rsplit("/", 2)[0] + "/abc-123/", REMOTE_ADDR="10.9.9.8").status_code == 429
    assert client.get(path_of(team.RB), REMOTE_ADDR="10.0.0.1").status_code == 200


def test_one_client_is_limited_across_accounts_and_bad_links(client, team, settings):
    settings.COMMUNITY_TAKE_OVER_RATE = "4/m/ip,100/h/key"
    statuses = [client.get(f"/nhan-tai-khoan/{uid}/abc-123/").status_code for uid in ("MQ", "Mg", "Mw", "xx")]
    assert statuses == [400, 400, 400, 400]
    # The fifth request from that client is refused, even with a valid link…
    response = client.get(path_of(team.RA))
    assert response.status_code == 429 and "Bạn đã thử quá nhiều lần" in response.content.decode()
    # …while another client opens it.
    assert client.get(path_of(team.RA), REMOTE_ADDR="10.1.1.1").status_code == 200


def test_the_limit_follows_the_sites_client_ip_rule_behind_a_proxy(client, team, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.COMMUNITY_TAKE_OVER_RATE = "2/m/ip,100/h/key"
    url = path_of(team.RA)
    statuses = [
        client.get(url, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.{n}.0.1, 203.0.113.7").status_code
        for n in range(4)
    ]
    assert statuses == [200, 200, 429, 429]  # rotating the client's own entries escapes nothing


def test_a_huge_account_number_is_a_bad_link_not_an_error(client, team):
    assert client.get("/nhan-tai-khoan/OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5/abc/").status_code == 400
