"""The board's criteria, and the figures of closed periods (stored once: a closed month does not change)."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .criteria import APPLIES_TO_CHOICES, get_kind, kind_choices


class Criterion(models.Model):
    """One criterion of the evaluation board (bộ tiêu chí đánh giá), configured by the administrator."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    applies_to = models.CharField(_("applies to"), max_length=10, choices=APPLIES_TO_CHOICES)
    kind = models.CharField(
        _("how it is computed"),
        max_length=60,
        choices=kind_choices,
        help_text=_("What the platform counts for each agency or commune."),
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("How much this criterion counts in the total score."),
    )
    target_percent = models.DecimalField(
        _("target (%)"),
        max_digits=4,
        decimal_places=1,
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The share that earns the full score; less earns proportionally less."),
    )
    target_number = models.PositiveSmallIntegerField(
        _("target number per month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "For criteria that count events, such as village sessions held: how many a unit should have each "
            "month. Other criteria ignore it."
        ),
    )
    courses = models.ManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses"),
        blank=True,
        related_name="+",
        help_text=_("Completions of these courses count. Leave empty to count any course."),
    )
    is_active = models.BooleanField(_("in use"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("evaluation criterion")
        verbose_name_plural = _("evaluation criteria")
        ordering = ["applies_to", "sort_order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(weight__gte=1) & models.Q(weight__lte=100), name="criterion_weight_range"
            ),
            models.CheckConstraint(
                condition=models.Q(target_percent__gt=0) & models.Q(target_percent__lte=100),
                name="criterion_target_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        kind = get_kind(self.kind)
        if kind is not None and self.applies_to and self.applies_to not in kind.applies_to:
            raise ValidationError(
                {"kind": _("This way of computing does not apply to the units chosen below “Applies to”.")}
            )

    @property
    def kind_label(self) -> str:
        kind = get_kind(self.kind)
        return str(kind.label) if kind else self.kind

    kind_label.fget.short_description = _("how it is computed")


class StoredPeriod(models.Model):
    """A criterion's figures for a closed period have been computed and stored (for every unit)."""

    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="stored_periods")
    period = models.CharField(max_length=7)
    computed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["criterion", "period"], name="stored_period_unique")]

    def __str__(self) -> str:
        return f"{self.criterion} – {self.period}"


class StoredFigure(models.Model):
    stored_period = models.ForeignKey(StoredPeriod, on_delete=models.CASCADE, related_name="figures")
    unit_id = models.PositiveBigIntegerField()
    numerator = models.PositiveIntegerField()
    denominator = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["stored_period", "unit_id"], name="stored_figure_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.unit_id}: {self.numerator}/{self.denominator}"
