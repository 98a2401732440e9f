"""allauth's account adapter: phone numbers on ``User``, codes by SMS, and the fixes allauth 65.21 needs.

See /work/notes/research-allauth.md (§1) for why each method is here.
"""

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.sites.shortcuts import get_current_site
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from elearn.sms import send_sms

from .models import User
from .phones import PhoneNumberField, phone_or_none


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        # Neither an email nor a phone number was typed (allauth then tries it as a username,
        # which nobody signs in with): say what to type.
        "username_password_mismatch": _("The email or phone number, or the password, is not correct."),
        "phone_taken": _("This phone number is already used by another account."),
    }

    # --- Phone numbers (stored on User, E.164) -------------------------------------------------------

    def phone_form_field(self, **kwargs):
        kwargs["label"] = _("Phone number")
        return PhoneNumberField(**kwargs)

    def set_phone(self, user, phone: str, verified: bool) -> None:
        user.phone, user.phone_verified = phone, verified
        user.save(update_fields=["phone", "phone_verified"])

    def get_phone(self, user) -> tuple[str, bool] | None:
        return (user.phone, user.phone_verified) if user.phone else None

    def set_phone_verified(self, user, phone: str) -> None:
        # Also the end of a change of number (allauth calls only this, with the new number). A number
        # another account took meanwhile stays with it: the unique constraint would fail.
        if User.objects.filter(phone=phone).exclude(pk=user.pk).exists():
            return
        user.phone, user.phone_verified = phone, True
        user.save(update_fields=["phone", "phone_verified"])

    def get_user_by_phone(self, phone: str):
        # The sign-in form passes the number as typed ("0912 345 678"): normalise it here.
        e164 = phone_or_none(phone)
        return User.objects.filter(phone=e164).first() if e164 else None

    # --- Text messages -----------------------------------------------------------------------------

    def send_verification_code_sms(self, user, phone: str, code: str, **kwargs) -> None:
        send_sms(
            to=phone,
            text=gettext("%(code)s is your verification code for Digital skills Nghe An. Do not share it with anyone.")
            % {"code": code},
        )

    def send_account_already_exists_sms(self, phone: str) -> None:
        # Sign-up with a number that already has an account: the page cannot say so (that would tell
        # anyone whose number is registered), so the owner of the number is told instead.
        send_sms(
            to=phone,
            text=gettext(
                "This number already has an account on Digital skills Nghe An. Sign in, or use "
                "'Forgot password?' to set a new password."
            ),
        )

    def send_unknown_account_sms(self, phone: str, **kwargs) -> None:
        """Nothing is sent for a sign-in code asked for an unknown number: it would cost money for nothing."""

    # --- Fixes -------------------------------------------------------------------------------------

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        # allauth keys failed sign-ins on email or username only, so every phone sign-in shared one
        # lock ("<domain>:"): five wrong passwords on one number locked out every phone user.
        phone = credentials.get("phone")
        if phone and not credentials.get("email") and not credentials.get("username"):
            return f"{get_current_site(request).domain}:phone:{phone_or_none(phone) or phone}"
        return super()._get_login_attempts_cache_key(request, **credentials)

    def get_login_stages(self) -> list[str]:
        # ACCOUNT_EMAIL_VERIFICATION must stay "optional" for phone-only accounts; this stage makes it
        # mandatory again for accounts that have an email (see stages.py).
        return [
            "elearn.accounts.stages.EmailVerificationForEmailAccountsStage"
            if stage == "allauth.account.stages.EmailVerificationStage"
            else stage
            for stage in super().get_login_stages()
        ]
