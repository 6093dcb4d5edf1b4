"""The catalogue as an Excel workbook (.xlsx), written with openpyxl.

The same columns and cells as the CSV export (:mod:`csv_write`), in one sheet
"Angebote": every cell is a text cell, so IDs ("0042") and postcodes ("07745") keep
their zeros; the ID and PLZ columns are formatted as text ("@") for new entries too.
No cell starts like a formula (:mod:`cell_safety`); characters a workbook cannot hold
(control characters) are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.csv_format import Reference
from teilhabe_desktop.exchange.csv_write import offer_cells
from teilhabe_desktop.exchange.safe_write import atomic_target

Progress = Callable[[int, int], None]
SHEET = "Angebote"
#: Columns formatted as text: what a spreadsheet would otherwise turn into numbers.
TEXT_COLUMNS = frozenset({"id", "organization_id", "postcode", "district_code", "ortsteil_id"})


def _clean(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", text) if text else text


def write_xlsx(
    path: Path | str,
    offers: Iterable[Offer],
    reference: Reference,
    total: int = 0,
    progress: Progress | None = None,
) -> int:
    """Write ``offers`` as one sheet of text cells; returns the number of rows."""
    path = Path(path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET)
    attrs = list(cols.CSV_COLUMNS)
    text_at = [attr in TEXT_COLUMNS for attr in attrs]
    bold = Font(bold=True)
    header = []
    for label in cols.CSV_COLUMNS.values():
        cell = WriteOnlyCell(sheet, value=label)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for offer in offers:
        row = []
        for as_text, value in zip(text_at, offer_cells(offer, reference, typed=True), strict=True):
            value = _clean(value)
            if as_text:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "@"
                row.append(cell)
            else:
                row.append(value)
        sheet.append(row)
        count += 1
        if progress and count % 1000 == 0:
            progress(count, total)
    with atomic_target(path) as tmp:
        book.save(tmp)
    if progress:
        progress(count, total or count)
    return count
