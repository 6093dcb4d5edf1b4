"""Cells a spreadsheet must not run or reinterpret, and how the import undoes that.

Export (CSV and .xlsx): a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would be run as a formula by Excel or LibreOffice (CSV injection,
OWASP). It gets a leading apostrophe, as OWASP recommends; so does a cell that already
starts with an apostrophe, so that the import can tell the two apart. IDs made only of
digits with a leading zero ("0042") get one too: spreadsheets keep them as text then.

Import: :func:`restore` removes exactly that one apostrophe again, so a round trip
gives the same values. A lone apostrophe before ordinary text ("'s Gravenhage") stays.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
_ESCAPED = (*TRIGGERS, _QUOTE)


def _zero_id(text: str) -> bool:
    return len(text) > 1 and text[0] == "0" and text.isdigit()


def neutralise(text: str) -> str:
    """``text`` as a cell no spreadsheet runs as a formula."""
    if text.startswith(_ESCAPED):
        return _QUOTE + text
    return text


def neutralise_id(text: str) -> str:
    """An ID cell: also keeps "0042" text in a spreadsheet."""
    if _zero_id(text):
        return _QUOTE + text
    return neutralise(text)


def restore(text: str) -> str:
    """The value :func:`neutralise` or :func:`neutralise_id` was given."""
    if text.startswith(_QUOTE):
        rest = text[1:]
        if rest.startswith(_ESCAPED) or _zero_id(rest):
            return rest
    return text
