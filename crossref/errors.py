"""Errors raised by crossref.

::

    CrossrefError                     base of everything crossref raises
    ├── InputError(ValueError)        bad input: a file, a record, a value
    │   └── DecodeError               bytes that are not text in the expected encoding
    ├── ConfigError(ValueError)       a setting out of its range
    └── ModelError(RuntimeError)      the embedding model cannot be loaded or used

Each error says what was wrong, where, and what to do next; input errors carry
``path`` (and, where known, ``offset`` or ``line``) so callers can act on them.
"""

from __future__ import annotations


class CrossrefError(Exception):
    """Base class of every error crossref raises."""


class InputError(CrossrefError, ValueError):
    """An input (file, record, text) cannot be used.

    Attributes:
        path: the file or record the problem is in, if known.
        line: the 1-based line of a JSON Lines record, if that is where it is.
        reason: what was wrong, without the place and without the advice (what a
            report lists for a skipped input).
    """

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None, reason: str | None = None
    ) -> None:
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.line = line
        self.reason = reason or message


class DecodeError(InputError):
    """A file's bytes are not valid text.

    Attributes:
        offset: the byte offset of the first byte that could not be decoded.
    """

    def __init__(self, message: str, *, path: str, offset: int, reason: str | None = None) -> None:
        super().__init__(message, path=path, reason=reason)
        self.offset = offset


class ConfigError(CrossrefError, ValueError):
    """A setting is outside its allowed range or of the wrong type."""


class ModelError(CrossrefError, RuntimeError):
    """The embedding model cannot be loaded or used."""
