from django.core.management.base import BaseCommand

from elearn.i18n_coverage import coverage


class Command(BaseCommand):
    help = "Print the share of Wagtail admin messages that have a Vietnamese translation, per module."

    def handle(self, *args, **options):
        results = coverage()
        total = sum(r.total for r in results)
        done = sum(r.translated for r in results)
        for r in results:
            self.stdout.write(f"{r.module:<28} {r.translated:>5}/{r.total:<5} {r.percent:6.1f}%")
        self.stdout.write(f"{'all':<28} {done:>5}/{total:<5} {100.0 * done / total:6.1f}%")
