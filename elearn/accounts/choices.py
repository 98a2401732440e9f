"""Vocabularies shared across the platform. Accounts import nothing from the other apps, so the
learner's audience is declared here and every app (courses, targets, the home page) uses it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    """Who a learner is, whom a course is for, whom a target counts."""

    RESIDENT = "resident", _("Residents")
    BUSINESS = "business", _("Businesses")
    OFFICIAL = "official", _("Cadres, civil servants and public employees")
