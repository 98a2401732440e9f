from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Audience
from .phones import format_phone


class User(AbstractUser):
    """People sign in with their email or their mobile number (at least one of them).

    The username is generated ("user", "user7"…) and never shown or used to sign in. allauth stores
    "" for a missing email, hence uniqueness only among non-empty values; the phone is E.164
    (``elearn.accounts.phones.normalise_phone``), one per person.
    """

    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=16, blank=True, help_text=_("E.164, e.g. +84912345678."))
    phone_verified = models.BooleanField(_("phone number verified"), default=False)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(fields=["email"], condition=~models.Q(email=""), name="user_email_unique"),
            models.UniqueConstraint(fields=["phone"], condition=~models.Q(phone=""), name="user_phone_unique"),
        ]

    @property
    def display_name(self) -> str:
        """The person's name wherever the site greets or lists them; never the generated username."""
        try:
            profile = self.profile
        except LearnerProfile.DoesNotExist:
            profile = None
        if profile is not None and profile.full_name:
            return profile.full_name
        return self.get_full_name() or self.email or format_phone(self.phone) or self.username


def user_display(user) -> str:
    """allauth's ACCOUNT_USER_DISPLAY: "Đăng nhập thành công với tên Nguyễn Thị Lan", not "user7"."""
    return user.display_name


class AdministrativeUnit(models.Model):
    """Province → (historical district) → commune/ward, stored with a materialised path.

    ``path`` holds the ancestors' ids (``/1/7/42/``) so "this unit and everything
    below it" is one indexed ``startswith`` filter in reports.
    """

    class Level(models.TextChoices):
        PROVINCE = "province", _("Province / city")
        DISTRICT = "district", _("District (historical)")
        COMMUNE = "commune", _("Commune / ward")

    code = models.CharField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=150)
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Units merged or dissolved stay for historical data.")
    )
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")

    # Which parent levels each level accepts.
    ALLOWED_PARENTS = {
        Level.PROVINCE: {None},
        Level.DISTRICT: {Level.PROVINCE},
        Level.COMMUNE: {Level.PROVINCE, Level.DISTRICT},
    }

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["path"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        parent_level = self.parent.level if self.parent_id else None
        if parent_level not in self.ALLOWED_PARENTS.get(self.level, set()):
            raise ValidationError({"parent": _("A unit of this level cannot be placed under the chosen parent.")})
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError({"parent": _("A unit cannot be placed under itself.")})
            ancestor = ancestor.parent

    def save(self, *args, **kwargs):
        old_path = self.path
        if self.pk is None:
            super().save(*args, **kwargs)
            kwargs.pop("force_insert", None)
        self.path = f"{self.parent.path if self.parent_id else '/'}{self.pk}/"
        super().save(*args, **kwargs)
        if old_path and old_path != self.path:
            for child in self.children.all():
                child.save()

    def descendant_filter(self, prefix: str = "") -> models.Q:
        """Q selecting this unit and everything below it, through ``prefix`` (e.g. "profile__administrative_unit__")."""
        return models.Q(**{f"{prefix}path__startswith": self.path})


class Organisation(models.Model):
    """An agency or business learners can belong to; reports group by it."""

    class Kind(models.TextChoices):
        AGENCY = "agency", _("State agency / public unit")
        BUSINESS = "business", _("Business / cooperative")
        OTHER = "other", _("Other organisation")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices, default=Kind.AGENCY)
    administrative_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LearnerProfile(models.Model):
    """Who the learner is, for their courses, certificates and the province's reports."""

    user = models.OneToOneField(User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="profile")
    full_name = models.CharField(_("full name"), max_length=150, help_text=_("As it should appear on certificates."))
    audience = models.CharField(_("you are"), max_length=10, choices=Audience.choices)
    administrative_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("commune / ward"),
        on_delete=models.PROTECT,
        related_name="learners",
        db_index=False,  # covered by profile_unit_learners_idx
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("agency or business"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learners",
        db_index=False,  # covered by profile_org_learners_idx
    )
    consent_given_at = models.DateTimeField(_("consent given at"))
    consent_policy_version = models.CharField(_("privacy policy version"), max_length=20)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")
        # The reports count a unit's or an organisation's learners (by audience) and look up their
        # enrollments: on PostgreSQL these answer from the index alone (INCLUDE is ignored elsewhere).
        indexes = [
            models.Index(
                fields=["administrative_unit"], include=["user", "audience"], name="profile_unit_learners_idx"
            ),
            models.Index(fields=["organisation"], include=["user", "audience"], name="profile_org_learners_idx"),
        ]

    def __str__(self) -> str:
        return self.full_name


class UnitMerge(models.Model):
    """Units merged into another on a date (Nghệ An's 2025 reorganisation, and any later one).

    Written by ``elearn.accounts.merges.units_merge``: the sources' learners, organisations and
    child units move to the target, each learner's former unit is kept in ``UnitMembership``, and
    reports for periods before ``effective_on`` still count the sources.
    """

    target = models.ForeignKey(
        AdministrativeUnit, verbose_name=_("merged into"), on_delete=models.PROTECT, related_name="merges_in"
    )
    sources = models.ManyToManyField(AdministrativeUnit, verbose_name=_("merged units"), related_name="merges_out")
    effective_on = models.DateField(_("effective from"))
    target_created = models.BooleanField(_("unit created by the merge"), default=False)
    note = models.CharField(_("note"), max_length=255, blank=True, help_text=_("E.g. the resolution's number."))
    #: What other apps moved, so reports of earlier periods can put it back: {label: {row id: former unit id}}.
    moved = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("unit merge")
        verbose_name_plural = _("unit merges")
        ordering = ["effective_on", "pk"]

    def __str__(self) -> str:
        return f"{self.target} ({self.effective_on:%d/%m/%Y})"


class UnitMembership(models.Model):
    """A learner's former administrative unit: theirs from ``valid_from`` (empty: since they joined)
    until the day before ``valid_to``, when a merge moved them."""

    profile = models.ForeignKey(
        LearnerProfile, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="unit_history"
    )
    unit = models.ForeignKey(
        AdministrativeUnit, verbose_name=_("administrative unit"), on_delete=models.PROTECT, related_name="+"
    )
    valid_from = models.DateField(_("from"), null=True, blank=True)
    valid_to = models.DateField(_("until (not included)"))
    merge = models.ForeignKey(UnitMerge, on_delete=models.CASCADE, related_name="memberships")

    class Meta:
        verbose_name = _("former administrative unit")
        verbose_name_plural = _("former administrative units")
        indexes = [models.Index(fields=["profile", "valid_to"], name="membership_profile_to_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_from__isnull=True) | models.Q(valid_from__lt=models.F("valid_to")),
                name="membership_from_before_to",
            )
        ]

    def __str__(self) -> str:
        return f"{self.profile} – {self.unit}"
