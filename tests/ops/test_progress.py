"""Long commands show progress on a terminal."""

import io

import pytest
from django.core.management import call_command

from elearn.ops.progress import Progress, steps


class Terminal(io.StringIO):
    def isatty(self):
        return True


class Out:
    """The shape of a command's self.stdout (write with ``ending``, flush, isatty)."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text, ending="\n"):
        self.stream.write(text + ending)

    def flush(self):
        pass

    def isatty(self):
        return self.stream.isatty()


def test_on_a_terminal_one_line_is_rewritten_in_place():
    stream = Terminal()
    progress = Progress(Out(stream), "Đơn vị", 200)
    for done in (50, 100, 200):
        progress(done)
    assert stream.getvalue().count("\r") == 3 and stream.getvalue().endswith("(100 %, 0 s)\n")
    assert "Đơn vị: 100 / 200 (50 %" in stream.getvalue()


def test_in_a_log_a_line_every_ten_percent():
    stream = io.StringIO()
    progress = Progress(Out(stream), "Units", 1000)
    for done in range(1, 1001):
        progress(done)
    assert len(stream.getvalue().splitlines()) == 11  # 0 %, 10 %, … 100 %


def test_steps_are_numbered():
    stream = io.StringIO()
    step = steps(Out(stream), 2)
    step("Khóa học")
    step("Chỉ mục tìm kiếm")
    assert stream.getvalue().startswith("[1/2] Khóa học…") and "[2/2] Chỉ mục tìm kiếm…" in stream.getvalue()


@pytest.mark.django_db
def test_load_administrative_units_shows_its_progress():
    out = io.StringIO()
    call_command("load_administrative_units", stdout=out)
    text = out.getvalue()
    assert "Đơn vị hành chính:" in text and "(100 %" in text
