"""What each notification says (Vietnamese, the site's language) and the links it carries.

Messages are written when they are recorded, so the in-site list shows exactly what was sent.
Unsubscribe links are signed tokens (learner, kind): they work without signing in, never expire,
and can only stop the kind they were made for.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import override

from elearn.public_url import public_url

from .models import REQUIRED_KINDS, Notification

Kind = Notification.Kind
UNSUBSCRIBE_SALT = "training.unsubscribe"


def absolute(path: str) -> str:
    return public_url(path)


def unsubscribe_token(*, user_id: int, kind: str) -> str:
    return signing.dumps({"u": user_id, "k": kind}, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_read(token: str) -> tuple[int, str] | None:
    """(user id, kind) from a token, or None when it was tampered with or names no optional kind."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        user_id, kind = int(data["u"]), str(data["k"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    if kind not in Kind.values or kind in REQUIRED_KINDS:
        return None
    return user_id, kind


def unsubscribe_url(*, user_id: int, kind: str) -> str:
    return absolute(reverse("training:unsubscribe", args=[unsubscribe_token(user_id=user_id, kind=kind)]))


def _day(value) -> str:
    return date_format(value, "d/m/Y")


def compose(kind: str, **values) -> tuple[str, str]:
    """(title, body) of a message of ``kind``, in the site's language."""
    with override(settings.LANGUAGE_CODE):
        if "deadline" in values:
            values["deadline"] = _day(values["deadline"])
        if kind == Kind.ENROLMENT:
            title = _("You are enrolled in “%(course)s”") % values
            body = _("Welcome to the course. Your progress is saved; continue at any time: %(url)s") % values
        elif kind == Kind.CERTIFICATE:
            title = _("Your certificate for “%(course)s”") % values
            body = (
                _("Congratulations on completing the course. Certificate code %(code)s; anyone can check it at %(url)s")
                % values
            )
        elif kind == Kind.ASSIGNMENT:
            title = _("Required course: “%(course)s”, due %(deadline)s") % values
            body = _("You are required to complete this course by %(deadline)s. Start here: %(url)s") % values
            if values.get("note"):
                body = f"{body}\n{values['note']}"
        elif kind in (Kind.DEADLINE_7, Kind.DEADLINE_1):
            title = _("Deadline %(deadline)s: “%(course)s”") % values
            body = (
                _(
                    "The required course “%(course)s” must be completed by %(deadline)s. "
                    "You have completed %(percent)s%%. Continue: %(url)s"
                )
                % values
            )
        elif kind == Kind.INACTIVE:
            title = _("Continue “%(course)s”") % values
            body = (
                _(
                    "You have not studied for 14 days. You have completed %(percent)s%% of the course; "
                    "continue where you left off: %(url)s"
                )
                % values
            )
        else:  # pragma: no cover - every kind is handled above
            raise ValueError(kind)
    return title, body


def footer(*, user_id: int, kind: str) -> str:
    """The last lines of an email: how to stop this kind, or why it cannot be stopped."""
    with override(settings.LANGUAGE_CODE):
        if kind in REQUIRED_KINDS:
            return _(
                "This notice concerns a required course and cannot be switched off. "
                "Choose your other notifications: %(url)s"
            ) % {"url": absolute(reverse("training:preferences"))}
        return _("To stop receiving this kind of message, open: %(url)s") % {
            "url": unsubscribe_url(user_id=user_id, kind=kind)
        }


def sms_footer(*, user_id: int, kind: str) -> str:
    if kind in REQUIRED_KINDS:
        return ""
    with override(settings.LANGUAGE_CODE):
        return _("Stop: %(url)s") % {"url": unsubscribe_url(user_id=user_id, kind=kind)}
