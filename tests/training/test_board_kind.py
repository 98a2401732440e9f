"""Required training on the evaluation board: an agency's score equals the figure computed by hand."""

from datetime import datetime, time, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from board.criteria import AGENCY, Figure, Window, get_kind
from board.models import Criterion
from board.periods import current_month, months_ending_with
from board.selectors import board_for
from courses.models import Enrollment
from tests.factories import AdministrativeUnitFactory, OrganisationFactory, UserFactory, course, learner
from training.board_kinds import REQUIRED_ON_TIME
from training.models import Assignment

pytestmark = pytest.mark.django_db

P = months_ending_with(current_month(), 4)[0]  # a closed month, three months ago


def on(offset: int):
    return timezone.make_aware(datetime.combine(P.start + timedelta(days=offset), time(12)))


def done(user, page, offset: int):
    Enrollment.objects.create(
        user=user, course=page, enrolled_at=on(0), last_activity_at=on(offset), completed_at=on(offset), percent=100
    )


def assign(page, *, deadline: int, created: int = -30, **criteria):
    assignment = Assignment.objects.create(course=page, deadline=(P.start + timedelta(days=deadline)), **criteria)
    Assignment.objects.filter(pk=assignment.pk).update(created_at=on(created))
    return assignment


@pytest.fixture
def agencies(catalogue):
    """Agencies O1, O2 (and a business, not on the board); courses A, B, C.

    Assignments  A to O1, deadline P+10;  B to every official, deadline P+40 (after P);
                 C to O2, deadline P+5, but made after P (left out of P).
    Learners     X1 O1 official: A on day 5 (on time), B not done (not due at P's end: left out)
                 X2 O1 official: A on day 20 (late), B on day 8 (on time, early)
                 X3 O1 official: nothing (A overdue)
                 R1 O1 resident: A on day 5 (not a cadre: left out)
                 X4 O2 official: B on day 3 (on time); C not done (made after P)
    By hand, for P: O1 on time X1·A, X2·B of X1·A, X2·A, X3·A, X2·B → 2/4 = 50 % → 50/80 = 62.5;
                    O2 X4·B of X4·B → 1/1 → 100.
    """
    unit = AdministrativeUnitFactory(code="40-T01", name="Xã Diễn Kim")
    o1 = OrganisationFactory(name="Sở Nội vụ", administrative_unit=unit)
    o2 = OrganisationFactory(name="Sở Tài chính", administrative_unit=unit)
    business = OrganisationFactory(name="HTX Diễn Kim", kind="business", administrative_unit=unit)
    a, b, c = (course(catalogue, title=title, lessons=1) for title in ("A", "B", "C"))
    assign(a, deadline=10, organisation=o1)
    assign(b, deadline=40, audience="official")
    assign(c, deadline=5, created=40, organisation=o2)
    people = {}
    for key, audience, organisation in [
        ("X1", "official", o1),
        ("X2", "official", o1),
        ("X3", "official", o1),
        ("R1", "resident", o1),
        ("X4", "official", o2),
        ("Y1", "official", business),
    ]:
        people[key] = learner(audience=audience, organisation=organisation, administrative_unit=unit)
    done(people["X1"], a, 5)
    done(people["X2"], a, 20)
    done(people["X2"], b, 8)
    done(people["R1"], a, 5)
    done(people["X4"], b, 3)
    criterion = Criterion.objects.create(
        name="Cán bộ hoàn thành khóa học bắt buộc đúng hạn", applies_to=AGENCY, kind=REQUIRED_ON_TIME, target_percent=80
    )
    return {"O1": o1, "O2": o2, "A": a, "criterion": criterion}


def test_the_kind_is_offered_by_the_board():
    kind = get_kind(REQUIRED_ON_TIME)
    assert kind is not None and kind.applies_to == {AGENCY}
    assert (REQUIRED_ON_TIME, kind.label) in Criterion._meta.get_field("kind").choices


def test_agency_scores_equal_the_hand_computed_figures(agencies):
    superuser = UserFactory(is_staff=True, is_superuser=True)
    board = board_for(user=superuser, applies_to=AGENCY, period=P, months=0)
    rows = {row.unit.name: row for row in board.rows}
    assert set(rows) == {"Sở Nội vụ", "Sở Tài chính"}
    o1, o2 = rows["Sở Nội vụ"].criteria[0], rows["Sở Tài chính"].criteria[0]
    assert (o1.figure, o1.percent, o1.score) == (Figure(2, 4), Decimal("50.0"), Decimal("62.5"))
    assert (o2.figure, o2.percent, o2.score) == (Figure(1, 1), Decimal("100.0"), Decimal("100.0"))
    assert [row.unit.name for row in board.lagging] == ["Sở Nội vụ", "Sở Tài chính"]


def test_the_criterion_courses_limit_the_assignments(agencies):
    agencies["criterion"].courses.set([agencies["A"]])
    superuser = UserFactory(is_staff=True, is_superuser=True)
    rows = {row.unit.name: row for row in board_for(user=superuser, applies_to=AGENCY, period=P, months=0).rows}
    assert rows["Sở Nội vụ"].criteria[0].figure == Figure(1, 3)
    assert rows["Sở Tài chính"].criteria[0].figure is None  # nothing of A assigned: no figure


def test_query_count_does_not_grow_with_agencies_or_periods(agencies, django_assert_num_queries):
    criterion = Criterion.objects.prefetch_related("courses").get()
    periods = tuple(months_ending_with(current_month(), 6))
    few = Window(AGENCY, (P,), (agencies["O1"].pk,), P.as_of())
    many_units = [agencies["O1"].pk, agencies["O2"].pk, *(OrganisationFactory().pk for _ in range(5))]
    many = Window(AGENCY, periods, tuple(many_units), timezone.localdate())
    compute = get_kind(REQUIRED_ON_TIME).compute
    with django_assert_num_queries(2):  # the assignments, their grouped outcomes (one UNION ALL)
        compute(criterion, few)
    with django_assert_num_queries(2):
        figures = compute(criterion, many)
    assert figures[(P.key, agencies["O1"].pk)] == Figure(2, 4)
    # Today every deadline has passed: X1·B and X3·B are overdue now, and C (made since) counts for O2.
    assert figures[(periods[-1].key, agencies["O1"].pk)] == Figure(2, 6)
    assert figures[(periods[-1].key, agencies["O2"].pk)] == Figure(1, 2)
