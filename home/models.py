from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from courses.selectors import featured_courses, site_counts
from elearn.accounts.choices import Audience
from elearn.pagecache import CachedRouteMixin, PublicPageMixin, remember

from .blocks import basic_content_blocks


class AudiencePathBlock(blocks.StructBlock):
    audience = blocks.ChoiceBlock(
        label=_("Audience"),
        choices=Audience.choices,
    )
    title = blocks.CharBlock(label=_("Title"), max_length=100)
    text = blocks.TextBlock(label=_("Text"), max_length=300)

    class Meta:
        icon = "group"
        label = _("Audience path")
        template = "home/blocks/audience_path.html"
        preview_value = {
            "audience": "resident",
            "title": "Người dân",
            "text": "Làm thủ tục hành chính trực tuyến, thanh toán không dùng tiền mặt, an toàn trên mạng.",
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=100)
    text = blocks.TextBlock(label=_("Text"), max_length=300)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        preview_value = {"title": "Đăng ký", "text": "Tạo tài khoản miễn phí bằng email."}


class HomePage(CachedRouteMixin, PublicPageMixin, Page):
    """The front door: who the platform is for, featured courses, how it works, counts."""

    hero_title = models.CharField(_("headline"), max_length=150)
    hero_intro = models.TextField(_("introduction"), max_length=500, blank=True)
    audience_paths = StreamField(
        [("path", AudiencePathBlock())], verbose_name=_("audience paths"), blank=True, max_num=3
    )
    how_it_works = StreamField([("step", StepBlock())], verbose_name=_("how it works"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_intro")], heading=_("Banner")),
        FieldPanel("audience_paths"),
        FieldPanel("how_it_works"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "courses.CourseIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_courses"] = featured_courses(limit=3)
        context["counts"] = site_counts()
        return context


class StandardPage(PublicPageMixin, Page):
    """About, Privacy policy, Terms, Help and other plain content pages."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(basic_content_blocks(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(_("site name"), max_length=100, default="Kỹ năng số Nghệ An")
    issuing_organisation = models.CharField(
        _("issuing organisation"),
        max_length=200,
        default="Sở Khoa học và Công nghệ tỉnh Nghệ An",
        help_text=_("Printed on certificates as the issuer."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_address = models.CharField(_("address"), max_length=250, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=30, blank=True)
    contact_email = models.EmailField(_("email"), blank=True)
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of use page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("help page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("issuing_organisation"), FieldPanel("logo")], heading=_("Identity")
        ),
        MultiFieldPanel(
            [FieldPanel("contact_address"), FieldPanel("contact_phone"), FieldPanel("contact_email")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("about_page"), FieldPanel("privacy_page"), FieldPanel("terms_page"), FieldPanel("help_page")],
            heading=_("Footer links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """The site's settings with the footer's pages and the logo: read once, kept until a purge.

        Every page shows them (header and footer: up to six queries); saving them purges
        (``elearn.pagecache.receivers``).
        """

        def load():
            instance = super(SiteSettings, cls).for_site(site)
            for name in ("logo", "about_page", "privacy_page", "terms_page", "help_page"):
                getattr(instance, name)  # fetched now, so they are stored with it
            return instance

        return remember(f"site-settings:{site.pk}", load)
