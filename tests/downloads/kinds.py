"""A kind of prepared download for the tests of the generic app: a short text file, or a failure on demand."""

from django.utils.translation import gettext as _

from elearn.downloads.kinds import DownloadRefused, register

NOTE = "test_note"
CALLS = []


@register(NOTE, permission="courses.view_training_reports")
def build_note(download, output) -> str:
    CALLS.append(download.pk)
    if download.params.get("refuse"):
        raise DownloadRefused(_("You may no longer see the training reports."))
    if download.params.get("fail_times", 0) >= len([pk for pk in CALLS if pk == download.pk]):
        raise RuntimeError("disk full")
    output.write(f"Ghi chú cho {download.owner.pk}".encode())
    return "Ghi chú - Xã Diễn Kim.txt"
