"""Issue 15's first journey: a resident with a phone and no email signs up on a phone, verifies the
number with the code sent by SMS (the test SMS backend), learns, and gets a certificate."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import Certificate
from elearn.accounts.models import User

from . import answer_quiz, complete_lessons

pytestmark = pytest.mark.browser

PAYMENTS = "thanh-toan-khong-dung-tien-mat-an-toan"
NAME = "Trần Thị Mai"
PASSWORD = "Hoc-ky-nang-so-2026"


def test_resident_signs_up_with_only_a_phone_number_and_gets_a_certificate(demo, new_page, sms_outbox, axe):
    page = new_page("phone")
    banner = page.get_by_role("banner")
    page.goto("/")
    banner.get_by_role("link", name="Đăng ký", exact=True).click()
    page.get_by_role("textbox", name="Họ và tên").fill(NAME)
    page.get_by_role("textbox", name="Số điện thoại").fill("0987 654 321")
    page.get_by_role("combobox", name="Bạn là").select_option(label="Người dân")
    page.get_by_role("combobox", name="Xã/phường").select_option(label="Xã Diễn Châu")
    page.get_by_role("textbox", name="Mật khẩu:", exact=True).fill(PASSWORD)
    page.get_by_role("textbox", name="Nhập lại mật khẩu").fill(PASSWORD)
    page.get_by_role("checkbox", name="Tôi đồng ý").check()
    page.get_by_role("button", name="Đăng ký tài khoản").click()

    # The code arrives by SMS; the page says where it went.
    expect(page.get_by_role("heading", level=1)).to_have_text("Nhập mã xác minh số điện thoại")
    expect(page.get_by_role("main")).to_contain_text("+84987654321")
    axe(page)
    [sms] = sms_outbox
    assert sms.to == "+84987654321"
    code = re.match(r"(\d{6}) ", sms.text).group(1)
    page.get_by_role("textbox", name="Mã").fill(code)
    page.get_by_role("button", name="Xác nhận").click()

    # Signed in, greeted by name (not by the generated username).
    expect(page.get_by_role("status")).to_contain_text(f"Đăng nhập thành công với tài khoản {NAME}.")
    expect(banner.get_by_role("link", name=NAME)).to_be_visible()
    user = User.objects.get(phone="+84987654321")
    assert (user.email, user.phone_verified, user.profile.full_name) == ("", True, NAME)

    # Learn: enrol, every lesson, the final quiz, the certificate.
    course = demo.course(PAYMENTS)
    page.goto(course.url)
    page.get_by_role("button", name="Đăng ký học khóa học này").click()
    complete_lessons(page, demo.lessons(course))
    quiz = demo.quiz(course)
    expect(page.get_by_role("heading", level=1)).to_have_text(quiz.title)
    answer_quiz(page, quiz, right=True)
    expect(page.get_by_role("status").filter(has_text="%")).to_contain_text("Đạt ✓")
    certificate = Certificate.objects.get(user=user, course=course)
    assert certificate.learner_name == NAME

    # Next time: the number, written another way, and the password.
    page.get_by_role("banner").get_by_role("button", name="Đăng xuất").click()
    banner.get_by_role("link", name="Đăng nhập", exact=True).click()
    page.get_by_role("textbox", name="Email hoặc số điện thoại").fill("+84 987 654 321")
    page.get_by_role("textbox", name="Mật khẩu").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập", exact=True).click()
    expect(banner.get_by_role("link", name=NAME)).to_be_visible()
    # A verified number signs in without a new code; the other messages are the enrolment and
    # certificate notices a phone-only learner receives by SMS (issue 16).
    codes = [sms for sms in sms_outbox if re.match(r"\d{6} ", sms.text)]
    assert len(codes) == 1
    assert any("/certificates/" in sms.text for sms in sms_outbox[1:])
