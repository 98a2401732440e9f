"""Trainer reports: figures against a hand-computed fixture, filters, scopes, permissions, exports, query budgets."""

import csv
import io
from datetime import datetime, time, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from openpyxl import load_workbook

from courses.models import Certificate, Enrollment, QuizAttempt, TrainerScope
from elearn.accounts.choices import Audience
from elearn.accounts.models import AdministrativeUnit, LearnerProfile, User
from tests.factories import AdministrativeUnitFactory, OrganisationFactory, UserFactory, course, learner, quiz

pytestmark = pytest.mark.django_db

REPORTS = ["course_completion", "course_learners", "unit", "organisation", "target"]
BASE = timezone.localdate() - timedelta(days=365)
RESIDENT = Audience.RESIDENT
BUSINESS = Audience.BUSINESS
OFFICIAL = Audience.OFFICIAL


def at(day: int) -> datetime:
    """Noon, local time, ``day`` days after BASE (negative: before)."""
    return timezone.make_aware(datetime.combine(BASE + timedelta(days=day), time(12)))


def staff(*codenames: str, **fields):
    """A staff user with Wagtail admin access and the given ``app.codename`` permissions."""
    user = UserFactory(is_staff=True, **fields)
    for dotted in ("wagtailadmin.access_admin", *codenames):
        app_label, codename = dotted.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


def trainer(*, units=(), organisations=()):
    user = staff("courses.view_training_reports")
    if units or organisations:
        scope = TrainerScope.objects.create(user=user)
        scope.administrative_units.set(units)
        scope.organisations.set(organisations)
    return user


def enroll(user, page, *, enrolled: int, completed: int | None = None, percent: int = 0, certificate=None):
    enrollment = Enrollment.objects.create(
        user=user,
        course=page,
        enrolled_at=at(enrolled),
        last_activity_at=at(completed if completed is not None else enrolled),
        completed_at=at(completed) if completed is not None else None,
        percent=100 if completed is not None else percent,
    )
    if certificate:
        Certificate.objects.create(
            enrollment=enrollment,
            user=user,
            course=page,
            learner_name=user.profile.full_name,
            course_title=page.title,
            issuer="Sở KH&CN",
            issued_on=at(completed).date(),
            status=certificate,
        )
    return enrollment


def attempt(user, quiz_page, *scores):
    for number, score in enumerate(scores, start=1):
        QuizAttempt.objects.create(
            user=user,
            quiz=quiz_page,
            number=number,
            started_at=timezone.now(),
            submitted_at=timezone.now(),
            score=Decimal(score),
            correct_count=0,
            question_count=3,
            pass_mark=80,
            passed=score >= 80,
            answers={},
            snapshot=[],
        )


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


def url(name: str, **params) -> str:
    from urllib.parse import urlencode

    return reverse(f"{name}_report") + ("?" + urlencode(params) if params else "")


def screen_rows(client, name, **params):
    response = client.get(url(name, **params))
    assert response.status_code == 200
    return list(response.context["object_list"])


def csv_rows(client, name, **params) -> list[list[str]]:
    response = client.get(url(name, export="csv", **params))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for Excel"
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def xlsx_rows(client, name, **params) -> list[tuple]:
    response = client.get(url(name, export="xlsx", **params))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return list(workbook.active.iter_rows(values_only=True))


def by_title(rows):
    return {row["title"]: row for row in rows}


SUMMARY_FIELDS = ("enrolled", "in_progress", "completed", "completion_rate", "average_best_score", "certificates")


def summary(rows, title):
    row = by_title(rows)[title]
    return tuple(row[field] for field in SUMMARY_FIELDS)


# --- 1. Course completion summary ----------------------------------------------------------


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


def test_export_filenames_are_dated(client, superuser, world):
    client.force_login(superuser)
    today = timezone.localdate().isoformat()
    response = client.get(url("course_completion", export="csv"))
    assert f'filename="course-completion-{today}.csv"' in response["Content-Disposition"]
    response = client.get(url("course_learners", export="xlsx", course=world.A.pk))
    assert f"course-learners-{today}.xlsx" in response["Content-Disposition"]


# --- 2. Learners in a course ---------------------------------------------------------------


def test_course_learners_lists_each_learner_with_best_score_and_valid_certificate(client, superuser, world):
    client.force_login(superuser)
    rows = {row["name"]: row for row in screen_rows(client, "course_learners", course=world.A.pk)}
    assert set(rows) == {"Lê Văn Một", "Trần Thị Hai", "Hồ Sỹ Ba", "Phạm Thị Bốn"}
    one = rows["Lê Văn Một"]
    assert (one["unit"], one["organisation"], one["audience"]) == ("Xã Diễn Kim", "UBND xã Diễn Kim", RESIDENT)
    assert (one["percent"], one["best_score"], one["completed_at"]) == (100, Decimal("90"), at(30))
    assert one["certificate_code"] == Certificate.objects.get(user=world.L1, course=world.A).code
    assert rows["Trần Thị Hai"]["certificate_code"] is None  # revoked
    assert rows["Hồ Sỹ Ba"]["best_score"] == Decimal("40") and rows["Hồ Sỹ Ba"]["completed_at"] is None
    assert rows["Phạm Thị Bốn"]["best_score"] == Decimal("80")


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"completed": "true"}, {"Lê Văn Một", "Trần Thị Hai", "Phạm Thị Bốn"}),
        ({"completed": "false"}, {"Hồ Sỹ Ba"}),
        ({"administrative_unit": "D1"}, {"Lê Văn Một", "Trần Thị Hai", "Hồ Sỹ Ba"}),
        ({"organisation": "O2"}, {"Phạm Thị Bốn"}),
    ],
)
def test_course_learners_filters(client, superuser, world, params, expected):
    params = {key: getattr(world, value).pk if key != "completed" else value for key, value in params.items()}
    client.force_login(superuser)
    rows = screen_rows(client, "course_learners", course=world.A.pk, **params)
    assert {row["name"] for row in rows} == expected


def test_unit_filter_shows_the_tree_in_the_select_and_the_plain_name_in_the_active_filter(client, superuser, world):
    client.force_login(superuser)
    response = client.get(url("course_learners", course=world.A.pk, administrative_unit=world.C1.pk))
    field = response.context["filters"].form["administrative_unit"].field
    labels = {str(value): label for value, label in field.choices}
    assert labels[str(world.P.pk)] == "Tỉnh Nghệ An"
    assert labels[str(world.D1.pk)] == "— Huyện Diễn Châu"
    assert labels[str(world.C1.pk)] == "— — Xã Diễn Kim"
    chips = {chip.field_label: chip.value for chip in response.context["active_filters"]}
    assert chips[field.label] == "Xã Diễn Kim"


def test_course_learners_without_a_course_asks_for_one_and_exports_nothing(client, superuser, world):
    client.force_login(superuser)
    response = client.get(url("course_learners"))
    assert response.status_code == 200 and list(response.context["object_list"]) == []
    with translation.override(settings.LANGUAGE_CODE):
        prompt = gettext("Choose a course to see its learners.")
    assert response.context["no_results_message"] == prompt and prompt in response.content.decode()
    assert csv_rows(client, "course_learners") == [csv_rows(client, "course_learners")[0]]  # headings only


def test_course_learners_exports(client, superuser, world):
    client.force_login(superuser)
    rows = csv_rows(client, "course_learners", course=world.A.pk)
    assert len(rows) == 5
    code = Certificate.objects.get(user=world.L1, course=world.A).display_code
    one = next(row for row in rows if row[0] == "Lê Văn Một")
    assert one[1:4] == ["Xã Diễn Kim", "UBND xã Diễn Kim", str(Audience.RESIDENT.label)]
    assert one[5] == "100" and one[7] == at(30).strftime("%Y-%m-%d %H:%M") and one[8] == "90.00" and one[9] == code
    sheet = xlsx_rows(client, "course_learners", course=world.A.pk)
    four = next(row for row in sheet if row[0] == "Phạm Thị Bốn")
    assert (
        four[7] == timezone.make_naive(at(77))
        and four[8] == 80
        and four[9] == Certificate.objects.get(user=world.L4).display_code
    )


def test_formula_injection_is_neutralised_in_csv_and_xlsx(client, superuser, world):
    evil = '=HYPERLINK("http://evil.example","x")'
    user = learner(full_name=evil, administrative_unit=world.C1)
    enroll(user, world.A, enrolled=5)
    for prefix in ("+1", "-1", "@SUM(A1)", "\tTAB", "\rCR"):
        other = learner(full_name=f"{prefix} Nguyễn", administrative_unit=world.C1)
        enroll(other, world.A, enrolled=5)
    client.force_login(superuser)
    names = [row[0] for row in csv_rows(client, "course_learners", course=world.A.pk)[1:]]
    assert "'" + evil in names and evil not in names
    assert {"'+1 Nguyễn", "'-1 Nguyễn", "'@SUM(A1) Nguyễn", "'\tTAB Nguyễn", "'\rCR Nguyễn"} <= set(names)
    assert "Lê Văn Một" in names  # ordinary names untouched
    response = client.get(url("course_learners", export="xlsx", course=world.A.pk))
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = {cell.value: cell for (cell, *_rest) in workbook.active.iter_rows(min_row=2)}
    assert "'" + evil in cells and cells["'" + evil].data_type == "s"
    assert not any(cell.data_type == "f" for row in workbook.active.iter_rows() for cell in row)


# --- 3. By administrative unit / organisation ---------------------------------------------------


UNIT_FIELDS = ("learners", "enrollments", "completions", "completion_rate")


def test_unit_report_rolls_up_the_tree(client, superuser, world):
    client.force_login(superuser)
    rows = {row["code"]: tuple(row[f] for f in UNIT_FIELDS) for row in screen_rows(client, "unit")}
    assert rows["C1"] == (2, 3, 2, Decimal("66.7"))
    assert rows["C2"] == (1, 2, 1, 50.0)
    assert rows["C3"] == (2, 3, 2, Decimal("66.7"))
    assert rows["D1"] == (3, 5, 3, 60.0)
    assert rows["D2"] == (2, 3, 2, Decimal("66.7"))
    assert rows["40"] == (5, 8, 5, 62.5)


def test_unit_report_filters(client, superuser, world):
    client.force_login(superuser)
    rows = screen_rows(client, "unit", course=world.A.pk, level="district")
    assert {row["code"]: tuple(row[f] for f in UNIT_FIELDS) for row in rows} == {
        "D1": (3, 3, 2, Decimal("66.7")),
        "D2": (1, 1, 1, 100.0),
    }
    rows = screen_rows(client, "unit", within=world.D2.pk, audience=RESIDENT)
    assert {row["code"]: tuple(row[f] for f in UNIT_FIELDS) for row in rows} == {
        "D2": (2, 3, 2, Decimal("66.7")),
        "C3": (2, 3, 2, Decimal("66.7")),
    }


def test_organisation_report(client, superuser, world):
    client.force_login(superuser)
    rows = {row["name"]: tuple(row[f] for f in UNIT_FIELDS) for row in screen_rows(client, "organisation")}
    assert rows == {"UBND xã Diễn Kim": (2, 4, 2, 50.0), "HTX Nghi Thiết": (1, 1, 1, 100.0)}
    rows = screen_rows(client, "organisation", course=world.B.pk)
    assert {row["name"]: row["enrollments"] for row in rows} == {"UBND xã Diễn Kim": 2, "HTX Nghi Thiết": 0}


def test_unit_and_organisation_exports(client, superuser, world):
    client.force_login(superuser)
    rows = csv_rows(client, "unit")
    assert ["D1", "Huyện Diễn Châu", str(AdministrativeUnit.Level.DISTRICT.label), "3", "5", "3", "60.0"] in rows
    sheet = xlsx_rows(client, "organisation")
    agency = str(world.O2.get_kind_display())
    assert ("HTX Nghi Thiết", agency, "Xã Nghi Thiết", 1, 1, 1, 100) in sheet


# --- Who sees what --------------------------------------------------------------------------------


def test_scoped_trainer_sees_only_their_units_on_every_screen_and_export(client, world):
    client.force_login(trainer(units=[world.D2]))
    rows = screen_rows(client, "course_completion")
    assert summary(rows, world.A.title) == (1, 0, 1, 100.0, Decimal("80.0"), 1)
    assert summary(rows, world.B.title) == (1, 1, 0, 0.0, None, 0)
    assert [world.A.title, "1", "0", "1", "100.0", "80.0", "1"] in csv_rows(client, "course_completion")
    assert (world.B.title, 1, 1, 0, 0, None, 0) in xlsx_rows(client, "course_completion")

    names = {row["name"] for row in screen_rows(client, "course_learners", course=world.A.pk)}
    assert names == {"Phạm Thị Bốn"}
    # Even when asking for a unit outside their scope.
    assert screen_rows(client, "course_learners", course=world.A.pk, administrative_unit=world.D1.pk) == []
    assert [row[0] for row in csv_rows(client, "course_learners", course=world.A.pk)[1:]] == ["Phạm Thị Bốn"]
    assert [row[0] for row in xlsx_rows(client, "course_learners", course=world.B.pk)[1:]] == ["Võ Văn Năm"]

    units = {row["code"]: row["learners"] for row in screen_rows(client, "unit")}
    assert units == {"D2": 2, "C3": 2}
    assert {row[0] for row in csv_rows(client, "unit")[1:]} == {"D2", "C3"}
    organisations = {row["name"]: row["learners"] for row in screen_rows(client, "organisation")}
    assert organisations == {"HTX Nghi Thiết": 1}
    assert [row[0] for row in xlsx_rows(client, "organisation")[1:]] == ["HTX Nghi Thiết"]


def test_trainer_scoped_to_an_organisation(client, world):
    client.force_login(trainer(organisations=[world.O1]))
    rows = screen_rows(client, "course_completion")
    assert summary(rows, world.A.title) == (2, 1, 1, 50.0, Decimal("65.0"), 1)
    names = {row["name"] for row in screen_rows(client, "course_learners", course=world.B.pk)}
    assert names == {"Lê Văn Một", "Hồ Sỹ Ba"}
    units = {row["code"]: row["learners"] for row in screen_rows(client, "unit")}
    assert units["40"] == 2 and units["C3"] == 0  # all units listed, only O1's learners counted


def test_unscoped_trainer_sees_everyone(client, world):
    client.force_login(trainer())
    assert summary(screen_rows(client, "course_completion"), world.A.title)[0] == 4


@pytest.mark.parametrize("name", REPORTS)
def test_staff_without_the_permission_get_403_everywhere(client, world, name):
    client.force_login(staff("courses.add_target", "courses.change_target"))
    for suffix, params in (
        ("_report", ""),
        ("_report_results", ""),
        ("_report", "?export=csv"),
        ("_report", "?export=xlsx"),
    ):
        response = client.get(reverse(f"{name}{suffix}") + params)
        assert response.status_code == 403, (suffix, params)


@pytest.mark.parametrize("name", REPORTS)
def test_learners_and_anonymous_visitors_get_no_data(client, world, name):
    for user in (world.L1, None):
        client.logout()
        if user:
            client.force_login(user)
        for params in ("", "?export=csv", "?export=xlsx"):
            response = client.get(
                reverse(f"{name}_report") + params + ("&" if params else "?") + f"course={world.A.pk}"
            )
            assert response.status_code in (302, 403)
            assert "Lê Văn Một".encode() not in response.content
            assert "attachment" not in response.get("Content-Disposition", "")


@pytest.mark.parametrize("name", REPORTS)
def test_every_report_and_its_results_fragment_render(client, superuser, world, name):
    client.force_login(superuser)
    assert client.get(reverse(f"{name}_report") + f"?course={world.A.pk}").status_code == 200
    assert client.get(reverse(f"{name}_report_results") + f"?course={world.A.pk}").status_code == 200


def test_reports_menu_lists_the_reports_only_for_permitted_users(client, world):
    client.force_login(trainer())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("course_completion_report") in html and reverse("target_report") in html
    client.force_login(staff())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("course_completion_report") not in html


# --- Query budgets ----------------------------------------------------------------------------------


def grow(catalogue, n_courses: int, n_learners: int):
    """Extra courses (each with a quiz) and learners enrolled in all of them, some completed with certificates."""
    unit = AdministrativeUnitFactory()
    organisation = OrganisationFactory(administrative_unit=unit)
    pages = [course(catalogue, lessons=1) for _ in range(n_courses)]
    quizzes = [quiz(page) for page in pages]
    for i in range(n_learners):
        user = learner(administrative_unit=unit, organisation=organisation if i % 2 else None)
        for j, (page, quiz_page) in enumerate(zip(pages, quizzes, strict=True)):
            done = (i + j) % 3 == 0
            enroll(user, page, enrolled=j, completed=j + 5 if done else None, certificate="valid" if done else None)
            attempt(user, quiz_page, 50 + i % 50)
    return pages


def query_counts(client, world, user) -> dict[str, int]:
    client.force_login(user)
    urls = {}
    for name in REPORTS:
        params = {"course": world.A.pk} if name == "course_learners" else {}
        urls[name] = url(name, **params)
        for fmt in ("csv", "xlsx"):
            urls[f"{name}:{fmt}"] = url(name, export=fmt, **params)
    urls["unit:filtered"] = url("unit", course=world.A.pk, audience=RESIDENT, administrative_unit=world.D1.pk)
    urls["home"] = reverse("wagtailadmin_home")
    counts = {}
    for key, address in urls.items():
        client.get(address)  # warm caches
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(address)
            assert response.status_code == 200, key
            if response.streaming:
                b"".join(response.streaming_content)
        counts[key] = len(ctx.captured_queries)
    return counts


@pytest.mark.parametrize("who", ["superuser", "scoped trainer"])
def test_query_counts_do_not_grow_with_learners_or_courses(client, catalogue, world, superuser, who):
    from courses.models import Target

    user = superuser if who == "superuser" else trainer(units=[world.P], organisations=[world.O1])
    period = {"learners_required": 5, "start_date": BASE, "deadline": BASE + timedelta(days=700)}
    Target.objects.create(name="T", administrative_unit=world.P, **period)
    small_world = query_counts(client, world, user)
    grow(catalogue, n_courses=2, n_learners=3)
    small = query_counts(client, world, user)
    grow(catalogue, n_courses=6, n_learners=25)
    Target.objects.create(name="T2", organisation=world.O1, **period)
    large = query_counts(client, world, user)
    assert small == large, {k: (small[k], large[k]) for k in small if small[k] != large[k]}
    assert small_world == small
    assert max(large.values()) <= 40, large


# --- Load data for benchmarks -----------------------------------------------------------------------


def test_generate_load_data_refuses_without_debug(world):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError):
        call_command("generate_load_data", learners=5)
    assert not LearnerProfile.objects.filter(user__username__startswith="load-").exists()


def test_generate_load_data_fills_every_table_the_reports_read(client, superuser, world, settings):
    from django.core.management import call_command

    from courses.models import CoursePage, LessonCompletion

    settings.DEBUG = True
    call_command("generate_load_data", learners=60, courses=5, seed=7, batch_size=25, stdout=io.StringIO())
    synthetic = Enrollment.objects.filter(user__username__startswith="load-")
    assert LearnerProfile.objects.filter(user__username__startswith="load-").count() == 60
    assert 3 * 60 <= synthetic.count() <= 5 * 60  # 3 to 7 each, over at most five courses
    assert synthetic.values("course").distinct().count() == 5 and CoursePage.objects.count() == 5
    completed = synthetic.filter(completed_at__isnull=False)
    assert completed.exists() and synthetic.filter(completed_at__isnull=True, percent__gt=0).exists()
    assert Certificate.objects.filter(enrollment__in=completed).count() == completed.count()  # all give certificates
    assert LessonCompletion.objects.filter(enrollment__in=synthetic).exists()
    passed = QuizAttempt.objects.filter(user__username__startswith="load-", passed=True)
    assert passed.count() == completed.exclude(course=world.C).count()  # one pass per completion; C has no quiz
    synthetic_users = User.objects.filter(username__startswith="load-")
    assert not any(user.has_usable_password() for user in synthetic_users)
    # The reports add them up.
    client.force_login(superuser)
    enrolled = sum(row["enrolled"] for row in screen_rows(client, "course_completion"))
    assert enrolled == Enrollment.objects.count()
