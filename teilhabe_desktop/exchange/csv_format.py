"""Column import of the catalogue: CSV files and spreadsheets (German Excel and others).

Import: :func:`inspect_table` (headers found and what each is taken for, with the
evidence) and :func:`read_table`; :func:`inspect_csv` and :func:`read_csv` do the same
for a path (CSV, .xlsx, .xls, .ods). Export is in :mod:`csv_write` and
:mod:`spreadsheet_write`.

These files are meant for people who edit them in a spreadsheet, so they stay German
through and through: German column names, dates as TT.MM.JJJJ, and costs, status and
accessibility as their German labels (``"kostenlos"``, ``"aktiv"``, ``"ja"``), not as
the stable codes the database and the JSON files store. The import accepts the label,
the stable code (``"free"``) and common spellings (see ``csv_columns``); a label that is
reworded later is still read through the frozen values of ``core.codes``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from teilhabe_desktop.core.places import fold
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    Incoming,
    ReadResult,
    RowProblem,
    Unchanged,
)
from teilhabe_desktop.exchange.cell_safety import restore
from teilhabe_desktop.exchange.column_guess import Guess, guess_columns
from teilhabe_desktop.exchange.column_mapping import ColumnMapping, as_mapping, resolve_headers
from teilhabe_desktop.exchange.csv_cells import offer_from_cells, stable_id
from teilhabe_desktop.exchange.organization_names import OrganizationNames
from teilhabe_desktop.exchange.row_marks import RowKey, RowMarks
from teilhabe_desktop.exchange.table_source import Table, csv_table

Progress = Callable[[int, int], None]
FIELD_LABELS = cols.CSV_COLUMNS
__all__ = ["FIELD_LABELS", "CsvLayout", "Reference", "inspect_csv", "read_csv", "stable_id"]


def _never(_text: str) -> bool:
    return False


@dataclass(frozen=True)
class Reference:
    """What the importer knows: categories and Sozialräume (id -> name), codes, places."""

    categories: dict[str, str]
    sozialraeume: dict[str, str]
    district_codes: frozenset[int] = frozenset()  # empty: not checked
    ortsteil_ids: frozenset[int] = frozenset()  # empty: not checked
    is_jena_place: Callable[[str], bool] = _never  # a place name the city's data knows

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
    """What the file's header says and what each column is taken for (the mapping step)."""

    file: str
    format: str
    headers: list[str]
    mapping: dict[str, str | None] = field(default_factory=dict)  # header -> attribute
    guesses: dict[str, Guess] = field(default_factory=dict)  # header -> decision and why
    unknown: list[str] = field(default_factory=list)  # headers no field was found for
    samples: dict[str, list[str]] = field(default_factory=dict)  # header -> first values
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None

    @property
    def missing_required(self) -> list[str]:
        return [] if "name" in self.mapping.values() else ["name"]

    @property
    def to_confirm(self) -> list[str]:
        """Headers whose meaning was guessed (or a guess refused): shown to confirm."""
        return [h for h, g in self.guesses.items() if g.needs_confirmation]


def _samples(table: Table, count: int = 3) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {h: [] for h in table.headers if h}
    for row in table.sample:
        for header, value in zip(table.headers, row, strict=False):
            value = restore(value.strip())
            if header in found and value and len(found[header]) < count:
                found[header].append(value)
    return found


def inspect_table(table: Table, reference: Reference, mapping=None) -> CsvLayout:
    """What each column of ``table`` is taken for. Raises MappingError for a bad mapping."""
    chosen = resolve_headers(as_mapping(mapping).columns, table.headers, table.file)
    sample = [[restore(v) for v in row] for row in table.sample]
    guesses = guess_columns(table.headers, sample, reference, chosen)
    layout = CsvLayout(
        table.file,
        table.format,
        table.headers,
        guesses=guesses,
        samples=_samples(table),
        sheets=table.sheets,
        sheet=table.sheet,
    )
    for header in table.headers:
        guess = guesses.get(header)
        layout.mapping[header] = guess.attr if guess else None
        if guess is not None and guess.attr is None and guess.how != "user":
            layout.unknown.append(header)
    return layout


def open_table(path: Path, mapping=None) -> Table:
    """The rows of ``path``: a spreadsheet by its suffix, anything else as CSV."""
    from teilhabe_desktop.exchange import spreadsheet_read

    if path.suffix.lower() in spreadsheet_read.SUFFIXES:
        return spreadsheet_read.sheet_table(path, as_mapping(mapping).sheet)
    return csv_table(path)


def inspect_csv(path: Path | str, mapping=None, reference: Reference | None = None) -> CsvLayout:
    """Format, headers and what each column is taken for. Reads only."""
    return inspect_table(open_table(Path(path), mapping), reference or Reference({}, {}), mapping)


def read_csv(
    path: Path | str,
    reference: Reference,
    mapping: ColumnMapping | dict[str, str | None] | None = None,
    progress: Progress | None = None,
    marks: RowMarks | None = None,
) -> ReadResult:
    """Read offers from a CSV file or spreadsheet. Raises :class:`ImportFileError`."""
    return read_table(open_table(Path(path), mapping), reference, mapping, progress, marks)


def read_table(
    table: Table,
    reference: Reference,
    mapping=None,
    progress: Progress | None = None,
    marks: RowMarks | None = None,
) -> ReadResult:
    """Offers from the rows of ``table``, each guess and each left-out cell reported.

    ``incoming`` of the result is a stream: the rows are read while it is iterated.
    With ``marks``, a row the last import read exactly so comes as :class:`Unchanged`
    (not parsed again), and every other row read without a note carries its fingerprint.
    """
    layout = inspect_table(table, reference, mapping)
    file = table.file
    if layout.missing_required:
        raise ImportFileError(
            f"In „{file}“ fehlt die Spalte „Name“ (gefunden: "
            f"{', '.join(h for h in table.headers if h) or 'keine'}). "
            "Bitte ordnen Sie die Spalten zu."
        )
    result = ReadResult(format=table.format)
    for header, guess in layout.guesses.items():
        if guess.how in ("guessed", "rejected", "taken", "unknown"):
            result.warnings.append(RowProblem(file, table.header_line, header, guess.note))
    shape = _RowShape.of(layout, table.headers)
    key = None
    if marks is not None:
        key = marks.keyed((table.headers, shape.width, shape.mapped, shape.unmapped))
    result.incoming = _offers(result, table, shape, reference, progress, key)
    result.expected = table.total_lines
    return result


def _offers(
    result: ReadResult,
    table: Table,
    shape: _RowShape,
    reference: Reference,
    progress,
    key: RowKey | None,
) -> Iterator[Incoming | Unchanged]:
    """The offers of the rows, one at a time as the file is read (problems go to
    ``result`` as they are found; the last ones when the stream ends)."""
    file = table.file
    names = OrganizationNames()
    rows = 0
    for line, values in table.rows:
        if not any(v.strip() for v in values):
            continue
        rows += 1
        fingerprint, organization = None, None
        if key is not None:
            fingerprint, organization = _fingerprint(key, shape, names, values)
            known = key.known.get(fingerprint) if fingerprint is not None else None
            if known is not None:
                if organization is not None:
                    names.seen(*organization, file, line, shape.columns)
                yield Unchanged(known, file, line, shape.columns)
                continue
        notes = len(result.warnings)
        item = _read_row(result, file, line, shape, values, reference)
        if item is not None:
            item = names.take(item)
            if (
                fingerprint is not None
                and len(result.warnings) == notes
                and (organization is None or organization[0] == item.offer.organization_id)
            ):
                item.fingerprint = fingerprint
            yield item
        if progress and rows % 1000 == 0:
            progress(line, table.total_lines)
    if rows == 0:
        raise ImportFileError(f"Die Datei „{file}“ enthält nur die Kopfzeile und keine Angebote.")
    names.report(result.warnings)
    if progress:
        progress(table.total_lines, table.total_lines)


def _fingerprint(
    key: RowKey, shape: _RowShape, names: OrganizationNames, values: list[str]
) -> tuple[bytes | None, tuple[str, str] | None]:
    """The row's fingerprint and its (Träger-ID, name) if the file has Träger-IDs.

    ``None`` for a row whose Träger is spelled otherwise than earlier in the file: that
    is noted at the row, so it is read each time."""
    if shape.organization is None:
        return key.fingerprint(values, ""), None
    id_index, name_index = shape.organization
    organization_id = _cell(values, id_index).strip()
    if not organization_id:
        return key.fingerprint(values, ""), None
    spelling = _cell(values, name_index) if name_index is not None else ""
    name = names.name_for(organization_id, spelling)
    if spelling.strip() and spelling.strip() != name.strip():
        return None, None
    return key.fingerprint(values, name), (organization_id, spelling)


@dataclass
class _RowShape:
    """How the cells of a row become offer attributes (the same for every row of a file)."""

    width: int
    mapped: list[tuple[int, str]]  # (column index, attribute)
    unmapped: list[tuple[int, str]]  # (column index, header) of columns only carried along
    columns: dict[str, str]  # attribute -> header, shared by every row (read only)
    #: (column index of the Träger-ID, of the Träger's name or None); None: no IDs
    organization: tuple[int, int | None] | None = None

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
        index = {attr: i for i, attr in mapped}
        organization = None
        if "organization_id" in index:
            organization = (index["organization_id"], index.get("organization_name"))
        return cls(len(headers), mapped, unmapped, columns, organization)


def _cell(values: list[str], index: int) -> str:
    value = values[index]
    return restore(value) if value[:1] == "'" else value


def _read_row(
    result, file, line, shape: _RowShape, values, reference: Reference
) -> Incoming | None:
    if len(values) > shape.width and not any(v.strip() for v in values[shape.width :]):
        values = values[: shape.width]  # separators at the end of the line (Excel)
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
        return None
    cells = {attr: _cell(values, index) for index, attr in shape.mapped}
    extra = {
        header: _cell(values, index) for index, header in shape.unmapped if values[index].strip()
    }
    offer, refused, kept = offer_from_cells(
        cells, reference, file, line, shape.columns, result.warnings
    )
    if offer is None:
        result.invalid.extend(refused)
        return None
    if extra or kept:
        offer.extra = {"csv": {**extra, **kept}}
    return Incoming(offer, file, line, shape.columns)
