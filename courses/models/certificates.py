import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

# Crockford's base32 alphabet: no I, L, O or U, so codes read aloud or typed from paper work.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 30  # 30 × 5 bits = 150 bits of randomness


def private_storage():
    return storages["private"]


def new_certificate_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str | None:
    """Accept what people type: lower case, spaces, dashes, O for 0 and I/L for 1."""
    code = raw.upper().replace("-", "").replace(" ", "").replace("O", "0").replace("I", "1").replace("L", "1")
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        return None
    return code


def display_code(code: str | None) -> str:
    """Groups of five, easy to read over the phone and as printed on certificates: 7K3QD-…"""
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5)) if code else ""


class CertificateTemplate(models.Model):
    """The design of the PDF, edited by officials in the admin."""

    name = models.CharField(_("name"), max_length=100)
    is_default = models.BooleanField(_("default template"), default=False)
    background = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("background image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A4 landscape; it is scaled to the page."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    heading = models.CharField(_("heading"), max_length=100, default="CHỨNG NHẬN")
    body = models.TextField(
        _("body text"),
        default="Đã hoàn thành khóa học “{course}” trên nền tảng học kỹ năng số.",
        help_text=_("Placeholders: {name}, {course}, {date}, {code}."),
    )
    signatory_1_name = models.CharField(_("signatory name"), max_length=100, blank=True)
    signatory_1_title = models.CharField(_("signatory title"), max_length=150, blank=True)
    signatory_1_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatory_2_name = models.CharField(_("second signatory name"), max_length=100, blank=True)
    signatory_2_title = models.CharField(_("second signatory title"), max_length=150, blank=True)
    signatory_2_signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("second signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("is_default")]),
        MultiFieldPanel([FieldPanel("background"), FieldPanel("logo")], heading=_("Images")),
        FieldPanel("heading"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("signatory_1_name"), FieldPanel("signatory_1_title"), FieldPanel("signatory_1_signature")],
            heading=_("Signatory"),
        ),
        MultiFieldPanel(
            [FieldPanel("signatory_2_name"), FieldPanel("signatory_2_title"), FieldPanel("signatory_2_signature")],
            heading=_("Second signatory (optional)"),
        ),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self) -> str:
        return self.name

    def clean(self):
        try:
            self.body.format(name="", course="", date="", code="")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValidationError(
                {"body": _("Unknown placeholder or stray brace: use only {name}, {course}, {date} and {code}.")}
            ) from exc


class Certificate(models.Model):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        REVOKED = "revoked", _("Revoked")

    code = models.CharField(
        _("code"), max_length=CODE_LENGTH, unique=True, default=new_certificate_code, editable=False
    )
    enrollment = models.OneToOneField(
        "courses.Enrollment", verbose_name=_("enrollment"), on_delete=models.CASCADE, related_name="certificate"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="certificates"
    )
    learner_name = models.CharField(_("learner name"), max_length=150)
    course_title = models.CharField(_("course title"), max_length=255)
    issuer = models.CharField(_("issuing organisation"), max_length=200)
    issued_on = models.DateField(_("issue date"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.VALID)
    revoked_reason = models.CharField(_("reason for revocation"), max_length=300, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    template = models.ForeignKey(
        CertificateTemplate, verbose_name=_("template"), null=True, blank=True, on_delete=models.SET_NULL
    )
    pdf = models.FileField(_("PDF"), upload_to="certificates/%Y/%m/", storage=private_storage, blank=True)
    pdf_generated_at = models.DateTimeField(_("PDF generated at"), null=True, blank=True)
    # The site's address the PDF's QR code and link were drawn for: when the site moves, the PDF is redrawn.
    pdf_base_url = models.CharField(_("PDF drawn for the address"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="unique_certificate_per_course")]
        indexes = [models.Index(fields=["course", "issued_on"], name="certificate_course_date_idx")]

    def __str__(self) -> str:
        return f"{self.learner_name} – {self.course_title}"

    @property
    def display_code(self) -> str:
        return display_code(self.code)

    @property
    def is_valid(self) -> bool:
        return self.status == self.Status.VALID

    def get_absolute_url(self) -> str:
        return reverse("certificate_verify", args=[self.display_code])


class CertificateChange(models.Model):
    """Audit trail: re-issues (name corrections) and revocations."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        REISSUED = "reissued", _("Re-issued")
        REVOKED = "revoked", _("Revoked")

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="changes")
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    old_name = models.CharField(_("previous name"), max_length=150, blank=True)
    new_name = models.CharField(_("new name"), max_length=150, blank=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate change")
        verbose_name_plural = _("certificate changes")
        ordering = ["-changed_at"]

    def __str__(self) -> str:
        return f"{self.certificate_id} {self.action}"


class WithdrawnCertificate(models.Model):
    """What stays of a certificate whose holder deleted their account: that it was issued, and when.

    No name, no course, no link to anyone: the verification page can say "issued, then withdrawn
    at the holder's request" instead of the "not found" a forgery gets.
    """

    code = models.CharField(_("code"), max_length=CODE_LENGTH, unique=True, editable=False)
    issued_on = models.DateField(_("issue date"))
    withdrawn_on = models.DateField(_("withdrawn on"))

    class Meta:
        verbose_name = _("withdrawn certificate")
        verbose_name_plural = _("withdrawn certificates")

    def __str__(self) -> str:
        return display_code(self.code)

    @property
    def display_code(self) -> str:
        return display_code(self.code)
