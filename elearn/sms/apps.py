from django.apps import AppConfig


class SMSConfig(AppConfig):
    name = "elearn.sms"
    label = "sms"
    verbose_name = "SMS"

    def ready(self):
        from . import checks  # noqa: F401
