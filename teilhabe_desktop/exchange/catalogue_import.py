"""Preview-then-commit import of offers, shared by every file format.

A reader turns a file into :class:`Incoming` offers (each with where it came from) and
:class:`RowProblem` reports. :func:`build_preview` compares them with the catalogue
without writing anything; :func:`commit_import` writes the preview in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from operator import attrgetter

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.catalogue_write import OfferWriter

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
    fingerprint: bytes | None = None  # of the list row, kept with the entry (row_marks)


@dataclass
class Unchanged:
    """A list row that gives exactly the stored entry ``id`` (``row_marks``): not read."""

    id: str
    file: str
    line: int | None
    columns: dict[str, str]
    unit: str = "Zeile"


@dataclass
class ReadResult:
    """What a reader found in a file.

    ``incoming`` is a list, or a stream (an iterator) that reads the file as it is
    iterated, once; ``invalid`` and ``warnings`` of a stream are complete at its end.
    """

    incoming: list[Incoming] | Iterator[Incoming | Unchanged] = field(default_factory=list)
    invalid: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    format: str = ""
    expected: int = 0  # about how many entries a stream holds (lines), for the writer

    @property
    def streamed(self) -> bool:
        return not isinstance(self.incoming, list)


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
    to_write: list[Offer] = field(default_factory=list)  # not kept for a streamed file
    conflict_details: list[RowProblem] = field(default_factory=list)
    written: int = 0  # entries already written by the pass that made this preview
    #: A streamed file: reads it again, classifies and writes with the writer given
    replay: Callable[[OfferWriter, Progress | None], ImportPreview] | None = None
    expected: int = 0

    @property
    def writes(self) -> int:
        """Entries that "Übernehmen" stores (new and changed)."""
        return len(self.new) + len(self.changed)

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


#: Every field of an offer but its time stamp, read in one call (no copies of offers).
_CONTENT = attrgetter(*(f.name for f in fields(Offer) if f.name != "updated_at"))


def _same_content(offer: Offer, old: Offer) -> bool:
    return _CONTENT(offer) == _CONTENT(old)


#: Entries classified (and written) together: one look-up of the stored ones per batch.
BATCH = 500


def build_preview(
    repo: CatalogueRepository,
    read: ReadResult,
    source: str,
    file_date: datetime | None = None,
    progress: Progress | None = None,
    writer: OfferWriter | None = None,
) -> ImportPreview:
    """Compare what was read with the catalogue, batch by batch as it is read.

    Without ``writer`` nothing is written; with one, each batch's new and changed
    entries are written as soon as they are classified (the counts come from the same
    pass). Of a streamed read only ids and problems are kept, never the entries.
    """
    preview = ImportPreview(source, read.format, expected=read.expected)
    stamp = file_date or datetime.now(UTC).replace(microsecond=0)
    first_line: dict[str, str] = {}  # id -> where it was first ("Zeile 4")
    problems: list[RowProblem] = []
    total = None if read.streamed else len(read.incoming)
    batch: list[Incoming] = []
    done = 0
    for item in read.incoming:
        known = type(item) is Unchanged
        offer_id = item.id if known else item.offer.id
        earlier = first_line.get(offer_id)
        if earlier is not None:
            problems.append(
                RowProblem(
                    item.file,
                    item.line,
                    item.columns.get("id", "id"),
                    f"Doppelte ID „{offer_id}“ (schon in {earlier}); nicht übernommen.",
                    item.unit,
                )
            )
            continue
        first_line[offer_id] = (
            f"{item.unit} {item.line}" if item.line is not None else "weiter oben"
        )
        if known:
            preview.unchanged.append(offer_id)
            continue
        offer, errors = repo.prepare(item.offer)
        if errors:
            problems.extend(
                RowProblem(
                    item.file,
                    item.line,
                    item.columns.get(error.field, error.field),
                    error.message,
                    item.unit,
                )
                for error in errors
            )
            continue
        # ``offer`` belongs to this import (the reader made it): complete it in place.
        if offer.updated_at is None:
            offer.updated_at = stamp
        elif offer.updated_at.tzinfo is None:
            offer.updated_at = offer.updated_at.astimezone(UTC)
        item.offer = offer
        batch.append(item)
        if len(batch) >= BATCH:
            done += _take_batch(repo, preview, batch, writer, keep=total is not None)
            batch = []
            if progress and total:
                progress(done, total)
    done += _take_batch(repo, preview, batch, writer, keep=total is not None)
    if progress and total:
        progress(done, total)
    preview.invalid = [*read.invalid, *problems]
    preview.warnings = list(read.warnings)
    return preview


def _take_batch(
    repo: CatalogueRepository,
    preview: ImportPreview,
    batch: list[Incoming],
    writer: OfferWriter | None,
    keep: bool,
) -> int:
    if not batch:
        return 0
    existing = repo.get_many(i.offer.id for i in batch)
    writes: list[Offer] = []
    marks: dict[str, bytes] = {}  # of the entries written
    kept: dict[str, bytes] = {}  # of the entries found unchanged
    for item in batch:
        offer, outcome = _classify(preview, item, existing.get(item.offer.id))
        if offer is not None:
            writes.append(offer)
        if item.fingerprint is not None and outcome != _CONFLICT:
            (kept if outcome == _UNCHANGED else marks)[item.offer.id] = item.fingerprint
    if writer is not None:
        writer.write(writes, marks)
        writer.keep_marks(kept)
        preview.written += len(writes)
    if keep:
        preview.to_write.extend(writes)
    return len(batch)


_NEW, _CHANGED, _UNCHANGED, _CONFLICT = "new", "changed", "unchanged", "conflict"


def _classify(
    preview: ImportPreview, item: Incoming, old: Offer | None
) -> tuple[Offer | None, str]:
    """Count ``item`` as new, changed, unchanged or a conflict: the offer to write (if
    any) and which of the four."""
    offer = item.offer
    if old is None:
        preview.new.append(offer.id)
        return offer, _NEW
    if not offer.extra and old.extra:
        offer = replace(offer, extra=old.extra)  # formats without extras keep what is there
        item.offer = offer
    if _same_content(offer, old):
        preview.unchanged.append(offer.id)
        return None, _UNCHANGED
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
        return None, _CONFLICT
    preview.changed.append(offer.id)
    return offer, _CHANGED


@dataclass(frozen=True)
class ImportResult:
    written: int
    counts: dict[str, int]


def commit_import(
    repo: CatalogueRepository, preview: ImportPreview, progress: Progress | None = None
) -> ImportResult:
    """Write what the preview found, in one transaction: all of it or nothing.

    A streamed file is read again and written batch by batch; if it no longer gives
    the preview's counts (changed since), nothing is written.
    """
    if preview.replay is None:
        repo.save_many(preview.to_write, progress=progress, checked=True)
        return ImportResult(len(preview.to_write), preview.counts)
    with repo.bulk_writer(preview.expected) as writer:
        again = preview.replay(writer, progress)
        if again.counts != preview.counts:
            raise ImportFileError(
                f"„{preview.source}“ wurde seit der Vorschau verändert. Es wurde nichts "
                "übernommen; bitte die Vorschau neu erstellen."
            )
    return ImportResult(again.written, again.counts)
