"""The admin's date picker, which staff open in report and certificate filters, speaks Vietnamese (issue 17.4)."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_staff_journeys import admin_sign_in

pytestmark = pytest.mark.browser


def test_the_date_picker_of_a_filter_shows_no_english(demo, new_page):
    page = new_page("desktop")
    admin_sign_in(page, "giangvien", demo.password)
    page.goto("/admin/certificates/")
    page.get_by_role("button", name="Hiện bộ lọc").click()
    page.get_by_role("button", name="Ngày cấp").click()  # the filter's panel in the drill-down
    date_input = page.locator('input[name="issued_on_from"]')
    date_input.click()
    picker = page.locator(".xdsoft_datetimepicker:visible").first
    expect(picker).to_be_visible()
    text = picker.inner_text()  # the visible text: the plugin keeps its "Save Selected" button hidden
    assert "Tháng" in text and "Thứ 2" in text
    assert "Save Selected" not in text and "Sunday" not in text
