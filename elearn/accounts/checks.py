from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def check_staff_mfa(app_configs=None, **kwargs):
    """Production: staff who hold learners' data must use two-step verification."""
    if not settings.STAFF_MFA_REQUIRED:
        return [
            Error(
                "STAFF_MFA_REQUIRED is off: staff who can export learner data or manage roles would sign in "
                "with a password only.",
                hint="Unset STAFF_MFA_REQUIRED (it defaults to on outside development).",
                id="elearn.accounts.E001",
            )
        ]
    return []
