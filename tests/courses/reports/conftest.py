"""The hand-computed fixture every report test counts against, and the targets set on it."""

from datetime import timedelta
from types import SimpleNamespace

import pytest

from courses.models import Certificate
from elearn.accounts.models import AdministrativeUnit
from tests.courses.reports.support import BUSINESS, OFFICIAL, RESIDENT, TODAY, attempt, day, enroll, make_target
from tests.factories import AdministrativeUnitFactory, OrganisationFactory, UserFactory, course, learner, quiz


@pytest.fixture
def world(catalogue):
    """Province P ⊃ districts D1 (communes C1, C2) and D2 (commune C3); organisations O1 (in C1), O2 (in C3).

    Learners   unit org audience   enrollments (course: enrolled day → completed day, certificate)
    L1         C1   O1  resident   A: 3 → 30 valid; B: 58 (50 %)
    L2         C1   –   business   A: 8 → 18 revoked
    L3         C2   O1  official   A: 40 (30 %); B: 45 → 67 valid
    L4         C3   O2  resident   A: 62 → 77 valid
    L5         C3   –   resident   B: 1 (0 %); C: 345 → 356 (nine days ago)
    Best quiz scores: A — L1 60/90, L2 100, L3 40, L4 80/70; B — L1 50, L3 85.
    """
    w = SimpleNamespace()
    w.P = AdministrativeUnit.objects.get_or_create(
        code="40", defaults={"name": "Tỉnh Nghệ An", "level": AdministrativeUnit.Level.PROVINCE}
    )[0]
    w.D1 = AdministrativeUnitFactory(code="D1", name="Huyện Diễn Châu", level="district", parent=w.P)
    w.D2 = AdministrativeUnitFactory(code="D2", name="Huyện Nghi Lộc", level="district", parent=w.P)
    w.C1 = AdministrativeUnitFactory(code="C1", name="Xã Diễn Kim", parent=w.D1)
    w.C2 = AdministrativeUnitFactory(code="C2", name="Xã Diễn Hải", parent=w.D1)
    w.C3 = AdministrativeUnitFactory(code="C3", name="Xã Nghi Thiết", parent=w.D2)
    w.O1 = OrganisationFactory(name="UBND xã Diễn Kim", administrative_unit=w.C1)
    w.O2 = OrganisationFactory(name="HTX Nghi Thiết", administrative_unit=w.C3)
    w.A = course(catalogue, title="A – Dịch vụ công", lessons=1)
    w.B = course(catalogue, title="B – Thanh toán số", lessons=1)
    w.C = course(catalogue, title="C – An toàn thông tin", lessons=1)
    w.QA, w.QB = quiz(w.A), quiz(w.B)
    w.L1 = learner(full_name="Lê Văn Một", administrative_unit=w.C1, organisation=w.O1, audience=RESIDENT)
    w.L2 = learner(full_name="Trần Thị Hai", administrative_unit=w.C1, audience=BUSINESS)
    w.L3 = learner(full_name="Hồ Sỹ Ba", administrative_unit=w.C2, organisation=w.O1, audience=OFFICIAL)
    w.L4 = learner(full_name="Phạm Thị Bốn", administrative_unit=w.C3, organisation=w.O2, audience=RESIDENT)
    w.L5 = learner(full_name="Võ Văn Năm", administrative_unit=w.C3, audience=RESIDENT)
    valid, revoked = Certificate.Status.VALID, Certificate.Status.REVOKED
    enroll(w.L1, w.A, enrolled=3, completed=30, certificate=valid)
    enroll(w.L1, w.B, enrolled=58, percent=50)
    enroll(w.L2, w.A, enrolled=8, completed=18, certificate=revoked)
    enroll(w.L3, w.A, enrolled=40, percent=30)
    enroll(w.L3, w.B, enrolled=45, completed=67, certificate=valid)
    enroll(w.L4, w.A, enrolled=62, completed=77, certificate=valid)
    enroll(w.L5, w.B, enrolled=1)
    enroll(w.L5, w.C, enrolled=345, completed=356)
    attempt(w.L1, w.QA, 60, 90)
    attempt(w.L2, w.QA, 100)
    attempt(w.L3, w.QA, 40)
    attempt(w.L4, w.QA, 80, 70)
    attempt(w.L1, w.QB, 50)
    attempt(w.L3, w.QB, 85)
    return w


@pytest.fixture
def superuser(db):
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def targets(world):
    """Achieved by hand from the fixture in test_reports (completion days in brackets):

    T1 D1, any course, days 0–100, 3 learners: L2 (A 18), L1 (A 30), L3 (B 67) → 3, met
    T2 O1, course B, days 0–100, 4 learners: L3 (B 67) → 1, behind
    T3 province, residents, A or C, days 20–100, 2 learners: L1 (A 30), L4 (A 77) → 2, met
       (L2 is a business; L5's C was completed nine days ago, after the deadline)
    T4 D2, any course, from 10 days ago to 10 days ahead, 4 learners: L5 (C, nine days ago) → 1, behind
    T5 province, starts in 30 days, 10 learners → 0, on track
    T6 C1, any course, days 18–30 (both included), 2 learners: L2 (18), L1 (30) → 2, met
    """
    w = world
    return {
        "T1": make_target("T1", administrative_unit=w.D1, learners_required=3, start_date=day(0), deadline=day(100)),
        "T2": make_target(
            "T2", organisation=w.O1, courses=[w.B], learners_required=4, start_date=day(0), deadline=day(100)
        ),
        "T3": make_target(
            "T3",
            administrative_unit=w.P,
            audience="resident",
            courses=[w.A, w.C],
            learners_required=2,
            start_date=day(20),
            deadline=day(100),
        ),
        "T4": make_target(
            "T4",
            administrative_unit=w.D2,
            learners_required=4,
            start_date=TODAY - timedelta(days=10),
            deadline=TODAY + timedelta(days=10),
        ),
        "T5": make_target(
            "T5",
            administrative_unit=w.P,
            learners_required=10,
            start_date=TODAY + timedelta(days=30),
            deadline=TODAY + timedelta(days=60),
        ),
        "T6": make_target("T6", administrative_unit=w.C1, learners_required=2, start_date=day(18), deadline=day(30)),
    }
