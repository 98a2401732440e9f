"""Criteria are configured in the Wagtail admin, in Vietnamese; the board has its menu."""

import pytest
from django.urls import reverse

from board.models import Criterion

pytestmark = pytest.mark.django_db


def test_administrator_adds_a_criterion(client, superuser, catalogue):
    client.force_login(superuser)
    url = reverse("board_criteria:add")
    form = client.get(url).content.decode()
    for label in ("Cách tính", "Trọng số", "Mức đạt (%)", "Áp dụng cho", "Tỷ lệ người học hoạt động trong 30 ngày qua"):
        assert label.lower() in form.lower(), label
    data = {
        "name": "Cán bộ hoàn thành khóa học",
        "description": "",
        "applies_to": "agency",
        "kind": "cadres_completed",
        "weight": "3",
        "target_percent": "80",
        "sort_order": "0",
        "is_active": "on",
    }
    assert client.post(url, data).status_code == 302
    criterion = Criterion.objects.get()
    assert (criterion.kind, criterion.weight, criterion.applies_to) == ("cadres_completed", 3, "agency")
    listing = client.get(reverse("board_criteria:index")).content.decode()
    assert "Cán bộ hoàn thành khóa học" in listing and "Cách tính" in listing
    assert "Tỷ lệ cán bộ của cơ quan đã hoàn thành khóa học" in listing


def test_a_kind_that_does_not_fit_the_units_is_refused_in_vietnamese(client, superuser):
    client.force_login(superuser)
    data = {"name": "Sai", "applies_to": "commune", "kind": "cadres_completed", "weight": "1", "target_percent": "80"}
    data["sort_order"] = "0"
    response = client.post(reverse("board_criteria:add"), data)
    assert response.status_code == 200
    assert "Cách tính này không áp dụng cho loại đơn vị đã chọn" in response.content.decode()
    assert not Criterion.objects.exists()


def test_board_menu_for_report_viewers(client, viewer):
    client.force_login(viewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    # The sidebar's items are JSON in the page (non-ASCII escaped): look for the links.
    assert reverse("board_index") in html and reverse("board_lagging") in html
    assert reverse("board_criteria:index") not in html  # criteria: administrators only


def test_board_menu_is_hidden_from_other_staff(client):
    from tests.courses.reports.support import staff

    client.force_login(staff())
    assert reverse("board_index") not in client.get(reverse("wagtailadmin_home")).content.decode()
