"""The "being prepared" page and the owner's list (in the admin), the "Try again" button, and the file.

Every view finds the download among the requester's own: anyone else (other staff included) gets 404.
"""

import mimetypes

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from elearn.http import attachment_disposition
from elearn.slugs import slugify

from .models import PreparedDownload
from .services import prepared_download_retry

LISTED = 50
REFRESH_SECONDS = 5


def downloads_of(user):
    """The user's downloads not yet expired, newest first (lazy)."""
    return PreparedDownload.objects.filter(owner=user, expires_at__gt=timezone.now()).order_by("-created_at")


def _own(request, pk) -> PreparedDownload:
    return get_object_or_404(downloads_of(request.user), pk=pk)


class PreparedDownloadsView(WagtailAdminTemplateMixin, TemplateView):
    """GET: the list "Prepared files" of the user's own downloads; with a download, its state on top:
    being prepared (the page reloads itself, no JavaScript needed), ready (the link), failed (why, and
    "Try again")."""

    template_name = "downloads/prepared.html"
    header_icon = "download"
    page_title = gettext_lazy("Prepared files")

    def get(self, request, pk=None):
        self.download = _own(request, pk) if pk else None
        return super().get(request)

    def get_page_title(self):
        if self.download is not None and self.download.is_pending:
            return _("Preparing the file…")
        return super().get_page_title()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            download=self.download,
            downloads=downloads_of(self.request.user)[:LISTED],
            refresh_seconds=REFRESH_SECONDS,
            **kwargs,
        )


@require_POST
def prepared_download_try_again(request, pk):
    download = _own(request, pk)
    if prepared_download_retry(download=download):
        messages.success(request, _("The file is being prepared again."))
    return redirect("prepared_download", pk)


def _content_disposition(filename: str) -> str:
    stem, dot, extension = filename.rpartition(".")
    ascii_name = f"{slugify(stem) or 'tep'}{dot}{extension}" if dot else slugify(filename) or "tep"
    return attachment_disposition(ascii_name, filename)


@require_GET
def prepared_download_file(request, pk):
    """The file, for its owner only (404 for anyone else), read from the private storage's API."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    download = _own(request, pk)
    if not download.is_ready:
        raise Http404
    try:
        handle = download.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    content_type = mimetypes.guess_type(download.filename)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["Content-Disposition"] = _content_disposition(download.filename)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
