"""The one-time link a resident registered by a team member receives by SMS to set their own password.

Django's password-reset token, with its own salt: it is tied to the password hash, so it stops
working as soon as the resident has set a password, and it expires after PASSWORD_RESET_TIMEOUT.
"""

from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from elearn.public_url import public_url


class TakeOverTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "community.tokens.TakeOverTokenGenerator"


take_over_token = TakeOverTokenGenerator()


def take_over_url(user) -> str:
    path = reverse(
        "community_take_over",
        kwargs={"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": take_over_token.make_token(user)},
    )
    return public_url(path)
