"""The learner's courses and progress in their personal-data export."""

from elearn.accounts.personal_data import iso, register_section

from .models import Certificate, Enrollment, LessonCompletion, QuizAttempt


@register_section("learning")
def learning_section(user) -> list[dict]:
    completions: dict[int, list] = {}
    for enrollment_id, title, done_at, source in LessonCompletion.objects.filter(enrollment__user=user).values_list(
        "enrollment_id", "lesson__title", "completed_at", "source"
    ):
        completions.setdefault(enrollment_id, []).append({"lesson": title, "completed_at": iso(done_at), "how": source})
    return [
        {
            "course": e.course.title,
            "enrolled_at": iso(e.enrolled_at),
            "last_activity_at": iso(e.last_activity_at),
            "completed_at": iso(e.completed_at),
            "percent": e.percent,
            "lessons_completed": completions.get(e.pk, []),
        }
        for e in Enrollment.objects.filter(user=user).select_related("course").order_by("enrolled_at")
    ]


@register_section("quiz_attempts")
def quiz_attempts_section(user) -> list[dict]:
    return [
        {
            "quiz": title,
            "attempt": number,
            "submitted_at": iso(submitted_at),
            "score": float(score),
            "passed": passed,
            "answers": answers,
        }
        for title, number, submitted_at, score, passed, answers in QuizAttempt.objects.filter(user=user)
        .order_by("submitted_at")
        .values_list("quiz__title", "number", "submitted_at", "score", "passed", "answers")
    ]


@register_section("certificates")
def certificates_section(user) -> list[dict]:
    return [
        {
            "code": certificate.display_code,
            "course": certificate.course_title,
            "name_on_certificate": certificate.learner_name,
            "issued_on": certificate.issued_on.isoformat(),
            "status": certificate.status,
        }
        for certificate in Certificate.objects.filter(user=user).order_by("issued_on")
    ]
