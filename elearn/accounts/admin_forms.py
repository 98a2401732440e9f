"""Wagtail's admin sign-in form, with its password field labelled in the user's language.

Wagtail 8's ``LoginForm`` declares ``password`` without a label, so Django shows the field name,
"Password", in every language (WAGTAILADMIN_USER_LOGIN_FORM points here).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
