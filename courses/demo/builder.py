"""Demo courses for ``load_demo``: content from ``content/``, images drawn here.

Idempotent: a course whose slug already exists is left as it is.
"""

import hashlib
import io

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from ..builders import (
    course_add,
    course_complete_as_learner,
    lesson_add,
    page_get_or_create,
    page_publish,
    quiz_add,
    section_add,
)
from ..models import CertificateTemplate, Competence, CourseIndexPage, CoursePage, LessonPage, Topic
from ..services import lesson_complete
from . import content

PALETTE = ["#0b4f8a", "#1b6e3a", "#8a4b00", "#6b2d8a", "#b3261e", "#00667a", "#3d4f5f"]


def _font(size: int, bold: bool = False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(settings.FONT_DIR / name), size)


def _colour(key: str) -> str:
    return PALETTE[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(PALETTE)]


def draw_mock_screenshot(key: str, caption: str, size=(960, 600)) -> bytes:
    """A simple, clearly illustrative 'phone/browser screen' with the caption in Vietnamese."""
    width, height = size
    colour = _colour(key)
    img = PILImage.new("RGB", size, "#f2f5f8")
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, width, 56], fill=colour)
    draw.ellipse([20, 18, 40, 38], fill="#ffffff")
    draw.rounded_rectangle([70, 14, width - 24, 42], radius=14, fill="#ffffff")
    draw.rounded_rectangle([40, 90, width - 40, height - 40], radius=16, fill="#ffffff", outline="#c5ced8", width=2)
    text = caption if len(caption) <= 60 else caption[:57] + "…"
    draw.text((72, 120), text, font=_font(30, bold=True), fill="#1d2329")
    for i in range(4):
        y = 190 + i * 56
        draw.rounded_rectangle([72, y, width - 300 + (i % 2) * 120, y + 30], radius=8, fill="#e3e8ee")
    draw.rounded_rectangle([72, height - 130, 372, height - 74], radius=12, fill=colour)
    draw.text((96, height - 118), "Tiếp tục", font=_font(28, bold=True), fill="#ffffff")
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_cover(key: str, title: str) -> bytes:
    width, height = 1200, 675
    colour = _colour(key)
    img = PILImage.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(img)
    for i in range(6):
        draw.ellipse([width - 420 + i * 30, -200 + i * 60, width + 200, 300 + i * 60], outline="#ffffff", width=3)
    words, lines, line = title.split(), [], ""
    for word in words:
        if len(line) + len(word) > 26:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    for i, text in enumerate(lines[:4]):
        draw.text((64, 360 + i * 64 - 32 * len(lines)), text, font=_font(52, bold=True), fill="#ffffff")
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


class AssetMaker:
    """Creates each referenced image or document once (by key) and reuses it."""

    def __init__(self):
        self.images = {}
        self.documents = {}

    def image(self, ref: str, caption: str = "", cover_title: str | None = None):
        key = ref.removeprefix("img:")
        if key in self.images:
            return self.images[key]
        Image = get_image_model()
        title = f"demo:{key}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            data = draw_cover(key, cover_title) if cover_title else draw_mock_screenshot(key, caption or key)
            image = Image(title=title)
            image.file = ImageFile(io.BytesIO(data), name=f"{key}.png")
            image.save()
        self.images[key] = image
        return image

    def document(self, ref: str, title: str):
        key = ref.removeprefix("doc:")
        if key in self.documents:
            return self.documents[key]
        Document = get_document_model()
        doc = Document.objects.filter(title=title or key).first()
        if doc is None:
            text = f"{title}\n\nTài liệu minh họa của khóa học (dữ liệu mẫu).\n"
            doc = Document(title=title or key)
            doc.file.save(f"{key}.txt", ContentFile(text.encode("utf-8")), save=False)
            doc.save()
        self.documents[key] = doc
        return doc

    def resolve(self, block_type: str, value):
        """Swap "img:…"/"doc:…" references in a block value for real library objects."""
        if isinstance(value, dict):
            value = dict(value)
            if block_type == "image" and isinstance(value.get("image"), str):
                value["image"] = self.image(value["image"], value.get("alt_text", ""))
            if block_type == "document" and isinstance(value.get("document"), str):
                value["document"] = self.document(value["document"], value.get("title", ""))
            if block_type == "step_by_step":
                steps = []
                for step in value.get("steps", []):
                    step = dict(step)
                    if isinstance(step.get("screenshot"), str):
                        step["screenshot"] = self.image(step["screenshot"], step.get("screenshot_alt") or step["title"])
                    steps.append(step)
                value["steps"] = steps
        return value


def build_taxonomy() -> None:
    for topic in content.TOPICS:
        Topic.objects.update_or_create(
            slug=topic["slug"], defaults={"name": topic["name"], "description": topic.get("description", "")}
        )
    for item in content.COMPETENCES:
        Competence.objects.update_or_create(
            framework=item["framework"], code=item["code"], defaults={"name": item["name"]}
        )
    for item in content.COMPETENCES:
        if item.get("parent"):
            Competence.objects.filter(framework=item["framework"], code=item["code"]).update(
                parent=Competence.objects.get(framework=item["framework"], code=item["parent"])
            )


def build_course(index: CourseIndexPage, data: dict, assets: AssetMaker) -> CoursePage:
    existing = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    course = course_add(
        index,
        audiences=data["audiences"],
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        topic=Topic.objects.filter(slug=data.get("topic")).first(),
        level=data.get("level", "basic"),
        estimated_minutes=data.get("estimated_minutes"),
        learning_outcomes="\n".join(data.get("outcomes", [])),
        issues_certificate=data.get("certificate", True),
        is_featured=data.get("featured", False),
        cover_image=assets.image(data["cover"], cover_title=data["title"]) if data.get("cover") else None,
    )
    course.competences.set(Competence.objects.filter(code__in=data.get("competences", [])))
    for s_index, section in enumerate(data["sections"], start=1):
        parent = course
        if section.get("title"):
            parent = section_add(course, title=section["title"], slug=f"phan-{s_index}")
        for lesson in section["lessons"]:
            lesson_add(
                parent,
                title=lesson["title"],
                slug=lesson["slug"],
                intro=lesson.get("intro", ""),
                estimated_minutes=lesson.get("minutes", 10),
                body=[(block_type, assets.resolve(block_type, value)) for block_type, value in lesson["body"]],
            )
    quiz = content.QUIZZES.get(data["slug"])
    if quiz:
        quiz_add(  # after the last lesson: the final assessment
            parent,
            title=quiz["title"],
            slug=quiz["slug"],
            intro=quiz.get("intro", ""),
            estimated_minutes=quiz.get("minutes", 15),
            pass_mark=quiz["pass_mark"],
            max_attempts=quiz.get("max_attempts", 0),
            shuffle_questions=quiz.get("shuffle_questions", False),
            shuffle_options=quiz.get("shuffle_options", True),
            is_required=True,
            questions=quiz["questions"],
        )
    return page_publish(course)  # last, so its search text includes the lesson titles


@transaction.atomic
def build_courses(home) -> CourseIndexPage:
    index = page_get_or_create(
        home,
        CourseIndexPage(
            title="Khóa học",
            slug="khoa-hoc",
            intro="Các khóa học miễn phí, ngắn gọn, học trên điện thoại, có chứng nhận khi hoàn thành.",
        ),
    )
    build_taxonomy()
    build_certificate_template()
    assets = AssetMaker()
    for data in content.COURSES:
        build_course(index, data, assets)
    return index


def build_demo_progress(user) -> None:
    """Give the demo learner one finished course and one in progress, so the dashboard has content."""
    courses = list(CoursePage.objects.live().order_by("path")[:2])
    if len(courses) < 2:
        return
    finished, started = courses
    course_complete_as_learner(user=user, course=finished)
    first = LessonPage.objects.descendant_of(started).live().order_by("path").first()
    if first is not None:
        lesson_complete(user=user, lesson=first)


def build_certificate_template() -> None:
    CertificateTemplate.objects.get_or_create(
        name="Mẫu chứng nhận mặc định",
        defaults={
            "is_default": True,
            "heading": "CHỨNG NHẬN HOÀN THÀNH",
            "body": "Đã hoàn thành khóa học “{course}” thuộc chương trình phổ cập kỹ năng số cho người dân "
            "tỉnh Nghệ An.",
            "signatory_1_name": "Nguyễn Văn Minh",
            "signatory_1_title": "Giám đốc Sở Khoa học và Công nghệ",
        },
    )
