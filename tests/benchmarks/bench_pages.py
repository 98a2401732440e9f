"""Benchmark: every page under gunicorn with production settings, as a ratio to a trivial view.

    make bench                      # SQLite file in .bench/ (the embedded default)
    DATABASE_URL=postgres://… REDIS_URL=redis://… make bench     # PostgreSQL + Redis

The script prepares the database (migrate, the demo site, static files), signs the demo
learner in, starts gunicorn (``--workers`` sync workers, ``elearn.settings.bench``: production
settings over plain HTTP plus a trivial ``HttpResponse("ok")`` view), then measures each page
with wrk (``-t2 -c8 -d10s`` by default; a Lua script sends the learner's cookies, and the POST):

  * anonymous: home, catalogue, course, lesson (served from the page cache once warm);
  * signed in: course, lesson, quiz, dashboard; the "mark complete" POST.

It prints requests/s, p50/p99 latency and the ratio to the trivial view measured in the same run
(before and after the pages, averaged), so machine noise cancels out. Goals (issue 18): anonymous
≥ 0.5, signed in ≥ 0.1 (0.3 the goal), POST ≥ 0.1. See docs/performance.md for how to read it.
``--peer`` (``make bench BENCH_ARGS=--peer``) then measures wagtail-lms the same way, after elearn's
rounds, and compares the ratios: see bench_peer.py.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "elearn.settings.bench"
os.environ.setdefault("DATABASE_URL", f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}")
os.environ.setdefault("STATIC_ROOT", str(BENCH_DIR / "static"))
os.environ.setdefault("PAGECACHE_DIR", str(BENCH_DIR / "pagecache"))
os.environ.setdefault("SESSION_CACHE_DIR", str(BENCH_DIR / "sessions"))
os.environ.setdefault("MEDIA_ROOT", str(BENCH_DIR / "media"))
os.environ.setdefault("PRIVATE_MEDIA_ROOT", str(BENCH_DIR / "private-media"))
os.environ.setdefault("LOG_LEVEL", "ERROR")
BENCH_DIR.mkdir(exist_ok=True)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

CSRF = "b" * 32  # the CSRF cookie and header carry the same secret
GOALS = {"anonymous": 0.5, "signed in": 0.1, "POST": 0.1}


def prepare():
    from courses.models import CourseIndexPage

    call_command("migrate", verbosity=0, interactive=False)
    if not CourseIndexPage.objects.exists():
        print("Loading the demo site …", flush=True)
        call_command("load_demo", allow_production=True, verbosity=0)
    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        print("Collecting static files …", flush=True)
        call_command("collectstatic", interactive=False, verbosity=0)


def targets() -> dict:
    """The demo course with the most lessons, one of its lessons, its quiz, and the demo learner."""
    from courses.models import CourseIndexPage, CoursePage, LessonPage, QuizPage
    from courses.services import enrollment_create, lesson_complete
    from elearn.accounts.models import LearnerProfile, User

    courses = CoursePage.objects.live()
    course = max(courses, key=lambda c: LessonPage.objects.live().descendant_of(c).count())
    quiz = QuizPage.objects.live().descendant_of(course).first()
    lessons = [
        p for p in LessonPage.objects.live().descendant_of(course).order_by("path") if p.pk != getattr(quiz, "pk", None)
    ]
    user = User.objects.get(email="hocvien@elearn.local")
    enrollment_create(user=user, course=course)
    lesson_complete(user=user, lesson=lessons[0])
    client = Client()
    client.force_login(user)
    # Eight more learners for the write path: their POSTs go lesson after lesson, one learner after another.
    writers = []
    for number in range(8):
        writer, created = User.objects.get_or_create(
            username=f"bench-writer-{number}", defaults={"email": f"bench-writer-{number}@elearn.local"}
        )
        if created:  # the demo learner's profile (unit, consent) copied: a learner who may record progress
            profile = LearnerProfile.objects.get(user=user)
            profile.pk, profile.user, profile.full_name = None, writer, f"Học viên thử {number}"
            profile.save()
        enrollment_create(user=writer, course=course)
        writer_client = Client()
        writer_client.force_login(writer)
        writers.append(writer_client.cookies[settings.SESSION_COOKIE_NAME].value)
    return {
        "catalogue": CourseIndexPage.objects.live().first().url,
        "course": course.url,
        "lesson": lessons[1].url,
        "quiz": quiz.url if quiz else lessons[-1].url,
        "complete": reverse("lesson_complete", args=[lessons[0].pk]),
        "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "writers": writers,
        "completions": [reverse("lesson_complete", args=[lesson.pk]) for lesson in lessons],
        "lessons": len(lessons) + (1 if quiz else 0),
    }


def lua(path: Path, *, session: str | None, post: bool = False) -> Path:
    lines = []
    if session:
        lines.append(f'wrk.headers["Cookie"] = "{settings.SESSION_COOKIE_NAME}={session}; csrftoken={CSRF}"')
    if post:
        lines += ['wrk.method = "POST"', 'wrk.body = ""', f'wrk.headers["X-CSRFToken"] = "{CSRF}"']
    path.write_text("\n".join(lines) + "\n")
    return path


def lua_rotating(path: Path, *, sessions: list[str], paths: list[str]) -> Path:
    """POSTs that go round the learners, and for each learner round the lessons: every request is a
    learner's next lesson (a write: a completion, or the last lesson and activity time moved)."""
    quoted = ", ".join(f'"{value}"' for value in sessions)
    targets = ", ".join(f'"{value}"' for value in paths)
    path.write_text(
        f"local sessions = {{{quoted}}}\nlocal paths = {{{targets}}}\nlocal n = 0\n"
        "request = function()\n"
        "  n = n + 1\n"
        "  local who = sessions[(n % #sessions) + 1]\n"
        "  local where = paths[(math.floor(n / #sessions) % #paths) + 1]\n"
        f'  return wrk.format("POST", where, {{["Cookie"] = "{settings.SESSION_COOKIE_NAME}=" .. who .. '
        f'"; csrftoken={CSRF}", ["X-CSRFToken"] = "{CSRF}"}}, "")\n'
        "end\n"
    )
    return path


def to_ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url: str, script: Path, args) -> dict:
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.duration}s",
        "--latency",
        "-s",
        str(script),
        url,
    ]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)$", out, re.M)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(latency["50"]),
        "p99": to_ms(latency["99"]),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def fetch(url: str, session: str | None = None) -> int:
    request = urllib.request.Request(url)
    if session:
        request.add_header("Cookie", f"{settings.SESSION_COOKIE_NAME}={session}")
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
        return response.status


def start_server(args) -> subprocess.Popen:
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "elearn.wsgi",
        f"--workers={args.workers}",
        f"--bind=127.0.0.1:{args.port}",
        "--no-control-socket",
        "--log-level=warning",
    ]
    # gunicorn.conf.py is production's: no access log line per request (it would be measured too)
    # and no worker recycling in the middle of a round.
    env = {**os.environ, "GUNICORN_ACCESS_LOG": "", "GUNICORN_MAX_REQUESTS": "0"}
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{args.port}"
    for _ in range(100):
        try:
            if fetch(base + "/_bench/ok/") == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--peer", action="store_true", help="then measure wagtail-lms (bench_peer.py) and compare")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")
    prepare()
    t = targets()
    db = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    cache = "redis" if settings.REDIS_URL else "files"
    base = f"http://127.0.0.1:{args.port}"
    work = Path(tempfile.mkdtemp(prefix="elearn-bench-"))
    anonymous = lua(work / "anonymous.lua", session=None)
    member = lua(work / "member.lua", session=t["session"])
    post = lua(work / "post.lua", session=t["session"], post=True)
    writes = lua_rotating(work / "writes.lua", sessions=t["writers"], paths=t["completions"])
    cases = [
        ("trivial view", "/_bench/ok/", anonymous, None),
        ("home, anonymous", "/", anonymous, "anonymous"),
        ("catalogue, anonymous", t["catalogue"], anonymous, "anonymous"),
        ("course page, anonymous", t["course"], anonymous, "anonymous"),
        ("lesson page, anonymous", t["lesson"], anonymous, "anonymous"),
        ("course page, learner", t["course"], member, "signed in"),
        ("lesson page, learner", t["lesson"], member, "signed in"),
        ("quiz page, learner", t["quiz"], member, "signed in"),
        ("dashboard, learner", reverse("my_learning"), member, "signed in"),
        ('"mark complete" POST, learner', t["complete"], post, "POST"),
        ('"mark complete" POST, 8 learners, lesson after lesson', t["completions"][0], writes, "POST"),
    ]
    server = start_server(args)
    try:
        for _name, path, script, kind in cases:  # warm: renditions, outlines, the page cache
            if kind != "POST":
                fetch(base + path, t["session"] if script is member else None)
        results = [(name, kind, wrk(base + path, script, args)) for name, path, script, kind in cases]
        trivial_after = wrk(base + "/_bench/ok/", anonymous, args)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    trivial = (results[0][2]["rps"] + trivial_after["rps"]) / 2
    print(
        f"\n{db} + {cache} cache, gunicorn {args.workers} sync workers, wrk -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s; course of {t['lessons']} lessons; trivial view {results[0][2]['rps']:.0f} / "
        f"{trivial_after['rps']:.0f} req/s (before / after)\n"
    )
    print("| Page | req/s | p50 ms | p99 ms | ratio | goal | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    failed = []
    for name, kind, r in results:
        ratio = r["rps"] / trivial
        goal = GOALS.get(kind)
        met = goal is None or ratio >= goal
        if not met or r["errors"]:
            failed.append(name)
        errors = f"{r['errors']}{' ' + r['socket_errors'] if r['socket_errors'] else ''}"
        print(
            f"| {name} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | {ratio:.3f} | "
            f"{'' if goal is None else ('≥ ' + str(goal)) + (' ✓' if met else ' ✗')} | {errors} |"
        )
    print("\nAll goals met." if not failed else f"\nGoal missed or errors: {', '.join(failed)}")
    if args.peer:
        from tests.benchmarks import bench_peer

        bench_peer.report(bench_peer.measure(args), args, {name: r["rps"] / trivial for name, _, r in results})


if __name__ == "__main__":
    main()
