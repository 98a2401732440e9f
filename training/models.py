"""Required training (an assignment of a course with a deadline) and the notifications sent to learners."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from elearn.accounts.choices import Audience
from elearn.accounts.models import AdministrativeUnit, Organisation


class Assignment(models.Model):
    """A course people must complete by a deadline.

    Who: everyone who matches all the criteria chosen (organisation, administrative unit and
    everything below it, audience), plus the people listed. Membership is resolved when read
    (``members_q``), so someone who joins the organisation later is assigned at once.
    """

    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="training_assignments"
    )
    deadline = models.DateField(_("deadline"))
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="training_assignments",
    )
    administrative_unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="training_assignments",
        help_text=_("Learners of this unit and of every unit below it."),
    )
    audience = models.CharField(_("audience"), max_length=10, choices=Audience.choices, blank=True)
    learners = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("people"),
        blank=True,
        related_name="training_assignments",
        help_text=_("Also assigned, whatever the criteria above."),
    )
    note = models.CharField(_("note for learners"), max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("required course")
        verbose_name_plural = _("required courses")
        ordering = ["deadline", "pk"]
        indexes = [models.Index(fields=["deadline"], name="assignment_deadline_idx")]

    def __str__(self) -> str:
        return f"{self.course.title} — {self.target_label}"

    @property
    def has_criteria(self) -> bool:
        return bool(self.organisation_id or self.administrative_unit_id or self.audience)

    @property
    def target_label(self) -> str:
        parts = [str(x) for x in (self.organisation, self.administrative_unit) if x]
        if self.audience:
            parts.append(str(Audience(self.audience).label))
        return ", ".join(parts) or str(_("people listed"))

    target_label.fget.short_description = _("For")

    def criteria_q(self, prefix: str = "", *, organisation_ids=None) -> Q:
        """Q over users (through ``prefix``) who match every criterion; nobody when there is none.

        ``organisation_ids``, for an assignment to an organisation: the members of any of them, so that
        assignments alike but for their organisation are counted in one query (the reports).
        """
        if not self.has_criteria:
            return Q(**{f"{prefix}pk__in": []})
        q = Q()
        if self.organisation_id and organisation_ids is not None:
            q &= Q(**{f"{prefix}profile__organisation_id__in": list(organisation_ids)})
        elif self.organisation_id:
            q &= Q(**{f"{prefix}profile__organisation_id": self.organisation_id})
        if self.administrative_unit_id:
            q &= Q(**{f"{prefix}profile__administrative_unit__path__startswith": self.administrative_unit.path})
        if self.audience:
            q &= Q(**{f"{prefix}profile__audience": self.audience})
        return q

    def members_q(self, prefix: str = "", *, has_people: bool = True) -> Q:
        """Q over users (through ``prefix``) assigned by this assignment, as of now.

        ``has_people=False`` (the caller knows nobody is listed) leaves out the OR on the listed
        people, so PostgreSQL can answer from the profiles' organisation or unit index.
        """
        if not has_people:
            return self.criteria_q(prefix)
        listed = Assignment.learners.through.objects.filter(assignment_id=self.pk).values("user_id")
        if not self.has_criteria:
            return Q(**{f"{prefix}pk__in": listed})
        return self.criteria_q(prefix) | Q(**{f"{prefix}pk__in": listed})


class Notification(models.Model):
    """One message to one learner: recorded once per (learner, kind, subject, period), then delivered."""

    class Kind(models.TextChoices):
        ENROLMENT = "enrolment", _("Enrolment confirmation")
        CERTIFICATE = "certificate", _("Certificate issued")
        ASSIGNMENT = "assignment", _("Required course assigned")
        DEADLINE_7 = "deadline_7", _("Deadline in 7 days")
        DEADLINE_1 = "deadline_1", _("Deadline tomorrow")
        INACTIVE = "inactive", _("No activity for 14 days")

    class Channel(models.TextChoices):
        EMAIL = "email", _("Email")
        SMS = "sms", _("SMS")
        SITE = "site", _("On the site only")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    # What the message is about, e.g. "assignment:12", "enrollment:40", "certificate:7".
    subject = models.CharField(_("about"), max_length=40)
    # "" for one-off messages; the ISO week ("2026-W49") for the weekly inactivity reminder.
    period = models.CharField(_("period"), max_length=10, blank=True, default="")
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("message"))
    url = models.CharField(_("link"), max_length=300, blank=True)
    channel = models.CharField(_("sent by"), max_length=5, choices=Channel.choices, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["user", "kind", "subject", "period"], name="notification_once"),
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notification_user_recent_idx"),
            models.Index(fields=["sent_at"], condition=Q(sent_at__isnull=True), name="notification_unsent_idx"),
        ]

    def __str__(self) -> str:
        return self.title


# Required-training notices cannot be switched off: the learner's agency requires the course.
REQUIRED_KINDS = frozenset({Notification.Kind.ASSIGNMENT, Notification.Kind.DEADLINE_7, Notification.Kind.DEADLINE_1})
OPTIONAL_KINDS = tuple(kind for kind in Notification.Kind if kind not in REQUIRED_KINDS)


class NotificationPreference(models.Model):
    """The optional kinds a learner has stopped (absent row: they receive everything)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    stopped = models.JSONField(_("stopped kinds"), default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preferences")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return str(self.user)

    def wants(self, kind: str) -> bool:
        return kind in REQUIRED_KINDS or kind not in self.stopped
