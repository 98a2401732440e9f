"""Forms built on allauth's (kept apart from forms.py: allauth imports ACCOUNT_SIGNUP_FORM_CLASS's module
while its own forms module is still loading, so that module cannot import allauth's forms)."""

from allauth.account.adapter import get_adapter
from allauth.account.forms import ChangePhoneForm as AllauthChangePhoneForm
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import ResetPasswordKeyForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AllauthLoginForm):
    """allauth's sign-in form, its one field labelled with what to type (issue 17.11)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["login"]
        field.label = _("Email or phone number")
        field.help_text = _("For example 0912 345 678 or ten@example.vn")
        field.widget.attrs.update({"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"})


class NewPasswordForm(ResetPasswordKeyForm):
    """A new password without the old one (password1/password2, the validators apply)."""


class ChangePhoneForm(AllauthChangePhoneForm):
    """A signed-in person changing number is told when another account has it.

    allauth hides that (enumeration), then sends the code anyway and fails at the end. Here the person
    is signed in and limited to a few changes a day (ACCOUNT_RATE_LIMITS["change_phone"]), so a clear
    message costs little.
    """

    def clean_phone(self) -> str:
        phone = super().clean_phone()
        if self.account_already_exists:
            raise get_adapter().validation_error("phone_taken")
        return phone
