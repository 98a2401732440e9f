import pytest

from elearn.downloads.services import prepared_download_request
from tests.courses.reports.support import trainer

from . import kinds


@pytest.fixture
def owner(db):
    return trainer()


@pytest.fixture
def note(owner, django_capture_on_commit_callbacks):
    """A text file prepared for ``owner`` (built at once: the tests' immediate task backend)."""

    def make(**params):
        with django_capture_on_commit_callbacks(execute=True):
            download = prepared_download_request(owner=owner, kind=kinds.NOTE, params=params, title="Ghi chú")
        download.refresh_from_db()
        return download

    return make
