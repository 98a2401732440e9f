"""Benchmark: the required-training reports at 100k learners / 500k enrollments on PostgreSQL.

Uses the data of ``bench_board.py`` (same database; it is generated here if missing): 100k learners,
their enrollments, and about 210 required courses (five for every cadre, three for every resident of
the province, one per synthetic agency for its members: ~400k assigned learner × course pairs).

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/elearn_board
    .venv/bin/python tests/benchmarks/bench_training_reports.py [--learners 100000] [--runs 5]

Measured through the Django test client, median / max of ``--runs`` after one warm-up, the cache
cleared before each request: the first page of each report (superuser and a scoped trainer), the
learners' report also one page further and filtered by status. Target: each page under 1 s.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.urls import reverse  # noqa: E402

from tests.benchmarks.bench_board import (  # noqa: E402  (sets Django up)
    client_for,
    ensure_base_data,
    generate,
    scoped_trainer_client,
)
from training.models import Assignment  # noqa: E402


def measure(client, url: str, runs: int) -> tuple[float, float]:
    assert client.get(url).status_code == 200, url  # warm-up: templates, connection
    times = []
    for _ in range(runs):
        cache.clear()
        start = time.perf_counter()
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        else:
            response.content  # noqa: B018
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"Database: {connection.vendor} {connection.settings_dict['NAME']}")
    ensure_base_data()
    generate(args.learners)
    settings.DEBUG = False
    cache.clear()
    print(f"\n== {Assignment.objects.count()} required courses ==")
    admin = client_for("bench-board-admin", email="bench-board-admin@example.invalid", is_staff=True, is_superuser=True)
    trainer = scoped_trainer_client()
    pages = [
        ("required courses", reverse("required_course_report"), ""),
        ("by organisation", reverse("required_organisation_report"), ""),
        ("who has a required course", reverse("required_learners_report"), ""),
        ("who has …, page 3", reverse("required_learners_report"), "?p=3"),
        ("who has …, overdue", reverse("required_learners_report"), "?status=overdue"),
    ]
    for who, client in (("superuser", admin), ("scoped trainer", trainer)):
        for name, url, query in pages:
            median, worst = measure(client, url + query, args.runs)
            print(f"  {name:<28} {who:<15} median {median * 1000:5.0f} ms   max {worst * 1000:5.0f} ms", flush=True)
    settings.DEBUG = True


if __name__ == "__main__":
    main()
