from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from elearn.accounts.unit_import import UnitImportError, administrative_units_import
from elearn.ops.progress import Progress

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "data" / "nghe_an_units.csv"


class Command(BaseCommand):
    help = "Load administrative units (province, historical districts, communes/wards) from a CSV file."

    def add_arguments(self, parser):
        parser.add_argument("csv_file", nargs="?", default=str(DEFAULT_CSV))

    def handle(self, *args, csv_file, **options):
        path = Path(csv_file)
        if not path.exists():
            raise CommandError(_("File not found: %(path)s") % {"path": path})
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                total = max(sum(1 for _line in fh) - 1, 1)  # data rows, for the progress line
                fh.seek(0)
                progress = Progress(self.stdout, _("Administrative units"), total)
                result = administrative_units_import(file=fh, progress=progress)
        except UnicodeDecodeError as exc:
            raise CommandError(_("The file is not UTF-8 text. Nothing was loaded.")) from exc
        except UnitImportError as exc:
            lines = "\n".join(f"  - {error}" for error in exc.errors)
            raise CommandError(_("The file has errors. Nothing was loaded.") + "\n" + lines) from exc
        self.stdout.write(
            self.style.SUCCESS(
                _("Loaded %(created)d new and %(updated)d updated units.")
                % {"created": result.created, "updated": result.updated}
            )
        )
