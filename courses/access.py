"""Who may record learning progress yet: the one rule, used by the views and by QuizPage.serve."""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from elearn.accounts.models import LearnerProfile


def learner_redirect(request, page):
    """Where to send someone who cannot record progress yet, or None if they can.

    Anonymous visitors go to sign-in and come back to ``page``; accounts without a learner
    profile (e.g. staff made in the admin) complete it first.
    """
    if not request.user.is_authenticated:
        messages.info(request, _("Sign in or create a free account to save your progress."))
        return redirect(f"{reverse('account_login')}?{urlencode({'next': page.get_url(request)})}")
    if not _has_profile(request.user):
        messages.info(request, _("Please complete your learner profile before you start learning."))
        return redirect(f"{reverse('accounts:profile')}?{urlencode({'next': page.get_url(request)})}")
    return None


def _has_profile(user) -> bool:
    # The signed-in user is read with the profile (elearn.accounts.backends): no query then.
    try:
        return user.profile is not None
    except LearnerProfile.DoesNotExist:
        return False
