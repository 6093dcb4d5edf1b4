"""Errors whose message is meant for the user (German, no personal data)."""


class UserError(Exception):
    """An error with a clear German message that can be shown as it is.

    ``exit_code`` follows the command-line contract: 2 for bad input, 1 for failures.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
