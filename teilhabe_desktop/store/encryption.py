"""Turning a plaintext database (version 0.1) into an encrypted one, verified.

The encrypted copy is written beside the file under a name that tells nothing
(``.teilhabe-….part``), checked (opens with the key, quick check, application id,
schema, the same number of rows in every table) and only then moved over the plaintext
file. The plaintext copies the app itself made earlier – migration ``.bak`` files
beside the database and plaintext backups in the rotation folder – are removed too.

Removing a file is not a secure wipe: on SSDs and journalling file systems the old
blocks may survive. ``docs/datenschutz.md`` therefore recommends full-disk encryption.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from teilhabe_desktop.store.backup import backup_folder_for, backups_in, verify
from teilhabe_desktop.store.connection import checkpoint, key_literal, open_connection
from teilhabe_desktop.store.database import SQLITE_MAGIC
from teilhabe_desktop.store.errors import DatabaseFailure


def is_plaintext(path: Path) -> bool:
    """True for a file that starts like an unencrypted SQLite database."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _row_counts(db) -> dict[str, int]:
    tables = [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}


def encrypt_copy(source: Path, key: bytes) -> Path:
    """Write an encrypted, verified copy of the plaintext database ``source`` beside it;
    returns its (temporary) path. ``source`` is not changed."""
    handle, name = tempfile.mkstemp(prefix=".teilhabe-", suffix=".part", dir=source.parent)
    os.close(handle)
    target = Path(name)
    target.unlink()
    db = open_connection(source)
    try:
        if not checkpoint(db):
            raise DatabaseFailure(
                "Ein anderes Programm liest gerade die Datenbank; sie kann jetzt nicht "
                "verschlüsselt werden. Bitte schließen Sie es und versuchen Sie es erneut. "
                "Es wurde nichts verändert."
            )
        expected = _row_counts(db)
        user_version = db.execute("PRAGMA user_version").fetchone()[0]
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        db.execute(f"ATTACH DATABASE ? AS encrypted KEY {key_literal(key)}", [str(target)])
        try:
            db.execute("SELECT sqlcipher_export('encrypted')")
            db.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
            db.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        finally:
            db.execute("DETACH DATABASE encrypted")
    except BaseException:
        db.conn.close()
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise
    db.conn.close()
    try:
        if os.name == "posix":
            os.chmod(target, 0o600)
        verify(target, key)
        copy = open_connection(target, key)
        try:
            found = _row_counts(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.conn.close()
        if found != expected:
            raise DatabaseFailure(
                "Die verschlüsselte Kopie der Datenbank stimmt nicht mit dem Original "
                "überein. Das Original wurde nicht verändert."
            )
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise
    return target


def plaintext_leftovers(db_path: Path) -> list[Path]:
    """Plaintext copies the app made of this database: migration ``.bak`` files beside
    it and unencrypted backups in its rotation folder."""
    found = sorted(db_path.parent.glob(f"{db_path.name}.v*.bak"))
    found += [p for _, p in backups_in(backup_folder_for(db_path))]
    return [p for p in found if is_plaintext(p)]


def replace_plaintext(db_path: Path, encrypted: Path) -> list[Path]:
    """Move the verified encrypted copy over the plaintext database and remove the
    plaintext leftovers; returns the files removed."""
    removed = []
    for suffix in ("-wal", "-shm"):  # emptied by the checkpoint; never applied to the copy
        stale = db_path.with_name(db_path.name + suffix)
        if stale.exists():
            stale.unlink()
            removed.append(stale)
    os.replace(encrypted, db_path)
    for leftover in plaintext_leftovers(db_path):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed
