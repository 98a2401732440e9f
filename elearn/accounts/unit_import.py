"""Load administrative units from CSV: validate every row first, then write all or nothing."""

import csv
from dataclasses import dataclass, field
from typing import TextIO

from django.db import transaction
from django.utils.translation import gettext as _

from .models import AdministrativeUnit

Level = AdministrativeUnit.Level
REQUIRED_COLUMNS = ("code", "name", "level", "parent_code")
# Officials' spreadsheets say "xã" or "phường" rather than "commune".
LEVEL_ALIASES = {
    "province": Level.PROVINCE,
    "tỉnh": Level.PROVINCE,
    "thành phố trực thuộc trung ương": Level.PROVINCE,
    "district": Level.DISTRICT,
    "huyện": Level.DISTRICT,
    "quận": Level.DISTRICT,
    "thị xã": Level.DISTRICT,
    "commune": Level.COMMUNE,
    "xã": Level.COMMUNE,
    "phường": Level.COMMUNE,
    "đặc khu": Level.COMMUNE,
}


# Optional column "active": empty means active; 0 marks a merged/dissolved unit kept for history.
ACTIVE_VALUES = {"": True, "1": True, "yes": True, "có": True, "0": False, "no": False, "không": False}


class UnitImportError(Exception):
    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class UnitImportResult:
    created: int = 0
    updated: int = 0
    codes: list[str] = field(default_factory=list)


def _parse(file: TextIO) -> tuple[list[dict], list[str]]:
    errors: list[str] = []
    reader = csv.DictReader(file)
    header = [(name or "").strip().lstrip("\ufeff") for name in (reader.fieldnames or [])]
    missing = [col for col in REQUIRED_COLUMNS if col not in header]
    if missing:
        return [], [_("The file is missing the columns: %(columns)s.") % {"columns": ", ".join(missing)}]
    reader.fieldnames = header
    rows, seen = [], {}
    for line_no, raw in enumerate(reader, start=2):
        if None in raw:
            errors.append(_("Line %(line)d: too many values.") % {"line": line_no})
            continue
        row = {key: (value or "").strip() for key, value in raw.items()}
        if not any(row.values()):
            continue
        code, name = row["code"], row["name"]
        level = LEVEL_ALIASES.get(row["level"].lower())
        if not code:
            errors.append(_("Line %(line)d: the code is empty.") % {"line": line_no})
        elif code in seen:
            errors.append(
                _("Line %(line)d: code %(code)s already appears on line %(first)d.")
                % {"line": line_no, "code": code, "first": seen[code]}
            )
        else:
            seen[code] = line_no
        if not name:
            errors.append(_("Line %(line)d: the name is empty.") % {"line": line_no})
        if level is None:
            errors.append(
                _("Line %(line)d: unknown level “%(level)s” (use province, district or commune).")
                % {"line": line_no, "level": row["level"]}
            )
        active = row.get("active", "").lower()
        if active not in ACTIVE_VALUES:
            errors.append(
                _("Line %(line)d: “active” must be 1 or 0, not “%(value)s”.") % {"line": line_no, "value": active}
            )
        rows.append(
            {
                "line": line_no,
                "code": code,
                "name": name,
                "level": level,
                "parent_code": row["parent_code"],
                "is_active": ACTIVE_VALUES.get(active, True),
            }
        )
    return rows, errors


def _check_parents(rows: list[dict]) -> list[str]:
    errors = []
    in_file = {row["code"]: row for row in rows}
    parent_codes = {row["parent_code"] for row in rows if row["parent_code"]} - set(in_file)
    in_db = dict(AdministrativeUnit.objects.filter(code__in=parent_codes).values_list("code", "level"))
    for row in rows:
        parent_code = row["parent_code"]
        if parent_code and parent_code not in in_file and parent_code not in in_db:
            errors.append(
                _("Line %(line)d: parent unit %(code)s does not exist.") % {"line": row["line"], "code": parent_code}
            )
            continue
        parent_level = None
        if parent_code:
            parent_level = in_file[parent_code]["level"] if parent_code in in_file else in_db[parent_code]
        if row["level"] is not None and parent_level not in AdministrativeUnit.ALLOWED_PARENTS[row["level"]]:
            errors.append(
                _("Line %(line)d: a unit of level “%(level)s” cannot be placed under “%(parent)s”.")
                % {"line": row["line"], "level": Level(row["level"]).label, "parent": parent_code or "—"}
            )
    return errors


def _ordered(rows: list[dict]) -> list[dict]:
    """Parents before children (levels are strictly nested, so level order is enough)."""
    rank = {Level.PROVINCE: 0, Level.DISTRICT: 1, Level.COMMUNE: 2}
    return sorted(rows, key=lambda row: rank[row["level"]])


def administrative_units_import(*, file: TextIO, progress=None) -> UnitImportResult:
    """Validate the whole CSV, then create or update every unit in one transaction.

    ``progress(done)``, if given, is called as units are written (the command shows it).

    Raises ``UnitImportError`` listing every bad row; in that case nothing is written.
    """
    rows, errors = _parse(file)
    if not errors:
        errors = _check_parents(rows)
    if not errors and not rows:
        errors = [_("The file has no rows.")]
    if errors:
        raise UnitImportError(errors)

    result = UnitImportResult()
    with transaction.atomic():
        units = {u.code: u for u in AdministrativeUnit.objects.filter(code__in=[r["code"] for r in rows])}
        for done, row in enumerate(_ordered(rows), start=1):
            unit = units.get(row["code"]) or AdministrativeUnit(code=row["code"])
            created = unit.pk is None
            parent = None
            if row["parent_code"]:
                parent = units.get(row["parent_code"]) or AdministrativeUnit.objects.get(code=row["parent_code"])
            unit.name, unit.level, unit.parent = row["name"], row["level"], parent
            unit.is_active = row["is_active"]
            unit.full_clean(exclude=["path"])
            unit.save()
            units[unit.code] = unit
            result.created += created
            result.updated += not created
            result.codes.append(unit.code)
            if progress and (done % 50 == 0 or done == len(rows)):
                progress(done)
    return result
