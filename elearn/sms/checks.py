from django.conf import settings
from django.core.checks import Error, Tags, register

DEVELOPMENT_BACKENDS = {
    "elearn.sms.backends.locmem.SMSBackend",
    "elearn.sms.backends.console.SMSBackend",
    "elearn.sms.backends.file.SMSBackend",
}


@register(Tags.security, deploy=True)
def check_sms_gateway(app_configs=None, **kwargs):
    """In production residents must receive their codes: a development backend would drop them."""
    if settings.SMS_BACKEND in DEVELOPMENT_BACKENDS:
        return [
            Error(
                f"SMS_BACKEND is {settings.SMS_BACKEND}: residents would never receive their codes.",
                hint="Set SMS_BACKEND=elearn.sms.backends.http.SMSBackend with SMS_GATEWAY_URL and SMS_GATEWAY_TOKEN.",
                id="elearn.sms.E001",
            )
        ]
    if settings.SMS_BACKEND == "elearn.sms.backends.http.SMSBackend" and not (
        settings.SMS_GATEWAY_URL.startswith("https://") and settings.SMS_GATEWAY_TOKEN
    ):
        return [
            Error(
                "The HTTP SMS backend needs an https SMS_GATEWAY_URL and an SMS_GATEWAY_TOKEN.",
                id="elearn.sms.E002",
            )
        ]
    return []
