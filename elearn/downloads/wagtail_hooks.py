from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .kinds import may_ask_for_any
from .views import PreparedDownloadsView, prepared_download_try_again


@hooks.register("register_admin_urls")
def register_prepared_download_urls():
    return [
        path("downloads/", PreparedDownloadsView.as_view(), name="prepared_downloads"),
        path("downloads/<uuid:pk>/", PreparedDownloadsView.as_view(), name="prepared_download"),
        path("downloads/<uuid:pk>/try-again/", prepared_download_try_again, name="prepared_download_try_again"),
    ]


class PreparedDownloadsMenuItem(MenuItem):
    def is_shown(self, request):
        # For those who may ask for a file (permissions the menu has already loaded: no query).
        return may_ask_for_any(request.user)


@hooks.register("register_admin_menu_item")
def register_prepared_downloads_menu_item():
    return PreparedDownloadsMenuItem(
        _("Prepared files"), reverse("prepared_downloads"), name="prepared-downloads", icon_name="download", order=990
    )
