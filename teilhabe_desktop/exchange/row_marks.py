"""Recognising list rows that are exactly as the last import read them.

Re-importing an unchanged list of 100,000 rows must take seconds, not the half minute
that parsing, checking and comparing every row costs. Each row that an import reads
without a note gets a fingerprint; the store keeps it with the entry the row made
(``store/import_marks.py``) and forgets it as soon as that entry changes. The next
import of the list computes the same fingerprint from the row's raw cells: a known one
means the row gives exactly the stored entry, which is then counted as unchanged.

The fingerprint covers the row's cells and the name the row's Träger gets in this file,
and, through the key, everything else that decides what the row becomes: the reader's
version, the headers and the column mapping, and the database's reference data.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from teilhabe_desktop.store.import_marks import known_marks, reference_digest
from teilhabe_desktop.store.sql import Database

#: Raise whenever the reading of a row changes what it gives (forgets every mark).
READER_VERSION = b"csv-rows-1"
_SEPARATOR = "\x1f"


@dataclass
class RowMarks:
    """The known fingerprints and the key of one import's rows."""

    known: dict[bytes, str]  # fingerprint -> id of the entry
    reference: bytes

    @classmethod
    def load(cls, db: Database) -> RowMarks:
        return cls(known_marks(db), reference_digest(db))

    def keyed(self, layout: tuple) -> RowKey:
        """The fingerprints of a file whose headers and mapping ``layout`` describes."""
        key = hashlib.blake2b(repr(layout).encode(), digest_size=32)
        key.update(READER_VERSION)
        key.update(self.reference)
        return RowKey(self.known, key.digest())


@dataclass(frozen=True)
class RowKey:
    known: dict[bytes, str]
    key: bytes

    def fingerprint(self, values: list[str], organization_name: str) -> bytes:
        text = _SEPARATOR.join(values) + _SEPARATOR + organization_name
        return hashlib.blake2b(text.encode(), key=self.key, digest_size=16).digest()
