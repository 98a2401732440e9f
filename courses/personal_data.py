"""The learner's courses and progress in their personal-data export."""

from elearn.accounts.audit_log import register_log_subjects
from elearn.accounts.personal_data import iso, register_section

from .choices import ResultFeedback
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


def attempt_answers(snapshot: list[dict], *, with_verdict: bool) -> list[dict]:
    """The learner's answers as they read them: question and chosen option texts (never option ids,
    never the answer key); whether each was right only where the quiz's result shows it."""
    rows = []
    for question in snapshot:
        chosen = set(question.get("chosen", []))
        row = {
            "question": question["text"],
            "your_answers": [option["text"] for option in question["options"] if option["id"] in chosen],
        }
        if with_verdict:
            row["correct"] = question["is_correct"]
        rows.append(row)
    return rows


@register_section("quiz_attempts")
def quiz_attempts_section(user) -> list[dict]:
    return [
        {
            "quiz": title,
            "attempt": number,
            "submitted_at": iso(submitted_at),
            "score": float(score),
            "passed": passed,
            "answers": attempt_answers(snapshot, with_verdict=feedback != ResultFeedback.SCORE),
        }
        for title, number, submitted_at, score, passed, snapshot, feedback in QuizAttempt.objects.filter(user=user)
        .order_by("submitted_at")
        .values_list("quiz__title", "number", "submitted_at", "score", "passed", "snapshot", "quiz__result_feedback")
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
            "revoked_reason": certificate.revoked_reason,
            "revoked_at": iso(certificate.revoked_at),
            # The certificate's history: issues, name corrections and revocations.
            "changes": [
                {
                    "action": change.get_action_display(),
                    "at": iso(change.changed_at),
                    "previous_name": change.old_name,
                    "new_name": change.new_name,
                    "reason": change.reason,
                }
                for change in sorted(certificate.changes.all(), key=lambda c: c.changed_at)
            ],
        }
        for certificate in Certificate.objects.filter(user=user).prefetch_related("changes").order_by("issued_on")
    ]


@register_log_subjects
def learning_objects(user):
    """The person's learning records, whose admin log entries (e.g. a certificate revoked) are about them."""
    yield from Certificate.objects.filter(user=user).only("pk")
    yield from Enrollment.objects.filter(user=user).only("pk")
    yield from QuizAttempt.objects.filter(user=user).only("pk")
