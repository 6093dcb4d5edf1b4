"""Which separator a CSV file uses: Excel's ``sep=;`` line, or what several rows agree on.

A header alone misleads ("Name, Vorname;Ort" has one of each); the rows below it show
which separator gives the same number of columns line after line.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass

CANDIDATES = (";", ",", "\t", "|")
SAMPLE_CHARS = 64 * 1024  # what the guess looks at
_SAMPLE_ROWS = 30
_SEP_LINE = re.compile(r"^\ufeff?\"?sep=(.)\"?[ \t]*\r?(\n|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Dialect:
    delimiter: str
    text: str  # the text without a ``sep=`` line
    skipped_lines: int  # 1 when a ``sep=`` line was removed: file lines = CSV lines + this


def _row_widths(sample: str, delimiter: str, complete: bool) -> list[int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    widths = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                widths.append(len(row))
            if len(widths) > _SAMPLE_ROWS:
                break
    except csv.Error:
        pass  # an unclosed quote at the end of the sample
    if not complete and len(widths) > 1:
        widths.pop()  # the last row of a cut sample may be cut too
    return widths


def _score(widths: list[int]) -> tuple[int, int, int]:
    """(rows of the most common width, that width, header agrees): higher is better."""
    if not widths:
        return (0, 0, 0)
    width, rows = Counter(widths).most_common(1)[0]
    if width < 2:
        return (0, 0, 0)
    return (rows, width, int(widths[0] == width))


def guess_delimiter(text: str) -> str:
    """The separator the first rows agree on; ";" (German Excel) when nothing tells."""
    complete = len(text) <= SAMPLE_CHARS
    sample = text[:SAMPLE_CHARS]
    best, best_score = ";", (0, 0, 0)
    for delimiter in CANDIDATES:
        score = _score(_row_widths(sample, delimiter, complete))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def detect(text: str) -> Dialect:
    """The separator of ``text``; an Excel ``sep=X`` first line names it and is dropped."""
    match = _SEP_LINE.match(text)
    if match:
        return Dialect(match.group(1), text[match.end() :], 1)
    return Dialect(guess_delimiter(text), text, 0)
