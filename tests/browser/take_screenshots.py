"""Screenshots of the main screens for the docs, from the demo site in a real browser.

    .venv/bin/python tests/browser/take_screenshots.py                    # as a script
    .venv/bin/python -m pytest tests/browser/take_screenshots.py -p no:xdist   # the same, through pytest

Writes docs/screenshots/<screen>-<phone|desktop>.png (360×740 and 1280×800 viewports, not full pages).
The file name does not match ``test_*.py``, so the normal test run never collects it. Images are
re-encoded with Pillow (optimised palette PNG) to stay well under 250 KB each.
"""

import os
import sys
from pathlib import Path

import pytest
from django.urls import reverse
from playwright.sync_api import expect

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "docs" / "screenshots"
PAYMENTS = "thanh-toan-khong-dung-tien-mat-an-toan"
MAX_BYTES = 250_000

# screen → viewports. Every screen on a phone (how most learners come); the wide layouts that
# differ most on a desktop. Keep the set small (~10 files): they are committed to the repository.
SCREENS = {
    "home": ("phone", "desktop"),
    "catalogue": ("phone",),
    "course": ("phone", "desktop"),
    "lesson": ("phone", "desktop"),
    "quiz": ("phone",),
    "result": ("phone",),
    "dashboard": ("phone",),
    "verification": ("phone",),
    # What trainers see in the admin (on a desktop): the province's completion report and its targets.
    "report": ("desktop",),
    "targets": ("desktop",),
    # A community team member on a phone: the team's page and a village session.
    "team": ("phone",),
    "session": ("phone",),
}

VISIBLE_IMAGES_LOADED = """() => [...document.images]
    .filter(img => { const r = img.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.width; })
    .every(img => img.complete && img.naturalWidth > 0)"""


def _result_attempt(demo):
    """The demo learner's attempt at the payments quiz with one wrong answer: passed, with feedback of both kinds."""
    from courses.services import quiz_attempt_submit
    from tests.browser import quiz_choices

    quiz = demo.quiz(demo.course(PAYMENTS))
    key = quiz.answer_key()
    right, wrong = quiz_choices(quiz, right=True), quiz_choices(quiz, right=False)
    answers = {}
    for index, (question_id, question) in enumerate(key.items()):
        labels = (wrong if index == 0 else right)[question["text"]]
        answers[question_id] = [o["id"] for o in question["options"] if o["text"] in labels]
    return quiz_attempt_submit(user=demo.learner, quiz=quiz, answers=answers).attempt


def _shoot(page, path: Path) -> None:
    from PIL import Image

    page.wait_for_function(VISIBLE_IMAGES_LOADED)
    page.screenshot(path=path, animations="disabled", caret="hide")
    with Image.open(path) as image:
        image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
            path, optimize=True
        )
    assert path.stat().st_size < MAX_BYTES, f"{path.name} is {path.stat().st_size:,} bytes"


@pytest.mark.browser
def test_take_screenshots(demo, new_page):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    learner = demo.learner
    course = demo.course(PAYMENTS)
    lesson = demo.lessons(course)[1]  # "Chuyển tiền và thanh toán bằng mã QR": a step-by-step guide
    quiz = demo.quiz(course)
    attempt = _result_attempt(demo)
    certificate = learner.certificates.get()

    trainer = demo.user("giangvien@elearn.local")
    member = demo.user("tocongnghe@elearn.local")
    from community.models import VillageSession

    village_session = VillageSession.objects.get(place="Nhà văn hóa thôn 3")

    # screen → (signed in as, URL, what to bring into view)
    plan = {
        "home": (None, "/", None),
        "catalogue": (None, "/khoa-hoc/", None),
        "course": (learner, course.url, None),
        "lesson": (learner, lesson.url, lambda page: page.locator(".guide")),
        "quiz": (learner, quiz.url, lambda page: page.get_by_role("group").first),
        "result": (learner, f"/learning/attempts/{attempt.pk}/", None),
        "dashboard": (learner, "/my-learning/", None),
        "verification": (None, certificate.get_absolute_url(), None),
        "report": (trainer, reverse("course_completion_report"), None),
        "targets": (trainer, reverse("target_report"), None),
        "team": (member, reverse("community:home"), lambda page: page.locator("#month-title")),
        "session": (member, reverse("community:session", args=[village_session.pk]), None),
    }
    written = []
    for screen, viewports in SCREENS.items():
        user, url, target = plan[screen]
        for viewport in viewports:
            page = new_page(viewport, user=user)
            page.goto(url)
            expect(page.get_by_role("heading", level=1)).to_be_visible()
            if target is not None:
                target(page).evaluate("el => el.scrollIntoView({block: 'start'})")
            path = OUTPUT / f"{screen}-{viewport}.png"
            _shoot(page, path)
            page.context.close()
            written.append(path)
    print("\n".join(f"{p.relative_to(REPO)}  {p.stat().st_size:,} B" for p in written))


if __name__ == "__main__":
    os.chdir(REPO)
    sys.exit(pytest.main([str(Path(__file__).relative_to(REPO)), "-p", "no:xdist", "-q", "-s"]))
