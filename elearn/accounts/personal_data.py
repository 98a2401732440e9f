"""The learner's personal data, exported as JSON on request.

Apps that store data about a learner register a section here (see
``courses.apps``), so the export stays complete as features are added.
"""

from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from .models import User

Section = Callable[[User], Any]
_sections: dict[str, Section] = {}


def register_section(name: str) -> Callable[[Section], Section]:
    def decorator(func: Section) -> Section:
        _sections[name] = func
        return func

    return decorator


def iso(value) -> str | None:
    """Dates and times in the export: ISO 8601, or None when not set (for every section)."""
    return value.isoformat() if value else None


@register_section("account")
def account_section(user: User) -> dict:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    authenticators = Authenticator.objects.filter(user=user).order_by("type").values_list("type", "created_at")
    return {
        "email": user.email,
        "email_addresses": [
            {"email": email, "verified": verified, "primary": primary}
            for email, verified, primary in EmailAddress.objects.filter(user=user)
            .order_by("-primary", "email")
            .values_list("email", "verified", "primary")
        ],
        "phone": user.phone,
        "phone_verified": user.phone_verified if user.phone else None,
        "date_joined": iso(user.date_joined),
        "last_login": iso(user.last_login),
        # That two-step verification is on, and since when; never the secrets or recovery codes.
        "two_step_verification": {
            "enabled": any(kind == Authenticator.Type.TOTP for kind, _created in authenticators),
            "methods": [{"type": kind, "since": iso(created)} for kind, created in authenticators],
        },
    }


@register_section("profile")
def profile_section(user: User) -> dict | None:
    profile = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            "profile__full_name",
            "profile__audience",
            "profile__administrative_unit__name",
            "profile__organisation__name",
            "profile__consent_given_at",
            "profile__consent_policy_version",
        )
        .first()
    )
    if not profile or profile["profile__full_name"] is None:
        return None
    return {
        "full_name": profile["profile__full_name"],
        "audience": profile["profile__audience"],
        "administrative_unit": profile["profile__administrative_unit__name"],
        "organisation": profile["profile__organisation__name"],
        "consent": {
            "given_at": iso(profile["profile__consent_given_at"]),
            "policy_version": profile["profile__consent_policy_version"],
        },
    }


@register_section("admin_log")
def admin_log_section(user: User) -> dict:
    """Wagtail's admin log: the entries about the person (or naming them), and those they made as staff."""
    from .audit_log import entries_about

    model_entries, page_entries = entries_about(user)

    def row(entry) -> dict:
        return {
            "at": iso(entry.timestamp),
            "action": str(entry.message),
            "object_type": str(entry.object_verbose_name),
            "object": entry.label,
            "by_you": entry.user_id == user.pk,
        }

    return [row(entry) for entry in sorted([*model_entries, *page_entries], key=lambda e: e.timestamp)]


def personal_data_export(*, user: User) -> dict:
    """Everything the platform stores about ``user``, section by section."""
    return {name: section(user) for name, section in _sections.items()}


# Headings of the readable export (accounts/data_summary.html): every key a section writes. A key
# missing here is shown as it is (tests/accounts/test_data_summary.py checks none is missing).
LABELS = {
    "account": _("Account"),
    "email": _("Email"),
    "email_addresses": _("Email addresses"),
    "verified": _("Verified"),
    "primary": _("Primary"),
    "phone": _("Phone number"),
    "phone_verified": _("Phone number verified"),
    "date_joined": _("Joined on"),
    "last_login": _("Last signed in"),
    "two_step_verification": _("Two-step verification"),
    "enabled": _("On"),
    "methods": _("Methods"),
    "type": _("Type"),
    "since": _("Since"),
    "profile": _("Profile"),
    "full_name": _("Full name"),
    "audience": _("I am"),
    "administrative_unit": _("Commune or ward"),
    "organisation": _("Organisation"),
    "consent": _("Consent to the privacy policy"),
    "given_at": _("Given on"),
    "policy_version": _("Policy version"),
    "learning": _("Courses"),
    "course": _("Course"),
    "enrolled_at": _("Enrolled on"),
    "last_activity_at": _("Last activity"),
    "completed_at": _("Completed on"),
    "percent": _("Progress (%)"),
    "lessons_completed": _("Lessons completed"),
    "lesson": _("Lesson"),
    "quiz_attempts": _("Quiz attempts"),
    "quiz": _("Quiz"),
    "attempt": _("Attempt"),
    "submitted_at": _("Submitted on"),
    "score": _("Score (%)"),
    "passed": _("Passed"),
    "answers": _("Answers"),
    "question": _("Question"),
    "your_answers": _("Your answers"),
    "correct": _("Correct"),
    "certificates": _("Certificates"),
    "code": _("Code"),
    "name_on_certificate": _("Name on the certificate"),
    "issued_on": _("Issued on"),
    "status": _("Status"),
    "revoked_reason": _("Reason for revocation"),
    "revoked_at": _("Revoked on"),
    "changes": _("History"),
    "action": _("Action"),
    "at": _("When"),
    "previous_name": _("Previous name"),
    "new_name": _("New name"),
    "reason": _("Reason"),
    "admin_log": _("Administration log"),
    "object_type": _("Kind of record"),
    "object": _("Record"),
    "by_you": _("Done by you"),
    "assisted_sign_up": _("Assisted sign-up"),
    "helped_by": _("Helped by"),
    "consent_method": _("How consent was given"),
    "paper_form_number": _("Paper form number"),
    "you_set_your_password_at": _("You set your own password on"),
    "community_team": _("Community digital-technology team"),
    "village_sessions": _("Village sessions attended"),
    "date": _("Date"),
    "place": _("Place"),
    "how": _("How it was completed"),
    "former_administrative_units": _("Former communes or wards"),
    "required_courses": _("Required courses"),
    "deadline": _("Deadline"),
    "notifications": _("Notifications"),
    "stopped_kinds": _("Kinds of message you stopped"),
    "messages": _("Messages"),
    "kind": _("Kind"),
    "title": _("Title"),
    "body": _("Text"),
    "sent_by": _("Sent by"),
    "created_at": _("Created on"),
    "sent_at": _("Sent on"),
    "read_at": _("Read on"),
}


def readable_export(data) -> list[dict]:
    """The export as nested {label, value | items | rows} for the summary page's template."""

    def node(key, value):
        label = LABELS.get(key, key)
        if isinstance(value, dict):
            return {"label": label, "fields": [node(k, v) for k, v in value.items()]}
        if isinstance(value, list):
            return {"label": label, "rows": [node_row(item) for item in value]}
        return {"label": label, "value": value}

    def node_row(item):
        if isinstance(item, dict):
            return [node(k, v) for k, v in item.items()]
        return [{"label": "", "value": item}]

    return [node(name, value) for name, value in data.items()]


@register_section("former_administrative_units")
def former_units_section(user: User) -> list[dict]:
    """The learner's units before merges moved them (kept so old reports stay right)."""
    from .models import UnitMembership

    return [
        {"unit": name, "from": iso(valid_from), "until": iso(valid_to)}
        for name, valid_from, valid_to in UnitMembership.objects.filter(profile__user=user)
        .order_by("valid_to")
        .values_list("unit__name", "valid_from", "valid_to")
    ]
