"""An agency with cadres, another agency, a commune, two courses, and helpers to date things."""

from datetime import datetime, time, timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from courses.models import Enrollment, TrainerScope
from elearn.accounts.choices import Audience
from tests.factories import AdministrativeUnitFactory, OrganisationFactory, UserFactory, course, learner
from training.models import Assignment
from training.roles import MANAGERS

TODAY = timezone.localdate()


def day(offset: int):
    return TODAY + timedelta(days=offset)


def at(offset: int, hour: int = 12) -> datetime:
    return timezone.make_aware(datetime.combine(day(offset), time(hour)))


def enroll(user, page, *, completed: int | None = None, percent: int = 0, last_activity: int = 0, lessons: int = 0):
    return Enrollment.objects.create(
        user=user,
        course=page,
        enrolled_at=at(min(last_activity, completed if completed is not None else 0) - 1),
        last_activity_at=at(completed if completed is not None else last_activity),
        completed_at=at(completed) if completed is not None else None,
        percent=100 if completed is not None else percent,
        completed_lessons=lessons,
    )


def assign(page, *, deadline: int, people=(), **criteria) -> Assignment:
    assignment = Assignment.objects.create(course=page, deadline=day(deadline), **criteria)
    assignment.learners.set(people)
    return assignment


def manager_of(organisation):
    user = UserFactory(is_staff=True, email="quanly@example.vn")
    user.groups.add(Group.objects.get(name=MANAGERS))
    scope = TrainerScope.objects.create(user=user)
    scope.organisations.set([organisation])
    return user


@pytest.fixture
def agency(catalogue, mailoutbox):
    """Sở Nội vụ (O1, in commune C1) and UBND xã Nghi Thiết (O2, in C2); courses A and B."""
    w = SimpleNamespace()
    w.C1 = AdministrativeUnitFactory(code="AC1", name="Phường Vinh Tân")
    w.C2 = AdministrativeUnitFactory(code="AC2", name="Xã Nghi Thiết")
    w.O1 = OrganisationFactory(name="Sở Nội vụ", administrative_unit=w.C1)
    w.O2 = OrganisationFactory(name="UBND xã Nghi Thiết", administrative_unit=w.C2)
    w.A = course(catalogue, title="Kỹ năng số cho cán bộ", lessons=2, for_officials=True)
    w.B = course(catalogue, title="An toàn thông tin", lessons=1, for_officials=True)
    official = Audience.OFFICIAL
    w.cadre1 = learner(full_name="Nguyễn Văn An", administrative_unit=w.C1, organisation=w.O1, audience=official)
    w.cadre2 = learner(full_name="Trần Thị Bình", administrative_unit=w.C1, organisation=w.O1, audience=official)
    w.other = learner(full_name="Lê Văn Công", administrative_unit=w.C2, organisation=w.O2, audience=official)
    w.resident = learner(full_name="Phạm Thị Dung", administrative_unit=w.C2)
    mailoutbox.clear()
    return w
