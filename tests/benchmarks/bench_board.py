"""Benchmark: the evaluation board at 100k learners / 500k enrollments on PostgreSQL.

Run against a throw-away database (it adds synthetic rows with bulk SQL and never removes them):

    createdb -h 127.0.0.1 -U postgres elearn_board
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/elearn_board
    .venv/bin/python manage.py migrate
    .venv/bin/python tests/benchmarks/bench_board.py [--learners 100000] [--runs 5]

Data (INSERT … SELECT generate_series, a few seconds): 130 communes (the demo's and synthetic
ones), 200 agencies, a resident target per commune, ``--learners`` learners (60 % residents,
20 % cadres; 30 % in an agency), five enrollments each over 20 courses (45 % completed) spread
over 400 days, a lesson completion for each started enrollment, and four criteria.
Measured through the Django test client (median / max of ``--runs`` after one warm-up):
  * the board (communes, agencies) for the running month: computed live, the trend's
    eleven closed months read from the store;
  * the board for a closed month with nothing stored yet (cold: 12 months computed and stored: the
    immediate task backend of dev settings runs the trend's task in the request), then warm, then with
    only the chosen month missing (what a request computes when a worker stores the trend);
  * the lagging page and its XLSX export; the scoped trainer's board.
Target: the board answers in under 1 s.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearn.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from board.models import Criterion, StoredPeriod  # noqa: E402
from board.periods import current_month, months_ending_with  # noqa: E402
from courses.models import CourseIndexPage, CoursePage, Enrollment  # noqa: E402
from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation, User  # noqa: E402


def ensure_base_data() -> None:
    if not AdministrativeUnit.objects.filter(level="commune").exists() or not CourseIndexPage.objects.exists():
        call_command("load_demo", allow_production=True, verbosity=0)
    if CoursePage.objects.count() < 20:
        call_command("generate_load_data", learners=1, courses=20, allow_production=True, verbosity=0)


SQL = {
    "communes": """
        INSERT INTO accounts_administrativeunit (code, name, level, parent_id, is_active, path)
        SELECT 'BB-X' || g, 'Xã Thử Tải ' || g, 'commune', p.id, true, ''
        FROM generate_series(1, %(missing)s) g, accounts_administrativeunit p WHERE p.level = 'province';
        UPDATE accounts_administrativeunit u SET path = p.path || u.id || '/'
        FROM accounts_administrativeunit p WHERE u.parent_id = p.id AND u.path = '';
    """,
    "agencies": """
        INSERT INTO accounts_organisation (name, kind, administrative_unit_id)
        SELECT 'Cơ quan thử tải ' || g, 'agency', (%(communes)s::bigint[])[1 + g %% cardinality(%(communes)s::bigint[])]
        FROM generate_series(1, 200) g;
    """,
    "users": """
        INSERT INTO accounts_user (password, is_superuser, username, first_name, last_name, email, is_staff,
                                   is_active, date_joined, phone, phone_verified)
        SELECT '!', false, 'bb-' || g, '', '', 'bb-' || g || '@example.invalid', false, true,
               now() - random() * interval '400 days', '', false
        FROM generate_series(1, %(n)s) g;
    """,
    "profiles": """
        INSERT INTO accounts_learnerprofile (user_id, full_name, audience, administrative_unit_id, organisation_id,
                                             consent_given_at, consent_policy_version, created_at, updated_at)
        SELECT u.id, 'Người học ' || u.id,
               CASE WHEN r.a < 0.6 THEN 'resident' WHEN r.a < 0.8 THEN 'business' ELSE 'official' END,
               (%(communes)s::bigint[])[1 + (u.id * 7919) %% cardinality(%(communes)s::bigint[])],
               CASE WHEN r.o < 0.3
                    THEN (%(agencies)s::bigint[])[1 + (u.id * 104729) %% cardinality(%(agencies)s::bigint[])] END,
               u.date_joined, '2026-01', u.date_joined, u.date_joined
        FROM accounts_user u CROSS JOIN LATERAL (SELECT random() AS a, random() AS o, u.id AS k) r
        WHERE u.username LIKE 'bb-%%' AND NOT EXISTS (SELECT 1 FROM accounts_learnerprofile p WHERE p.user_id = u.id);
    """,
    "enrollments": """
        INSERT INTO courses_enrollment (user_id, course_id, enrolled_at, last_activity_at, completed_at, percent,
                                        completed_lessons)
        SELECT e.user_id, e.course_id, e.enrolled_at,
               CASE WHEN e.state < 0.45 THEN e.enrolled_at + e.span ELSE e.enrolled_at + e.span * random() END,
               CASE WHEN e.state < 0.45 THEN e.enrolled_at + e.span END,
               CASE WHEN e.state < 0.45 THEN 100 WHEN e.state < 0.85 THEN 50 ELSE 0 END,
               CASE WHEN e.state < 0.45 THEN 3 WHEN e.state < 0.85 THEN 1 ELSE 0 END
        FROM (
            SELECT u.id AS user_id,
                   (%(courses)s::bigint[])[1 + (u.id + i * 3) %% cardinality(%(courses)s::bigint[])] AS course_id,
                   u.date_joined + (now() - u.date_joined) * random() * 0.8 AS enrolled_at,
                   random() * interval '45 days' AS span, random() AS state
            FROM accounts_user u, generate_series(0, 4) i
            WHERE u.username LIKE 'bb-%%'
              AND NOT EXISTS (SELECT 1 FROM courses_enrollment x WHERE x.user_id = u.id)
        ) e;
        UPDATE courses_enrollment SET last_activity_at = least(last_activity_at, now()),
                                      completed_at = least(completed_at, now())
        WHERE last_activity_at > now() OR completed_at > now();
    """,
    "lessons": """
        INSERT INTO courses_lessoncompletion (enrollment_id, lesson_id, completed_at, source)
        SELECT e.id, %(lesson)s, e.last_activity_at, 'online' FROM courses_enrollment e
        JOIN accounts_user u ON u.id = e.user_id
        WHERE u.username LIKE 'bb-%%' AND e.completed_lessons > 0
          AND NOT EXISTS (SELECT 1 FROM courses_lessoncompletion c WHERE c.enrollment_id = e.id);
    """,
    "targets": """
        INSERT INTO courses_target (name, administrative_unit_id, organisation_id, audience, learners_required,
                                    start_date, deadline, created_at)
        SELECT 'Thử tải: người dân ' || u.name, u.id, NULL, 'resident', 300,
               date_trunc('year', now())::date - 365,
               (date_trunc('year', now()) + interval '1 year - 1 day')::date, now()
        FROM accounts_administrativeunit u
        WHERE u.level = 'commune' AND u.is_active
          AND NOT EXISTS (SELECT 1 FROM courses_target t WHERE t.administrative_unit_id = u.id);
    """,
    # Required courses (training): 5 courses for every cadre, 3 for every resident of the province, one
    # per agency for its members; deadlines from 300 days ago to 60 days ahead (~400k learner pairs).
    "assignments": """
        INSERT INTO training_assignment (course_id, deadline, organisation_id, administrative_unit_id, audience, note,
                                         created_at)
        SELECT (%(courses)s::bigint[])[1 + g], (now() - interval '300 days' + g * interval '45 days')::date,
               NULL::bigint, NULL::bigint, 'official', 'Thử tải', now() - interval '330 days' + g * interval '20 days'
        FROM generate_series(0, 4) g
        UNION ALL
        SELECT (%(courses)s::bigint[])[6 + g], (now() - interval '120 days' + g * interval '60 days')::date,
               NULL::bigint, p.id, 'resident', 'Thử tải', now() - interval '200 days'
        FROM generate_series(0, 2) g, accounts_administrativeunit p WHERE p.level = 'province'
        UNION ALL
        SELECT (%(courses)s::bigint[])[10 + o.id %% 10],
               (now() - interval '200 days' + (o.id %% 250) * interval '1 day')::date,
               o.id, NULL::bigint, '', 'Thử tải', now() - interval '260 days'
        FROM accounts_organisation o WHERE o.name LIKE 'Cơ quan thử tải %%';
    """,
}


def run(name: str, **params) -> None:
    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(SQL[name], params)
    print(f"  {name:<12} {time.perf_counter() - start:6.1f} s", flush=True)


def generate(learners: int) -> None:
    have = User.objects.filter(username__startswith="bb-").count()
    communes = AdministrativeUnit.objects.filter(level="commune", is_active=True)
    if communes.count() < 130:
        run("communes", missing=130 - communes.count())
    commune_ids = list(communes.values_list("pk", flat=True))
    if not Organisation.objects.filter(name__startswith="Cơ quan thử tải").exists():
        run("agencies", communes=commune_ids)
    agency_ids = list(Organisation.objects.filter(kind="agency").values_list("pk", flat=True))
    courses = list(CoursePage.objects.live().order_by("pk").values_list("pk", flat=True)[:20])
    from courses.models import LessonPage

    lesson = LessonPage.objects.filter(path__startswith=CoursePage.objects.get(pk=courses[0]).path).first().pk
    if have < learners:
        print(f"Generating {learners - have:,} learners with bulk SQL …", flush=True)
        run("users", n=learners - have)
        run("profiles", communes=commune_ids, agencies=agency_ids)
        run("enrollments", courses=courses)
    run("lessons", lesson=lesson)
    run("targets")
    from training.models import Assignment

    if not Assignment.objects.filter(note="Thử tải").exists():
        run("assignments", courses=courses)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def ensure_criteria() -> None:
    rows = [
        ("Người dân hoàn thành khóa học", "commune", "residents_completed_vs_target", 2, 50),
        ("Người học hoạt động (xã)", "commune", "active_learners_30_days", 1, 40),
        ("Cán bộ hoàn thành khóa kỹ năng số", "agency", "cadres_completed", 3, 80),
        ("Người học hoạt động (cơ quan)", "agency", "active_learners_30_days", 1, 50),
        ("Cán bộ hoàn thành khóa bắt buộc đúng hạn", "agency", "training_required_on_time", 3, 90),
    ]
    for name, applies_to, kind, weight, target in rows:
        Criterion.objects.get_or_create(
            name=name, defaults={"applies_to": applies_to, "kind": kind, "weight": weight, "target_percent": target}
        )


def client_for(username: str, **fields) -> Client:
    user, _created = User.objects.get_or_create(username=username, defaults=fields)
    client = Client()
    client.force_login(user)
    return client


def scoped_trainer_client() -> Client:
    from django.contrib.auth.models import Permission

    from courses.models import TrainerScope

    user, created = User.objects.get_or_create(
        username="bench-board-trainer", defaults={"email": "bench-board-trainer@example.invalid", "is_staff": True}
    )
    if created:
        user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_training_reports"]))
        scope = TrainerScope.objects.create(user=user)
        scope.administrative_units.set(AdministrativeUnit.objects.filter(level="commune").order_by("pk")[:5])
    client = Client()
    client.force_login(user)
    return client


def timed(client, url: str) -> float:
    start = time.perf_counter()
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    else:
        response.content  # noqa: B018
    assert response.status_code == 200, (url, response.status_code)
    return time.perf_counter() - start


def measure(client, url: str, runs: int, fresh: bool = True) -> tuple[float, float]:
    """Median and max; ``fresh``: running months' figures are not kept, so each request recomputes them."""
    settings.BOARD_LIVE_SECONDS = 0 if fresh else 300
    timed(client, url)  # warm-up (and, for closed months, the store)
    times = [timed(client, url) for _ in range(runs)]
    settings.BOARD_LIVE_SECONDS = 300
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"Database: {connection.vendor} {connection.settings_dict['NAME']}")
    ensure_base_data()
    generate(args.learners)
    ensure_criteria()
    settings.DEBUG = False
    from django.core.cache import cache

    cache.clear()  # a previous run's "being stored" marks (before anyone signs in: sessions live there too)
    print(
        f"\n== {LearnerProfile.objects.count():,} learners, {Enrollment.objects.count():,} enrollments, "
        f"{AdministrativeUnit.objects.filter(level='commune', is_active=True).count()} communes, "
        f"{Organisation.objects.filter(kind='agency').count()} agencies =="
    )
    admin = client_for("bench-board-admin", email="bench-board-admin@example.invalid", is_staff=True, is_superuser=True)
    board = reverse("board_index")
    closed = months_ending_with(current_month(), 2)[0]
    StoredPeriod.objects.all().delete()
    for of in ("commune", "agency"):
        cold = timed(admin, f"{board}?of={of}&period={closed.key}")
        warm = measure(admin, f"{board}?of={of}&period={closed.key}", args.runs)
        print(
            f"  board {of:<8} closed month {closed.key}: cold (12 months computed, stored) {cold * 1000:6.0f} ms; "
            f"warm median {warm[0] * 1000:5.0f} ms, max {warm[1] * 1000:5.0f} ms"
        )
    for of in ("commune", "agency"):
        StoredPeriod.objects.filter(period=closed.key).delete()
        one = timed(admin, f"{board}?of={of}&period={closed.key}")
        print(f"  board {of:<8} closed month, only that month not stored yet: {one * 1000:6.0f} ms")
    for of in ("commune", "agency"):
        median, worst = measure(admin, f"{board}?of={of}", args.runs)
        cached = measure(admin, f"{board}?of={of}", args.runs, fresh=False)
        print(
            f"  board {of:<8} running month, computed: median {median * 1000:5.0f} ms, max {worst * 1000:5.0f} ms; "
            f"within {settings.BOARD_LIVE_SECONDS if hasattr(settings, 'BOARD_LIVE_SECONDS') else 300} s "
            f"(cached): median {cached[0] * 1000:5.0f} ms"
        )
    StoredPeriod.objects.all().delete()
    start = time.perf_counter()
    call_command("store_board_figures", verbosity=0, stdout=open(os.devnull, "w"))
    print(f"  store_board_figures (12 closed months, 4 criteria): {time.perf_counter() - start:5.1f} s")
    trainer = scoped_trainer_client()
    median, worst = measure(trainer, f"{board}?of=commune", args.runs)
    print(
        f"  board commune  scoped trainer (5 communes), computed: median {median * 1000:5.0f} ms, "
        f"max {worst * 1000:5.0f} ms"
    )
    lagging = reverse("board_lagging")
    median, worst = measure(admin, lagging, args.runs)
    print(
        f"  lagging (both boards, running month, computed): median {median * 1000:5.0f} ms, max {worst * 1000:5.0f} ms"
    )
    median, worst = measure(admin, f"{lagging}?export=xlsx", args.runs)
    print(f"  lagging XLSX export, computed: median {median * 1000:5.0f} ms, max {worst * 1000:5.0f} ms")
    settings.DEBUG = True


if __name__ == "__main__":
    main()
