"""The admin's live slug field writes Vietnamese titles as readable ASCII addresses (issue 17.1)."""

import pytest
from playwright.sync_api import expect

from courses.models import CourseIndexPage, CoursePage
from tests.browser.test_staff_journeys import admin_sign_in, fill_page_title

pytestmark = pytest.mark.browser


def test_the_slug_field_transliterates_vietnamese_titles_and_typed_slugs(demo, new_page):
    editor = new_page("desktop")
    admin_sign_in(editor, "bientap", demo.password)
    catalogue = CourseIndexPage.objects.get()
    editor.goto(f"/admin/pages/add/courses/coursepage/{catalogue.pk}/")

    fill_page_title(editor, "Cài đặt Zalo trên điện thoại")
    slug = editor.get_by_label("Đường dẫn (slug)*")
    expect(slug).to_have_value("cai-dat-zalo-tren-dien-thoai")  # was "cai-djt-zalo-tren-djin-thoi"

    # Typed into the slug field itself (on the "Quảng bá" tab), then left.
    editor.get_by_role("tab", name="Quảng bá").click()
    slug.fill("Dùng Zalo an toàn cho người cao tuổi ĐÃ ĐƯỢC DUYỆT")
    slug.blur()
    expect(slug).to_have_value("dung-zalo-an-toan-cho-nguoi-cao-tuoi-da-duoc-duyet")  # was "…-ngi-cao-tui-…"

    editor.get_by_role("tab", name="Nội dung").click()
    editor.get_by_role("textbox", name="Tóm tắt*").fill("Cài đặt và dùng Zalo an toàn.")
    editor.get_by_role("region", name="Đối tượng").get_by_role("checkbox", name="Người dân").check()
    editor.get_by_role("button", name="Lưu bản nháp").click()
    expect(editor.get_by_role("status")).to_contain_text("Đã tạo trang")
    assert CoursePage.objects.filter(slug="dung-zalo-an-toan-cho-nguoi-cao-tuoi-da-duoc-duyet").exists()
