"""Errors the library raises. The CLI turns each into a message naming the file and the reason."""

from __future__ import annotations


class KgError(Exception):
    """Base class: something the user can act on."""


class _FileError(KgError):
    """An error about one file (or feed item): where, and why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # crosses process boundaries intact
        return (type(self), (self.source, self.reason))


class InputError(_FileError):
    """An input that cannot be read as an article or feed: invalid data (exit 1)."""


class GraphFileError(_FileError):
    """A graph file given to validate or query that cannot be parsed: an error (exit 2), not
    invalid article data."""


class UsageError(KgError):
    """A request that cannot be carried out as asked (bad option, unknown format)."""


class GazetteerError(_FileError):
    """A gazetteer file that cannot be used: the file and line, and why (exit 2)."""
