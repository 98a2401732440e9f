"""Acceptance journeys in a real browser, as a person on a phone would do them."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from courses.models import Certificate, CoursePage, Enrollment, LessonCompletion
from elearn.accounts.models import User

from . import MARK_COMPLETED, answer_quiz, complete_lessons, sign_in

pytestmark = pytest.mark.browser

PAYMENTS = "thanh-toan-khong-dung-tien-mat-an-toan"
PAYMENTS_TITLE = "Thanh toán không dùng tiền mặt an toàn"


def test_resident_on_a_phone_signs_up_learns_and_gets_a_verifiable_certificate(demo, new_page):
    page = new_page("phone")
    banner = page.get_by_role("banner")

    # Sign up through allauth's form, with the learner-profile fields.
    page.goto("/")
    banner.get_by_role("link", name="Đăng ký", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Đăng ký tài khoản")
    page.get_by_role("textbox", name="Họ và tên").fill("Nguyễn Thị Ngọc Diệp")
    page.get_by_role("combobox", name="Bạn là").select_option(label="Người dân")
    page.get_by_role("combobox", name="Xã/phường").select_option(label="Xã Diễn Châu")
    page.get_by_role("checkbox", name="Tôi đồng ý").check()
    page.get_by_role("textbox", name="Email").fill("ngocdiep@example.vn")
    page.get_by_role("textbox", name="Mật khẩu:", exact=True).fill("Hoc-ky-nang-so-2026")
    page.get_by_role("textbox", name="Nhập lại mật khẩu").fill("Hoc-ky-nang-so-2026")
    page.get_by_role("button", name="Đăng ký tài khoản").click()

    expect(banner.get_by_role("link", name="Nguyễn Thị Ngọc Diệp")).to_be_visible()
    expect(banner.get_by_role("button", name="Đăng xuất")).to_be_visible()
    user = User.objects.select_related("profile__administrative_unit").get(email="ngocdiep@example.vn")
    assert user.profile.full_name == "Nguyễn Thị Ngọc Diệp"
    assert user.profile.audience == "resident"
    assert user.profile.administrative_unit.name == "Xã Diễn Châu"
    assert user.profile.consent_given_at is not None

    # The catalogue, filtered by audience (a GET form).
    banner.get_by_role("navigation", name="Menu chính").get_by_role("link", name="Khóa học").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Khóa học")
    main = page.get_by_role("main")
    page.get_by_label("Dành cho").select_option(label="Người dân")
    main.get_by_role("button", name="Tìm kiếm", exact=True).click()
    expect(page).to_have_url(re.compile(r"[?&]audience=resident(&|$)"))
    for_residents = set(CoursePage.objects.live().filter(for_residents=True).values_list("title", flat=True))
    not_for_residents = set(CoursePage.objects.live().filter(for_residents=False).values_list("title", flat=True))
    assert for_residents and not_for_residents, "the demo should have courses on both sides of the filter"
    cards = main.get_by_role("listitem").get_by_role("heading", level=3)
    expect(cards).to_have_count(len(for_residents))
    assert set(cards.all_inner_texts()) == for_residents

    # Search without diacritics, as typed on a phone keyboard.
    page.get_by_label("Tìm kiếm khóa học").fill("thanh toan")
    page.get_by_label("Tìm kiếm khóa học").press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=thanh\+toan(&|$)"))
    expect(page.get_by_label("Dành cho")).to_have_value("resident")  # the filter is kept
    expect(main.get_by_role("link", name=PAYMENTS_TITLE, exact=True)).to_be_visible()

    # The course: enroll, then complete every lesson with the button at the end of each.
    main.get_by_role("link", name=PAYMENTS_TITLE, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(PAYMENTS_TITLE)
    page.get_by_role("button", name="Đăng ký học khóa học này").click()
    course = demo.course(PAYMENTS)
    assert Enrollment.objects.filter(user=user, course=course).exists()
    lessons = demo.lessons(course)
    complete_lessons(page, lessons)
    assert LessonCompletion.objects.filter(enrollment__user=user).count() == len(lessons)

    # The final quiz: the last lesson leads to it. A wrong attempt first, then a right one.
    quiz = demo.quiz(course)
    expect(page.get_by_role("heading", level=1)).to_have_text(quiz.title)
    answer_quiz(page, quiz, right=False)
    result = page.get_by_role("status").filter(has_text="%")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Kết quả: {quiz.title}")
    expect(result).to_contain_text("Chưa đạt")
    expect(result.get_by_text("0%", exact=True)).to_be_visible()
    assert not Certificate.objects.filter(user=user).exists()

    page.get_by_role("link", name="Làm lại").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(quiz.title)
    answer_quiz(page, quiz, right=True)
    expect(result).to_contain_text("Đạt ✓")
    expect(result.get_by_text("100%", exact=True)).to_be_visible()

    # The dashboard lists the course as completed, with its certificate.
    banner.get_by_role("link", name="Học tập của tôi").click()
    expect(page).to_have_url(re.compile(r"/my-learning/$"))
    completed = page.get_by_role("region", name="Đã hoàn thành")
    entry = completed.get_by_role("listitem").filter(has=page.get_by_role("heading", name=PAYMENTS_TITLE))
    with page.expect_download() as download_info:
        entry.get_by_role("link", name="Tải chứng nhận của bạn (PDF)").click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename.startswith("chung-nhan-")
    assert download.suggested_filename.endswith(".pdf")
    assert Path(download.path()).read_bytes().startswith(b"%PDF")

    # Anyone can check the certificate from its code.
    certificate = Certificate.objects.get(user=user, course=course)
    entry.get_by_role("link", name="Trang xác minh").click()
    expect_valid_certificate(page, certificate, "Nguyễn Thị Ngọc Diệp")

    # … also by typing the code as read from paper: lower case, spaces, O for 0 and I for 1.
    typed = certificate.display_code.lower().replace("-", " ").replace("0", "o").replace("1", "i")
    page.get_by_label("Mã chứng nhận").fill(typed)
    page.get_by_role("button", name="Xác minh").click()
    expect_valid_certificate(page, certificate, "Nguyễn Thị Ngọc Diệp")


def expect_valid_certificate(page, certificate, learner_name):
    expect(page).to_have_url(
        re.compile(rf"/certificates/{certificate.code}/$|/certificates/{certificate.display_code}/$")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text("Xác minh chứng nhận")
    expect(page.get_by_role("status")).to_contain_text("Chứng nhận này còn hiệu lực.")
    details = page.get_by_role("main").locator("dl")
    expect(details.get_by_role("definition").first).to_have_text(learner_name)
    expect(details).to_contain_text(certificate.course_title)
    expect(details).to_contain_text(certificate.display_code)


def test_learner_is_refused_another_learners_certificate_pdf(demo, new_page):
    certificate = Certificate.objects.get(user=demo.learner)  # Phạm Văn Nghệ's finished demo course
    page = new_page("phone")
    sign_in(page, demo.business_learner.email, demo.password)
    downloads = []
    page.on("download", lambda download: downloads.append(download))

    response = page.goto(f"/certificates/{certificate.display_code}/pdf/")

    assert response.status == 403
    assert response.headers["content-type"].startswith("text/html")
    assert "content-disposition" not in response.headers
    expect(page.get_by_role("heading", level=1)).to_have_text("Không có quyền truy cập")
    expect(page.get_by_role("main")).to_contain_text("Chứng nhận này thuộc về người học khác.")
    expect(page.get_by_role("main")).not_to_contain_text(certificate.learner_name)
    assert downloads == []


def test_keyboard_only_learner_completes_a_lesson(demo, new_page):
    user = demo.business_learner
    course = demo.course(PAYMENTS)
    lesson = demo.lessons(course)[0]
    page = new_page("phone", user=user)
    page.goto(lesson.url)
    keyboard = page.keyboard

    # The skip link is the first stop and takes focus to the main content.
    skip = page.get_by_role("link", name="Chuyển đến nội dung chính")
    keyboard.press("Tab")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()

    # From there, Tab until "mark as completed" has the focus; it shows a visible focus indicator.
    button = page.get_by_role("button", name=MARK_COMPLETED)
    for _presses in range(100):
        keyboard.press("Tab")
        if button.evaluate("el => el === document.activeElement"):
            break
    else:
        pytest.fail("Tab never reached the “mark as completed” button")
    assert button.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    keyboard.press("Tab")
    keyboard.press("Shift+Tab")
    expect(button).to_be_focused()

    keyboard.press("Space")

    expect(page.get_by_role("heading", level=1)).to_have_text(demo.lessons(course)[1].title)
    assert LessonCompletion.objects.filter(enrollment__user=user, lesson=lesson).exists()
    assert Enrollment.objects.get(user=user, course=course).completed_lessons == 1
