"""Village sessions and their attendance, assisted sign-ups and enrolments, and the log of what members did."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from elearn.accounts.models import AdministrativeUnit
from elearn.accounts.phones import mask_phone

TEAM_PERMISSION_CODENAME = "work_in_community"
TEAM_PERMISSION_NAME = "Can work as a community digital-technology team member"  # stored at migrate time
TEAM_PERMISSION = f"community.{TEAM_PERMISSION_CODENAME}"


class VillageSession(models.Model):
    """A class a team held in a village: where, when, which course and lessons, who led it."""

    held_on = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=200, help_text=_("E.g. Nhà văn hóa thôn 3."))
    administrative_unit = models.ForeignKey(
        AdministrativeUnit, verbose_name=_("commune / ward"), on_delete=models.PROTECT, related_name="village_sessions"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="village_sessions"
    )
    lessons = models.ManyToManyField("courses.LessonPage", verbose_name=_("lessons covered"), related_name="+")
    led_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("led by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="led_village_sessions",
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    # The form's one-time token: the same form submitted twice records one session.
    submission_token = models.UUIDField(unique=True, editable=False)

    class Meta:
        verbose_name = _("village session")
        verbose_name_plural = _("village sessions")
        ordering = ["-held_on", "-pk"]
        permissions = [(TEAM_PERMISSION_CODENAME, TEAM_PERMISSION_NAME)]

    def __str__(self) -> str:
        return f"{self.place} – {self.held_on:%d/%m/%Y}"


class Attendance(models.Model):
    """Someone at a session: a resident with an account, or a person without one (name and phone).

    A person without an account can be merged into one later: the name and phone are then cleared
    (the account holds them). When a resident deletes their account the row stays, anonymous, so the
    session's head count does not change.
    """

    session = models.ForeignKey(
        VillageSession, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resident"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="village_attendances",
    )
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    phone = models.CharField(_("phone number"), max_length=16, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("recorded by")
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    merged_at = models.DateTimeField(_("merged into an account at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"], condition=models.Q(user__isnull=False), name="attendance_once_per_user"
            ),
            models.UniqueConstraint(
                fields=["session", "phone"], condition=~models.Q(phone=""), name="attendance_once_per_phone"
            ),
        ]

    def __str__(self) -> str:
        return self.full_name or str(self.user or "")

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone) if self.phone else ""


class AssistedConsent(models.Model):
    """How a resident registered by a team member agreed to the privacy policy, and who helped."""

    class Method(models.TextChoices):
        SCREEN = "screen", _("The resident read it on the member's screen")
        ALOUD = "aloud", _("It was read aloud to the resident")
        PAPER = "paper", _("Paper form signed by the resident")

    resident = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("resident"), on_delete=models.CASCADE, related_name="assisted_consent"
    )
    helped_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("helped by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    helped_by_name = models.CharField(_("helped by (name)"), max_length=150)
    administrative_unit = models.ForeignKey(
        AdministrativeUnit, verbose_name=_("commune / ward"), on_delete=models.PROTECT, related_name="+"
    )
    method = models.CharField(_("how consent was given"), max_length=10, choices=Method.choices)
    paper_form_number = models.CharField(_("paper form number"), max_length=50, blank=True)
    given_at = models.DateTimeField(_("consent given at"))
    policy_version = models.CharField(_("privacy policy version"), max_length=20)
    taken_over_at = models.DateTimeField(_("the resident set their own password at"), null=True, blank=True)

    class Meta:
        verbose_name = _("assisted consent")
        verbose_name_plural = _("assisted consents")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(method="paper") | ~models.Q(paper_form_number=""),
                name="assisted_consent_paper_has_number",
            )
        ]

    def __str__(self) -> str:
        return str(self.resident)


class AssistedEnrollment(models.Model):
    """An enrolment a team member made for a resident."""

    enrollment = models.OneToOneField(
        "courses.Enrollment", verbose_name=_("enrollment"), on_delete=models.CASCADE, related_name="assisted"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)

    class Meta:
        verbose_name = _("assisted enrollment")
        verbose_name_plural = _("assisted enrollments")

    def __str__(self) -> str:
        return str(self.enrollment)


class MemberAction(models.Model):
    """Who did what, when: every change a team member makes, for the site administrators.

    The description names records by number, never a phone number.
    """

    class Kind(models.TextChoices):
        RESIDENT_REGISTERED = "registered", _("Registered a resident")
        ENROLLED = "enrolled", _("Enrolled residents")
        SESSION_RECORDED = "session", _("Recorded a village session")
        ATTENDANCE_RECORDED = "attendance", _("Recorded attendance")
        ATTENDANCE_MERGED = "merged", _("Merged a person into an account")

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    member_name = models.CharField(_("member (name)"), max_length=150)
    kind = models.CharField(_("action"), max_length=12, choices=Kind.choices)
    administrative_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("commune / ward"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    description = models.CharField(_("details"), max_length=500)
    at = models.DateTimeField(_("time"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("team member action")
        verbose_name_plural = _("team member actions")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.member_name}: {self.get_kind_display()}"
