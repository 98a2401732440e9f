from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Permission

from courses.models import LessonPage, TrainerScope
from tests.factories import AdministrativeUnitFactory, UserFactory, course, learner


def team_member(unit, **fields):
    """A staff user with the team's permissions, scoped to ``unit`` (as the group gives them)."""
    user = UserFactory(is_staff=True, **fields)
    for dotted in ("wagtailadmin.access_admin", "courses.view_training_reports", "community.work_in_community"):
        app_label, codename = dotted.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    TrainerScope.objects.create(user=user).administrative_units.add(unit)
    return user


@pytest.fixture
def team(catalogue):
    """Commune A (member MA, resident RA) and commune B (member MB, resident RB); a course whose
    first two lessons may be completed by attending (the third may not)."""
    w = SimpleNamespace()
    w.A = AdministrativeUnitFactory(code="40-X01", name="Xã Diễn Châu")
    w.B = AdministrativeUnitFactory(code="40-X02", name="Xã Quỳnh Lưu")
    w.MA = team_member(w.A)
    w.MB = team_member(w.B)
    w.RA = learner(full_name="Nguyễn Thị Lan", administrative_unit=w.A, user__phone="+84912000001")
    w.RB = learner(full_name="Trần Văn Bình", administrative_unit=w.B, user__phone="+84912000002")
    w.course = course(catalogue, title="Dịch vụ công trực tuyến", lessons=3)
    w.lessons = list(LessonPage.objects.child_of(w.course).order_by("path"))
    LessonPage.objects.filter(pk__in=[w.lessons[0].pk, w.lessons[1].pk]).update(completable_in_person=True)
    for lesson in w.lessons:
        lesson.refresh_from_db()
    return w
