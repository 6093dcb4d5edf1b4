"""Backups through SQLite's online backup API, verified, rotated; restore.

A backup is a complete database file written beside its final name and renamed only
after it was opened again and checked (``quick_check``, application id, schema), so a
backup that exists is a backup that works. Rotation keeps the newest backup of each of
the last :data:`KEEP_DAILY` days and of each of the last :data:`KEEP_WEEKLY` weeks, and
the :data:`KEEP_LATEST` newest ones.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from teilhabe_desktop.store.connection import DriverError, open_connection
from teilhabe_desktop.store.database import APPLICATION_ID
from teilhabe_desktop.store.errors import DatabaseFailure
from teilhabe_desktop.store.migrations import latest_version, schema_version
from teilhabe_desktop.store.open_marker import mark_closed
from teilhabe_desktop.store.private_files import copy_private
from teilhabe_desktop.store.sql import Database

KEEP_DAILY = 7
KEEP_WEEKLY = 4
#: The newest backups are always kept, whatever their day: the one made before a
#: restore or a migration must not leave at the next close on the same day.
KEEP_LATEST = 5
PREFIX = "teilhabe-"
SUFFIX = ".backup.db"
_STAMP = "%Y%m%d-%H%M%S"


class BackupInvalid(DatabaseFailure):
    """The file is no usable backup of this app."""

    exit_code = 2


def verify(path: Path, key: bytes | None = None) -> int:
    """Open ``path`` and check it is a sound database of this app; returns its schema."""
    if not Path(path).is_file():  # opening a missing file would create an empty one
        raise BackupInvalid(f"Die Sicherung „{Path(path).name}“ gibt es nicht.")
    try:
        db = open_connection(path, key)
    except DriverError as error:
        raise BackupInvalid(f"„{path.name}“ lässt sich nicht als Datenbank öffnen.") from error
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise BackupInvalid(f"„{path.name}“ ist keine Sicherung von Teilhabe Desktop.")
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupInvalid(f"„{path.name}“ ist beschädigt.")
        version = schema_version(db)
        if version > latest_version():
            raise BackupInvalid(
                f"„{path.name}“ stammt aus einer neueren Version von Teilhabe Desktop."
            )
        return version
    except DriverError as error:
        raise BackupInvalid(f"„{path.name}“ ist beschädigt oder unvollständig.") from error
    finally:
        db.conn.close()


def key_file_of(backup: Path) -> Path:
    """The copy of the key file beside an encrypted backup (it opens with the same
    passphrase or recovery key as the database; useless without them)."""
    return backup.with_name(backup.name + ".key")


def write_backup(
    db: Database, target: Path, key: bytes | None = None, key_file: Path | None = None
) -> Path:
    """Copy the open database ``db`` to ``target`` (complete or not at all, 0600); an
    encrypted one gets a copy of its ``key_file`` beside it."""
    target = Path(target)
    handle, name = tempfile.mkstemp(prefix=".teilhabe-", suffix=".part", dir=target.parent)
    os.close(handle)
    partial = Path(name)
    try:
        partial.unlink()  # the backup API creates the file itself
        copy = open_connection(partial, key)
        try:
            db.conn.backup(copy.conn)
            mark_closed(copy)  # a copy put back later must not look like a lost WAL
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.conn.close()
        if os.name == "posix":
            os.chmod(partial, 0o600)
        verify(partial, key)
        if key is not None and key_file is not None and key_file.exists():
            copy_private(key_file, key_file_of(target))
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target


def restore_into(db: Database, source: Path, key: bytes | None = None) -> None:
    """Replace the content of the open database by ``source`` (verified first) and bring
    its schema up to date."""
    from teilhabe_desktop.store.migrations import apply_migrations, pending_migrations

    verify(source, key)
    origin = open_connection(source, key)
    try:
        origin.conn.backup(db.conn)
    finally:
        origin.conn.close()
    db.execute("PRAGMA journal_mode = WAL")
    apply_migrations(db, pending_migrations(db))


def backup_name(when: datetime) -> str:
    return f"{PREFIX}{when.strftime(_STAMP)}{SUFFIX}"


def backup_folder_for(db_path: Path) -> Path:
    """``backups/<database name>/`` beside the database: its rotation folder, for the
    user alone (two databases in one folder never share a rotation)."""
    return Path(db_path).parent / "backups" / Path(db_path).stem


def backup_into_rotation(db: Database, db_path: Path, key: bytes | None, now: datetime) -> Path:
    """A verified backup in the rotation folder; older ones leave by the rotation rule."""
    from teilhabe_desktop.store.keyfile import key_file_path

    folder = backup_folder_for(db_path)
    folder.parent.mkdir(mode=0o700, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / backup_name(now)
    while target.exists():  # two backups in one second (a migration, then a close)
        now += timedelta(seconds=1)
        target = folder / backup_name(now)
    written = write_backup(db, target, key, key_file_path(Path(db_path)))
    rotate(folder, now)
    return written


def _stamp_of(path: Path) -> datetime | None:
    text = path.name.removeprefix(PREFIX).removesuffix(SUFFIX)
    try:
        return datetime.strptime(text, _STAMP)
    except ValueError:
        return None


def backups_in(folder: Path) -> list[tuple[datetime, Path]]:
    """The app's backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [(_stamp_of(p), p) for p in folder.glob(f"{PREFIX}*{SUFFIX}")]
    return sorted(((s, p) for s, p in found if s is not None), reverse=True)


def to_keep(stamps: list[datetime], now: datetime) -> set[datetime]:
    """The newest backup of each of the last days and weeks (pure rule, for tests)."""
    keep: set[datetime] = set(sorted(stamps, reverse=True)[:KEEP_LATEST])
    days: set = set()
    weeks: set = set()
    for stamp in sorted(stamps, reverse=True):
        day = stamp.date()
        week = day.isocalendar()[:2]
        if day not in days and now.date() - day < timedelta(days=KEEP_DAILY):
            days.add(day)
            keep.add(stamp)
        if week not in weeks and now.date() - day < timedelta(weeks=KEEP_WEEKLY):
            weeks.add(week)
            keep.add(stamp)
    return keep


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns what was deleted."""
    found = backups_in(folder)
    keep = to_keep([s for s, _ in found], now)
    removed = []
    for stamp, path in found:
        if stamp not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
                key_file_of(path).unlink(missing_ok=True)
    return removed


def oldest_expiry(folder: Path, now: datetime) -> datetime | None:
    """When the oldest backup kept today leaves the rotation (at the latest)."""
    found = backups_in(folder)
    if not found:
        return None
    oldest = min(s for s, _ in found)
    return max(oldest + timedelta(weeks=KEEP_WEEKLY), now)


def newest_backup(db_path: Path) -> Path | None:
    """The newest backup in the database's rotation folder, if there is one."""
    found = backups_in(backup_folder_for(db_path))
    return found[0][1] if found else None


def put_back(db_path: Path, backup: Path, now: datetime) -> Path:
    """Put ``backup`` (and its key file) where the database was, for a database that
    cannot be opened any more. The unusable file is kept beside it, renamed (returned),
    never deleted: it may still be needed. The backup itself stays in the rotation."""
    from teilhabe_desktop.store.keyfile import key_file_path

    aside = db_path.with_name(f"{db_path.name}.unbrauchbar-{now.strftime(_STAMP)}")
    if db_path.exists():
        os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):  # they belong to the unusable file, not the backup
        stale = db_path.with_name(db_path.name + suffix)
        if stale.exists():
            os.replace(stale, aside.with_name(aside.name + suffix))
    if key_file_of(backup).exists():
        copy_private(key_file_of(backup), key_file_path(db_path))
    copy_private(backup, db_path)
    return aside
