"""The team's records about a resident in their personal-data export; anonymised when the account goes."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver

from elearn.accounts.models import User
from elearn.accounts.personal_data import iso, register_section

from .models import AssistedConsent, Attendance


@register_section("community_team")
def community_section(user) -> dict:
    consent = AssistedConsent.objects.filter(resident=user).values(
        "helped_by_name", "method", "paper_form_number", "given_at", "policy_version", "taken_over_at"
    )
    return {
        "assisted_sign_up": [
            {
                "helped_by": row["helped_by_name"],
                "consent_method": row["method"],
                "paper_form_number": row["paper_form_number"],
                "given_at": iso(row["given_at"]),
                "policy_version": row["policy_version"],
                "you_set_your_password_at": iso(row["taken_over_at"]),
            }
            for row in consent
        ],
        "village_sessions": [
            {"date": iso(held_on), "place": place, "course": course}
            for held_on, place, course in Attendance.objects.filter(user=user)
            .order_by("session__held_on")
            .values_list("session__held_on", "session__place", "session__course__title")
        ],
    }


@receiver(pre_delete, sender=User)
def anonymise_on_account_deletion(sender, instance, **kwargs):
    """The resident's attendance stays (the session's head count), without anything naming them.

    ``Attendance.user`` is SET_NULL; a row merged from a person without an account holds no name or
    phone any more. The assisted consent goes with the account (CASCADE).
    """
    Attendance.objects.filter(user=instance).update(user=None, full_name="", phone="")
