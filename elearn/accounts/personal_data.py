"""The learner's personal data, exported as JSON on request.

Apps that store data about a learner register a section here (see
``courses.apps``), so the export stays complete as features are added.
"""

from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_user_model

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


def personal_data_export(*, user: User) -> dict:
    """Everything the platform stores about ``user``, section by section."""
    return {name: section(user) for name, section in _sections.items()}


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
