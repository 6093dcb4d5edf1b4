"""CSV export of the catalogue: the documented columns, German labels, safe cells.

UTF-8 with BOM, ";" separated, CRLF: German Excel opens it with a double click. No cell
starts like a formula and IDs such as "0042" stay text (:mod:`cell_safety`).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Offer
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.offer_fields import OFFER_FIELDS, Kind, OfferField
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.cell_safety import neutralise, neutralise_id
from teilhabe_desktop.exchange.csv_format import Reference
from teilhabe_desktop.exchange.safe_write import atomic_target

Progress = Callable[[int, int], None]
#: The fields a CSV row holds (all but ``extra``), in column order.
CSV_FIELDS = tuple(f for f in OFFER_FIELDS if f.csv is not None or f.kind is Kind.ACCESSIBILITY)
#: Columns that hold IDs: "0042" is written so that a spreadsheet keeps the zeros.
ID_ATTRS = frozenset({"id", "organization_id"})


def _optional(value) -> str:
    return value or ""


def _int_cell(value) -> str:
    return "" if value is None else str(value)


def _datetime_cell(value) -> str:
    return value.isoformat() if value else ""


def _label(value) -> str:
    return value.label


def _joined(value) -> str:
    return "; ".join(value)


#: kind -> the CSV cell of a value (German labels and dates, as people read them).
_CELLS: dict[Kind, Callable[[object], str]] = {
    Kind.OPTIONAL_TEXT: _optional,
    Kind.TEXT_LIST: _joined,
    Kind.BOOL: cols.format_bool,
    Kind.INT: _int_cell,
    Kind.FLOAT: cols.format_float,
    Kind.DATE: german_date,
    Kind.DATETIME: _datetime_cell,
    Kind.ENUM: _label,
    Kind.SCHEDULES: cols.format_schedules,
}
CellWriter = Callable[[Offer, Reference], str]
_SPECIAL_CELLS: dict[str, CellWriter] = {
    "category_ids": lambda offer, ref: "; ".join(
        ref.categories.get(c, c) for c in offer.category_ids
    ),
    "mainstream": lambda offer, _ref: "Regelangebot" if offer.mainstream else "Fachangebot",
    "sozialraum_id": lambda offer, ref: (
        ref.sozialraeume.get(offer.sozialraum_id or "", "") if offer.sozialraum_id else ""
    ),
}


def _access_cell(key: str) -> CellWriter:
    return lambda offer, _ref: offer.access(key).label


def _field_cell(spec: OfferField) -> CellWriter:
    attr, convert = spec.attr, _CELLS.get(spec.kind)
    if convert is None:  # text as it is
        return lambda offer, _ref: getattr(offer, attr)
    return lambda offer, _ref: convert(getattr(offer, attr))


def _cell_writers() -> tuple[CellWriter, ...]:
    """One function per CSV column, in the order of :data:`cols.CSV_COLUMNS`."""
    writers: list[CellWriter] = []
    for spec in CSV_FIELDS:
        if spec.kind is Kind.ACCESSIBILITY:
            writers.extend(_access_cell(key) for key in ACCESSIBILITY_FEATURES)
        else:
            writers.append(_SPECIAL_CELLS.get(spec.attr) or _field_cell(spec))
    return tuple(writers)


_CELL_WRITERS = _cell_writers()


_SAFE = tuple(neutralise_id if attr in ID_ATTRS else neutralise for attr in cols.CSV_COLUMNS)
_SAFE_TYPED = tuple(neutralise for _attr in cols.CSV_COLUMNS)


def offer_cells(offer: Offer, reference: Reference, typed: bool = False) -> list[str]:
    """The cells of ``offer`` as written: none runs as a formula, IDs stay text.

    ``typed``: for a workbook whose cells are text cells anyway, where "0042" needs no mark.
    """
    safe = _SAFE_TYPED if typed else _SAFE
    return [mark(write(offer, reference)) for mark, write in zip(safe, _CELL_WRITERS, strict=True)]


def write_csv(
    path: Path | str,
    offers: Iterable[Offer],
    reference: Reference,
    total: int = 0,
    progress: Progress | None = None,
) -> int:
    """Write ``offers`` in the documented layout; returns the number of rows."""
    path = Path(path)
    count = 0
    with atomic_target(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(list(cols.CSV_COLUMNS.values()))
        for offer in offers:
            writer.writerow(offer_cells(offer, reference))
            count += 1
            if progress and count % 1000 == 0:
                progress(count, total)
    if progress:
        progress(count, total or count)
    return count
