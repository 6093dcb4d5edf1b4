"""CSV import and export of the catalogue (German Excel and what people send).

Export: the columns of :data:`CSV_COLUMNS`, UTF-8 with BOM, ";" separated, CRLF.
Import: see :func:`inspect_csv` (headers found and their meaning) and :func:`read_csv`.

This file is meant for people who edit it in a spreadsheet, so it stays German through
and through: German column names, dates as TT.MM.JJJJ, and costs, status and
accessibility as their German labels (``"kostenlos"``, ``"aktiv"``, ``"ja"``), not as
the stable codes the database and the JSON files store. The import accepts the label,
the stable code (``"free"``) and common spellings (see ``csv_columns``); a label that is
reworded later is still read through the frozen values of ``core.codes``.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
)
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.offer_fields import (
    OFFER_FIELDS,
    Kind,
    OfferField,
    accessibility_column,
)
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    Incoming,
    ReadResult,
    RowProblem,
)
from teilhabe_desktop.exchange.safe_write import atomic_target
from teilhabe_desktop.exchange.text_files import decode_text, read_bytes

csv.field_size_limit(64 * 1024 * 1024)
Progress = Callable[[int, int], None]
FIELD_LABELS = cols.CSV_COLUMNS


@dataclass(frozen=True)
class Reference:
    """Names the importer understands: categories and Sozialräume (id -> name)."""

    categories: dict[str, str]
    sozialraeume: dict[str, str]

    @cached_property
    def _category_keys(self) -> dict[str, str]:
        keys = {fold(name): cid for cid, name in self.categories.items()}
        keys.update({fold(cid): cid for cid in self.categories})
        return keys

    @cached_property
    def _sozialraum_keys(self) -> dict[str, str]:
        keys = {fold(name): sid for sid, name in self.sozialraeume.items()}
        keys.update({fold(sid): sid for sid in self.sozialraeume})
        return keys

    def category_id(self, text: str) -> str | None:
        return self._category_keys.get(_folded(text))

    def sozialraum_id(self, text: str) -> str | None:
        return self._sozialraum_keys.get(_folded(text))


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)


@dataclass
class CsvLayout:
    """What the file's header says, for the column-mapping step."""

    file: str
    encoding: str
    delimiter: str
    headers: list[str]
    mapping: dict[str, str | None] = field(default_factory=dict)  # header -> attribute
    unknown: list[str] = field(default_factory=list)

    @property
    def missing_required(self) -> list[str]:
        return [] if "name" in self.mapping.values() else ["name"]


def _delimiter(first_line: str) -> str:
    counts = {d: 0 for d in (";", ",", "\t")}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _load(path: Path) -> tuple[str, str, str]:
    text, encoding = decode_text(read_bytes(path), path.name)
    first = text.split("\n", 1)[0]
    return text, encoding, _delimiter(first)


def _layout(path: Path, encoding: str, delimiter: str, headers: list[str], mapping) -> CsvLayout:
    layout = CsvLayout(path.name, encoding, delimiter, headers)
    used: set[str] = set()
    for header in headers:
        attr = mapping[header] if mapping and header in mapping else cols.guess_attribute(header)
        if attr is not None and (attr in used or attr not in cols.CSV_COLUMNS):
            attr = None
        layout.mapping[header] = attr
        if attr is None:
            if header.strip():
                layout.unknown.append(header)
        else:
            used.add(attr)
    return layout


def inspect_csv(path: Path | str, mapping: dict[str, str | None] | None = None) -> CsvLayout:
    """Encoding, separator, headers and their guessed meaning. Reads only."""
    path = Path(path)
    text, encoding, delimiter = _load(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = next(reader)
    except (StopIteration, csv.Error):
        raise ImportFileError(f"Die Datei „{path.name}“ hat keine lesbare Kopfzeile.") from None
    return _layout(path, encoding, delimiter, [h.strip() for h in headers], mapping)


def stable_id(name: str, street: str, postcode: str, place: str) -> str:
    """Id for rows without one: the same row gets the same id on every import."""
    key = "|".join(fold(v) for v in (name, street, postcode, place))
    return "csv-" + str(uuid.uuid5(uuid.NAMESPACE_URL, "teilhabe-offer:" + key))


def read_csv(
    path: Path | str,
    reference: Reference,
    mapping: dict[str, str | None] | None = None,
    progress: Progress | None = None,
) -> ReadResult:
    """Read offers from a CSV file. Raises :class:`ImportFileError` for unusable files."""
    path = Path(path)
    text, encoding, delimiter = _load(path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    result = ReadResult(format=f"CSV ({encoding}, Trennzeichen „{delimiter}“)".replace("\t", "Tab"))
    try:
        headers = [h.strip() for h in next(reader)]
        layout = _layout(path, encoding, delimiter, headers, mapping)
        if layout.missing_required:
            raise ImportFileError(
                f"In „{path.name}“ fehlt die Spalte „Name“ (gefunden: "
                f"{', '.join(h for h in headers if h) or 'keine'}). "
                "Bitte ordnen Sie die Spalten zu."
            )
        for header in layout.unknown:
            result.warnings.append(
                RowProblem(path.name, 1, header, "Unbekannte Spalte; Inhalt wird nur mitgeführt.")
            )
        shape = _RowShape.of(layout, headers)
        total_lines = text.count("\n") + 1
        line = reader.line_num
        rows = 0
        for values in reader:
            start, line = line + 1, reader.line_num
            if not any(v.strip() for v in values):
                continue
            rows += 1
            _read_row(result, path.name, start, shape, values, reference)
            if progress and rows % 1000 == 0:
                progress(line, total_lines)
    except csv.Error as exc:
        raise ImportFileError(
            f"Die Datei „{path.name}“ ist beschädigt oder unvollständig (Zeile "
            f"{reader.line_num}: {exc}). Es wurde nichts übernommen."
        ) from None
    if rows == 0:
        raise ImportFileError(
            f"Die Datei „{path.name}“ enthält nur die Kopfzeile und keine Angebote."
        )
    if progress:
        progress(total_lines, total_lines)
    return result


@dataclass
class _RowShape:
    """How the cells of a row become offer attributes (the same for every row of a file)."""

    width: int
    mapped: list[tuple[int, str]]  # (column index, attribute)
    unmapped: list[tuple[int, str]]  # (column index, header) of columns only carried along
    columns: dict[str, str]  # attribute -> header, shared by every row (read only)

    @classmethod
    def of(cls, layout: CsvLayout, headers: list[str]) -> _RowShape:
        mapped, unmapped, columns = [], [], {}
        for index, header in enumerate(headers):
            attr = layout.mapping.get(header)
            if attr is None:
                if header:
                    unmapped.append((index, header))
                continue
            mapped.append((index, attr))
            columns[attr] = header
            if attr.startswith("acc_"):
                columns.setdefault("accessibility", header)
        return cls(len(headers), mapped, unmapped, columns)


def _read_row(result, file, line, shape: _RowShape, values, reference: Reference) -> None:
    if len(values) != shape.width:
        result.invalid.append(
            RowProblem(
                file,
                line,
                "",
                f"Die Zeile hat {len(values)} statt {shape.width} Spalten (Trennzeichen oder "
                "Anführungszeichen prüfen).",
            )
        )
        return
    cells = {attr: values[index] for index, attr in shape.mapped}
    extra = {header: values[index] for index, header in shape.unmapped if values[index].strip()}
    problems: list[RowProblem] = []
    offer = _offer_from_cells(
        cells, reference, file, line, shape.columns, problems, result.warnings
    )
    if problems:
        result.invalid.extend(problems)
        return
    if extra:
        offer.extra.setdefault("csv", {}).update(extra)
    result.incoming.append(Incoming(offer, file, line, shape.columns))


class _CellReader:
    """Reads the cells of one row into offer attributes, field by field of the map."""

    def __init__(self, cells, reference: Reference, file, line, columns, problems, warnings):
        self.cells = cells
        self.reference = reference
        self.file, self.line, self.columns = file, line, columns
        self.problems, self.warnings = problems, warnings
        self.extra: dict = {}

    def get(self, attr: str) -> str:
        return (self.cells.get(attr) or "").strip()

    def parse(self, attr: str, parser, default=None, empty=None):
        text = self.cells.get(attr)
        if not text:
            return empty  # what ``parser("")`` gives, without the call
        try:
            return parser(text)
        except cols.ValueProblem as exc:
            self.problems.append(RowProblem(self.file, self.line, self.column(attr), str(exc)))
            return default

    def column(self, attr: str) -> str:
        return self.columns.get(attr, attr)

    def warn(self, attr: str, reason: str) -> None:
        self.warnings.append(RowProblem(self.file, self.line, self.column(attr), reason))

    def long_text(self, attr: str) -> str:
        return self.cells.get(attr) or ""

    def optional_text(self, attr: str) -> str | None:
        return self.get(attr) or None

    def text_list(self, attr: str) -> list[str]:
        return cols.split_list(self.cells.get(attr) or "", ";|")

    def schedules(self, attr: str) -> list:
        return self.parse(attr, cols.parse_schedules, []) if self.cells.get(attr) else []

    def accessibility(self, _attr: str = "") -> dict[str, Availability]:
        found = {}
        for key in ACCESSIBILITY_FEATURES:
            attr = accessibility_column(key)
            if attr in self.cells:
                value = self.parse(attr, cols.parse_availability, None, Availability.UNKNOWN)
                if value is not None:
                    found[key] = value
        return found

    def categories(self, attr: str) -> list[str]:
        categories, unknown = [], []
        for part in cols.split_list(self.cells.get(attr) or "", ";|,/"):
            cid = self.reference.category_id(part)
            (categories.append(cid) if cid else unknown.append(part))
        if unknown:
            self.warn(attr, f"Kategorie nicht bekannt, nur mitgeführt: {', '.join(unknown)}.")
            self.extra = {"csv": {"Kategorie (unbekannt)": "; ".join(unknown)}}
        return categories

    def life_domains(self, attr: str) -> list[str]:
        return [d.lower() for d in cols.split_list(self.cells.get(attr) or "")]

    def mainstream(self, attr: str) -> bool:
        return self.parse(attr, cols.parse_mainstream, True, True)

    def postcode(self, attr: str) -> str:
        postcode = self.get(attr)
        if postcode.isdigit() and len(postcode) == 4:
            postcode = "0" + postcode  # Excel dropped the leading zero
            self.warn(attr, "Postleitzahl hatte 4 Ziffern; führende Null ergänzt.")
        return postcode

    def city(self, attr: str) -> str:
        return self.get(attr) or "Jena"

    def sozialraum(self, attr: str) -> str | None:
        sozialraum = self.get(attr)
        if not sozialraum:
            return None
        sozialraum_id = self.reference.sozialraum_id(sozialraum)
        if sozialraum_id is None:
            self.warn(attr, f"Sozialraum „{sozialraum}“ nicht eindeutig; bitte zuordnen.")
        return sozialraum_id


_BY_KIND = {
    Kind.TEXT: _CellReader.get,
    Kind.LONG_TEXT: _CellReader.long_text,
    Kind.OPTIONAL_TEXT: _CellReader.optional_text,
    Kind.TEXT_LIST: _CellReader.text_list,
    Kind.SCHEDULES: _CellReader.schedules,
    Kind.ACCESSIBILITY: _CellReader.accessibility,
}
#: Fields whose cells mean more than their kind says (names of the reference, defaults).
_SPECIAL_READERS = {
    "category_ids": _CellReader.categories,
    "life_domains": _CellReader.life_domains,
    "mainstream": _CellReader.mainstream,
    "postcode": _CellReader.postcode,
    "city": _CellReader.city,
    "sozialraum_id": _CellReader.sozialraum,
}
#: Parsers of the kinds whose default is a single immutable value.
_PARSERS = {
    Kind.BOOL: cols.parse_bool,
    Kind.INT: cols.parse_int,
    Kind.FLOAT: cols.parse_float,
    Kind.DATE: cols.parse_date,
    Kind.DATETIME: cols.parse_datetime,
    Cost: cols.parse_cost,
    OfferStatus: cols.parse_status,
}


def _parsed(spec: OfferField) -> Callable[[_CellReader, str], object]:
    parser, default = _PARSERS[spec.enum or spec.kind], spec.default
    return lambda row, attr: row.parse(attr, parser, default, default)


def _reader_of(spec: OfferField) -> Callable[[_CellReader, str], object]:
    return _SPECIAL_READERS.get(spec.attr) or _BY_KIND.get(spec.kind) or _parsed(spec)


#: The fields a CSV row holds (all but ``extra``, which carries unmapped columns).
_CSV_FIELDS = tuple(f for f in OFFER_FIELDS if f.csv is not None or f.kind is Kind.ACCESSIBILITY)
#: (attribute, how its cells are read), field by field.
_READ_PLAN = tuple((spec.attr, _reader_of(spec)) for spec in _CSV_FIELDS)


def _offer_from_cells(cells, reference, file, line, columns, problems, warnings) -> Offer:
    """One offer from the cells of a row. An empty or missing cell means the default."""
    row = _CellReader(cells, reference, file, line, columns, problems, warnings)
    values = {attr: read(row, attr) for attr, read in _READ_PLAN}
    if not values["id"]:
        values["id"] = stable_id(
            values["name"], values["street"], values["postcode"], values["place"]
        )
    return Offer(**values, extra=row.extra)


# -- export ----------------------------------------------------------------------------


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
    for spec in _CSV_FIELDS:
        if spec.kind is Kind.ACCESSIBILITY:
            writers.extend(_access_cell(key) for key in ACCESSIBILITY_FEATURES)
        else:
            writers.append(_SPECIAL_CELLS.get(spec.attr) or _field_cell(spec))
    return tuple(writers)


_CELL_WRITERS = _cell_writers()


def offer_cells(offer: Offer, reference: Reference) -> list[str]:
    return [write(offer, reference) for write in _CELL_WRITERS]


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
