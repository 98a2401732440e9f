from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class CourseIndexPage(Page):
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("course catalogue")
