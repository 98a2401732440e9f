"""Factories shared by every test module."""

import factory
from django.conf import settings
from django.utils import timezone

from courses.builders import course_add, lesson_add, page_get_or_create, page_publish, quiz_add, section_add
from courses.models import CourseIndexPage, LessonPage, QuizPage
from elearn.accounts.choices import Audience
from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation, User

DEFAULT_PASSWORD = "Mat-khau-an-toan-2026"


class AdministrativeUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdministrativeUnit
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"T{n:05d}")
    name = factory.Sequence(lambda n: f"Xã Thử Nghiệm {n}")
    level = AdministrativeUnit.Level.COMMUNE
    parent = factory.LazyFunction(
        lambda: AdministrativeUnit.objects.get_or_create(
            code="40", defaults={"name": "Tỉnh Nghệ An", "level": AdministrativeUnit.Level.PROVINCE}
        )[0]
    )


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Cơ quan {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.Sequence(lambda n: f"user{n}@example.vn")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class LearnerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearnerProfile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Học {n}")
    audience = Audience.RESIDENT
    administrative_unit = factory.SubFactory(AdministrativeUnitFactory)
    consent_given_at = factory.LazyFunction(timezone.now)
    consent_policy_version = settings.PRIVACY_POLICY_VERSION


def learner(**kwargs) -> User:
    """A user with a learner profile."""
    return LearnerProfileFactory(**kwargs).user


# --- Pages -------------------------------------------------------------------
# The app's page builders (``courses.builders``), which the demo and load-data command use too.
# Lessons and quizzes are added live without a revision (``publish=False``): the query-budget
# tests build thousands. The course is published last, through a revision.


def publish(page):
    return page_publish(page)


def course_index(home):
    return page_get_or_create(home, CourseIndexPage(title="Khóa học", slug="khoa-hoc"), publish=False)


_course_seq = iter(range(1, 10**6))


def course(parent, *, title=None, lessons=3, sections=None, **fields):
    """A live course with ``lessons`` lessons, or with ``sections`` = [n_lessons, ...] grouped."""
    n = next(_course_seq)
    fields.setdefault("for_residents", True)
    page = course_add(
        parent, title=title or f"Khóa học số {n}", slug=f"khoa-hoc-{n}", summary=f"Tóm tắt khóa học {n}", **fields
    )
    if sections:
        for s, count in enumerate(sections, start=1):
            section = section_add(page, title=f"Phần {s}", slug=f"phan-{s}", publish=False)
            for i in range(count):
                lesson(section, title=f"Phần {s} – Bài {i + 1}")
    else:
        for i in range(lessons):
            lesson(page, title=f"Bài {i + 1} của khóa {n}")
    return publish(page)


def lesson(parent, *, title="Bài học", minutes=10, body=None):
    return lesson_add(
        parent,
        title=title,
        slug=f"bai-{LessonPage.objects.count() + 1}",
        estimated_minutes=minutes,
        body=body or [("paragraph", "<p>Nội dung bài học.</p>")],
        publish=False,
    )


def quiz_questions():
    """Three questions: one of each type. Correct answers: B, A+C, true."""
    return [
        (
            "single_choice",
            {
                "question": "Mã OTP nên được chia sẻ với ai?",
                "options": [
                    {
                        "text": "Nhân viên ngân hàng gọi điện",
                        "correct": False,
                        "explanation": "Ngân hàng không bao giờ hỏi OTP.",
                    },
                    {"text": "Không ai cả", "correct": True, "explanation": "OTP chỉ dành cho bạn."},
                    {"text": "Người thân", "correct": False, "explanation": ""},
                ],
            },
        ),
        (
            "multiple_choice",
            {
                "question": "Dấu hiệu của tin nhắn lừa đảo?",
                "options": [
                    {"text": "Giục chuyển tiền gấp", "correct": True, "explanation": ""},
                    {"text": "Tin từ tổng đài chính thức", "correct": False, "explanation": ""},
                    {"text": "Đường link lạ", "correct": True, "explanation": ""},
                ],
            },
        ),
        (
            "true_false",
            {"statement": "VNeID mức 2 dùng để đăng nhập Cổng Dịch vụ công.", "answer": "true", "explanation": ""},
        ),
    ]


def quiz(parent, *, title="Bài kiểm tra cuối khóa", questions=None, **fields):
    return quiz_add(
        parent,
        title=title,
        slug=f"kiem-tra-{QuizPage.objects.count() + 1}",
        questions=questions or quiz_questions(),
        publish=False,
        **{"pass_mark": 80, "shuffle_options": False, **fields},
    )


def quiz_answers(page, *, right=True) -> dict[str, list[str]]:
    """POST data answering every question of ``page`` right (or every one wrong)."""
    data = {}
    for question_id, question in page.answer_key().items():
        options = [o["id"] for o in question["options"] if o["correct"] == right]
        data[f"q-{question_id}"] = options if question["type"] == "multiple_choice" else options[:1]
    return data
