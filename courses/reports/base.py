"""The base report view, its safe streaming exports, and the value helpers the columns share."""

import datetime
import tempfile
from decimal import Decimal

from django.db.models import QuerySet
from django.http import FileResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from wagtail.admin.views.reports import ReportView

from elearn.accounts.models import LearnerProfile

from .. import report_selectors as selectors

# --- Exports -----------------------------------------------------------------------------

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
UTF8_BOM = "\ufeff".encode()


def neutralise_formula(value):
    """Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _local(value):
    """Aware datetimes in local time (Asia/Ho_Chi_Minh); dates and naive values unchanged."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _rows(items):
    """Stream a queryset in chunks (server-side cursor on PostgreSQL) so exports use flat memory."""
    return items.iterator(chunk_size=2000) if isinstance(items, QuerySet) else items


def display_code(code: str | None) -> str:
    """Grouped in fives, as printed on certificates (``Certificate.display_code``)."""
    return "-".join(code[i : i + 5] for i in range(0, len(code), 5)) if code else ""


def score(value: Decimal | None) -> Decimal | None:
    """Scores as stored (two decimals), whatever the database returns for an aggregate."""
    return value.quantize(Decimal("0.01")) if value is not None else None


def indented_unit_name(path: str, name: str) -> str:
    """A unit's name behind one dash per level below the province (path ``/1/``), as in a tree."""
    return "— " * (path.count("/") - 2) + name


def audience_label(code: str | None) -> str:
    return str(LearnerProfile.Audience(code).label) if code else ""


class TrainingReportView(ReportView):
    """Base for the trainer reports: permission, filters handed to selectors, safe streaming exports."""

    permission_required = "view_training_reports"
    header_icon = "table"
    export_basename = "report"
    # Dates in local time: CSV as text, XLSX as naive local datetimes Excel can format.
    custom_value_preprocess = {
        datetime.datetime: {
            ReportView.FORMAT_CSV: lambda value: _local(value).strftime("%Y-%m-%d %H:%M"),
            ReportView.FORMAT_XLSX: lambda value: (
                timezone.make_naive(_local(value)) if timezone.is_aware(value) else value
            ),
        },
        datetime.date: {ReportView.FORMAT_CSV: lambda value: value.isoformat(), ReportView.FORMAT_XLSX: None},
    }

    def user_has_permission(self, permission):
        return self.request.user.has_perm(f"courses.{permission}")

    def dispatch(self, request, *args, **kwargs):
        # A plain 403 (not Wagtail's redirect to the dashboard), for screens, fragments and exports alike.
        if not self.user_has_permission(self.permission_required):
            context = {"header_title": self.page_title, "page_title": self.page_title, "header_icon": "warning"}
            return TemplateResponse(request, "courses/reports/forbidden.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def filter_values(self) -> dict:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def enrollment_filters(self) -> selectors.EnrollmentFilters:
        return selectors.EnrollmentFilters.from_form(self.filter_values)

    def filter_queryset(self, queryset):
        # The filters are conditions on enrollments, not on the rows: selectors apply them.
        return queryset

    def report_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        return self.order_queryset(self.report_queryset())

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # Skip the listing context: it would count (and so load) every row before streaming.
            rows = self.decorate_paginated_queryset(self.get_filtered_queryset())
            return self.as_spreadsheet(rows, request.GET["export"])
        return super().get(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.export_basename}-{timezone.localdate():%Y-%m-%d}"

    def get_heading(self, queryset, field):
        """A field shown on screen is exported under its column's label, unless ``export_headings`` says otherwise."""
        if field not in self.export_headings:
            for column in self.columns:
                if column.name == field:
                    return force_str(column.label)
        return super().get_heading(queryset, field)

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        yield UTF8_BOM  # so Excel reads the Vietnamese as UTF-8
        yield from super().stream_csv(_rows(queryset))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def write_xlsx_response(self, queryset):
        # Wagtail writes a write-only workbook into memory; a temporary file keeps memory flat.
        output = tempfile.TemporaryFile()
        self.write_xlsx(_rows(queryset), output)
        output.seek(0)
        return FileResponse(
            output,
            as_attachment=True,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename=f"{self.get_filename()}.xlsx",
        )


# --- Columns -----------------------------------------------------------------------------


def _date(value) -> str:
    return date_format(_local(value), "SHORT_DATE_FORMAT") if value else ""


def _number(value) -> str:
    return "" if value is None else number_format(value)
