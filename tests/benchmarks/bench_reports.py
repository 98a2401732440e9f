"""Benchmark: report first-page time and export peak memory at growing data sizes.

Run against a throw-away database (it adds synthetic learners and never removes them):

    createdb -h 127.0.0.1 -U postgres elearn_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/elearn_bench
    .venv/bin/python manage.py migrate
    .venv/bin/python tests/benchmarks/bench_reports.py --sizes 10000,100000 [--courses 20] [--runs 5]

``--sizes`` are cumulative totals of synthetic learners (about five enrollments each):
the script tops the database up to each size, runs VACUUM ANALYZE, then measures through the
Django test client as a signed-in superuser:
  * each report's first page: median / max of ``--runs`` requests after one warm-up;
  * full CSV and XLSX exports: time, size and peak Python memory (tracemalloc), for the
    course summary and for the learners of the largest course (the long export).
Targets: first page < 1 s; export memory flat as rows grow (CSV streamed, XLSX write-only).
"""

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from courses.models import CourseIndexPage, Enrollment  # noqa: E402
from elearn.accounts.models import AdministrativeUnit, LearnerProfile, User  # noqa: E402

PAGES = ["course_completion", "course_learners", "unit", "organisation", "target"]


def ensure_base_data() -> None:
    if not AdministrativeUnit.objects.filter(level="commune").exists() or not CourseIndexPage.objects.exists():
        call_command("load_demo", allow_production=True, verbosity=0)


def top_up(size: int, courses: int, seed: int) -> None:
    have = LearnerProfile.objects.filter(user__username__startswith="load-").count()
    if have < size:
        print(f"Generating {size - have:,} learners …", flush=True)
        call_command(
            "generate_load_data", learners=size - have, courses=courses, seed=seed + have, allow_production=True
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # as autovacuum would have done on a live database


def ensure_targets(count: int = 20) -> None:
    """Targets like a province would set: the province, communes and organisations, some per course."""
    import datetime

    from courses.models import CoursePage, Target
    from elearn.accounts.models import Organisation

    have = Target.objects.filter(name__startswith="Thử tải").count()
    today = datetime.date.today()
    communes = list(AdministrativeUnit.objects.filter(level="commune").order_by("pk"))
    organisations = list(Organisation.objects.order_by("pk"))
    courses = list(CoursePage.objects.order_by("pk"))
    for i in range(have, count):
        scope = {"administrative_unit": communes[i % len(communes)]}
        if i == 0:
            scope = {"administrative_unit": AdministrativeUnit.objects.get(level="province")}
        elif i % 3 == 0 and organisations:
            scope = {"organisation": organisations[i % len(organisations)]}
        target = Target.objects.create(
            name=f"Thử tải {i:02d}",
            learners_required=200 + 50 * i,
            audience="resident" if i % 4 == 1 else "",
            start_date=today - datetime.timedelta(days=180),
            deadline=today + datetime.timedelta(days=180),
            **scope,
        )
        if i % 2:
            target.courses.set(courses[i % len(courses) :][:3])


def scoped_trainer_client() -> Client:
    """A trainer limited to two communes and one organisation (the slower, filtered path)."""
    from django.contrib.auth.models import Permission

    from courses.models import TrainerScope
    from elearn.accounts.models import Organisation

    user, created = User.objects.get_or_create(
        username="bench-trainer", defaults={"email": "bench-trainer@example.invalid", "is_staff": True}
    )
    if created:
        user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_training_reports"]))
        scope = TrainerScope.objects.create(user=user)
        scope.administrative_units.set(AdministrativeUnit.objects.filter(level="commune").order_by("pk")[:2])
        scope.organisations.set(Organisation.objects.order_by("pk")[:1])
    client = Client()
    client.force_login(user)
    return client


def client_for_superuser() -> Client:
    user, _created = User.objects.get_or_create(
        username="bench-admin",
        defaults={"email": "bench-admin@example.invalid", "is_staff": True, "is_superuser": True},
    )
    client = Client()
    client.force_login(user)
    return client


def consume(response) -> int:
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


def time_page(client, url: str, runs: int) -> tuple[float, float]:
    from django.core.cache import cache

    assert client.get(url).status_code == 200, url  # warm-up: templates, connection
    times = []
    for _ in range(runs):
        cache.clear()  # the dashboard panel caches its figures: time the computation
        start = time.perf_counter()
        response = client.get(url)
        consume(response)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, url
    return statistics.median(times), max(times)


def measure_export(client, url: str) -> tuple[float, int, float]:
    """Seconds, bytes and peak traced memory (MiB) of one full export."""
    start = time.perf_counter()
    size = consume(client.get(url))
    seconds = time.perf_counter() - start
    tracemalloc.start()
    consume(client.get(url))
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, size, peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="Cumulative synthetic learner totals.")
    parser.add_argument("--courses", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(f"Database: {connection.vendor} {connection.settings_dict['NAME']}")
    ensure_base_data()
    ensure_targets()
    for size in [int(s) for s in args.sizes.split(",")]:
        top_up(size, args.courses, args.seed)
        settings.DEBUG = False  # no query log in memory while measuring
        client = client_for_superuser()
        biggest = Enrollment.objects.values("course").annotate(n=Count("pk")).order_by("-n").first()
        learners = LearnerProfile.objects.count()
        enrollments = Enrollment.objects.count()
        print(f"\n== {learners:,} learners, {enrollments:,} enrollments ({connection.vendor}) ==")
        for who, who_client in (("superuser", client), ("scoped trainer", scoped_trainer_client())):
            for name in PAGES + ["admin home"]:
                url = reverse(f"{name}_report") if name != "admin home" else reverse("wagtailadmin_home")
                url += f"?course={biggest['course']}" if name == "course_learners" else ""
                median, worst = time_page(who_client, url, args.runs)
                print(f"  first page  {name:<18} {who:<15} median {median * 1000:5.0f} ms   max {worst * 1000:5.0f} ms")
        exports = [
            ("course_completion", "csv", ""),
            ("course_completion", "xlsx", ""),
            ("course_learners", "csv", f"&course={biggest['course']}"),
            ("course_learners", "xlsx", f"&course={biggest['course']}"),
        ]
        # The cost of building an export, the same in a request or in the worker (above
        # EXPORT_INLINE_MAX_ROWS it is prepared there): measured inline, whatever its size.
        settings.EXPORT_INLINE_MAX_ROWS = 10**9
        for name, fmt, extra in exports:
            url = reverse(f"{name}_report") + f"?export={fmt}{extra}"
            seconds, size_bytes, peak = measure_export(client, url)
            rows = biggest["n"] if name == "course_learners" else "all courses"
            print(
                f"  export {fmt:<4} {name:<18} {seconds:6.2f} s  {size_bytes / 2**20:7.2f} MiB file  "
                f"peak memory {peak:6.2f} MiB  (rows: {rows})"
            )
        settings.DEBUG = True


if __name__ == "__main__":
    main()
