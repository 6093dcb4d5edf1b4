"""The small database handle every repository works with.

It replaces sqlite-utils, of which the app used only this much: ``execute``, ``query``
(rows as dicts), ``atomic`` (a transaction, nested blocks as savepoints), ``conn`` and
``close``. Importing sqlite-utils cost 0.1–0.2 s of every start (pluggy, click,
dateutil); this module imports nothing but the standard library.

The connection is in driver autocommit mode (``isolation_level=None``, see
:func:`~teilhabe_desktop.store.connection.open_connection`): a statement outside
``atomic()`` commits on its own, transactions are always explicit.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

Params = Sequence[Any] | Mapping[str, Any] | None

_savepoint_numbers = itertools.count(1)  # unique names; `secrets` would cost 5 ms to import


class Database:
    """A driver connection with explicit, nestable transactions."""

    __slots__ = ("conn",)

    def __init__(self, conn) -> None:
        self.conn = conn
        # triggers fired by triggers (the full-text indexes) behave as sqlite-utils set them
        conn.execute("PRAGMA recursive_triggers = on")

    def execute(self, sql: str, parameters: Params = None):
        """Run one statement and return the driver's cursor."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Run a statement that returns rows; the rows come lazily, as dicts. A statement
        without rows raises ValueError (after it ran: use execute for those)."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() is for statements that return rows; use execute()")
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction; inside another one, a savepoint. An exception undoes the
        block (only the inner one when nested) and propagates."""
        if self.conn.in_transaction:
            yield from self._savepoint()
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _savepoint(self) -> Iterator[Database]:
        name = f"sp_{next(_savepoint_numbers)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            # an error such as RAISE(ROLLBACK) may have ended the whole transaction
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def _rollback(self) -> None:
        if self.conn.in_transaction:  # an error may have rolled it back already
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
