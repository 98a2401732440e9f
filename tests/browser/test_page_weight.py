"""Page weight: a lesson must stay light for learners on slow, metered mobile data.

Measured in Chromium from what actually crossed the network for a cold load (cache disabled):
response headers + body of the HTML, CSS and JavaScript. Images, video and fonts are left out.
"""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

BUDGET = 100_000  # bytes: HTML + CSS + JS of one lesson page
COUNTED = {"document", "stylesheet", "script"}
PAYMENTS = "thanh-toan-khong-dung-tien-mat-an-toan"


def cold_load_weights(page, url: str) -> dict[str, tuple[str, int]]:
    """URL → (resource type, bytes transferred) for every request of one load of ``url``."""
    finished = []

    def on_finished(request):
        finished.append(request)

    page.on("requestfinished", on_finished)
    try:
        response = page.goto(url, wait_until="load")
        assert response.ok, f"{url}: HTTP {response.status}"
    finally:
        page.remove_listener("requestfinished", on_finished)
    weights = {}
    for request in finished:
        sizes = request.sizes()
        weights[request.url] = (request.resource_type, sizes["responseHeadersSize"] + sizes["responseBodySize"])
    return weights


def counted(weights) -> int:
    return sum(size for kind, size in weights.values() if kind in COUNTED)


def describe(weights) -> str:
    return "\n".join(f"  {size:>8,} B  {kind:<10} {url}" for url, (kind, size) in sorted(weights.items()))


def cold_page(new_page, user):
    page = new_page("phone", user=user)
    page.context.new_cdp_session(page).send("Network.setCacheDisabled", {"cacheDisabled": True})
    return page


# The lesson with a step-by-step guide and screenshots, and the heaviest lesson page of the demo
# when this was written (38 KB): the final quiz of the online public services course, whose
# syllabus has sections (a quiz is a lesson too).
PAGES = {
    "lesson-with-guide": lambda demo: demo.lessons(demo.course(PAYMENTS))[1],
    "heaviest-quiz": lambda demo: demo.quiz(demo.course("dich-vu-cong-truc-tuyen-nghe-an")),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_lesson_page_html_css_js_under_100_kb(name, demo, new_page):
    """As an enrolled learner sees it (progress bar, syllabus), on a phone, with a cold cache."""
    lesson = PAGES[name](demo)
    page = cold_page(new_page, demo.learner)

    weights = cold_load_weights(page, lesson.url)

    expect(page.get_by_role("heading", level=1)).to_have_text(lesson.title)
    assert {kind for kind, _size in weights.values()} >= {"document", "stylesheet"}
    total = counted(weights)
    # Cross-check with the browser's own Performance API (same origin, so transfer sizes are exposed).
    performance = page.evaluate(
        """() => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
             .filter(e => e.entryType === "navigation" || ["link", "script", "css"].includes(e.initiatorType))
             .reduce((sum, e) => sum + e.transferSize, 0)"""
    )
    assert abs(performance - total) < 0.1 * total, f"Performance API: {performance:,} B, responses: {total:,} B"
    assert total < BUDGET, f"{lesson.url}: {total:,} B of HTML+CSS+JS (budget {BUDGET:,} B)\n{describe(weights)}"
