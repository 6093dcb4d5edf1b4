"""Writing many offers at once: one transaction, few statements, indexes built once.

Used by :meth:`CatalogueRepository.save_many` for everything from one edited entry to
an import of 100,000 rows. The steps, all inside one ``db.atomic()``:

1. per chunk of 500: providers, offers (multi-row upserts), then the life domain,
   category and schedule rows (old ones of updated entries first removed);
2. per chunk again: the rows of the contentless full-text index ``offer_fts``.

Writing all offers before the full-text rows is markedly faster than interleaving
them. A big write into a small catalogue drops the secondary indexes first and builds
them again at the end (:mod:`catalogue_bulk`); an error anywhere rolls back all of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack
from functools import lru_cache

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.store.catalogue_bulk import defer_indexes_for, deferred_indexes, paused_gc
from teilhabe_desktop.store.catalogue_rows import OFFER_COLUMNS, fts_values, offer_values
from teilhabe_desktop.store.import_marks import mark_by_id, write_marks
from teilhabe_desktop.store.sql import Database

Progress = Callable[[int, int], None]
CHUNK = 500
BULK_CACHE_KIB = -131072  # 128 MiB page cache during big imports
#: The page cache of a streamed import, set at its first write (a re-import that
#: changes nothing keeps the default): bounded, as the rest of the stream is
STREAM_CACHE_KIB = -32768
#: Rows per multi-row INSERT. One statement for many rows is much cheaper than one per
#: row (fewer statement runs, fewer round trips through the driver). 100 rows x 45
#: columns stays far below every SQLite variable limit (32766).
ROWS_PER_INSERT = 100

_UPSERT_ORGANIZATION = """INSERT INTO organization (id, name) VALUES (?, ?)
    ON CONFLICT(id) DO UPDATE SET name = CASE WHEN excluded.name <> '' THEN excluded.name
    ELSE organization.name END"""


@lru_cache(maxsize=8)
def _upsert_offers(rows: int) -> str:
    """Insert-or-update of ``rows`` offers in one statement."""
    one = f"({', '.join('?' * len(OFFER_COLUMNS))})"
    return (
        f"INSERT INTO offer ({', '.join(OFFER_COLUMNS)}) VALUES {', '.join([one] * rows)} "
        "ON CONFLICT(id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in OFFER_COLUMNS if c != "id")
    )


@lru_cache(maxsize=32)
def _insert_rows(table: str, columns: tuple[str, ...], rows: int) -> str:
    one = f"({', '.join('?' * len(columns))})"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([one] * rows)}"


def _rows_of(table: str, *columns: str) -> Callable[[int], str]:
    return lambda rows: _insert_rows(table, columns, rows)


_LIFE_DOMAIN_ROWS = _rows_of("offer_life_domain", "offer_num", "code")
_CATEGORY_ROWS = _rows_of("offer_category_link", "offer_num", "category_id", "position")
_SCHEDULE_ROWS = _rows_of(
    "offer_schedule", "offer_num", "position", "weekday", "opens", "closes", "note"
)
_FTS_ROW = _insert_rows(
    "offer_fts", ("rowid", "name", "description", "organization", "address", "categories"), 1
)


def _insert_many(conn, sql_for: Callable[[int], str], rows: Sequence[tuple]) -> None:
    """Write ``rows`` with multi-row INSERT statements of :data:`ROWS_PER_INSERT` rows."""
    for start in range(0, len(rows), ROWS_PER_INSERT):
        part = rows[start : start + ROWS_PER_INSERT]
        conn.execute(sql_for(len(part)), [value for row in part for value in row])


def _chunks(items: Sequence, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def write_offers(
    db: Database,
    offers: Sequence[Offer],
    category_names: dict[str, str],
    progress: Progress | None = None,
) -> None:
    """Store prepared, valid ``offers`` (insert or update) in one transaction."""
    if len({o.id for o in offers}) != len(offers):
        offers = list({o.id: o for o in offers}.values())  # the last one of an id counts
    total = len(offers)
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    if total > CHUNK:  # big imports: keep the indexes in memory while writing
        db.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
    try:
        with paused_gc(), db.atomic():
            existing = db.execute("SELECT count(*) FROM offer").fetchone()[0]
            with deferred_indexes(db, enabled=defer_indexes_for(total, existing)):
                written: list[dict[str, int]] = []
                for chunk in _chunks(offers):
                    written.append(_write_rows(db.conn, chunk))
                    if progress:
                        progress(sum(map(len, written)) // 2, total)
                texts: dict[str, str] = {}  # folded index text of repeated short values
                done = 0
                for chunk, nums in zip(_chunks(offers), written, strict=True):
                    _write_fts(db.conn, chunk, nums, category_names, texts)
                    done += len(chunk)
                    if progress:
                        progress((total + done) // 2, total)
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")


class OfferWriter:
    """Writes prepared, valid offers batch by batch, all in one transaction.

    For imports that stream a file: each batch is written as it comes (rows, link rows
    and its full-text rows), nothing of it is kept. ``with repo.bulk_writer(n) as w:
    w.write(batch)``; an exception inside the block rolls back every batch. ``expected``
    (the number of entries the file may hold) decides at the first batch whether the
    secondary indexes are dropped and built again at the end.
    """

    def __init__(self, db: Database, category_names: dict[str, str], expected: int) -> None:
        self.db, self._names, self._expected = db, category_names, expected
        self._stack = ExitStack()
        self._texts: dict[str, str] = {}
        self._deferring = False
        self.written = 0

    def __enter__(self) -> OfferWriter:
        cache = self.db.execute("PRAGMA cache_size").fetchone()[0]
        self._stack.callback(self.db.execute, f"PRAGMA cache_size = {int(cache)}")
        self._stack.enter_context(paused_gc())
        self._stack.enter_context(self.db.atomic())
        return self

    def __exit__(self, *exc_info) -> bool:
        return self._stack.__exit__(*exc_info)

    def write(self, offers: Sequence[Offer], marks: dict[str, bytes] | None = None) -> None:
        """Store one batch (ids unique within the whole import).

        ``marks`` (offer id -> fingerprint of its list row) are recorded with the entries
        (:mod:`import_marks`)."""
        if not offers:
            return
        if not self.written and not self._deferring:
            if self._expected > CHUNK:  # a big write: the indexes' pages in memory
                self.db.execute(f"PRAGMA cache_size = {STREAM_CACHE_KIB}")
            existing = self.db.execute("SELECT count(*) FROM offer").fetchone()[0]
            if defer_indexes_for(self._expected, existing):
                self._stack.enter_context(deferred_indexes(self.db))
                self._deferring = True
        for chunk in _chunks(offers):
            nums = _write_rows(self.db.conn, chunk)
            _write_fts(self.db.conn, chunk, nums, self._names, self._texts)
            if marks:
                write_marks(
                    self.db.conn, [(nums[o.id], marks[o.id]) for o in chunk if o.id in marks]
                )
        self.written += len(offers)

    def keep_marks(self, marks: dict[str, bytes]) -> None:
        """Record the fingerprints of entries the import found unchanged."""
        if marks:
            mark_by_id(self.db.conn, marks.items())


def _write_rows(conn, chunk: Sequence[Offer]) -> dict[str, int]:
    """Providers, offers and their link rows; returns offer id -> num."""
    organizations = {o.organization_id: o.organization_name.strip() for o in chunk}
    organizations.pop(None, None)
    ids = [o.id for o in chunk]
    select = f"SELECT id, num FROM offer WHERE id IN ({', '.join('?' * len(ids))})"
    existed = dict(conn.execute(select, ids))
    conn.executemany(_UPSERT_ORGANIZATION, list(organizations.items()))
    _insert_many(conn, _upsert_offers, [offer_values(o) for o in chunk])
    nums = dict(conn.execute(select, ids))
    keys = [(num,) for num in existed.values()]  # only updated entries have old rows
    for table in ("offer_life_domain", "offer_category_link", "offer_schedule"):
        conn.executemany(f"DELETE FROM {table} WHERE offer_num = ?", keys)
    conn.executemany("DELETE FROM offer_fts WHERE rowid = ?", keys)
    domains, categories, schedules = [], [], []
    for offer in chunk:
        num = nums[offer.id]
        domains.extend((num, code) for code in dict.fromkeys(offer.life_domains))
        categories.extend(
            (num, cat, pos) for pos, cat in enumerate(dict.fromkeys(offer.category_ids))
        )
        schedules.extend(
            (num, pos, s.weekday, s.opens or "", s.closes or "", s.note or "")
            for pos, s in enumerate(offer.schedules)
        )
    _insert_many(conn, _LIFE_DOMAIN_ROWS, domains)
    _insert_many(conn, _CATEGORY_ROWS, categories)
    _insert_many(conn, _SCHEDULE_ROWS, schedules)
    return nums


def _write_fts(
    conn,
    chunk: Sequence[Offer],
    nums: dict[str, int],
    category_names: dict[str, str],
    texts: dict[str, str],
) -> None:
    rows = [
        (nums[o.id], *fts_values(o, [category_names[c] for c in o.category_ids], texts))
        for o in chunk
    ]
    # FTS5 takes many rows fastest one by one (a multi-row VALUES is copied first).
    conn.executemany(_FTS_ROW, rows)
