"""Report 1, course completion: figures, filters, exports."""

from datetime import timedelta
from decimal import Decimal

import pytest

from tests.courses.reports.support import (
    BASE,
    attempt,
    csv_rows,
    screen_rows,
    summary,
    xlsx_rows,
)
from tests.factories import quiz

pytestmark = pytest.mark.django_db


def test_course_summary_matches_the_hand_computed_fixture(client, superuser, world):
    client.force_login(superuser)
    rows = screen_rows(client, "course_completion")
    assert summary(rows, world.A.title) == (4, 1, 3, 75.0, Decimal("77.5"), 2)  # L2's certificate is revoked
    assert summary(rows, world.B.title) == (3, 2, 1, Decimal("33.3"), Decimal("67.5"), 1)
    assert summary(rows, world.C.title) == (1, 0, 1, 100.0, None, 0)


@pytest.mark.parametrize(
    "params, expected_a, expected_b",
    [
        ("unit:D1", (3, 1, 2, Decimal("66.7"), Decimal("76.7"), 1), (2, 1, 1, 50.0, Decimal("67.5"), 1)),
        ("unit:P", (4, 1, 3, 75.0, Decimal("77.5"), 2), (3, 2, 1, Decimal("33.3"), Decimal("67.5"), 1)),
        ("audience:resident", (2, 0, 2, 100.0, Decimal("85.0"), 2), (2, 2, 0, 0.0, Decimal("50.0"), 0)),
        ("organisation:O1", (2, 1, 1, 50.0, Decimal("65.0"), 1), (2, 1, 1, 50.0, Decimal("67.5"), 1)),
        ("dates:31-89", (2, 1, 1, 50.0, Decimal("60.0"), 1), (2, 1, 1, 50.0, Decimal("67.5"), 1)),
    ],
)
def test_course_summary_filters(client, superuser, world, params, expected_a, expected_b):
    kind, value = params.split(":")
    query = {
        "unit": lambda: {"administrative_unit": getattr(world, value).pk},
        "audience": lambda: {"audience": value},
        "organisation": lambda: {"organisation": getattr(world, value).pk},
        "dates": lambda: {
            "enrolled_at_from": (BASE + timedelta(days=31)).isoformat(),
            "enrolled_at_to": (BASE + timedelta(days=89)).isoformat(),
        },
    }[kind]()
    client.force_login(superuser)
    rows = screen_rows(client, "course_completion", **query)
    assert summary(rows, world.A.title) == expected_a
    assert summary(rows, world.B.title) == expected_b


def test_best_score_is_per_learner_across_all_the_courses_quizzes(client, superuser, world):
    second = quiz(world.A, title="Bài kiểm tra giữa khóa")
    attempt(world.L3, second, 95)  # L3's best in A: 40 → 95
    attempt(world.L2, second, 50)  # L2's best stays 100
    client.force_login(superuser)
    # (90 + 100 + 95 + 80) / 4 = 91.25, shown half up.
    assert summary(screen_rows(client, "course_completion"), world.A.title)[4] == Decimal("91.3")
    rows = screen_rows(client, "course_completion", enrolled_at_from=(BASE + timedelta(days=31)).isoformat())
    assert summary(rows, world.A.title)[4] == Decimal("87.5")  # L3 (95) and L4 (80)
    learners = {row["name"]: row["best_score"] for row in screen_rows(client, "course_learners", course=world.A.pk)}
    assert learners["Hồ Sỹ Ba"] == 95 and learners["Trần Thị Hai"] == 100


def test_course_summary_exports_parse_and_match_the_screen(client, superuser, world):
    client.force_login(superuser)
    rows = csv_rows(client, "course_completion")
    assert len(rows) == 4 and len(rows[0]) == 7
    assert [world.A.title, "4", "1", "3", "75.0", "77.5", "2"] in rows
    assert [world.C.title, "1", "0", "1", "100.0", "", "0"] in rows
    sheet = xlsx_rows(client, "course_completion")
    assert (world.B.title, 3, 2, 1, 33.3, 67.5, 1) in sheet
