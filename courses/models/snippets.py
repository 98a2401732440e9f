from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Competence(models.Model):
    """An area or competence of a digital-skills framework (EU DigComp 2.2, Vietnam's basic framework)."""

    class Framework(models.TextChoices):
        DIGCOMP = "digcomp", _("EU DigComp 2.2")
        VN_BASIC = "vn_basic", _("Vietnam basic digital skills")

    framework = models.CharField(_("framework"), max_length=10, choices=Framework.choices)
    code = models.CharField(_("code"), max_length=20, help_text=_("E.g. 1.1 for a DigComp competence, 1 for an area."))
    name = models.CharField(_("name"), max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("area"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )

    class Meta:
        verbose_name = _("competence")
        verbose_name_plural = _("competences")
        ordering = ["framework", "code"]
        constraints = [models.UniqueConstraint(fields=["framework", "code"], name="unique_competence_code")]

    def __str__(self) -> str:
        return f"{self.get_framework_display()} {self.code} – {self.name}"
