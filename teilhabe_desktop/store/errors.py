"""Errors of the database layer, each with a German message for the user."""

from teilhabe_desktop.core.errors import UserError


class DatabaseOpenError(UserError):
    """The database file cannot be used; the file has not been changed."""


class DatabaseFailure(UserError):
    """Something went wrong while working with a usable database."""

    exit_code = 1
