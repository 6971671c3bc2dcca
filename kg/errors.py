"""Errors the library raises. The CLI turns each into a message naming the file and the reason."""

from __future__ import annotations


class KgError(Exception):
    """Base class: something the user can act on."""


class InputError(KgError):
    """An input that cannot be read as an article or feed."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # crosses process boundaries intact
        return (type(self), (self.source, self.reason))


class UsageError(KgError):
    """A request that cannot be carried out as asked (bad option, unknown format)."""


class GraphFileError(KgError):
    """A graph file given to validate or query that cannot be parsed: an error (exit 2), not
    invalid article data."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # crosses process boundaries intact
        return (type(self), (self.path, self.reason))
