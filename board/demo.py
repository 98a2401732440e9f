"""The demo's evaluation board: six criteria, communes with targets, and a year of learners' activity,
so the board has a ranking and a trend to show. Idempotent: runs once, then leaves the data alone."""

import random
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from courses.builders import course_complete_as_learner
from courses.models import CoursePage, Enrollment, Target
from elearn.accounts.choices import Audience
from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation, User

from .models import Criterion
from .periods import current_month, months_ending_with
from .selectors import board_figures

CRITERIA = [
    # name, applies to, kind, weight, target %
    ("Người dân hoàn thành ít nhất một khóa học so với chỉ tiêu", "commune", "residents_completed_vs_target", 2, 60),
    ("Người học hoạt động trong 30 ngày (xã, phường)", "commune", "active_learners_30_days", 1, 40),
    ("Cán bộ, công chức hoàn thành khóa kỹ năng số", "agency", "cadres_completed", 3, 80),
    ("Người học hoạt động trong 30 ngày (cơ quan)", "agency", "active_learners_30_days", 1, 50),
    # Registered by training and community (the board only names them): target number 2 sessions a month.
    ("Cán bộ hoàn thành khóa học bắt buộc đúng hạn", "agency", "training_required_on_time", 2, 90),
    ("Buổi học tại thôn của tổ công nghệ số", "commune", "community_village_sessions", 1, 100, 2),
]
PREFIX = "demo-bang-"
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Hồ".split()
GIVEN = "An Bình Cường Dung Hà Hải Hạnh Hoa Hùng Lan Linh Mai Nam Nga Phương Sơn Tâm Thảo Trang Yến".split()


def _noon(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


@transaction.atomic
def build_board_demo(today: date | None = None) -> None:
    today = today or timezone.localdate()
    for order, (name, applies_to, kind, weight, target, *number) in enumerate(CRITERIA):
        Criterion.objects.get_or_create(
            name=name,
            defaults={
                "applies_to": applies_to,
                "kind": kind,
                "weight": weight,
                "target_percent": target,
                "sort_order": order,
                "target_number": number[0] if number else None,
            },
        )
    if not User.objects.filter(username__startswith=PREFIX).exists():
        _build_learners(today)
    # The trend's closed months, stored now (the demo has no background worker running yet).
    closed = months_ending_with(current_month(today), 13)[:-1]
    for criterion in Criterion.objects.prefetch_related("courses"):
        board_figures(criteria=[criterion], applies_to=criterion.applies_to, periods=closed, unit_ids=[])


def _build_learners(today: date) -> None:
    communes = list(AdministrativeUnit.objects.filter(level="commune", is_active=True).order_by("code")[:6])
    agencies = list(Organisation.objects.filter(kind=Organisation.Kind.AGENCY).order_by("name"))
    courses = list(CoursePage.objects.live().order_by("path")[:4])
    if not communes or not courses:
        return
    for commune in communes:
        Target.objects.get_or_create(
            name=f"{commune.name}: người dân hoàn thành khóa học năm {today.year}",
            defaults={
                "administrative_unit": commune,
                "audience": Audience.RESIDENT,
                "learners_required": 10,
                "start_date": date(today.year - 1, 1, 1),
                "deadline": date(today.year, 12, 31),
            },
        )
    rng = random.Random(16)
    start = today - timedelta(days=365)
    for i in range(90):
        # Communes further down the list start later and learn less: the ranking has a spread.
        commune = communes[i % len(communes)]
        official = i % 3 == 0 and agencies
        joined = start + timedelta(days=int(rng.uniform(0, 330)) + 6 * (i % len(communes)))
        user = User.objects.create(
            username=f"{PREFIX}{i}", email=f"{PREFIX}{i}@example.invalid", password="!", date_joined=_noon(joined)
        )
        LearnerProfile.objects.create(
            user=user,
            full_name=f"{rng.choice(FAMILY)} {rng.choice(['Văn', 'Thị'])} {rng.choice(GIVEN)}",
            audience=Audience.OFFICIAL if official else Audience.RESIDENT,
            administrative_unit=commune,
            organisation=agencies[i % len(agencies)] if official else None,
            consent_given_at=_noon(joined),
            consent_policy_version=settings.PRIVACY_POLICY_VERSION,
        )
        LearnerProfile.objects.filter(user=user).update(created_at=_noon(joined))
        for course in rng.sample(courses, rng.randint(1, 2)):
            enrolled = joined + timedelta(days=int(rng.uniform(0, max(1, (today - joined).days))))
            done = rng.random() < 0.75 - 0.08 * (i % len(communes))
            finished = min(today, enrolled + timedelta(days=int(rng.uniform(3, 40)))) if done else None
            active = finished or min(today, enrolled + timedelta(days=int(rng.uniform(0, 20))))
            if finished:
                # Through the services, as a learner would: the certificate exists; then dated back.
                done_enrollment = course_complete_as_learner(user=user, course=course, at=_noon(finished))
                Enrollment.objects.filter(pk=done_enrollment.pk).update(enrolled_at=_noon(enrolled))
                continue
            Enrollment.objects.get_or_create(
                user=user,
                course=course,
                defaults={
                    "enrolled_at": _noon(enrolled),
                    "last_activity_at": _noon(active),
                    "completed_at": _noon(finished) if finished else None,
                    "percent": 100 if finished else 40,
                },
            )
