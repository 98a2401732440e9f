from allauth.account.app_settings import EmailVerificationMethod
from allauth.account.models import EmailAddress
from allauth.account.stages import EmailVerificationStage
from django.conf import settings


class EmailVerificationForEmailAccountsStage(EmailVerificationStage):
    """Email verification as ``EMAIL_VERIFICATION_FOR_EMAIL_ACCOUNTS`` says, for accounts with an email.

    allauth refuses ACCOUNT_EMAIL_VERIFICATION = "mandatory" unless every account has an email, and
    residents may sign up with a phone number only; so allauth's setting stays "optional" (phone-only
    accounts verify their number by SMS instead) and this stage asks for the email's verification.
    """

    def handle(self):
        user = self.login.user
        if (
            settings.EMAIL_VERIFICATION_FOR_EMAIL_ACCOUNTS == EmailVerificationMethod.MANDATORY
            and user is not None
            and EmailAddress.objects.filter(user_id=user.pk).exists()
        ):
            self.login.email_verification = EmailVerificationMethod.MANDATORY
        return super().handle()
