"""Development and browser tests: one JSON line per message in ``SMS_FILE_PATH``.

A browser test (another thread, or another process) reads the code the resident was sent with
``read_messages()``; a developer can ``tail -f`` the file.
"""

import json
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from .base import BaseSMSBackend


def _path() -> Path:
    return Path(settings.SMS_FILE_PATH)


def read_messages() -> list[dict]:
    path = _path()
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class SMSBackend(BaseSMSBackend):
    def send(self, *, to: str, text: str) -> None:
        path = _path()
        path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"to": to, "text": text, "at": timezone.now().isoformat()}, ensure_ascii=False)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
