"""Helpers that make writing a whole catalogue at once fast (imports of 100,000 rows).

- :func:`paused_gc`: Python's cyclic garbage collector scans every live object again and
  again while an import creates hundreds of thousands of them; pausing it during the
  import halves the time of a preview. Nothing is lost: it runs again afterwards.
- :func:`deferred_indexes`: inside the caller's transaction, drop the secondary indexes
  of the catalogue tables before a big write and build them again (sorted, in one pass)
  before the transaction ends. A failure rolls the drop back with everything else.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from teilhabe_desktop.store.sql import Database

#: Tables whose secondary indexes a big write rebuilds instead of updating row by row.
BULK_TABLES = ("offer", "offer_life_domain", "offer_category_link")
#: A write of at least this many entries, and at least as many as the catalogue holds,
#: rebuilds the indexes (cheaper than updating them for every row).
DEFER_INDEXES_FROM = 10_000


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause cyclic garbage collection for the ``with`` block (reference counting goes on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def defer_indexes_for(writes: int, existing: int) -> bool:
    """Whether a write of ``writes`` entries into ``existing`` ones should rebuild indexes."""
    return writes >= DEFER_INDEXES_FROM and writes >= existing


@contextmanager
def deferred_indexes(db: Database, enabled: bool = True) -> Iterator[None]:
    """Drop the secondary indexes of :data:`BULK_TABLES`, recreate them after the block.

    Must run inside a transaction (``db.atomic()``): if the block raises, the indexes are
    not recreated here; the caller's rollback brings them back unchanged.
    """
    if not enabled:
        yield
        return
    marks = ", ".join("?" * len(BULK_TABLES))
    indexes = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        list(BULK_TABLES),
    ).fetchall()
    if not db.conn.in_transaction:
        raise RuntimeError("deferred_indexes needs a transaction")
    for name, _sql in indexes:
        db.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        db.execute(sql)
