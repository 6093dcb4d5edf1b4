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

from teilhabe_desktop.exchange.catalogue_formats import (
    CATALOGUE_FORMATS,
    format_of,
    readable_names,
    reference_of,
)
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    ImportPreview,
    ImportResult,
    build_preview,
    commit_import,
)
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.catalogue_bulk import paused_gc
from teilhabe_desktop.store.catalogue_write import OfferWriter
from teilhabe_desktop.store.sql import Database

Progress = Callable[[int, int], None]
#: The keys of the registry, as ``--format`` offers them.
EXPORT_FORMATS = tuple(CATALOGUE_FORMATS)

__all__ = [
    "EXPORT_FORMATS",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "commit_import",
    "export_catalogue",
    "import_file",
    "import_once",
    "preview_file",
    "reference_of",
]


def _file_date(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime, UTC).replace(microsecond=0)
    except OSError:
        return None


def read_file(db: Database, path: Path, mapping=None, progress: Progress | None = None):
    """Parse ``path`` in whatever supported format it is. Raises ImportFileError."""
    if not path.exists():
        raise ImportFileError(f"Die Datei „{path}“ gibt es nicht.")
    fmt = format_of(path)
    if fmt is None:
        raise ImportFileError(
            f"„{path.name}“: dieses Dateiformat kann nicht eingelesen werden. Möglich sind "
            f"{readable_names()}."
        )
    return fmt.read(db, path, mapping, progress)


def preview_file(
    db: Database,
    path: Path | str,
    mapping: dict[str, str | None] | None = None,
    progress: Progress | None = None,
    writer: OfferWriter | None = None,
) -> ImportPreview:
    """What importing ``path`` would change. Writes nothing (but with ``writer``).

    A file read as a stream (CSV) is not kept: :func:`commit_import` reads it again.
    """
    path = Path(path)
    repo = CatalogueRepository(db)
    with paused_gc():  # 100,000 new objects: the collector would rescan them again and again
        read = read_file(db, path, mapping, progress)
        preview = build_preview(repo, read, path.name, _file_date(path), progress, writer)
    if read.streamed:
        # read again through the connection that writes (a worker's own, in the GUI)
        preview.replay = lambda again, report: preview_file(again.db, path, mapping, report, again)
    return preview


def import_once(
    db: Database,
    path: Path | str,
    mapping: dict[str, str | None] | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read, classify and write ``path`` in one pass and one transaction (command line).

    The returned preview's counts are those of what was written (``written``).
    """
    path = Path(path)
    read = read_file(db, path, mapping, progress)
    repo = CatalogueRepository(db)
    with paused_gc(), repo.bulk_writer(read.expected) as writer:
        return build_preview(repo, read, path.name, _file_date(path), progress, writer)


def import_file(db: Database, path: Path | str, progress: Progress | None = None) -> ImportResult:
    """Preview and commit in one go (for scripts and the demo loader)."""
    preview = import_once(db, path, progress=progress)
    return ImportResult(preview.written, preview.counts)


def export_catalogue(
    db: Database, path: Path | str, fmt: str, progress: Progress | None = None
) -> int:
    """Write the whole catalogue as ``fmt`` (a key of the registry); returns the entries."""
    found = CATALOGUE_FORMATS.get(fmt)
    if found is None:
        raise ImportFileError(f"Unbekanntes Format „{fmt}“ (möglich: {', '.join(EXPORT_FORMATS)}).")
    repo = CatalogueRepository(db)
    return found.write(db, Path(path), repo.iter_all(), repo.total(), progress)
