from allauth.core.exceptions import RateLimited
from allauth.core.ratelimit import respond_429

from elearn.sms import SMSBudgetExceeded


class RateLimitedMiddleware:
    """A "too many requests" page instead of a 500 when a limit is reached deep inside a flow.

    allauth raises ``RateLimited`` from its sign-in and sign-up stages when the SMS for a code would
    go over the per-number limit, and ``send_sms`` raises ``SMSBudgetExceeded`` past the daily budget;
    neither is caught there (research note §1.9).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, RateLimited | SMSBudgetExceeded):
            return respond_429(request)
        return None
