"""Demo required training: an agency manager, cadres (some overdue), assignments and sent notifications.

Called by ``load_demo`` after the site is built; idempotent (safe to run again).
"""

from datetime import datetime, time, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from courses.builders import course_complete_as_learner
from courses.models import CoursePage, Enrollment, TrainerScope
from elearn.accounts.models import Organisation
from elearn.accounts.services import profile_create

from .models import Assignment
from .roles import MANAGERS
from .services import assignment_notices_record, deadline_reminders_record, enrolment_notice_record

AGENCY = "Sở Khoa học và Công nghệ"
MANAGER = ("quanly@elearn.local", "Đặng Thị Thanh Hà")
# email, full name, days before today the required course was completed (None: not yet), progress %
CADRES = [
    ("canbo1@elearn.local", "Nguyễn Văn Tâm", 40, 100),  # on time
    ("canbo2@elearn.local", "Trần Thị Thu Hằng", 3, 100),  # late
    ("canbo3@elearn.local", "Hoàng Văn Sơn", None, 40),  # overdue, started
    ("canbo4@elearn.local", "Phan Thị Lan", None, 0),  # overdue, not started
]


def _at(days_ago: int):
    return timezone.make_aware(datetime.combine(timezone.localdate() - timedelta(days=days_ago), time(9)))


def _user(email, full_name, organisation, password):
    User = get_user_model()
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(username=email.split("@")[0], email=email, password=password)
        EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        profile_create(
            user=user,
            full_name=full_name,
            audience="official",
            administrative_unit=organisation.administrative_unit,
            organisation=organisation,
        )
    return user


@transaction.atomic
def build_training_demo(*, password: str) -> dict:
    agency = Organisation.objects.get(name=AGENCY)
    manager = _user(*MANAGER, agency, password)
    if not manager.is_staff:
        manager.is_staff = True
        manager.save(update_fields=["is_staff"])
    manager.groups.add(Group.objects.get(name=MANAGERS))
    scope, _created = TrainerScope.objects.get_or_create(user=manager)
    scope.organisations.add(agency)

    cadre_course = CoursePage.objects.filter(slug="ky-nang-so-can-bo-cong-chuc").first()
    safety = CoursePage.objects.filter(slug="nhan-dien-lua-dao-truc-tuyen").first()
    if cadre_course is None or safety is None:
        return {"manager": manager}
    today = timezone.localdate()
    overdue, _created = Assignment.objects.get_or_create(
        course=cadre_course,
        organisation=agency,
        defaults={
            "deadline": today - timedelta(days=10),
            "note": "Theo kế hoạch chuyển đổi số năm nay của Sở.",
            "created_by": manager,
        },
    )
    upcoming, _created = Assignment.objects.get_or_create(
        course=safety, audience="official", organisation=None, defaults={"deadline": today + timedelta(days=6)}
    )
    for email, full_name, completed_days_ago, percent in CADRES:
        cadre = _user(email, full_name, agency, password)
        if completed_days_ago is not None and not Enrollment.objects.filter(user=cadre, course=cadre_course).exists():
            # Completed through the services, so the certificate exists; then dated back.
            done = course_complete_as_learner(user=cadre, course=cadre_course, at=_at(completed_days_ago))
            Enrollment.objects.filter(pk=done.pk).update(enrolled_at=_at(60))
            continue
        enrollment, created = Enrollment.objects.get_or_create(user=cadre, course=cadre_course)
        if created and percent:
            completed = _at(completed_days_ago) if completed_days_ago is not None else None
            Enrollment.objects.filter(pk=enrollment.pk).update(
                enrolled_at=_at(60),
                last_activity_at=completed or _at(20),
                completed_at=completed,
                percent=percent,
                completed_lessons=1 if percent else 0,
            )
        elif created:
            enrollment.delete()  # not started: only the assignment
    # What was sent: enrolment confirmations, the assignments, the 7-day reminder of the safety course.
    for enrollment in Enrollment.objects.filter(course=cadre_course, user__profile__organisation=agency):
        enrolment_notice_record(enrollment=enrollment)
    assignment_notices_record(assignment=overdue)
    assignment_notices_record(assignment=upcoming)
    deadline_reminders_record(today=today)
    return {"manager": manager, "assignments": [overdue, upcoming]}
