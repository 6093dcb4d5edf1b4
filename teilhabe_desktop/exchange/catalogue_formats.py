"""The registry of catalogue file formats: one entry per format, used by CLI and GUI.

Each :class:`CatalogueFormat` says which files it reads (suffixes, folders), how the
file dialogs name it (German filter text), how to read a file into a
:class:`ReadResult` for the preview and how to write the whole catalogue. The CLI's
``--format`` choices, the import and export dialogs' filters and the choice of reader
by suffix all come from :data:`CATALOGUE_FORMATS`: adding a format is one entry here
plus its reader and writer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.exchange import (
    csv_format,
    csv_write,
    hsds_json,
    hsds_read,
    hsds_write,
    json_format,
    spreadsheet_read,
    spreadsheet_write,
)
from teilhabe_desktop.exchange.catalogue_import import ReadResult
from teilhabe_desktop.exchange.column_mapping import ColumnMapping
from teilhabe_desktop.exchange.hsds_files import PackageTables, read_tables
from teilhabe_desktop.exchange.id_zeros import restore_leading_zeros
from teilhabe_desktop.exchange.row_marks import RowMarks
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.catalogue_json import iter_offer_json
from teilhabe_desktop.store.reference import ReferenceRepository
from teilhabe_desktop.store.sql import Database

Progress = Callable[[int, int], None]
#: The person's column mapping (and sheet) for formats with columns; ignored by the others.
Mapping = ColumnMapping | dict[str, str | None] | None
#: ``read(db, path, mapping, progress)``: the file's entries, for the preview.
Reader = Callable[[Database, Path, Mapping, Progress | None], ReadResult]
#: ``write(db, path, offers, total, progress)``: the number of entries written.
Writer = Callable[[Database, Path, Iterable[Offer], int, Progress | None], int]


@dataclass(frozen=True)
class CatalogueFormat:
    key: str  # for ``--format`` and the export dialog (ASCII, stable)
    name: str  # German name of the file type in the file dialogs
    export_label: str  # German description in the export dialog's format list
    export_name: str  # default file name of an export
    suffixes: tuple[str, ...]  # lower case with the dot; "" for files without one
    read: Reader
    write: Writer
    folders: bool = False  # a folder is read as this format
    has_columns: bool = False  # the import may map the file's columns to fields

    @property
    def patterns(self) -> list[str]:
        """Glob patterns of the file dialogs (files without a suffix are not listed)."""
        return [f"*{suffix}" for suffix in self.suffixes if suffix]

    def file_filter(self, patterns: Iterable[str] | None = None) -> str:
        """``"CSV (*.csv *.txt *.tsv)"``, or with only ``patterns``."""
        return f"{self.name} ({' '.join(self.patterns if patterns is None else patterns)})"

    def export_filter(self) -> str:
        """The save dialog's filter: only the suffix of :attr:`export_name`."""
        return self.file_filter([f"*{Path(self.export_name).suffix}"])


def reference_of(db: Database) -> csv_format.Reference:
    ref = ReferenceRepository(db)
    resolver = ref.place_resolver()
    is_place = lru_cache(maxsize=4096)(lambda text: bool(resolver.resolve(text)))
    return csv_format.Reference(
        {c.id: c.name for c in ref.offer_categories()},
        {s.id: s.name for s in ref.sozialraeume()},
        frozenset(d.code for d in ref.districts()),
        frozenset(o.id for o in ref.ortsteile()),
        is_place,
    )


def _read_columns(db: Database, path: Path, mapping: Mapping, progress: Progress | None):
    """CSV or spreadsheet: the same column mapping, guesses and checks."""
    repo = CatalogueRepository(db)
    zeros = repo.ids_with_leading_zero()
    # IDs with leading zeros are matched over the whole file: every row is read then
    marks = None if any(i.isdigit() for i in zeros) else RowMarks.load(db)
    result = csv_format.read_csv(path, reference_of(db), mapping, progress, marks)
    restore_leading_zeros(result, repo.all_ids, lambda: zeros)
    return result


def _write_csv(db: Database, path: Path, offers, total: int, progress: Progress | None) -> int:
    return csv_write.write_csv(path, offers, reference_of(db), total, progress)


def _write_xlsx(db: Database, path: Path, offers, total: int, progress: Progress | None) -> int:
    return spreadsheet_write.write_xlsx(path, offers, reference_of(db), total, progress)


def _read_json(_db: Database, path: Path, _mapping: Mapping, _progress: Progress | None):
    """Our own catalogue JSON, or else HSDS service JSON (an API's answer)."""
    document = json_format.load_json_document(path)
    if isinstance(document, dict) and (
        document.get("format") == json_format.FORMAT_NAME or "offers" in document
    ):
        return json_format.read_catalogue_json(path, document)
    rows = hsds_json.rows_from_json(document, path.name)
    return hsds_read.rows_to_result(PackageTables(path.name, rows), tabular=False)


def _write_json(db: Database, path: Path, _offers, total: int, progress) -> int:
    """Straight from the stored rows: no offer objects in between (see catalogue_json)."""
    return json_format.write_json_texts(path, iter_offer_json(db), total, progress)


def _read_hsds(_db: Database, path: Path, _mapping: Mapping, _progress: Progress | None):
    return hsds_read.rows_to_result(read_tables(path), tabular=True)


def _write_hsds(_db: Database, path: Path, offers, total: int, progress) -> int:
    return hsds_write.write_package(path, offers, total, progress)


#: key -> format, in the order the dialogs and the CLI list them.
CATALOGUE_FORMATS: dict[str, CatalogueFormat] = {
    f.key: f
    for f in (
        CatalogueFormat(
            "csv",
            "CSV",
            "CSV für Excel (Semikolon, UTF-8)",
            "angebote.csv",
            (".csv", ".txt", ".tsv", ""),
            _read_columns,
            _write_csv,
            has_columns=True,
        ),
        CatalogueFormat(
            "xlsx",
            "Tabelle (Excel, LibreOffice)",
            "Excel-Tabelle (.xlsx, IDs und PLZ als Text)",
            "angebote.xlsx",
            spreadsheet_read.SUFFIXES,
            _read_columns,
            _write_xlsx,
            has_columns=True,
        ),
        CatalogueFormat(
            "json",
            "JSON",
            "JSON (vollständig, zum Wiedereinlesen)",
            "angebote.json",
            (".json",),
            _read_json,
            _write_json,
        ),
        CatalogueFormat(
            "hsds",
            "HSDS-Datenpaket",
            "Open Referral HSDS 3.0 (Datenpaket .zip)",
            "angebote-hsds.zip",
            (".zip",),
            _read_hsds,
            _write_hsds,
            folders=True,
        ),
    )
}


def format_of(path: Path) -> CatalogueFormat | None:
    """The format that reads ``path`` (by suffix, or a folder), or ``None``."""
    for fmt in CATALOGUE_FORMATS.values():
        if fmt.folders and path.is_dir():
            return fmt
    suffix = path.suffix.lower()
    return next((f for f in CATALOGUE_FORMATS.values() if suffix in f.suffixes), None)


def open_filter() -> str:
    """The open dialog's filters: all catalogue files first, then one per format."""
    every = [p for f in CATALOGUE_FORMATS.values() for p in f.patterns]
    return ";;".join(
        [
            f"Katalogdateien ({' '.join(every)})",
            *(f.file_filter() for f in CATALOGUE_FORMATS.values()),
        ]
    )


def readable_names() -> str:
    """``"CSV (*.csv …), JSON (*.json) und …"``: what can be read, for messages."""
    names = [
        f"{f.name} ({', '.join(f.patterns)}{', auch als Ordner' if f.folders else ''})"
        for f in CATALOGUE_FORMATS.values()
    ]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} und {names[-1]}"
