"""The worker side of the import dialog (no Qt): preview a file, commit a preview."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from teilhabe_desktop.exchange.catalogue_files import commit_import, preview_file
from teilhabe_desktop.exchange.catalogue_formats import format_of, reference_of
from teilhabe_desktop.exchange.catalogue_import import ImportPreview
from teilhabe_desktop.exchange.column_mapping import ColumnMapping
from teilhabe_desktop.exchange.csv_format import CsvLayout, inspect_csv
from teilhabe_desktop.exchange.spreadsheet_read import SUFFIXES, sheet_names


@dataclass
class PreviewOutcome:
    """What the worker found: the columns of a list, the preview, a workbook's sheets."""

    layout: CsvLayout | None = None  # None: not a list, or the sheet is still to choose
    preview: ImportPreview | None = None  # None: a sheet or the name column is missing
    sheets: list[str] = field(default_factory=list)


def preview_step(path: Path, mapping: ColumnMapping, task) -> PreviewOutcome:
    """Worker side (no Qt): the columns of a list (if it is one) and the preview."""
    db = task.session.store.db
    fmt = format_of(path) if path.is_file() else None
    layout = None
    if fmt is not None and fmt.has_columns:
        if path.suffix.lower() in SUFFIXES and mapping.sheet is None:
            sheets = sheet_names(path)
            if len(sheets) > 1:
                return PreviewOutcome(sheets=sheets)
        layout = inspect_csv(path, mapping, reference_of(db))
        if layout.missing_required:
            return PreviewOutcome(layout, None, layout.sheets)
    preview = preview_file(db, path, mapping or None, progress=task.report)
    return PreviewOutcome(layout, preview, layout.sheets if layout else [])


def commit_step(preview, task):
    """Worker side (no Qt): write the preview in one transaction."""
    return commit_import(task.session.catalogue, preview, progress=task.report)
