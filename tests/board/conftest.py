"""A small world whose board figures are computed by hand in the docstring of ``world``."""

from datetime import datetime, time, timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from board.models import Criterion
from board.periods import current_month, months_ending_with
from courses.models import Enrollment, Target
from elearn.accounts.models import AdministrativeUnit, LearnerProfile
from tests.courses.reports.support import staff, trainer
from tests.factories import AdministrativeUnitFactory, OrganisationFactory, course, learner

# A closed month three months ago: its figures are stored once computed.
P = months_ending_with(current_month(), 4)[0]
LONG_AGO = timezone.make_aware(datetime(P.start.year - 1, 6, 1, 12))


def on(day_offset: int):
    """Noon, local time, ``day_offset`` days after the first day of P."""
    return timezone.make_aware(datetime.combine(P.start + timedelta(days=day_offset), time(12)))


AFTER_P = timezone.make_aware(datetime.combine(P.end + timedelta(days=2), time(12)))


def enroll(user, page, *, enrolled, completed=None):
    return Enrollment.objects.create(
        user=user,
        course=page,
        enrolled_at=enrolled,
        last_activity_at=completed or enrolled,
        completed_at=completed,
        percent=100 if completed else 0,
    )


@pytest.fixture
def world(catalogue):
    """Communes C1, C2; agencies O1 (in C1), O2 (in C2); a business B1 (not on the agency board).

    Criteria  communes: K1 residents completed vs target (weight 2, target 50 %), K2 active 30 days
              (weight 1, target 40 %); agencies: K3 cadres completed course B (weight 3, target 80 %),
              K4 active 30 days (weight 1, target 50 %).
    Target    C1 residents, 4 learners, the whole year of P. C2 has none.
    Learners  (registered long ago unless said)
      R1 C1 resident      A completed in P (day 5)
      R2 C1 resident      A completed the year before P's → not in K1, not active in P
      R3 C1 business O1   A completed in P (day 6)
      R4 C2 resident      enrolled in A in P (day 10), nothing completed
      R5 C2 resident      registered after P → in no denominator of P
      X1 C1 official O1   B completed in P (day 3)
      X2 C1 official O1   A completed in P (day 4) → active, but A is not K3's course
      X3 C1 official O1   enrolled in A long ago, nothing since
      X4 C2 official O2   B completed after P

    By hand, for P:
      C1  K1 1/4 = 25 % → 50.0;  K2 R1, R3 of R1, R2, R3 (X1–X3 live in C1 too: X1, X2 active,
          X3 not) → 4/6 = 66.7 % → 100;  total (2·50 + 100) / 3 = 66.7, rank 2
      C2  K1 no target → not counted;  K2 R4 of R4, X4 (X4 not active in P) → 1/2 = 50 % → 100;
          total 100.0, rank 1
      O1  K3 X1 of X1, X2, X3 → 1/3 = 33.3 % → 41.7;  K4 X1, X2, R3 of X1, X2, X3, R3 → 3/4 = 75 %
          → 100;  total (3·41.7 + 100) / 4 = 56.3, rank 1
      O2  K3 0/1 → 0;  K4 0/1 → 0;  total 0.0, rank 2 — lagging most on K3 (weight 3)
    """
    w = SimpleNamespace()
    w.P = AdministrativeUnit.objects.get_or_create(
        code="40", defaults={"name": "Tỉnh Nghệ An", "level": AdministrativeUnit.Level.PROVINCE}
    )[0]
    w.C1 = AdministrativeUnitFactory(code="C1", name="Xã Diễn Kim", parent=w.P)
    w.C2 = AdministrativeUnitFactory(code="C2", name="Xã Diễn Hải", parent=w.P)
    w.O1 = OrganisationFactory(name="UBND xã Diễn Kim", administrative_unit=w.C1)
    w.O2 = OrganisationFactory(name="UBND xã Diễn Hải", administrative_unit=w.C2)
    w.B1 = OrganisationFactory(name="HTX Diễn Kim", kind="business", administrative_unit=w.C1)
    w.A = course(catalogue, title="A – Dịch vụ công", lessons=1)
    w.B = course(catalogue, title="B – Kỹ năng số cho cán bộ", lessons=1)
    w.K1 = Criterion.objects.create(
        name="Người dân hoàn thành khóa học",
        applies_to="commune",
        kind="residents_completed_vs_target",
        weight=2,
        target_percent=50,
    )
    w.K2 = Criterion.objects.create(
        name="Người học hoạt động (xã)",
        applies_to="commune",
        kind="active_learners_30_days",
        weight=1,
        target_percent=40,
    )
    w.K3 = Criterion.objects.create(
        name="Cán bộ hoàn thành khóa kỹ năng số",
        applies_to="agency",
        kind="cadres_completed",
        weight=3,
        target_percent=80,
    )
    w.K3.courses.set([w.B])
    w.K4 = Criterion.objects.create(
        name="Người học hoạt động (cơ quan)",
        applies_to="agency",
        kind="active_learners_30_days",
        weight=1,
        target_percent=50,
    )
    Target.objects.create(
        name="Diễn Kim: người dân học",
        administrative_unit=w.C1,
        audience="resident",
        learners_required=4,
        start_date=P.start.replace(month=1, day=1),
        deadline=P.start.replace(month=12, day=31),
    )
    people = {
        "R1": ("resident", w.C1, None),
        "R2": ("resident", w.C1, None),
        "R3": ("business", w.C1, w.O1),
        "R4": ("resident", w.C2, None),
        "R5": ("resident", w.C2, None),
        "X1": ("official", w.C1, w.O1),
        "X2": ("official", w.C1, w.O1),
        "X3": ("official", w.C1, w.O1),
        "X4": ("official", w.C2, w.O2),
    }
    for key, (audience, unit, organisation) in people.items():
        setattr(
            w,
            key,
            learner(
                full_name=f"Học viên {key}", audience=audience, administrative_unit=unit, organisation=organisation
            ),
        )
    LearnerProfile.objects.update(created_at=LONG_AGO)
    LearnerProfile.objects.filter(user=w.R5).update(created_at=AFTER_P)
    last_year = timezone.make_aware(datetime(P.start.year - 1, 11, 20, 12))
    enroll(w.R1, w.A, enrolled=on(1), completed=on(5))
    enroll(w.R2, w.A, enrolled=LONG_AGO, completed=last_year)
    enroll(w.R3, w.A, enrolled=on(2), completed=on(6))
    enroll(w.R4, w.A, enrolled=on(10))
    enroll(w.X1, w.B, enrolled=on(1), completed=on(3))
    enroll(w.X2, w.A, enrolled=on(1), completed=on(4))
    enroll(w.X3, w.A, enrolled=LONG_AGO)
    enroll(w.X4, w.B, enrolled=LONG_AGO, completed=AFTER_P)
    return w


@pytest.fixture
def viewer(db):
    return staff("courses.view_training_reports")


@pytest.fixture
def c1_trainer(world):
    return trainer(units=[world.C1])


@pytest.fixture
def superuser(db):
    from tests.factories import UserFactory

    return UserFactory(is_staff=True, is_superuser=True)
