import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from home.demo import DEMO_PASSWORD, DEMO_PHONE_RESIDENT, DEMO_USERS, build_demo_site, demo_site_is_loaded
from training.demo import MANAGER, build_training_demo


class Command(BaseCommand):
    help = "Build the demo site: pages, administrative units, demo users and courses (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Run even when DEBUG is off (demo users have published passwords).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Build again even when the demo site is already loaded (the builder keeps what exists).",
        )

    def handle(self, *args, allow_production=False, force=False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError("Demo data has well-known passwords; use --allow-production to load it anyway.")
        if not force and demo_site_is_loaded():
            self.stdout.write(_("The demo site is already loaded (load_demo --force builds it again)."))
        else:
            self.build()
        self.list_accounts()

    def build(self):
        started = last = time.monotonic()
        steps = []

        def progress(message):
            nonlocal last
            now = time.monotonic()
            if steps:
                self.stdout.write(_("    done in %(seconds).0f s") % {"seconds": now - last})
            steps.append(message)
            last = now
            self.stdout.write(_("Demo site: %(step)s…") % {"step": message})
            self.stdout.flush()

        build_demo_site(progress=progress)
        progress(_("required training"))
        build_training_demo(password=DEMO_PASSWORD)
        progress(_("search index"))
        call_command("update_index", verbosity=0)
        self.stdout.write(_("    done in %(seconds).0f s") % {"seconds": time.monotonic() - last})
        self.stdout.write(_("Demo site built in %(seconds).0f s.") % {"seconds": time.monotonic() - started})

    def list_accounts(self):
        self.stdout.write(
            self.style.SUCCESS(
                _("Demo site ready. Demo accounts (password %(password)s):") % {"password": DEMO_PASSWORD}
            )
        )
        for email, full_name, role, *_rest in DEMO_USERS:
            self.stdout.write(f"  {role:<10} {email:<28} {full_name}")
        self.stdout.write(
            f"  {'manager':<10} {MANAGER[0]:<28} {MANAGER[1]} (Quản lý cơ quan, Sở Khoa học và Công nghệ)"
        )
        _phone, typed, full_name, _unit = DEMO_PHONE_RESIDENT
        note = _("(phone only; SMS codes print here)")
        self.stdout.write(f"  {'resident':<10} {typed:<28} {full_name} {note}")
        if not settings.STAFF_MFA_REQUIRED:
            self.stdout.write("  " + _("Staff sign in without an authenticator app here (STAFF_MFA_REQUIRED is off)."))
