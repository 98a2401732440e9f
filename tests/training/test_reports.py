"""Required-training reports: figures computed by hand, scope, exports, query budgets."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.courses.reports.support import split_preamble, trainer
from tests.downloads.support import ask, fetch
from tests.factories import learner
from training.selectors import Outcomes, assignment_figures, assignment_learners, assignment_outcomes

from .conftest import assign, day, enroll, manager_of


@pytest.fixture
def outcomes(agency):
    """A→O1 (deadline 10 days ago): cadre1 on time, cadre2 late, cadre3 overdue.
    B→O1 (in 10 days): cadre1 done, cadre2 and cadre3 pending. B→O2 (yesterday): other overdue.
    A→[resident] (in 5 days): pending."""
    w = agency
    w.cadre3 = learner(full_name="Đặng Văn Ba", administrative_unit=w.C1, organisation=w.O1, audience="official")
    w.a_o1 = assign(w.A, deadline=-10, organisation=w.O1)
    w.b_o1 = assign(w.B, deadline=10, organisation=w.O1)
    w.b_o2 = assign(w.B, deadline=-1, organisation=w.O2)
    w.a_people = assign(w.A, deadline=5, people=[w.resident])
    enroll(w.cadre1, w.A, completed=-15)
    enroll(w.cadre2, w.A, completed=-5)
    enroll(w.cadre3, w.A, percent=50, lessons=1)
    enroll(w.cadre1, w.B, completed=-2)
    enroll(w.cadre3, w.B, percent=50, lessons=1)
    return w


def test_figures_per_assignment(outcomes):
    w = outcomes
    figures = assignment_figures(assignments=[w.a_o1, w.b_o1, w.b_o2, w.a_people])
    assert figures[w.a_o1.pk] == Outcomes(assigned=3, on_time=1, late=1, overdue=1, pending=0)
    assert figures[w.b_o1.pk] == Outcomes(assigned=3, on_time=1, late=0, overdue=0, pending=2)
    assert figures[w.b_o2.pk] == Outcomes(assigned=1, overdue=1)
    assert figures[w.a_people.pk] == Outcomes(assigned=1, pending=1)


def test_outcomes_per_organisation_for_the_board(outcomes, django_assert_num_queries):
    w = outcomes
    with django_assert_num_queries(2):  # the assignments (and which list people), one UNION ALL of grouped counts
        totals = assignment_outcomes()
    assert totals == {
        w.O1.pk: Outcomes(assigned=6, on_time=2, late=1, overdue=1, pending=2),
        w.O2.pk: Outcomes(assigned=1, overdue=1),
    }
    assert assignment_outcomes(organisations=[w.O2.pk]) == {w.O2.pk: Outcomes(assigned=1, overdue=1)}
    # As of 20 days ago, none of the assignments existed yet.
    assert assignment_outcomes(as_of=day(-20)) == {}


def _csv(response):
    """The table of a CSV export (headings first), without the preamble that states the filters."""
    return split_preamble(list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))))[1]


def test_reports_on_screen_and_in_exports(outcomes, client):
    w = outcomes
    client.force_login(trainer())
    page = client.get(reverse("required_course_report")).content.decode()
    assert w.A.title in page and w.B.title in page
    rows = _csv(client.get(reverse("required_course_report"), {"export": "csv"}))
    assert rows[0][:4] == ["Khóa học", "Dành cho", "Hạn hoàn thành", "Được giao"]
    assert [r[3:8] for r in rows[1:]] == [
        ["3", "1", "1", "1", "0"],
        ["1", "0", "0", "1", "0"],
        ["1", "0", "0", "0", "1"],
        ["3", "1", "0", "0", "2"],
    ]
    response = client.get(reverse("required_organisation_report"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = split_preamble([[c.value for c in row] for row in sheet.iter_rows()])[1]
    assert values[0][0] == "Cơ quan/đơn vị"
    by_name = {row[0]: row[2:7] for row in values[1:]}
    assert by_name["Sở Nội vụ"] == [6, 2, 1, 1, 2]
    assert by_name["UBND xã Nghi Thiết"] == [1, 0, 0, 1, 0]
    rows = _csv(client.get(reverse("required_learners_report"), {"status": "overdue", "export": "csv"}))
    assert sorted(r[0] for r in rows[1:]) == ["Lê Văn Công", "Đặng Văn Ba"]
    assert {r[5] for r in rows[1:]} == {"Quá hạn"}


def test_scoped_manager_sees_only_their_organisation_in_every_listing_and_export(outcomes, client):
    w = outcomes
    province_wide = assign(w.B, deadline=20, audience="official")  # reaches O1's cadres too
    client.force_login(manager_of(w.O1))
    foreign = ["UBND xã Nghi Thiết", "Lê Văn Công", "Phạm Thị Dung"]
    for name in ("required_course_report", "required_organisation_report", "required_learners_report"):
        page = client.get(reverse(name)).content.decode()
        assert page.count("Sở Nội vụ") >= 1 or name == "required_learners_report"
        for text in foreign:
            assert text not in page, (name, text)
        for export in ("csv", "xlsx"):
            response = client.get(reverse(name), {"export": export})
            body = b"".join(response.streaming_content)
            text = (
                body.decode("utf-8-sig")
                if export == "csv"
                else str([[c.value for c in row] for row in load_workbook(io.BytesIO(body)).active.iter_rows()])
            )
            for foreign_text in foreign:
                assert foreign_text not in text, (name, export, foreign_text)
    rows = _csv(client.get(reverse("required_course_report"), {"export": "csv"}))
    # Their two assignments and the province-wide one (counting their three cadres only).
    assert [(r[1], r[3]) for r in rows[1:]] == [
        ("Sở Nội vụ", "3"),
        ("Sở Nội vụ", "3"),
        ("Cán bộ, công chức, viên chức", "3"),
    ]
    assert province_wide.pk
    learners = _csv(client.get(reverse("required_learners_report"), {"export": "csv"}))
    assert {r[0] for r in learners[1:]} == {"Nguyễn Văn An", "Trần Thị Bình", "Đặng Văn Ba"}


@pytest.mark.parametrize("extra", [0, 12])
def test_report_query_budgets_do_not_grow_with_assignments_or_learners(
    outcomes, client, extra, django_assert_max_num_queries
):
    w = outcomes
    for i in range(extra):
        assign(w.A if i % 2 else w.B, deadline=i - 5, organisation=w.O1 if i % 3 else w.O2)
        learner(administrative_unit=w.C1, organisation=w.O1, audience="official")
    client.force_login(trainer())
    for name, budget in (
        ("required_course_report", 15),
        ("required_organisation_report", 15),
        # Two more at most: a page reads the assignments it shows whole in one query, and those it cuts.
        ("required_learners_report", 17),
    ):
        with django_assert_max_num_queries(budget):
            assert client.get(reverse(name)).status_code == 200


def test_outcomes_for_a_viewer_count_only_the_learners_they_may_see(outcomes):
    w = outcomes
    totals = assignment_outcomes(viewer=manager_of(w.O1))
    assert totals == {w.O1.pk: Outcomes(assigned=6, on_time=2, late=1, overdue=1, pending=2)}


def test_a_large_export_is_prepared_for_a_scoped_manager_with_their_learners_only(outcomes, client, settings):
    w = outcomes
    settings.EXPORT_INLINE_MAX_ROWS = 0
    client.force_login(manager_of(w.O1))
    download = ask(client, reverse("required_learners_report"), {"status": "overdue", "export": "csv"})
    content = fetch(client, download).decode("utf-8-sig")
    rows = split_preamble(list(csv.reader(io.StringIO(content))))[1]
    assert [r[0] for r in rows[1:]] == ["Đặng Văn Ba"]  # not O2's overdue "Lê Văn Công"
    assert download.filename.endswith(".csv")


def test_learner_rows_page_through_assignments_without_reading_them_all(outcomes, django_assert_max_num_queries):
    """Rows come assignment by assignment (in the order given), by name within each; any slice equals
    the same slice of all the rows, and reads at most three row queries (after two to count)."""
    w = outcomes
    order = [w.a_o1, w.b_o1, w.b_o2, w.a_people]
    rows = assignment_learners(assignments=order)
    everything = list(rows)
    assert len(rows) == len(everything) == 8
    assert [row["aid"] for row in everything] == [w.a_o1.pk] * 3 + [w.b_o1.pk] * 3 + [w.b_o2.pk, w.a_people.pk]
    names = [row["full_name"] for row in everything[:3]]
    assert names == sorted(names)
    for start in range(8):
        for stop in range(start + 1, 9):
            with django_assert_max_num_queries(3):
                assert rows[start:stop] == everything[start:stop]
    overdue = assignment_learners(assignments=order, status="overdue")
    assert len(overdue) == 2 and {row["aid"] for row in overdue[0:5]} == {w.a_o1.pk, w.b_o2.pk}
