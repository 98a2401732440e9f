from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")  # noqa: F405
ALLOWED_HOSTS = ["*"]
# Serve hashed static files from the finders so `runserver` works without collectstatic.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Demo staff sign in without an authenticator app, so a newcomer can try every role at once
# (README, "Demo accounts"). STAFF_MFA_REQUIRED=1 turns the production rule on; production
# refuses to start with it off (elearn.accounts.checks).
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", False)  # noqa: F405
