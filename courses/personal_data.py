"""The learner's courses and progress in their personal-data export."""

from elearn.accounts.personal_data import register_section

from .models import Enrollment, LessonCompletion


def _iso(value):
    return value.isoformat() if value else None


@register_section("learning")
def learning_section(user) -> list[dict]:
    completions: dict[int, list] = {}
    for enrollment_id, title, done_at in LessonCompletion.objects.filter(enrollment__user=user).values_list(
        "enrollment_id", "lesson__title", "completed_at"
    ):
        completions.setdefault(enrollment_id, []).append({"lesson": title, "completed_at": _iso(done_at)})
    return [
        {
            "course": e.course.title,
            "enrolled_at": _iso(e.enrolled_at),
            "last_activity_at": _iso(e.last_activity_at),
            "completed_at": _iso(e.completed_at),
            "percent": e.percent,
            "lessons_completed": completions.get(e.pk, []),
        }
        for e in Enrollment.objects.filter(user=user).select_related("course").order_by("enrolled_at")
    ]
