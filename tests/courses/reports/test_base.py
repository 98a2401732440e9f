"""What every report gets from the base view: dated export names, neutralised formulas, every screen renders."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.courses.reports.support import (
    REPORTS,
    csv_rows,
    enroll,
    url,
)
from tests.factories import learner

pytestmark = pytest.mark.django_db


def test_formula_injection_is_neutralised_in_csv_and_xlsx(client, superuser, world):
    evil = '=HYPERLINK("http://evil.example","x")'
    user = learner(full_name=evil, administrative_unit=world.C1)
    enroll(user, world.A, enrolled=5)
    for prefix in ("+1", "-1", "@SUM(A1)", "\tTAB", "\rCR"):
        other = learner(full_name=f"{prefix} Nguyễn", administrative_unit=world.C1)
        enroll(other, world.A, enrolled=5)
    client.force_login(superuser)
    names = [row[0] for row in csv_rows(client, "course_learners", course=world.A.pk)[1:]]
    assert "'" + evil in names and evil not in names
    assert {"'+1 Nguyễn", "'-1 Nguyễn", "'@SUM(A1) Nguyễn", "'\tTAB Nguyễn", "'\rCR Nguyễn"} <= set(names)
    assert "Lê Văn Một" in names  # ordinary names untouched
    response = client.get(url("course_learners", export="xlsx", course=world.A.pk))
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = {cell.value: cell for (cell, *_rest) in workbook.active.iter_rows(min_row=2)}
    assert "'" + evil in cells and cells["'" + evil].data_type == "s"
    assert not any(cell.data_type == "f" for row in workbook.active.iter_rows() for cell in row)


@pytest.mark.parametrize("name", REPORTS)
def test_every_report_and_its_results_fragment_render(client, superuser, world, name):
    client.force_login(superuser)
    assert client.get(reverse(f"{name}_report") + f"?course={world.A.pk}").status_code == 200
    assert client.get(reverse(f"{name}_report_results") + f"?course={world.A.pk}").status_code == 200
