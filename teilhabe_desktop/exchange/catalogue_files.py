"""One entry point for catalogue files: which format, preview, commit, export.

Typical use (CLI and GUI alike)::

    preview = preview_file(db, path, progress=cb)      # reads only
    print(preview.summary())
    commit_import(CatalogueRepository(db), preview)    # one transaction
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from teilhabe_desktop.exchange import csv_format, hsds_read, hsds_write, json_format
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    ImportPreview,
    ImportResult,
    build_preview,
    commit_import,
)
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.catalogue_bulk import paused_gc
from teilhabe_desktop.store.reference import ReferenceRepository

Progress = Callable[[int, int], None]
EXPORT_FORMATS = ("csv", "json", "hsds")

__all__ = [
    "EXPORT_FORMATS",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "commit_import",
    "export_catalogue",
    "import_file",
    "preview_file",
    "reference_of",
]


def reference_of(db: Database) -> csv_format.Reference:
    ref = ReferenceRepository(db)
    return csv_format.Reference(
        {c.id: c.name for c in ref.offer_categories()},
        {s.id: s.name for s in ref.sozialraeume()},
    )


def _file_date(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime, UTC).replace(microsecond=0)
    except OSError:
        return None


def read_file(db: Database, path: Path, mapping=None, progress: Progress | None = None):
    """Parse ``path`` in whatever supported format it is. Raises ImportFileError."""
    if not path.exists():
        raise ImportFileError(f"Die Datei „{path}“ gibt es nicht.")
    suffix = path.suffix.lower()
    if path.is_dir() or suffix == ".zip":
        return hsds_read.rows_to_result(hsds_read.read_package(path), path.name, tabular=True)
    if suffix == ".json":
        document = json_format.load_json_document(path)
        if isinstance(document, dict) and (
            document.get("format") == json_format.FORMAT_NAME or "offers" in document
        ):
            return json_format.read_catalogue_json(path, document)
        rows = hsds_read.rows_from_service_json(document)
        return hsds_read.rows_to_result(rows, path.name, tabular=False)
    if suffix in (".csv", ".txt", ".tsv", ""):
        return csv_format.read_csv(path, reference_of(db), mapping, progress)
    raise ImportFileError(
        f"„{path.name}“: dieses Dateiformat kann nicht eingelesen werden. Möglich sind CSV, "
        "JSON und HSDS-Datenpakete (Ordner oder .zip)."
    )


def preview_file(
    db: Database,
    path: Path | str,
    mapping: dict[str, str | None] | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """What importing ``path`` would change. Writes nothing."""
    path = Path(path)
    with paused_gc():  # 100,000 new objects: the collector would rescan them again and again
        read = read_file(db, path, mapping, progress)
        return build_preview(CatalogueRepository(db), read, path.name, _file_date(path), progress)


def import_file(db: Database, path: Path | str, progress: Progress | None = None) -> ImportResult:
    """Preview and commit in one go (for scripts and the demo loader)."""
    preview = preview_file(db, path, progress=progress)
    return commit_import(CatalogueRepository(db), preview, progress)


def export_catalogue(
    db: Database, path: Path | str, fmt: str, progress: Progress | None = None
) -> int:
    """Write the whole catalogue as ``fmt`` (csv, json or hsds); returns the entries written."""
    repo = CatalogueRepository(db)
    total = repo.total()
    offers = repo.iter_all()
    if fmt == "csv":
        return csv_format.write_csv(path, offers, reference_of(db), total, progress)
    if fmt == "json":
        return json_format.write_json(path, offers, total, progress)
    if fmt == "hsds":
        return hsds_write.write_package(path, offers, total, progress)
    raise ImportFileError(f"Unbekanntes Format „{fmt}“ (möglich: csv, json, hsds).")
