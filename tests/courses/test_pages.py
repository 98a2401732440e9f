import pytest
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseIndexPage, CoursePage, CourseSectionPage, LessonPage, QuizPage
from home.models import HomePage
from tests.factories import course, lesson

pytestmark = pytest.mark.django_db


class TestPageTypes(WagtailPageTestCase):
    def test_parent_and_subpage_types_are_pinned(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {CourseSectionPage, LessonPage, QuizPage})
        self.assertAllowedParentPageTypes(CourseSectionPage, {CoursePage})
        self.assertAllowedSubpageTypes(CourseSectionPage, {LessonPage, QuizPage})
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage, CourseSectionPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedParentPageTypes(QuizPage, {CoursePage, CourseSectionPage})
        self.assertAllowedSubpageTypes(QuizPage, set())


def test_course_page_shows_sections_in_tree_order(client, catalogue):
    page = course(catalogue, title="Thanh toán không dùng tiền mặt", sections=[2, 1])
    content = client.get(page.url).content.decode()
    assert content.index("Phần 1") < content.index("Phần 1 – Bài 2") < content.index("Phần 2")
    # A visitor is asked to sign in first, by a link (the page carries no form, so it can be cached).
    assert f'href="/accounts/login/?next={page.url}">Đăng nhập để đăng ký học</a>' in content


def test_reordering_lessons_in_the_tree_changes_the_syllabus(client, three_lesson_course):
    first, second, _third = LessonPage.objects.child_of(three_lesson_course).order_by("path")
    first.move(second, pos="right")
    content = client.get(three_lesson_course.url).content.decode()
    assert content.index(second.title) < content.index(first.title)


def test_lesson_is_readable_without_an_account(client, three_lesson_course):
    first = LessonPage.objects.child_of(three_lesson_course).order_by("path").first()
    response = client.get(first.url)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Nội dung bài học." in content
    assert "Bài 1/3" in content
    assert 'rel="next"' in content


def test_section_page_redirects_to_course_anchor(client, catalogue):
    page = course(catalogue, sections=[1])
    section = CourseSectionPage.objects.child_of(page).get()
    response = client.get(section.url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"#section-{section.pk}")


def test_unpublished_lesson_is_hidden_from_syllabus(client, three_lesson_course):
    hidden = LessonPage.objects.child_of(three_lesson_course).last()
    hidden.unpublish()
    content = client.get(three_lesson_course.url).content.decode()
    assert hidden.title not in content
    assert client.get(f"/khoa-hoc/{three_lesson_course.slug}/{hidden.slug}/").status_code == 404


def test_every_lesson_block_renders(client, catalogue):
    body = [
        ("heading", {"text": "Chuẩn bị", "level": "h2"}),
        ("paragraph", "<p>Đoạn văn</p>"),
        ("callout", {"kind": "warning", "title": "Cảnh giác", "text": "<p>Không cho ai mã OTP.</p>"}),
        ("faq", {"title": "Hỏi đáp", "items": [{"question": "Có mất phí không?", "answer": "<p>Không.</p>"}]}),
        (
            "step_by_step",
            {
                "title": "Nộp hồ sơ",
                "intro": "",
                "steps": [{"title": "Đăng nhập", "text": "<p>Bấm nút.</p>", "screenshot": None, "screenshot_alt": ""}],
            },
        ),
        (
            "video",
            {
                "title": "Video hướng dẫn",
                "video_file": None,
                "external_url": "https://example.vn/v",
                "poster": None,
                "transcript": "<p>Lời thoại video.</p>",
            },
        ),
        (
            "service_link",
            {
                "title": "Cổng Dịch vụ công quốc gia",
                "url": "https://dichvucong.gov.vn",
                "description": "",
                "button_label": "",
            },
        ),
    ]
    page = course(catalogue, lessons=0)
    page_lesson = lesson(page, title="Bài có mọi khối", body=body)
    content = client.get(page_lesson.url).content.decode()
    for text in [
        "Chuẩn bị",
        "Cảnh giác",
        "Có mất phí không?",
        "Nộp hồ sơ",
        "Lời thoại video.",
        "https://dichvucong.gov.vn",
    ]:
        assert text in content
    assert "<iframe" not in content  # nothing embedded from other sites
