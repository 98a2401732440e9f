from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrollment(models.Model):
    """A learner in a course. ``percent`` and ``completed_lessons`` are denormalised for fast lists."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrollments"
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    percent = models.PositiveSmallIntegerField(_("progress (%)"), default=0, validators=[MaxValueValidator(100)])
    completed_lessons = models.PositiveIntegerField(_("lessons completed"), default=0)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("last lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("enrollment")
        verbose_name_plural = _("enrollments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="unique_enrollment"),
            models.CheckConstraint(condition=models.Q(percent__lte=100), name="enrollment_percent_max_100"),
        ]
        indexes = [
            models.Index(fields=["course", "completed_at"], name="enrollment_course_done_idx"),
            models.Index(fields=["user", "-last_activity_at"], name="enrollment_user_recent_idx"),
            # "Has this learner completed a course in the period?" (targets), from the index alone on
            # PostgreSQL: completed enrollments only, with the course (INCLUDE is ignored elsewhere).
            models.Index(
                fields=["user", "completed_at"],
                include=["course"],
                condition=models.Q(completed_at__isnull=False),
                name="enrollment_user_done_idx",
            ),
            # "Who was active since …?" (the board's running month): one range scan, answered from the
            # index alone on PostgreSQL, instead of a probe per learner.
            models.Index(fields=["last_activity_at"], include=["user"], name="enrollment_recent_user_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.course}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class LessonCompletion(models.Model):
    class Source(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person (village session)")

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(_("completed at"), default=timezone.now)
    # How the lesson was first completed; completing it again another way does not change it.
    source = models.CharField(_("completed"), max_length=10, choices=Source.choices, default=Source.ONLINE)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [models.UniqueConstraint(fields=["enrollment", "lesson"], name="unique_lesson_completion")]

    def __str__(self) -> str:
        return f"{self.enrollment} – {self.lesson_id}"
