"""Schema migrations: numbered SQL files, version in ``PRAGMA user_version``.

``db/migrations/NNNN_name.sql`` brings the schema from version NNNN-1 to NNNN. All
pending files run in one transaction together with the new ``user_version``: either
all of them apply or none.

Foreign keys are switched off while they run (SQLite can change a CHECK constraint
only by rebuilding the table, and dropping the old table must not cascade to the rows
that refer to it); ``PRAGMA foreign_key_check`` then refuses to commit any broken
reference, and the previous setting is restored afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from teilhabe_desktop.assets import migrations_dir
from teilhabe_desktop.store.sql import Database

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def available_migrations(folder: Path | None = None) -> list[Migration]:
    folder = folder or migrations_dir()
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration files are not numbered 1..n without gaps: {versions}")
    return found


def latest_version(folder: Path | None = None) -> int:
    return len(available_migrations(folder))


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def pending_migrations(db: Database, folder: Path | None = None) -> list[Migration]:
    current = schema_version(db)
    return [m for m in available_migrations(folder) if m.version > current]


def apply_migrations(db: Database, migrations: list[Migration]) -> None:
    """Run ``migrations`` in one transaction and set ``user_version`` to the last one."""
    if not migrations:
        return
    script = ["BEGIN IMMEDIATE;"]
    for migration in migrations:
        script.append(migration.sql())
        script.append(";")
    script.append(f"PRAGMA user_version = {migrations[-1].version};")
    if db.conn.in_transaction:  # PRAGMA foreign_keys would be a silent no-op inside one
        raise RuntimeError("migrations must not run inside an open transaction")
    foreign_keys = db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        db.conn.executescript("\n".join(script))
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"migration leaves broken references: {problems[:5]}")
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    finally:
        db.conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
