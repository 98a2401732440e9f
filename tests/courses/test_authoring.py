"""Officials build, review and publish courses in the admin; each role can do exactly its job."""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses import roles
from courses.models import CoursePage, LessonPage, QuizPage
from tests.factories import UserFactory, course, quiz

pytestmark = pytest.mark.django_db


def member(*group_names, **fields):
    user = UserFactory(is_staff=True, **fields)
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def list_block(items):
    return {
        "count": len(items),
        **{str(i): {"value": v, "deleted": "", "order": str(i), "id": ""} for i, v in enumerate(items)},
    }


def course_form(**overrides):
    data = {
        "title": "Dùng ví điện tử an toàn",
        "slug": "dung-vi-dien-tu-an-toan",
        "summary": "Cách mở và dùng ví điện tử an toàn.",
        "for_residents": "on",
        "level": "basic",
        "completion_rule": "all_lessons",
        "learning_outcomes": "Mở ví\nThanh toán bằng mã QR",
        "issues_certificate": "on",
    }
    data.update(overrides)
    return nested_form_data(data)


def lesson_form(title, slug, body):
    return nested_form_data(
        {"title": title, "slug": slug, "intro": "", "estimated_minutes": "10", "body": streamfield(body)}
    )


STEP_GUIDE = (
    "step_by_step",
    {
        "title": "Nộp hồ sơ trực tuyến",
        "intro": "",
        "steps": list_block(
            [
                {
                    "title": "Đăng nhập",
                    "text": rich_text("<p>Chọn Đăng nhập.</p>"),
                    "screenshot": "",
                    "screenshot_alt": "",
                },
                {
                    "title": "Chọn thủ tục",
                    "text": rich_text("<p>Tìm thủ tục.</p>"),
                    "screenshot": "",
                    "screenshot_alt": "",
                },
            ]
        ),
    },
)


def quiz_form(questions, pass_mark="80"):
    return nested_form_data(
        {
            "title": "Bài kiểm tra cuối khóa",
            "slug": "kiem-tra",
            "intro": "",
            "estimated_minutes": "10",
            "pass_mark": pass_mark,
            "max_attempts": "0",
            "shuffle_options": "on",
            "is_required": "on",
            "body": streamfield([]),
            "questions": streamfield(questions),
        }
    )


def single(question, options):
    return (
        "single_choice",
        {
            "question": question,
            "options": list_block([{"text": t, "correct": "on" if c else "", "explanation": ""} for t, c in options]),
        },
    )


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])


def test_roles_exist_with_the_workflow_on_the_catalogue(catalogue):
    assert {roles.EDITORS, roles.MODERATORS, roles.TRAINERS, roles.COMMUNITY, roles.SITE_ADMINS} <= set(
        Group.objects.values_list("name", flat=True)
    )
    assert catalogue.get_workflow() == Workflow.objects.get(name=roles.WORKFLOW_NAME)


def test_editor_builds_a_course_with_lessons_and_a_quiz_through_the_admin_forms(client, catalogue):
    client.force_login(member(roles.EDITORS))
    response = client.post(add_url(CoursePage, catalogue), course_form())
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    new_course = CoursePage.objects.get(slug="dung-vi-dien-tu-an-toan")
    assert not new_course.live  # editors save drafts; they cannot publish

    client.post(
        add_url(LessonPage, new_course),
        lesson_form("Mở ví", "mo-vi", [("paragraph", rich_text("<p>Tải ứng dụng.</p>"))]),
    )
    client.post(add_url(LessonPage, new_course), lesson_form("Nộp hồ sơ", "nop-ho-so", [STEP_GUIDE]))
    response = client.post(
        add_url(QuizPage, new_course),
        quiz_form([single("Mã OTP chia sẻ cho ai?", [("Không ai", True), ("Người thân", False)])]),
    )
    assert response.status_code == 302
    lessons = LessonPage.objects.child_of(new_course).order_by("path")
    assert [p.title for p in lessons] == ["Mở ví", "Nộp hồ sơ", "Bài kiểm tra cuối khóa"]
    guide = LessonPage.objects.get(slug="nop-ho-so").get_latest_revision_as_object().body[0].value
    assert [step["title"] for step in guide["steps"]] == ["Đăng nhập", "Chọn thủ tục"]


@pytest.mark.parametrize(
    "questions, pass_mark, message",
    [
        ([single("Câu hỏi?", [("A", False), ("B", False)])], "80", "đánh dấu ít nhất một phương án là đáp án đúng"),
        ([single("Câu hỏi?", [("A", True), ("B", True)])], "80", "phải có đúng một đáp án đúng"),
        ([single("Câu hỏi?", [("A", True), ("B", False)])], "150", "Điểm đạt phải nằm trong khoảng từ 0 đến 100"),
    ],
)
def test_admin_refuses_invalid_quizzes_with_vietnamese_messages(client, catalogue, questions, pass_mark, message):
    target = course(catalogue, lessons=0)
    client.force_login(member(roles.EDITORS))
    response = client.post(add_url(QuizPage, target), quiz_form(questions, pass_mark=pass_mark))
    assert response.status_code == 200
    html = response.content.decode()
    # Block errors reach the editor's page as JSON for the StreamField widget, field errors as HTML.
    assert message in html or json.dumps(message)[1:-1] in html
    assert not QuizPage.objects.exists()


def test_workflow_from_submit_to_publish(client, catalogue):
    editor, moderator = member(roles.EDITORS), member(roles.MODERATORS)
    client.force_login(editor)
    client.post(add_url(CoursePage, catalogue), {**course_form(), "action-submit": "Gửi duyệt"})
    new_course = CoursePage.objects.get(slug="dung-vi-dien-tu-an-toan")
    state = new_course.current_workflow_state
    assert state.status == "in_progress" and not new_course.live

    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Dùng ví điện tử an toàn" in dashboard  # "awaiting your review"
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[new_course.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "Nội dung tốt"})
    assert response.status_code in (200, 302)
    new_course.refresh_from_db()
    assert new_course.live
    state.refresh_from_db()
    assert state.status == "approved"


def test_moderator_can_reject_with_a_comment_and_editor_sees_it(client, catalogue):
    editor, moderator = member(roles.EDITORS), member(roles.MODERATORS)
    client.force_login(editor)
    client.post(add_url(CoursePage, catalogue), {**course_form(), "action-submit": "Gửi duyệt"})
    new_course = CoursePage.objects.get(slug="dung-vi-dien-tu-an-toan")
    state = new_course.current_workflow_state
    client.force_login(moderator)
    url = reverse("wagtailadmin_pages:workflow_action", args=[new_course.pk, "reject", state.current_task_state.pk])
    client.post(url, {"comment": "Thiếu ảnh minh họa"})
    state.refresh_from_db()
    assert state.status == "needs_changes"
    client.force_login(editor)
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[new_course.pk])).content.decode()
    assert "Thiếu ảnh minh họa" in edit_page or "yêu cầu chỉnh sửa" in edit_page


def test_copying_a_course_copies_its_lessons_and_quiz(client, catalogue, django_user_model):
    original = course(catalogue, title="Khóa gốc", lessons=2)
    quiz(original)
    client.force_login(member(roles.MODERATORS))
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[original.pk]),
        {
            "new_title": "Khóa bản sao",
            "new_slug": "khoa-ban-sao",
            "new_parent_page": catalogue.pk,
            "copy_subpages": "on",
        },
    )
    assert response.status_code == 302
    copy = CoursePage.objects.get(slug="khoa-ban-sao")
    assert LessonPage.objects.child_of(copy).count() == 3
    assert QuizPage.objects.child_of(copy).count() == 1


@pytest.mark.parametrize(
    "group, can_edit_courses, can_publish",
    [
        (roles.EDITORS, True, False),
        (roles.MODERATORS, True, True),
        (roles.TRAINERS, False, False),
        (roles.COMMUNITY, False, False),
        (roles.SITE_ADMINS, True, True),
    ],
)
def test_each_role_gets_exactly_its_page_rights(client, catalogue, group, can_edit_courses, can_publish):
    page = course(catalogue, lessons=1)
    user = member(group)
    perms = page.permissions_for_user(user)
    assert perms.can_edit() is can_edit_courses
    assert perms.can_publish() is can_publish
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert (response.status_code == 200) is can_edit_courses
    home = Page.objects.get(pk=catalogue.get_parent().pk)
    assert not home.permissions_for_user(user).can_edit()  # rights stop at the course catalogue


def test_learner_cannot_open_the_admin(client, learner_user, catalogue):
    client.force_login(learner_user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_moderator_can_schedule_a_course_for_later(client, catalogue):
    import datetime

    from django.utils import timezone

    client.force_login(member(roles.MODERATORS))
    go_live = (timezone.localtime() + datetime.timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    response = client.post(
        add_url(CoursePage, catalogue), {**course_form(), "go_live_at": go_live, "action-publish": "1"}
    )
    assert response.status_code == 302
    scheduled = CoursePage.objects.get(slug="dung-vi-dien-tu-an-toan")
    assert not scheduled.live
    assert scheduled.revisions.filter(approved_go_live_at__isnull=False).exists()
    assert client.get(scheduled.url or "/khoa-hoc/dung-vi-dien-tu-an-toan/").status_code == 404


@pytest.mark.parametrize(
    "group, allowed",
    [
        (roles.TRAINERS, True),
        (roles.COMMUNITY, True),
        (roles.SITE_ADMINS, True),
        (roles.EDITORS, False),
        (roles.MODERATORS, False),
    ],
)
def test_reports_are_for_trainers_and_the_community_team_only(client, catalogue, group, allowed):
    client.force_login(member(group))
    for name in ("course_completion_report", "unit_report", "target_report"):
        response = client.get(reverse(name))
        assert (response.status_code == 200) is allowed, (name, response.status_code)
        if not allowed:
            assert response.status_code == 403
        export = client.get(reverse(name), {"export": "csv"})
        assert (export.status_code == 200) is allowed
