"""Fragments rendered once and kept: the site's shell (brand, main menu, footer) and a course's
description. They never carry one visitor's name, links or language to another, never show a
draft, and a publish or a settings save shows at once."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from home.models import SiteSettings, StandardPage
from tests.factories import learner

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_each_learner_sees_their_own_name_and_menu(home_page, catalogue):
    alice, bob = learner(full_name="Nguyễn Thị Alice"), learner(full_name="Trần Văn Bob")
    staff = learner(full_name="Hồ Sỹ Tổ Trưởng")
    staff.is_staff = True
    staff.save()
    staff.user_permissions.add(Permission.objects.get(codename="work_in_community"))
    team = signed_in(staff).get(catalogue.url).content.decode()
    assert "Hồ Sỹ Tổ Trưởng" in team and "/to-cong-nghe/" in team
    theirs = signed_in(alice).get(catalogue.url).content.decode()
    assert "Nguyễn Thị Alice" in theirs and "/to-cong-nghe/" not in theirs and "Hồ Sỹ" not in theirs
    his = signed_in(bob).get(catalogue.url).content.decode()
    assert "Trần Văn Bob" in his and "Alice" not in his
    visitor = Client().get(catalogue.url).content.decode()
    assert "Alice" not in visitor and "Bob" not in visitor and "/to-cong-nghe/" not in visitor
    my_learning = f'href="{reverse("my_learning")}"'
    assert my_learning in theirs and my_learning not in visitor


def test_each_language_has_its_own_shell(learner_client, home_page, catalogue):
    vietnamese = learner_client.get(catalogue.url).content.decode()
    learner_client.cookies["django_language"] = "en"
    english = learner_client.get(catalogue.url).content.decode()
    assert "Liên hệ" in vietnamese and "Contact" not in vietnamese
    assert "Contact" in english and "My learning" in english and "Liên hệ" not in english
    learner_client.cookies["django_language"] = "vi"
    assert "Liên hệ" in learner_client.get(catalogue.url).content.decode()


def test_the_shell_follows_the_site_settings_and_publishing(learner_client, home_page, catalogue):
    help_page = StandardPage(title="Hướng dẫn", slug="huong-dan")
    home_page.add_child(instance=help_page)
    settings = SiteSettings.for_site(home_page.get_site())
    settings.help_page = help_page
    settings.contact_address = "Số 1 đường Cũ"
    settings.save()
    before = learner_client.get(catalogue.url).content.decode()
    assert "Số 1 đường Cũ" in before and "Hướng dẫn" in before
    settings.contact_address = "Số 2 đường Mới"
    settings.save()
    assert "Số 2 đường Mới" in learner_client.get(catalogue.url).content.decode()
    help_page.title = "Trợ giúp cho người dân"
    help_page.save_revision().publish()
    after = learner_client.get(catalogue.url).content.decode()
    assert "Trợ giúp cho người dân" in after and ">Hướng dẫn<" not in after


def test_a_course_pages_kept_description_follows_publishing_and_never_shows_a_draft(
    learner_client, three_lesson_course
):
    """The course's header, cover and outcomes are kept per published revision and language."""
    url = three_lesson_course.url
    assert "Cơ bản" in learner_client.get(url).content.decode()
    learner_client.cookies["django_language"] = "en"
    assert "Basic" in learner_client.get(url).content.decode()
    learner_client.cookies["django_language"] = "vi"
    three_lesson_course.summary = "Tóm tắt còn là bản nháp"
    three_lesson_course.save_revision()  # saved, not published
    preview = three_lesson_course.make_preview_request()
    assert "Tóm tắt còn là bản nháp" in preview.rendered_content
    assert "Tóm tắt còn là bản nháp" not in learner_client.get(url).content.decode()
    assert "Tóm tắt còn là bản nháp" not in Client().get(url).content.decode()
    three_lesson_course.get_latest_revision().publish()
    assert "Tóm tắt còn là bản nháp" in learner_client.get(url).content.decode()
