"""Preview-then-commit import of offers, shared by every file format.

A reader turns a file into :class:`Incoming` offers (each with where it came from) and
:class:`RowProblem` reports. :func:`build_preview` compares them with the catalogue
without writing anything; :func:`commit_import` writes the preview in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.catalogue import CatalogueRepository

Progress = Callable[[int, int], None]


class ImportFileError(UserError):
    """The file cannot be imported at all (empty, binary, damaged …). Nothing changed."""


@dataclass(frozen=True)
class RowProblem:
    """One problem of one row: file, line (or entry number), column and a German reason."""

    file: str
    line: int | None
    column: str
    reason: str
    unit: str = "Zeile"  # what ``line`` counts: "Zeile", or "Eintrag"/"Dienst" in JSON

    def describe(self) -> str:
        where = self.file
        if self.line is not None:
            where += f", {self.unit} {self.line}"
        if self.column:
            where += f", Spalte „{self.column}“"
        return f"{where}: {self.reason}"


@dataclass
class Incoming:
    """An offer read from a file, with where it came from."""

    offer: Offer
    file: str
    line: int | None
    columns: dict[str, str] = field(default_factory=dict)  # Offer attribute -> column name
    unit: str = "Zeile"  # what ``line`` counts (see RowProblem)


@dataclass
class ReadResult:
    """What a reader found in a file."""

    incoming: list[Incoming] = field(default_factory=list)
    invalid: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    format: str = ""


@dataclass
class ImportPreview:
    """What an import would do. Nothing has been written yet."""

    source: str
    format: str
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    invalid: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    to_write: list[Offer] = field(default_factory=list)
    conflict_details: list[RowProblem] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        """Entries not taken (one entry may have several problems in ``invalid``)."""
        return len({(p.file, p.line) if p.line is not None else id(p) for p in self.invalid})

    @property
    def counts(self) -> dict[str, int]:
        """Entries by outcome (the notes on rows and files are ``warnings``)."""
        return {
            "new": len(self.new),
            "changed": len(self.changed),
            "unchanged": len(self.unchanged),
            "invalid": self.rejected,
            "conflicts": len(self.conflicts),
        }

    @property
    def nothing_valid(self) -> bool:
        """Every entry of the file was rejected."""
        return bool(self.invalid) and not (
            self.new or self.changed or self.unchanged or self.conflicts
        )

    def summary(self) -> str:
        """Short German report, e.g. for the command line."""
        c = self.counts
        lines = [
            f"Import aus {self.source} ({self.format}):",
            f"  neu: {c['new']}, geändert: {c['changed']}, unverändert: {c['unchanged']}, "
            f"ungültig: {c['invalid']}, Konflikte: {c['conflicts']}, "
            f"Hinweise: {len(self.warnings)}",
        ]
        for problem in self.invalid:
            lines.append(f"  ungültig – {problem.describe()}")
        for problem in self.conflict_details:
            lines.append(f"  Konflikt – {problem.describe()}")
        for problem in self.warnings:
            lines.append(f"  Hinweis – {problem.describe()}")
        return "\n".join(lines)


def _comparable(offer: Offer) -> Offer:
    return replace(offer, updated_at=None)


def build_preview(
    repo: CatalogueRepository,
    read: ReadResult,
    source: str,
    file_date: datetime | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Compare what was read with the catalogue. Reads only."""
    preview = ImportPreview(source, read.format, invalid=list(read.invalid))
    preview.warnings = list(read.warnings)
    stamp = file_date or datetime.now(UTC).replace(microsecond=0)
    first_line: dict[str, Incoming] = {}
    valid: list[Incoming] = []
    for item in read.incoming:
        earlier = first_line.get(item.offer.id)
        if earlier is not None:
            where = f"{earlier.unit} {earlier.line}" if earlier.line is not None else "weiter oben"
            preview.invalid.append(
                RowProblem(
                    item.file,
                    item.line,
                    item.columns.get("id", "id"),
                    f"Doppelte ID „{item.offer.id}“ (schon in {where}); nicht übernommen.",
                    item.unit,
                )
            )
            continue
        first_line[item.offer.id] = item
        offer, errors = repo.prepare(item.offer)
        if errors:
            for error in errors:
                preview.invalid.append(
                    RowProblem(
                        item.file,
                        item.line,
                        item.columns.get(error.field, error.field),
                        error.message,
                        item.unit,
                    )
                )
            continue
        # ``offer`` belongs to this import (the reader made it): complete it in place.
        if offer.updated_at is None:
            offer.updated_at = stamp
        elif offer.updated_at.tzinfo is None:
            offer.updated_at = offer.updated_at.astimezone(UTC)
        item.offer = offer
        valid.append(item)
    total = len(valid)
    for start in range(0, total, 500):
        chunk = valid[start : start + 500]
        existing = repo.get_many(i.offer.id for i in chunk)
        for item in chunk:
            _classify(preview, item, existing.get(item.offer.id))
        if progress:
            progress(min(start + 500, total), total)
    return preview


def _classify(preview: ImportPreview, item: Incoming, old: Offer | None) -> None:
    offer = item.offer
    if old is None:
        preview.new.append(offer.id)
        preview.to_write.append(offer)
        return
    if not offer.extra and old.extra:
        offer = replace(offer, extra=old.extra)  # formats without extras keep what is there
        item.offer = offer
    if _comparable(offer) == _comparable(old):
        preview.unchanged.append(offer.id)
        return
    if old.updated_at is not None and old.updated_at > offer.updated_at:
        preview.conflicts.append(offer.id)
        preview.conflict_details.append(
            RowProblem(
                item.file,
                item.line,
                "",
                f"„{old.name}“ wurde hier am {old.updated_at.astimezone():%d.%m.%Y %H:%M} "
                "geändert, nach dem Stand der Datei; die Fassung im Katalog bleibt.",
                item.unit,
            )
        )
        return
    preview.changed.append(offer.id)
    preview.to_write.append(offer)


@dataclass(frozen=True)
class ImportResult:
    written: int
    counts: dict[str, int]


def commit_import(
    repo: CatalogueRepository, preview: ImportPreview, progress: Progress | None = None
) -> ImportResult:
    """Write what the preview found, in one transaction: all of it or nothing."""
    repo.save_many(preview.to_write, progress=progress, checked=True)
    return ImportResult(len(preview.to_write), preview.counts)
