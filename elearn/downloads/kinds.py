"""What can be prepared: ``kind`` → builder. Features register theirs from ``AppConfig.ready``.

A builder is ``build(download, output) -> str``: it writes the file into ``output`` (a binary
temporary file) and returns the file name the owner will see (Vietnamese, with its extension). It
reads with the permissions and scope ``download.owner`` has now, and raises ``DownloadRefused``
with a message for the owner when the file cannot be built for them (permission lost, course gone).
"""

from collections.abc import Callable

_BUILDERS: dict[str, Callable] = {}
_PERMISSIONS: set[str] = set()


class DownloadRefused(Exception):
    """The file cannot be built for its owner; the message (translated) is shown to them."""


def register(kind: str, *, permission: str):
    """Register the builder of ``kind``; ``permission`` is what asking for one takes (the "Prepared
    files" menu item is shown to those who hold one of them)."""

    def decorator(builder: Callable) -> Callable:
        _BUILDERS[kind] = builder
        _PERMISSIONS.add(permission)
        return builder

    return decorator


def may_ask_for_any(user) -> bool:
    return any(user.has_perm(permission) for permission in sorted(_PERMISSIONS))


def builder_for(kind: str) -> Callable:
    return _BUILDERS[kind]
