"""Messages the project uses through Django but translates itself.

Django's Vietnamese catalogue has no translation for ``timesince`` units ("5 minutes"),
shown on the learner's dashboard, nor for Django 5.2's short-password error (its msgid changed
to ``%d``; the catalogue has only the old ``%(min_length)d`` one). Declaring them here lets
``makemessages`` put them in the project's catalogue, which takes precedence.
"""

from django.utils.translation import ngettext_lazy

TIMESINCE_UNITS = (
    ngettext_lazy("%(num)d year", "%(num)d years", "num"),
    ngettext_lazy("%(num)d month", "%(num)d months", "num"),
    ngettext_lazy("%(num)d week", "%(num)d weeks", "num"),
    ngettext_lazy("%(num)d day", "%(num)d days", "num"),
    ngettext_lazy("%(num)d hour", "%(num)d hours", "num"),
    ngettext_lazy("%(num)d minute", "%(num)d minutes", "num"),
)

# django.contrib.auth.password_validation.MinimumLengthValidator.get_error_message (Django 5.2).
PASSWORD_VALIDATORS = (
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
)
