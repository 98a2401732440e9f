"""The scheduled job (e.g. every morning from cron or a systemd timer): deadline and inactivity reminders.

Idempotent: each reminder is recorded once (unique per learner, kind, subject and period), so a
second run the same day sends nothing. Resumable: it starts by delivering what an interrupted run
recorded but did not send, and every step can be re-run after a crash.
"""

import sys

from django.core.management.base import BaseCommand
from django.utils import timezone

from ...models import Assignment
from ...services import (
    assignment_notices_record,
    deadline_reminders_record,
    inactivity_reminders_record,
    notifications_resume,
)


class Command(BaseCommand):
    help = "Send required-course deadline reminders and inactivity reminders (safe to run twice)."

    def _progress(self, label):
        interactive = sys.stdout.isatty()

        def show(done, total):
            if interactive:
                self.stdout.write(f"\r  {label}: {done}/{total}", ending="")
                if done == total:
                    self.stdout.write("")

        return show

    def handle(self, *args, **options):
        resumed = notifications_resume()
        self.stdout.write(f"Resumed undelivered notifications: {resumed}")
        # Newcomers matched by a change the receivers did not see (e.g. units merged in bulk).
        assignments = list(
            Assignment.objects.filter(deadline__gte=timezone.localdate()).select_related(
                "course", "administrative_unit"
            )
        )
        show = self._progress("Assignment notices")
        told = 0
        for done, assignment in enumerate(assignments, start=1):
            told += assignment_notices_record(assignment=assignment)
            show(done, len(assignments))
        self.stdout.write(f"Assignment notices: {told}")
        deadline = deadline_reminders_record(progress=self._progress("Deadline reminders"))
        self.stdout.write(f"Deadline reminders: {deadline}")
        inactive = inactivity_reminders_record(progress=self._progress("Inactivity reminders"))
        self.stdout.write(f"Inactivity reminders: {inactive}")
        self.stdout.write(self.style.SUCCESS(f"Done: {told + deadline + inactive} new notifications."))
