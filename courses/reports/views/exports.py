"""What an exported report says about itself: its file name and its first rows (issue 17.9).

A file passed on by email or kept in a folder must say which report it is, for which commune,
organisation or course, and when it was made: "Tình hình hoàn thành khóa học - Xã Diễn Châu -
2026-12-02.xlsx". The name is sent twice (RFC 6266): ASCII for old clients
(``tinh-hinh-hoan-thanh-khoa-hoc_xa-dien-chau_2026-12-02.xlsx``) and UTF-8 (RFC 5987 ``filename*``).
The sheet opens with the report's title, the date and time of the export and every filter applied.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from elearn.slugs import slugify

#: Filters whose value names the file (the commune, the organisation, the course), in this order.
FILENAME_FILTERS = ("administrative_unit", "within", "organisation", "course")
PART_LENGTH = 60  # characters of one filter value in a file name


def _local_date(value) -> str:
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return date_format(value, "SHORT_DATE_FORMAT")


def filter_display_value(field, value) -> str:
    """A cleaned filter value as the screen shows it."""
    if isinstance(value, slice):
        start, stop = value.start, value.stop
        if start and stop:
            return _("from %(start)s to %(stop)s") % {"start": _local_date(start), "stop": _local_date(stop)}
        if start:
            return _("from %(start)s") % {"start": _local_date(start)}
        return _("until %(stop)s") % {"stop": _local_date(stop)}
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    choices = getattr(field, "choices", None)
    if choices is not None and not hasattr(value, "pk"):
        return str(dict((str(key), label) for key, label in choices).get(str(value), value))
    return str(value)


def _is_set(value) -> bool:
    if isinstance(value, slice):
        return bool(value.start or value.stop)
    return value not in (None, "", [])


def applied_filters(form) -> list[tuple[str, str, str]]:
    """``(name, label, value)`` of each filter the form applies, in the form's order."""
    if form is None or not form.is_valid():
        return []
    return [
        (name, str(field.label), filter_display_value(field, form.cleaned_data[name]))
        for name, field in form.fields.items()
        if _is_set(form.cleaned_data.get(name))
    ]


def preamble_rows(title: str, filters: list[tuple[str, str, str]], now=None) -> list[list[str]]:
    """The rows above the table: report, export time, filters; then one empty row."""
    now = timezone.localtime(now)
    rows = [[_("Report"), title], [_("Exported on"), date_format(now, "SHORT_DATETIME_FORMAT")]]
    if filters:
        rows += [[label, value] for _name, label, value in filters]
    else:
        rows.append([_("Filters"), _("None: everything you may see")])
    return rows + [[]]


def export_names(title: str, filters: list[tuple[str, str, str]], today=None) -> tuple[str, str]:
    """``(ascii, vietnamese)`` base file names: the report, the filters that name it, the date."""
    today = today or timezone.localdate()
    by_name = {name: value for name, _label, value in filters}
    parts = [title] + [by_name[name][:PART_LENGTH].strip() for name in FILENAME_FILTERS if name in by_name]
    stamp = today.isoformat()
    ascii_name = "_".join([slugify(part.replace("/", " ")) or "bao-cao" for part in parts] + [stamp])
    readable = " - ".join([part.replace("/", "-") for part in parts] + [stamp])
    return ascii_name, readable
