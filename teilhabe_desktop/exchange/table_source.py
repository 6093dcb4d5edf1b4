"""A list of rows with a header, from a CSV file or a spreadsheet, for the column import.

:class:`Table` is what :mod:`csv_format` reads offers from: the header, the first rows
(for guessing columns) and then every row with the line number a person sees in the
file or the spreadsheet. Cells are text as the person saw them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from teilhabe_desktop.exchange import csv_dialect
from teilhabe_desktop.exchange.catalogue_import import ImportFileError
from teilhabe_desktop.exchange.text_files import scan_text_file

csv.field_size_limit(64 * 1024 * 1024)
SAMPLE_ROWS = 200
Rows = Iterator[tuple[int, list[str]]]  # (line number, cells)


@dataclass
class Table:
    file: str  # the file's name, for messages
    format: str  # German, e.g. "CSV (UTF-8, Trennzeichen „;“)"
    headers: list[str]
    sample: list[list[str]]  # the first rows, for guessing what the columns hold
    rows: Rows  # every row (the sample included), read once
    total_lines: int  # for progress reports
    sheets: list[str] = field(default_factory=list)  # of a workbook; empty for CSV
    sheet: str | None = None
    header_line: int = 1  # line of the header in the file (after a ``sep=`` line: 2)


def with_sample(rows: Rows) -> tuple[list[list[str]], Rows]:
    """The first :data:`SAMPLE_ROWS` rows and an iterator over all of them."""
    head = list(islice(rows, SAMPLE_ROWS))
    return [values for _line, values in head], chain(head, rows)


def _csv_rows(reader, file: str, offset: int) -> Rows:
    line = reader.line_num
    try:
        for values in reader:
            start, line = line + 1, reader.line_num
            yield start + offset, values
    except csv.Error as exc:
        raise ImportFileError(
            f"Die Datei „{file}“ ist beschädigt oder unvollständig (Zeile "
            f"{reader.line_num + offset}: {exc}). Es wurde nichts übernommen."
        ) from None


def _text_lines(path: Path, codec: str, skip: int) -> Iterator[str]:
    """The file's lines as ``csv.reader`` wants them, read as a stream; the first ``skip``
    lines (Excel's ``sep=`` line) left out."""
    with path.open(encoding=codec, newline="") as handle:
        for _ in range(skip):
            handle.readline()
        yield from handle


def csv_table(path: Path) -> Table:
    """The rows of a CSV file, read as a stream. Raises :class:`ImportFileError`."""
    info = scan_text_file(path)
    with path.open(encoding=info.codec, newline="") as handle:
        head = handle.read(csv_dialect.SAMPLE_CHARS + 1)
    dialect = csv_dialect.detect(head)
    reader = csv.reader(
        _text_lines(path, info.codec, dialect.skipped_lines),
        delimiter=dialect.delimiter,
        strict=True,
    )
    try:
        headers = [h.strip() for h in next(reader)]
    except (StopIteration, csv.Error):
        raise ImportFileError(f"Die Datei „{path.name}“ hat keine lesbare Kopfzeile.") from None
    separator = "Tab" if dialect.delimiter == "\t" else dialect.delimiter
    sample, rows = with_sample(_csv_rows(reader, path.name, dialect.skipped_lines))
    return Table(
        path.name,
        f"CSV ({info.encoding}, Trennzeichen „{separator}“)",
        headers,
        sample,
        rows,
        info.lines,
        header_line=1 + dialect.skipped_lines,
    )
