"""Staff journeys in a real browser, through the Vietnamese Wagtail admin at desktop size.

An editor builds a course (a lesson with text, a lesson with a step-by-step guide, a quiz) and sends it
for review; the moderator approves it from the dashboard and it is in the public catalogue. A trainer
reads the course completion report for one commune and downloads it as CSV and XLSX.
"""

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Download, Locator, Page, expect

from courses import roles
from courses.models import CoursePage, LessonPage, QuizPage

pytestmark = pytest.mark.browser

COURSE = "Dùng ví điện tử an toàn"
SUMMARY = "Cách mở ví điện tử, nạp tiền và thanh toán bằng mã QR an toàn."
TEXT_LESSON = "Mở ví điện tử"
TEXT = "Tải ứng dụng ví từ kho ứng dụng chính thức của điện thoại."
GUIDE_LESSON = "Nạp tiền vào ví"
GUIDE_TITLE = "Liên kết ví với tài khoản ngân hàng"
STEPS = [
    ("Mở mục Liên kết ngân hàng", "Chọn Liên kết ngân hàng ở trang chính của ví."),
    ("Xác thực bằng mã OTP", "Nhập mã OTP ngân hàng gửi đến điện thoại của bạn."),
]
QUIZ = "Bài kiểm tra cuối khóa"
QUESTION = "Mã OTP nên được chia sẻ với ai?"
RIGHT_ANSWER, WRONG_ANSWER = "Không chia sẻ với bất kỳ ai", "Nhân viên ngân hàng gọi điện cho bạn"
SUBMIT = f"Gửi tới {roles.WORKFLOW_NAME}"  # Wagtail names the workflow on its submit button


# --- Admin helpers -------------------------------------------------------------------------------


def admin_sign_in(page: Page, username: str, password: str) -> None:
    """Through the site's sign-in page (allauth), where the admin sends staff, with the demo email."""
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/admin/$"))
    page.get_by_role("textbox", name="Email hoặc số điện thoại").fill(f"{username}@elearn.local")
    page.get_by_role("textbox", name="Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập", exact=True).click()
    expect(page.get_by_role("heading", name=username, level=2)).to_be_visible()  # the dashboard's account card


def fill_page_title(page: Page, title: str) -> None:
    """The page title, which Wagtail's script copies into the slug (on the "Quảng bá" tab).

    The copy runs 100 ms after the last change: saving sooner fails with "Không thể tạo trang do có
    lỗi dữ liệu." (an empty slug, reported on the other tab), so wait for the slug.
    """
    title_box = page.get_by_role("region", name="Tiêu đề*", exact=True).get_by_role("textbox", name="Tiêu đề*")
    title_box.fill(title)
    title_box.blur()
    expect(page.get_by_label("Đường dẫn (slug)*")).not_to_have_value("")


def settle(page: Page) -> None:
    """Wait for the StreamField editor's slide-down animations (jQuery) to end.

    A new block or list item, and its "Thêm" buttons, slide into place for a moment: a click during the
    slide can land beside its target and be lost, which happened under CI's parallel load.
    """
    page.wait_for_function("() => !window.jQuery || window.jQuery(':animated').length === 0")


def insert_block(page: Page, field: str, block: str) -> Locator:
    """The StreamField's "+" (Chèn một khối) at the end of ``field``, then ``block`` in the searchable chooser."""
    stream = page.get_by_role("region", name=field, exact=True)
    stream.get_by_role("button", name="Chèn một khối").last.click()
    page.get_by_role("listbox", name="Tùy chọn tìm kiếm…").get_by_role("option", name=block, exact=True).click()
    settle(page)
    # A new block's panel is named by its label (plus "*" or a summary of its content).
    return stream.get_by_role("region", name=re.compile(rf"^{re.escape(block)}")).last


def add_list_item(block: Locator, items: Locator, count: int) -> None:
    """A ListBlock's last "Thêm" (add after the last item), until ``block`` holds ``count`` items."""
    block.get_by_role("button", name="Thêm", exact=True).last.click()
    expect(items).to_have_count(count)
    settle(block.page)


def write_rich_text(container: Locator, text: str) -> None:
    """Type into the Draftail editor in ``container`` and wait until the form holds the text.

    The editor has no accessible name (its label points at the hidden input); Draftail copies its content
    to that input a moment after the last key press, so saving straight away would lose the text.
    """
    editor = container.locator("[contenteditable=true][role=textbox]")
    editor.click()
    editor.press_sequentially(text)
    expect(container.locator(f'input[type="hidden"][value*="{text}"]')).to_have_count(1)


def list_items(block: Locator, required_field: str) -> Locator:
    """The items of a ListBlock inside ``block``: new items' panels have no name, so found by a field."""
    return block.get_by_role("region").filter(has=block.page.get_by_role("textbox", name=required_field))


def open_header_action(page: Page, name: str) -> None:
    actions = page.get_by_role("navigation", name="Thao tác", exact=True)
    actions.get_by_role("button", name="Thao tác", exact=True).click()
    actions.get_by_role("link", name=name, exact=True).click()


def submit_for_review(page: Page) -> None:
    footer = page.get_by_role("navigation", name="Thao tác (chân trang)")
    footer.get_by_role("button", name="Thao tác khác").click()
    expect(footer.get_by_role("button", name="Xuất bản")).to_have_count(0)  # editors cannot publish
    footer.get_by_role("button", name=SUBMIT).click()


def add_lesson_page(page: Page, kind: str, title: str) -> None:
    """From the course's page listing: "Thêm trang con", then the page type."""
    page.get_by_role("navigation", name="Thao tác", exact=True).get_by_role("link", name="Thêm trang con").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Tạo trang trong {COURSE}")
    page.get_by_role("link", name=kind, exact=True).click()
    fill_page_title(page, title)


def expect_created_and_submitted(page: Page, title: str) -> None:
    expect(page.get_by_role("status")).to_contain_text(f"Đã tạo trang '{title}' và gửi duyệt.")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Đang duyệt: {COURSE}")  # back on the course


# --- 1. Editor → moderator → public catalogue ----------------------------------------------------


def test_editor_builds_a_course_the_moderator_approves_it_and_learners_find_it(demo, new_page):
    editor = new_page("desktop")
    admin_sign_in(editor, "bientap", demo.password)

    # The catalogue, from the sidebar's page explorer.
    editor.get_by_role("navigation", name="Menu chính").get_by_role("button", name="Trang", exact=True).click()
    editor.get_by_role("dialog", name="Trình duyệt trang").get_by_role("link", name="Khóa học", exact=True).click()
    expect(editor.get_by_role("heading", level=1)).to_have_text("Đang duyệt: Khóa học")

    # The course: only one page type fits under the catalogue, so the form opens straight away.
    editor.get_by_role("navigation", name="Thao tác", exact=True).get_by_role("link", name="Thêm trang con").click()
    expect(editor.get_by_role("heading", level=1)).to_have_text("Mới: Khóa học")
    fill_page_title(editor, COURSE)
    editor.get_by_role("textbox", name="Tóm tắt*").fill(SUMMARY)
    editor.get_by_role("region", name="Đối tượng").get_by_role("checkbox", name="Người dân").check()
    editor.get_by_role("button", name="Lưu bản nháp").click()
    expect(editor.get_by_role("status")).to_contain_text(f"Đã tạo trang '{COURSE}'.")
    expect(editor.get_by_role("heading", level=1)).to_have_text(f"Đang sửa Khóa học: {COURSE}")
    course = CoursePage.objects.get(title=COURSE)
    assert not course.live and course.for_residents

    # Lesson 1: a text block, from the block chooser. Each page is sent for review when done.
    open_header_action(editor, "Thêm trang con")
    editor.get_by_role("link", name="Bài học", exact=True).click()
    fill_page_title(editor, TEXT_LESSON)
    paragraph = insert_block(editor, "Nội dung bài học", "Văn bản")
    write_rich_text(paragraph, TEXT)
    submit_for_review(editor)
    expect_created_and_submitted(editor, TEXT_LESSON)

    # Lesson 2: a step-by-step guide with two steps.
    add_lesson_page(editor, "Bài học", GUIDE_LESSON)
    guide = insert_block(editor, "Nội dung bài học", "Hướng dẫn từng bước")
    guide.get_by_role("textbox", name="Tiêu đề*").fill(GUIDE_TITLE)
    steps = list_items(guide, "Tên bước*")
    expect(steps).to_have_count(1)  # the guide needs at least one step, so it starts with one
    add_list_item(guide, steps, 2)
    for step, (title, text) in zip(steps.all(), STEPS, strict=True):
        step.get_by_role("textbox", name="Tên bước*").fill(title)
        write_rich_text(step, text)
    submit_for_review(editor)
    expect_created_and_submitted(editor, GUIDE_LESSON)

    # The quiz: one single-choice question with two options, the first one right.
    add_lesson_page(editor, "Bài kiểm tra", QUIZ)
    question = insert_block(editor, "Câu hỏi*", "Câu hỏi một lựa chọn")
    question.get_by_role("textbox", name="Câu hỏi*").fill(QUESTION)
    options = list_items(question, "Câu trả lời*")
    expect(options).to_have_count(1)
    add_list_item(question, options, 2)
    options.nth(0).get_by_role("textbox", name="Câu trả lời*").fill(RIGHT_ANSWER)
    options.nth(0).get_by_role("checkbox", name="Đáp án đúng").check()
    options.nth(1).get_by_role("textbox", name="Câu trả lời*").fill(WRONG_ANSWER)
    submit_for_review(editor)
    expect_created_and_submitted(editor, QUIZ)

    # Finally the course itself.
    open_header_action(editor, "Sửa")
    expect(editor.get_by_role("heading", level=1)).to_have_text(f"Đang sửa Khóa học: {COURSE}")
    submit_for_review(editor)
    expect(editor.get_by_role("status")).to_contain_text(f"Trang '{COURSE}' đã được gửi duyệt.")

    pages = [TEXT_LESSON, GUIDE_LESSON, QUIZ]
    lessons = LessonPage.objects.child_of(course).order_by("path")
    assert [lesson.title for lesson in lessons] == pages
    assert not any(lesson.live for lesson in lessons)
    for item in [course, *lessons]:
        assert item.specific.current_workflow_state.status == "in_progress", item.title
    drafts = {lesson.title: lesson.get_latest_revision_as_object() for lesson in lessons}
    assert TEXT in drafts[TEXT_LESSON].body[0].value.source
    guide_value = drafts[GUIDE_LESSON].body[0].value
    assert guide_value["title"] == GUIDE_TITLE
    assert [step["title"] for step in guide_value["steps"]] == [title for title, _text in STEPS]
    for step, (_title, text) in zip(guide_value["steps"], STEPS, strict=True):
        assert text in step["text"].source
    quiz = QuizPage.objects.get(pk=lessons[2].pk).get_latest_revision_as_object()
    key = next(iter(quiz.answer_key().values()))
    assert key["text"] == QUESTION
    assert [(option["text"], option["correct"]) for option in key["options"]] == [
        (RIGHT_ANSWER, True),
        (WRONG_ANSWER, False),
    ]

    # The moderator finds the four pages awaiting review on the dashboard and approves each.
    moderator = new_page("desktop")
    admin_sign_in(moderator, "kiemduyet", demo.password)
    awaiting = moderator.get_by_role("region", name="Đang chờ bạn xem xét")
    for title in [COURSE, *pages]:
        row = awaiting.get_by_role("row").filter(has=moderator.get_by_role("link", name=title, exact=True))
        expect(row).to_contain_text("bientap")  # who submitted it
    for title in [COURSE, *pages]:
        row = awaiting.get_by_role("row").filter(has=moderator.get_by_role("link", name=title, exact=True))
        row.get_by_role("button", name="Thao tác").click()
        row.get_by_role("button", name="Phê duyệt", exact=True).click()
        expect(row).to_have_count(0)
    expect(awaiting).to_have_count(0)  # nothing left to review: the panel goes

    course.refresh_from_db()
    assert course.live
    assert all(lesson.live for lesson in LessonPage.objects.child_of(course))

    # Anyone now finds the course in the public catalogue, with both lessons and the quiz.
    visitor = new_page("desktop")
    visitor.goto("/khoa-hoc/")
    main = visitor.get_by_role("main")
    main.get_by_role("link", name=COURSE, exact=True).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(COURSE)
    expect(main.get_by_text(SUMMARY)).to_be_visible()
    syllabus = visitor.get_by_role("region", name="Các bài học")
    expect(syllabus.get_by_role("listitem").get_by_role("link")).to_have_text(pages)
    quiz_item = syllabus.get_by_role("listitem").filter(has=visitor.get_by_role("link", name=QUIZ))
    expect(quiz_item.get_by_text("Bài kiểm tra", exact=True)).to_be_visible()  # the quiz badge

    # The guide, as learners read it.
    syllabus.get_by_role("link", name=GUIDE_LESSON, exact=True).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(GUIDE_LESSON)
    expect(visitor.get_by_role("heading", name=GUIDE_TITLE, level=2)).to_be_visible()
    step_headings = visitor.get_by_role("main").get_by_role("heading", level=3)
    expect(step_headings).to_have_text([re.compile(re.escape(title)) for title, _text in STEPS])
    for _title, text in STEPS:
        expect(visitor.get_by_text(text, exact=True)).to_be_visible()


# --- 2. Trainer: the course completion report for one commune, and its exports ----------------------


def open_download(page: Page, name: str) -> Download:
    """A "Tải xuống …" link of the report header's "Thao tác" menu (left open after a download)."""
    actions = page.get_by_role("navigation", name="Thao tác", exact=True)
    menu_button = actions.get_by_role("button", name="Thao tác", exact=True)
    if menu_button.get_attribute("aria-expanded") != "true":
        menu_button.click()
    with page.expect_download() as info:
        actions.get_by_role("link", name=name).click()
    download = info.value
    assert download.failure() is None
    return download


ANY_TEXT = re.compile(r".*", re.S)  # a cell whose value this journey does not check


def demo_figures(course, unit=None) -> tuple[int, int, int, Decimal | None, int]:
    """Enrolled, in progress, completed, rate, certificates of a course, counted from the database.

    The demo holds more learners than the two this journey follows (the board's, the community
    team's, the required-training cadres), so the expected figures are counted, not written down.
    """
    from courses.models import Certificate, Enrollment
    from courses.reports.selectors.base import rate

    enrollments = Enrollment.objects.filter(course=course)
    if unit is not None:
        enrollments = enrollments.filter(user__profile__administrative_unit__path__startswith=unit.path)
    enrolled = enrollments.count()
    completed = enrollments.filter(completed_at__isnull=False).count()
    certificates = Certificate.objects.filter(
        course=course, status=Certificate.Status.VALID, user__in=enrollments.values("user")
    ).count()
    return enrolled, enrolled - completed, completed, rate(completed, enrolled), certificates


def on_screen(figures, score=ANY_TEXT) -> list:
    enrolled, in_progress, completed, percent, certificates = figures
    shown = "" if percent is None else f"{percent:.1f}".replace(".", ",")
    return [str(enrolled), str(in_progress), str(completed), shown, score, str(certificates)]


def expect_figures(page: Page, course_title: str, figures: list) -> None:
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=course_title, exact=True))
    expect(row.get_by_role("cell")).to_have_text([course_title, *figures])


def test_trainer_filters_the_completion_report_by_commune_and_downloads_it(demo, new_page):
    from courses.models import Enrollment
    from courses.services import enrollment_create

    # Phạm Văn Nghệ (Xã Diễn Châu) finished one course (quiz at 100 %) and started another; a business
    # learner from Phường Cửa Lò now enrolls in the finished one, so the commune's figures differ from the
    # province's.
    finished = Enrollment.objects.get(user=demo.learner, completed_at__isnull=False).course
    started = Enrollment.objects.get(user=demo.learner, completed_at__isnull=True).course
    enrollment_create(user=demo.business_learner, course=finished)
    assert demo.learner.profile.administrative_unit.name == "Xã Diễn Châu"
    assert demo.business_learner.profile.administrative_unit.name == "Phường Cửa Lò"
    other_courses = CoursePage.objects.live().exclude(pk__in=[finished.pk, started.pk])

    page = new_page("desktop")
    admin_sign_in(page, "giangvien", demo.password)
    page.get_by_role("navigation", name="Menu chính").get_by_role("button", name="Báo cáo").click()
    page.get_by_role("navigation", name="Menu chính").get_by_role("link", name="Tình hình hoàn thành khóa học").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tình hình hoàn thành khóa học")
    headers = ["Khóa học", "Đăng ký học", "Đang thực hiện", "Đã hoàn thành", "Tỷ lệ (%)"]
    headers += ["Điểm cao nhất trung bình", "Chứng nhận"]
    expect(page.get_by_role("columnheader")).to_have_text(headers)
    # Enrolled, in progress, completed, rate, average best score, certificates: the whole province first.
    expect_figures(page, finished.title, on_screen(demo_figures(finished), score="100,0"))

    # Filter by the commune, in the filter drawer.
    page.get_by_role("button", name="Hiện bộ lọc").click()
    page.get_by_role("button", name="Đơn vị hành chính").click()
    units = page.get_by_role("combobox", name="Đơn vị hành chính")
    units.select_option(label="— Xã Diễn Châu")  # indented under the province
    expect(page).to_have_url(re.compile(r"[?&]administrative_unit=\d+(&|$)"))
    # The chip that removes the filter names the commune without the tree's dash.
    expect(page.get_by_role("button", name=re.compile(r"^Đơn vị hành chính: ?Xã Diễn Châu$"))).to_be_visible()
    commune = demo.learner.profile.administrative_unit
    for course in (finished, started, *other_courses):
        expect_figures(page, course.title, on_screen(demo_figures(course, commune)))

    # The exports carry the filter. CSV: UTF-8 with a BOM (for Excel), the headings in Vietnamese.
    download = open_download(page, "Tải xuống CSV")
    # The file is named after the report, the commune and the day; its first rows state the filter.
    name = r"Tình hình hoàn thành khóa học - Xã Diễn Châu - \d{4}-\d{2}-\d{2}"
    assert re.fullmatch(name + r"\.csv", download.suggested_filename)
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert ["Đơn vị hành chính", "Xã Diễn Châu"] in rows[: rows.index([])]
    rows = rows[rows.index([]) + 1 :]
    assert rows[0] == headers
    by_title = {row[0]: row[1:] for row in rows[1:]}
    assert set(by_title) == {course.title for course in CoursePage.objects.live()}
    for course in (finished, started):
        enrolled, in_progress, completed, percent, certificates = demo_figures(course, commune)
        row = by_title[course.title]
        assert row[:4] == [str(enrolled), str(in_progress), str(completed), "" if percent is None else str(percent)]
        assert row[5] == str(certificates)

    # XLSX: numbers as numbers.
    download = open_download(page, "Tải xuống XLSX")
    assert re.fullmatch(name + r"\.xlsx", download.suggested_filename)
    sheet = load_workbook(io.BytesIO(Path(download.path()).read_bytes()), read_only=True).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert ["Đơn vị hành chính", "Xã Diễn Châu"] in rows[: rows.index([])]
    rows = rows[rows.index([]) + 1 :]
    assert rows[0] == headers
    by_title = {row[0]: row[1:] for row in rows[1:]}
    assert set(by_title) == {course.title for course in CoursePage.objects.live()}
    for course in (finished, started):
        enrolled, in_progress, completed, percent, certificates = demo_figures(course, commune)
        row = by_title[course.title]
        assert row[:4] == [enrolled, in_progress, completed, None if percent is None else float(percent)]
        assert row[5] == certificates
