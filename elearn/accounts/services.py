"""Writes to accounts and learner profiles. Keyword-only, atomic, validated."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import AdministrativeUnit, LearnerProfile, Organisation, User
from .names import clean_person_name


@transaction.atomic
def profile_create(
    *,
    user: User,
    full_name: str,
    audience: str,
    administrative_unit: AdministrativeUnit,
    organisation: Organisation | None = None,
) -> LearnerProfile:
    """Create the learner profile together with the record of consent.

    Callers must only call this after the person explicitly agreed to the
    privacy policy; the time and the policy version are recorded here.
    """
    profile = LearnerProfile(
        user=user,
        full_name=clean_person_name(full_name),
        audience=audience,
        administrative_unit=administrative_unit,
        organisation=organisation,
        consent_given_at=timezone.now(),
        consent_policy_version=settings.PRIVACY_POLICY_VERSION,
    )
    profile.full_clean()
    profile.save()
    return profile


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete the account and everything that belongs to it (cascades)."""
    User.objects.filter(pk=user.pk).delete()
