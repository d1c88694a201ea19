"""Exceptions the core raises. Their text is already in the user's language (see core.i18n)."""
from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused action: shown to the clerk as is; nothing was written."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(UserError):
    """One or more fields or cells are wrong. `problems` lists (where, message) pairs, e.g. ("D9", "…")."""

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None, *, field: str | None = None):
        super().__init__(message, field=field)
        self.problems = problems or []


class DatabaseTooNew(UserError):
    """The database was written by a newer version of the app."""
