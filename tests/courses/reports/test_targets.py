"""Targets: the model's rules, "achieved" and status, the report with its chart."""

from datetime import date, datetime, time

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrollment, Target
from courses.reports.selectors.targets import target_timeline, targets_for_report
from tests.courses.reports.support import (
    csv_rows,
    day,
    enroll,
    make_target,
    progress,
    screen_rows,
    trainer,
    url,
    xlsx_rows,
)
from tests.factories import learner

pytestmark = pytest.mark.django_db


def test_a_target_belongs_to_exactly_one_unit_or_organisation(world):
    dates = {"learners_required": 1, "start_date": day(0), "deadline": day(10)}
    for scope in ({}, {"administrative_unit": world.C1, "organisation": world.O1}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Target.objects.create(name="x", **scope, **dates)
    with pytest.raises(IntegrityError), transaction.atomic():
        Target.objects.create(**{**dates, "name": "x", "administrative_unit": world.C1, "deadline": day(-1)})
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        Target(name="x", administrative_unit=world.C1, organisation=world.O1, **dates).full_clean()
    assert {"administrative_unit", "organisation"} <= set(error.value.message_dict)


def test_status_follows_the_elapsed_fraction_of_the_period():
    target = Target(learners_required=100, start_date=date(2026, 1, 1), deadline=date(2026, 4, 10))  # 100 days
    assert target.elapsed_fraction(date(2025, 12, 31)) == 0
    assert target.elapsed_fraction(date(2026, 1, 1)) == pytest.approx(0.01)
    assert target.elapsed_fraction(date(2026, 2, 19)) == pytest.approx(0.5)
    assert target.elapsed_fraction(date(2026, 12, 31)) == 1
    assert target.status_for(0, date(2025, 12, 31)) == Target.Status.ON_TRACK
    assert target.status_for(50, date(2026, 2, 19)) == Target.Status.ON_TRACK
    assert target.status_for(49, date(2026, 2, 19)) == Target.Status.BEHIND
    assert target.status_for(99, date(2026, 4, 10)) == Target.Status.BEHIND
    assert target.status_for(100, date(2026, 1, 2)) == Target.Status.MET


def test_achieved_percent_and_status_match_the_hand_computed_fixture(superuser, targets):
    assert progress(superuser) == {
        "T1": (3, 100.0, "met"),
        "T2": (1, 25.0, "behind"),
        "T3": (2, 100.0, "met"),
        "T4": (1, 25.0, "behind"),
        "T5": (0, 0.0, "on_track"),
        "T6": (2, 100.0, "met"),
    }


def test_a_learner_completing_two_courses_counts_once(superuser, targets, world):
    enroll(world.L1, world.C, enrolled=40, completed=50)
    assert progress(superuser)["T1"][0] == 3
    assert progress(superuser)["T6"][0] == 2


def test_start_and_deadline_are_local_dates_both_included(superuser, world):
    night_owl = learner(administrative_unit=world.C1)
    # 00:30 in Vietnam is still the previous day in UTC.
    completed = timezone.make_aware(datetime.combine(day(200), time(0, 30)))
    Enrollment.objects.create(user=night_owl, course=world.C, enrolled_at=completed, completed_at=completed)
    make_target("same day", administrative_unit=world.C1, learners_required=1, start_date=day(200), deadline=day(200))
    make_target("day before", administrative_unit=world.C1, learners_required=1, start_date=day(199), deadline=day(199))
    achieved = progress(superuser)
    assert achieved["same day"][0] == 1 and achieved["day before"][0] == 0


def test_trainers_see_targets_of_their_scope_counted_within_it(targets, world):
    assert progress(trainer(units=[world.D2])) == {"T4": (1, 25.0, "behind")}
    assert progress(trainer(organisations=[world.O1])) == {"T2": (1, 25.0, "behind")}
    # O1 is located in C1, so its target is shown, but its learner in C2 is not counted.
    assert progress(trainer(units=[world.C1])) == {"T2": (0, 0.0, "behind"), "T6": (2, 100.0, "met")}


def test_timeline_is_cumulative_distinct_learners(superuser, targets):
    t1 = next(t for t in targets_for_report(user=superuser) if t.name == "T1")
    points = target_timeline(user=superuser, target=t1, points=4)
    assert [p.day for p in points] == [day(25), day(51), day(77), day(100)]
    assert [p.achieved for p in points] == [1, 2, 3, 3]
    assert [round(p.expected, 2) for p in points] == [0.77, 1.54, 2.32, 3.0]
    t5 = next(t for t in targets_for_report(user=superuser) if t.name == "T5")
    assert target_timeline(user=superuser, target=t5) == []  # not started yet


def test_target_report_rows_and_exports(client, superuser, targets, world):
    client.force_login(superuser)
    rows = {t.name: (t.learners_required, t.achieved, t.percent, t.status) for t in screen_rows(client, "target")}
    assert rows["T2"] == (4, 1, 25.0, "behind") and rows["T3"] == (2, 2, 100.0, "met")
    assert len(rows) == 6
    current = {t.name for t in screen_rows(client, "target", current="true")}
    assert current == {"T4"}
    assert {
        t.name for t in screen_rows(client, "target", administrative_unit=targets["T1"].administrative_unit_id)
    } == {
        "T1",
        "T6",
    }
    csv = {row[0]: row for row in csv_rows(client, "target")[1:]}
    assert csv["T2"][5:] == [day(100).isoformat(), "4", "1", "25.0", str(Target.Status.BEHIND.label)]
    assert set(csv["T3"][2].split(", ")) == {world.A.title, world.C.title} and csv["T3"][3]
    assert csv["T1"][2] == "Any course" or csv["T1"][2]  # translated later; never empty
    sheet = {row[0]: row for row in xlsx_rows(client, "target")[1:]}
    assert sheet["T1"][6:9] == (3, 3, 100)


def test_target_report_draws_an_accessible_svg_chart_with_a_table(client, superuser, targets):
    client.force_login(superuser)
    response = client.get(url("target", chart=targets["T1"].pk))
    html = response.content.decode()
    assert response.status_code == 200
    chart = response.context["chart"]
    assert chart["target"].pk == targets["T1"].pk
    assert [p["achieved"] for p in chart["timeline"]][-1] == 3
    assert 'role="img"' in html and 'aria-labelledby="target-chart-title target-chart-desc"' in html
    assert '<title id="target-chart-title">' in html and "<polyline" in html
    assert "<script" not in html.split('id="target-chart"')[1].split("</section>")[0]
    assert html.count("<tr>") >= len(chart["timeline"]) + 1  # the data table fallback
    # The results fragment (filters applied without a page load) carries the chart too.
    fragment = client.get(reverse("target_report_results") + f"?chart={targets['T1'].pk}").content.decode()
    assert 'role="img"' in fragment


def test_chart_never_shows_a_target_outside_the_trainers_scope(client, targets, world):
    client.force_login(trainer(units=[world.D2]))
    response = client.get(url("target", chart=targets["T1"].pk))
    assert response.context["chart"]["target"].name == "T4"
    assert ">T1<" not in response.content.decode()
