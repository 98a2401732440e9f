"""Required courses and notifications in the learner's personal-data export (deleted with the account:
every row here belongs to the user by a cascading foreign key)."""

from elearn.accounts.personal_data import iso, register_section

from .models import Notification, NotificationPreference
from .selectors import required_courses


@register_section("required_courses")
def required_courses_section(user) -> list[dict]:
    return [
        {"course": r.course.title, "deadline": r.deadline.isoformat(), "status": r.status}
        for r in required_courses(user=user)
    ]


@register_section("notifications")
def notifications_section(user) -> dict:
    preference = NotificationPreference.objects.filter(user=user).first()
    return {
        "stopped_kinds": preference.stopped if preference else [],
        "messages": [
            {
                "kind": kind,
                "title": title,
                "body": body,
                "sent_by": channel,
                "created_at": iso(created),
                "sent_at": iso(sent),
                "read_at": iso(read),
            }
            for kind, title, body, channel, created, sent, read in Notification.objects.filter(user=user)
            .order_by("created_at")
            .values_list("kind", "title", "body", "channel", "created_at", "sent_at", "read_at")
        ],
    }
