from django.core.management.base import BaseCommand

from elearn.downloads.services import prepared_downloads_delete_expired


class Command(BaseCommand):
    help = "Delete prepared downloads (certificate ZIPs, large exports) past their expiry, with their files. Run daily."

    def handle(self, *args, **options):
        deleted = prepared_downloads_delete_expired()
        self.stdout.write(f"Deleted {deleted} expired prepared downloads.")
