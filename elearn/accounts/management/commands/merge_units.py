"""Merge administrative units: ``manage.py merge_units C1 C2 --into C9 --date 2025-07-01 [--name "Xã Mới"]``."""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from elearn.accounts.merges import units_merge
from elearn.accounts.models import AdministrativeUnit


class Command(BaseCommand):
    help = (
        "Merge administrative units into one from a date: learners, organisations, targets and teams move; "
        "reports for earlier periods still show the old units. All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("codes", nargs="+", help="Codes of the units to merge.")
        parser.add_argument("--into", required=True, help="Code of the unit they become.")
        parser.add_argument("--date", required=True, help="The day the merge takes effect (YYYY-MM-DD).")
        parser.add_argument("--name", default="", help="Name of the new unit, when --into does not exist yet.")
        parser.add_argument("--note", default="", help="E.g. the resolution's number.")

    def handle(self, *args, codes, into, date: str, name: str, note: str, **options):
        try:
            effective_on = _parse_date(date)
        except ValueError as exc:
            raise CommandError(_("The date must look like 2025-07-01.")) from exc
        sources = list(AdministrativeUnit.objects.filter(code__in=codes))
        missing = sorted(set(codes) - {unit.code for unit in sources})
        if missing:
            raise CommandError(
                _("No unit has these codes: %(codes)s. Nothing was changed.") % {"codes": ", ".join(missing)}
            )
        try:
            with transaction.atomic():
                target, created = self._target(into, name, sources)
                result = units_merge(
                    sources=sources,
                    target=target,
                    effective_on=effective_on,
                    target_created=created,
                    note=note,
                    progress=self._progress,
                )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages) + " " + _("Nothing was changed.")) from exc
        moved = ", ".join(f"{label}: {count}" for label, count in result.moved_elsewhere.items())
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Merged %(sources)s into %(target)s from %(date)s: %(learners)d learners, "
                    "%(organisations)d organisations, %(children)d units below moved."
                )
                % {
                    "sources": ", ".join(unit.name for unit in sources),
                    "target": target.name,
                    "date": effective_on.strftime("%d/%m/%Y"),
                    "learners": result.learners,
                    "organisations": result.organisations,
                    "children": result.child_units,
                }
                + (f" ({moved})" if moved else "")
            )
        )

    def _target(self, code: str, name: str, sources) -> tuple[AdministrativeUnit, bool]:
        target = AdministrativeUnit.objects.filter(code=code).first()
        if target is not None:
            return target, False
        if not name:
            raise CommandError(_("No unit has the code %(code)s: give --name to create it.") % {"code": code})
        parent = sources[0].parent if sources else None
        target = AdministrativeUnit(code=code, name=name, level=sources[0].level, parent=parent)
        target.full_clean()
        target.save()
        return target, True

    def _progress(self, done: int, total: int) -> None:
        self.stdout.write(_("  %(done)d / %(total)d learners moved") % {"done": done, "total": total})


def _parse_date(text: str) -> date:
    return date.fromisoformat(text)
