"""Helpers of the report tests: the fixture's calendar, users with report rights, enrollments, request helpers."""

import csv
import io
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from urllib.parse import urlencode

from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses.models import Certificate, Enrollment, QuizAttempt, Target, TrainerScope
from courses.reports.selectors.targets import target_progress, targets_for_report
from elearn.accounts.choices import Audience
from tests.factories import AdministrativeUnitFactory, OrganisationFactory, UserFactory, course, learner, quiz

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


def url(name: str, **params) -> str:
    return reverse(f"{name}_report") + ("?" + urlencode(params) if params else "")


def screen_rows(client, name, **params):
    response = client.get(url(name, **params))
    assert response.status_code == 200
    return list(response.context["object_list"])


def split_preamble(rows: list) -> tuple[list, list]:
    """An export's rows → (the preamble: report, date, filters; the table: headings, then rows)."""
    blank = next(i for i, row in enumerate(rows) if not any(cell not in (None, "") for cell in row))
    return rows[:blank], rows[blank + 1 :]


def csv_file(client, name, **params) -> tuple[list, list]:
    response = client.get(url(name, export="csv", **params))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for Excel"
    return split_preamble(list(csv.reader(io.StringIO(content.decode("utf-8-sig")))))


def xlsx_file(client, name, **params) -> tuple[list, list]:
    response = client.get(url(name, export="xlsx", **params))
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return split_preamble(list(workbook.active.iter_rows(values_only=True)))


def csv_rows(client, name, **params) -> list[list[str]]:
    """The table of a CSV export (headings first), without its preamble."""
    return csv_file(client, name, **params)[1]


def xlsx_rows(client, name, **params) -> list[tuple]:
    """The table of an XLSX export (headings first), without its preamble."""
    return xlsx_file(client, name, **params)[1]


def by_title(rows):
    return {row["title"]: row for row in rows}


SUMMARY_FIELDS = ("enrolled", "in_progress", "completed", "completion_rate", "average_best_score", "certificates")


def summary(rows, title):
    row = by_title(rows)[title]
    return tuple(row[field] for field in SUMMARY_FIELDS)


UNIT_FIELDS = ("learners", "enrollments", "completions", "completion_rate")


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


TODAY = timezone.localdate()


def day(n: int) -> date:
    return BASE + timedelta(days=n)


def make_target(name, *, courses=(), **fields) -> Target:
    target = Target.objects.create(name=name, **fields)
    target.courses.set(courses)
    return target


def progress(user) -> dict[str, tuple]:
    return {t.name: (t.achieved, t.percent, t.status) for t in map(target_progress, targets_for_report(user=user))}
