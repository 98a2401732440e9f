"""Real-browser acceptance tests (Playwright + Debian's Chromium). Fixtures are in conftest.py.

Helpers shared by the test modules and ``take_screenshots.py`` live here. They act as a person
would: by role, label and visible Vietnamese text.
"""

import re

from playwright.sync_api import Page, expect

MARK_COMPLETED = re.compile(r"^Đánh dấu hoàn thành")  # "… và học tiếp" when a next lesson follows


def sign_in(page: Page, email: str, password: str) -> None:
    """Through allauth's sign-in form, from the header link."""
    page.goto("/")
    page.get_by_role("banner").get_by_role("link", name="Đăng nhập", exact=True).click()
    page.get_by_role("textbox", name="Email").fill(email)
    page.get_by_role("textbox", name="Mật khẩu").fill(password)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("banner").get_by_role("button", name="Đăng xuất")).to_be_visible()


def quiz_choices(quiz, *, right: bool) -> dict[str, list[str]]:
    """Question text → the option labels to tick, all right or all wrong, from the server's answer key."""
    from django.utils import translation

    with translation.override("vi"):  # "Đúng"/"Sai" labels of true/false questions
        key = quiz.answer_key()
    choices = {}
    for question in key.values():
        options = [option["text"] for option in question["options"] if option["correct"] == right]
        choices[question["text"]] = options if question["type"] == "multiple_choice" else options[:1]
    return choices


def answer_quiz(page: Page, quiz, *, right: bool) -> None:
    """Click the answers' labels, found by their text in each question's fieldset (all is shuffled)."""
    for question, options in quiz_choices(quiz, right=right).items():
        group = page.get_by_role("group", name=question)
        for option in options:
            group.get_by_text(option, exact=True).click()
            expect(group.get_by_label(option, exact=True)).to_be_checked()
    page.get_by_role("button", name="Nộp bài").click()


def complete_lessons(page: Page, lessons) -> None:
    """From the first lesson's page: press "mark as completed" on each lesson in turn."""
    for lesson in lessons:
        expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
        page.get_by_role("button", name=MARK_COMPLETED).click()
