"""Fingerprints of the list rows the last import wrote, per entry (migration 0014).

An import of a list records, for each entry it wrote or found unchanged, a fingerprint
of the row it came from. The next import of the list looks each row's fingerprint up
first: a known one stands for exactly the entry as stored, which is then counted as
unchanged without parsing, checking and comparing the row again. A mark is forgotten
whenever its entry changes (trigger ``offer_import_mark_stale``).

What the fingerprint covers beyond the row is the caller's (``exchange/row_marks.py``);
:func:`reference_digest` is the part the database contributes: everything in it that
reading a row depends on (categories, life domains, Sozialräume, districts, Ortsteile,
place names, the street directory and boundaries).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from teilhabe_desktop.store.sql import Database

#: Tables whose content decides what a list row becomes (ids, derived places, checks).
REFERENCE_TABLES = (
    "offer_category",
    "life_domain",
    "sozialraum",
    "district",
    "ortsteil",
    "place_alias",
    "street_range",
    "boundary",
)


def reference_digest(db: Database) -> bytes:
    """A digest of every row of :data:`REFERENCE_TABLES` (changes when any of them does)."""
    digest = hashlib.blake2b(digest_size=16)
    for table in REFERENCE_TABLES:
        digest.update(table.encode())
        for row in sorted(map(repr, db.execute(f"SELECT * FROM {table}"))):
            digest.update(row.encode())
    return digest.digest()


def known_marks(db: Database) -> dict[bytes, str]:
    """Fingerprint -> id of every entry with a mark."""
    return dict(
        db.execute(
            "SELECT m.fingerprint, o.id FROM offer_import_mark m JOIN offer o "
            "ON o.num = m.offer_num"
        )
    )


def write_marks(conn, marks: Iterable[tuple[int, bytes]]) -> None:
    """Record ``(offer num, fingerprint)`` pairs (replacing an entry's earlier mark)."""
    conn.executemany(
        "INSERT OR REPLACE INTO offer_import_mark (offer_num, fingerprint) VALUES (?, ?)", marks
    )


def mark_by_id(conn, marks: Iterable[tuple[str, bytes]]) -> None:
    """Record ``(offer id, fingerprint)`` pairs of entries the import left as they are."""
    conn.executemany(
        "INSERT OR REPLACE INTO offer_import_mark (offer_num, fingerprint) "
        "SELECT num, ? FROM offer WHERE id = ?",
        [(fingerprint, offer_id) for offer_id, fingerprint in marks],
    )
