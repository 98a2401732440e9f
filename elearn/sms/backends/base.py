class SMSError(Exception):
    """The message could not be handed to the gateway; the task fails and is retried."""


class BaseSMSBackend:
    def send(self, *, to: str, text: str) -> None:
        raise NotImplementedError
