"""Targets (chỉ tiêu) and trainer scopes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from elearn.accounts.choices import Audience
from elearn.accounts.models import AdministrativeUnit, Organisation

# The permission to see the trainer reports, declared once: roles, the trainer scope, the report
# views and the admin menu use these names. (Migration 0003 keeps its literal: migrations are frozen.)
REPORT_PERMISSION_CODENAME = "view_training_reports"
REPORT_PERMISSION_NAME = "Can view training reports"  # plain English: stored in the database at migrate time
REPORT_PERMISSION = f"courses.{REPORT_PERMISSION_CODENAME}"


class Target(models.Model):
    """How many learners of a unit or organisation must complete a course (or any of some) by a deadline."""

    class Status(models.TextChoices):
        MET = "met", _("Met")
        ON_TRACK = "on_track", _("On track")
        BEHIND = "behind", _("Behind")

    name = models.CharField(_("name"), max_length=200)
    administrative_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="training_targets",
        help_text=_("Counts learners of this unit and of every unit below it."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="training_targets",
    )
    courses = models.ManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses"),
        blank=True,
        related_name="training_targets",
        help_text=_("Completing any one of them counts. Leave empty to count any course."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=Audience.choices,
        blank=True,
        help_text=_("Leave empty to count every audience."),
    )
    learners_required = models.PositiveIntegerField(_("learners to complete"), validators=[MinValueValidator(1)])
    start_date = models.DateField(_("start date"))
    deadline = models.DateField(_("deadline"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["deadline", "name"]
        permissions = [(REPORT_PERMISSION_CODENAME, REPORT_PERMISSION_NAME)]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(administrative_unit__isnull=False, organisation__isnull=True)
                | models.Q(administrative_unit__isnull=True, organisation__isnull=False),
                name="target_unit_xor_organisation",
            ),
            models.CheckConstraint(
                condition=models.Q(deadline__gte=models.F("start_date")), name="target_deadline_not_before_start"
            ),
            models.CheckConstraint(condition=models.Q(learners_required__gte=1), name="target_learners_positive"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        if bool(self.administrative_unit_id) == bool(self.organisation_id):
            message = _("Choose either an administrative unit or an organisation, not both.")
            raise ValidationError({"administrative_unit": message, "organisation": message})
        if self.start_date and self.deadline and self.deadline < self.start_date:
            raise ValidationError({"deadline": _("The deadline cannot be before the start date.")})

    @property
    def scope_label(self) -> str:
        return str(self.administrative_unit or self.organisation or "")

    def elapsed_fraction(self, today=None) -> float:
        """How much of the period has passed, from 0 (before it starts) to 1 (deadline reached)."""
        today = today or timezone.localdate()
        days = (self.deadline - self.start_date).days + 1
        elapsed = (today - self.start_date).days + 1
        return min(1.0, max(0.0, elapsed / days))

    def status_for(self, achieved: int, today=None) -> str:
        """Met, or on track when ``achieved`` keeps pace with the time elapsed; behind otherwise."""
        if achieved >= self.learners_required:
            return self.Status.MET
        if achieved >= self.learners_required * self.elapsed_fraction(today):
            return self.Status.ON_TRACK
        return self.Status.BEHIND


class TrainerScope(models.Model):
    """Limits what a trainer sees in the reports; with nothing chosen the trainer sees everyone."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="trainer_scope"
    )
    administrative_units = models.ManyToManyField(
        AdministrativeUnit,
        verbose_name=_("administrative units"),
        blank=True,
        related_name="trainer_scopes",
        help_text=_("The trainer sees learners of these units and of every unit below them."),
    )
    organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("organisations"),
        blank=True,
        related_name="trainer_scopes",
        help_text=_("The trainer also sees learners of these organisations."),
    )

    class Meta:
        verbose_name = _("trainer scope")
        verbose_name_plural = _("trainer scopes")

    def __str__(self) -> str:
        return str(self.user)
