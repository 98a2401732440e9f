"""Report exports above ``EXPORT_INLINE_MAX_ROWS`` rows, prepared by the worker (``elearn.downloads``).

The download records the report (its URL name) and the query string the trainer asked with; the
worker runs the same report view for the owner as they are *then* (permission, trainer scope), so
what the file holds is what the owner may see when it is built. Training's reports, built on
``TrainingReportView``, are prepared the same way.
"""

from django.http import HttpRequest, QueryDict
from django.urls import NoReverseMatch, resolve, reverse
from django.utils.translation import gettext as _

from elearn.downloads.kinds import DownloadRefused, register

from ..models.targets import REPORT_PERMISSION

REPORT_EXPORT = "report_export"


def export_params(view) -> dict:
    return {"report": view.index_url_name, "query": view.request.GET.urlencode()}


def _report_view(url_name: str, request: HttpRequest):
    try:
        path = reverse(url_name)
    except NoReverseMatch:
        raise DownloadRefused(_("This report no longer exists.")) from None
    callback = resolve(path).func  # Wagtail's admin decorators keep the view class on it
    request.path = request.path_info = path
    view = callback.view_class(**callback.view_initkwargs)
    view.setup(request)
    return view


@register(REPORT_EXPORT, permission=REPORT_PERMISSION)
def build_report_export(download, output) -> str:
    owner = download.owner
    if not owner.is_active or not owner.has_perm(REPORT_PERMISSION):
        raise DownloadRefused(_("You may no longer see the training reports."))
    request = HttpRequest()
    request.method = "GET"
    request.GET = QueryDict(download.params.get("query", ""))
    request.user = owner
    return _report_view(download.params["report"], request).write_export(output)
