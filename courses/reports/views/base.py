"""The base of every report: the view with its permission and safe streaming exports, the
values its columns share, and the filter fields its filter sets share.

Each report module declares its filter set beside its view, from the fields below.
"""

import csv
import datetime
import re
import tempfile
from decimal import Decimal

import django_filters
from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.forms.models import ModelChoiceIterator
from django.http import FileResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.mixins import Echo, ExcelDateFormatter
from wagtail.admin.views.reports import ReportView

from elearn.accounts.choices import Audience
from elearn.accounts.forms import VietnameseOrderChoiceField
from elearn.collation import vietnamese_key
from elearn.downloads.services import prepared_download_request
from elearn.http import attachment_disposition

from ...models import CoursePage, Enrollment
from ...models.targets import REPORT_PERMISSION
from ..downloads import REPORT_EXPORT, export_params
from ..selectors.base import EnrollmentFilters
from ..selectors.units import organisations_for_report, units_for_report
from . import exports

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


def _count(items) -> int:
    return items.count() if isinstance(items, QuerySet) else len(items)


def _rows(items):
    """Stream a queryset in chunks (server-side cursor on PostgreSQL) so exports use flat memory."""
    return items.iterator(chunk_size=2000) if isinstance(items, QuerySet) else items


class TrainingReportView(ReportView):
    """Base for the trainer reports: permission, filters handed to selectors, safe streaming exports."""

    header_icon = "table"
    #: Field → function turning its value into what exports show (CSV and XLSX alike).
    export_values: dict = {}
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

    def dispatch(self, request, *args, **kwargs):
        # A plain 403 (not Wagtail's redirect to the dashboard), for screens, fragments and exports alike.
        if not request.user.has_perm(REPORT_PERMISSION):
            context = {"header_title": self.page_title, "page_title": self.page_title, "header_icon": "warning"}
            return TemplateResponse(request, "courses/reports/forbidden.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def custom_field_preprocess(self) -> dict:
        return {field: dict.fromkeys(self.FORMATS, function) for field, function in self.export_values.items()}

    @cached_property
    def filter_values(self) -> dict:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def enrollment_filters(self) -> EnrollmentFilters:
        return EnrollmentFilters.from_form(self.filter_values)

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
            rows = self.get_filtered_queryset()
            if _count(rows) > settings.EXPORT_INLINE_MAX_ROWS:
                return self.prepare_export()
            return self.as_spreadsheet(self.decorate_paginated_queryset(rows), request.GET["export"])
        return super().get(request, *args, **kwargs)

    @property
    def export_file_name(self) -> str:
        """The readable name of the file ``?export=`` asks for: XLSX, or CSV for anything else."""
        extension = self.FORMAT_XLSX if self.request.GET.get("export") == self.FORMAT_XLSX else self.FORMAT_CSV
        return f"{self.export_names[1]}.{extension}"

    def prepare_export(self):
        """A large export is built by the worker: the trainer is sent to the "being prepared" page."""
        download = prepared_download_request(
            owner=self.request.user, kind=REPORT_EXPORT, params=export_params(self), title=self.export_file_name
        )
        return redirect("prepared_download", download.pk)

    def write_export(self, output) -> str:
        """Write the export ``?export=`` asks for into the binary file ``output`` (in the worker);
        returns its file name."""
        rows = self.decorate_paginated_queryset(self.get_filtered_queryset())
        name = self.export_file_name
        if name.endswith(f".{self.FORMAT_XLSX}"):
            self.write_xlsx(_rows(rows), output)
        else:
            for chunk in self.stream_csv(rows):
                output.write(chunk if isinstance(chunk, bytes) else chunk.encode())
        return name

    @cached_property
    def applied_filters(self) -> list[tuple[str, str, str]]:
        return exports.applied_filters(self.filters.form if self.filters else None)

    @cached_property
    def export_names(self) -> tuple[str, str]:
        """(ASCII, Vietnamese) file names: the report, its commune/organisation/course filters, the date."""
        return exports.export_names(str(self.page_title), self.applied_filters)

    def get_filename(self):
        return self.export_names[0]

    def export_preamble(self) -> list[list[str]]:
        rows = exports.preamble_rows(str(self.page_title), self.applied_filters)
        return [[neutralise_formula(value) for value in row] for row in rows]

    def content_disposition(self, extension: str) -> str:
        ascii_name, readable = self.export_names
        return attachment_disposition(f"{ascii_name}.{extension}", f"{readable}.{extension}")

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
        writer = csv.writer(Echo())
        for row in self.export_preamble():
            yield writer.writerow(row)
        yield from super().stream_csv(_rows(queryset))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        response["Content-Disposition"] = self.content_disposition("csv")
        return response

    def write_xlsx(self, queryset, output):
        """Wagtail's write-only workbook, with the preamble above the headings."""
        from openpyxl import Workbook

        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=re.sub(r"[\\/*?:\[\]]", "-", str(self.page_title))[:31])
        for row in self.export_preamble():
            worksheet.append(row)
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        date_format = ExcelDateFormatter().get()
        for item in queryset:
            worksheet.append(self.generate_xlsx_row(worksheet, self.to_row_dict(item), date_format=date_format))
        workbook.save(output)

    def write_xlsx_response(self, queryset):
        # Wagtail writes a write-only workbook into memory; a temporary file keeps memory flat.
        output = tempfile.TemporaryFile()
        self.write_xlsx(_rows(queryset), output)
        output.seek(0)
        response = FileResponse(
            output,
            as_attachment=True,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename=f"{self.get_filename()}.xlsx",
        )
        response["Content-Disposition"] = self.content_disposition("xlsx")
        return response


# --- Column values -------------------------------------------------------------------------


def short_date(value) -> str:
    return date_format(_local(value), "SHORT_DATE_FORMAT") if value else ""


def formatted_number(value) -> str:
    return "" if value is None else number_format(value)


def score(value: Decimal | None) -> Decimal | None:
    """Scores as stored (two decimals), whatever the database returns for an aggregate."""
    return value.quantize(Decimal("0.01")) if value is not None else None


def indented_unit_name(path: str, name: str) -> str:
    """A unit's name behind one dash per level below the province (path ``/1/``), as in a tree."""
    return "— " * (path.count("/") - 2) + name


def audience_label(code: str | None) -> str:
    return str(Audience(code).label) if code else ""


# --- Filter fields -------------------------------------------------------------------------


def unit_tree_key(names: dict[int, str]):
    """Sort key of units in tree order with siblings in Vietnamese alphabetical order (as at sign-up).

    ``names``: unit id → name, for the units listed; an ancestor not listed (above a trainer's
    units) sorts by its id, which keeps its subtree together.
    """

    def key(unit) -> tuple:
        ids = [int(part) for part in unit.path.strip("/").split("/") if part]
        return tuple((1, vietnamese_key(names[pk])) if pk in names else (0, pk) for pk in ids)

    return key


class IndentedUnitIterator(ModelChoiceIterator):
    """The unit select shows the tree (a dash per level below the province), siblings in Vietnamese
    alphabetical order; the active-filter chip, which uses ``label_from_instance``, shows the plain name."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        units = list(self.queryset)
        names = {unit.pk: unit.name for unit in units}
        for unit in sorted(units, key=unit_tree_key(names)):
            yield self.choice(unit)

    def choice(self, obj):
        value, label = super().choice(obj)
        return value, indented_unit_name(obj.path, label)


class UnitChoiceField(django_filters.fields.ModelChoiceField):
    iterator = IndentedUnitIterator

    def label_from_instance(self, obj):
        return obj.name


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField


def _units(request):
    return units_for_report(user=request.user)


def _organisations(request):
    return organisations_for_report(user=request.user)


def enrolled_at_filter():
    return django_filters.DateFromToRangeFilter(label=_("Enrolled between"), widget=DateRangePickerWidget)


def audience_filter():
    return django_filters.ChoiceFilter(
        label=_("Audience"), choices=Audience.choices, empty_label=_("All"), widget=forms.RadioSelect
    )


def unit_filter(label=None, help_text=None):
    """The viewer's units (and below), as a tree."""
    return UnitFilter(
        label=label or _("Administrative unit"),
        queryset=_units,
        empty_label=_("All units"),
        help_text=_("Includes every unit below it.") if help_text is None else help_text,
    )


class VietnameseOrderFilter(django_filters.ModelChoiceFilter):
    """Choices in Vietnamese alphabetical order (Đ after D, not after Z), whatever the database."""

    field_class = VietnameseOrderChoiceField


def organisation_filter():
    return VietnameseOrderFilter(label=_("Organisation"), queryset=_organisations, empty_label=_("All organisations"))


def course_filter(empty_label):
    return VietnameseOrderFilter(
        label=_("Course"), queryset=CoursePage.objects.order_by("title"), empty_label=empty_label
    )


class ReportFilterSet(WagtailFilterSet):
    """Report filters are read by the views and turned into conditions on enrollments."""

    class Meta:
        model = Enrollment
        fields = []
