from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from home.demo import DEMO_PASSWORD, DEMO_PHONE_RESIDENT, DEMO_USERS, build_demo_site


class Command(BaseCommand):
    help = "Build the demo site: pages, administrative units, demo users and courses (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even when DEBUG is off (demo users have published passwords).",
        )

    def handle(self, *args, allow_production=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError("Demo data has well-known passwords; use --allow-production to load it anyway.")
        build_demo_site()
        from training.demo import MANAGER, build_training_demo

        build_training_demo(password=DEMO_PASSWORD)
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Demo site ready. Demo accounts (password {DEMO_PASSWORD}):"))
        for email, full_name, role, *_ in DEMO_USERS:
            self.stdout.write(f"  {role:<10} {email:<28} {full_name}")
        self.stdout.write(
            f"  {'manager':<10} {MANAGER[0]:<28} {MANAGER[1]} (Quản lý cơ quan, Sở Khoa học và Công nghệ)"
        )
        _phone, typed, full_name, _unit = DEMO_PHONE_RESIDENT
        self.stdout.write(f"  {'resident':<10} {typed:<28} {full_name} (phone only; SMS codes print here)")
        if not settings.STAFF_MFA_REQUIRED:
            self.stdout.write("  Staff sign in without an authenticator app here (STAFF_MFA_REQUIRED is off).")
