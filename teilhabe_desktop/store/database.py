"""Opening the app's database file safely.

Before anything touches a file, :func:`open_database` checks that it is a folder-free,
writable SQLite file of this app with a schema version the app knows. A file that fails
any check stays byte-for-byte as it was. Before a migration the file is copied aside.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from teilhabe_desktop.store.connection import (
    DriverError,
    checkpoint,
    open_connection,
    open_immutable,
)
from teilhabe_desktop.store.errors import (
    DatabaseDamaged,
    DatabaseFailure,
    DatabaseOpenError,
    DatabaseUnusable,
)
from teilhabe_desktop.store.migrations import (
    apply_migrations,
    latest_version,
    pending_migrations,
    schema_version,
)
from teilhabe_desktop.store.open_marker import left_open, mark_closed, mark_open
from teilhabe_desktop.store.plan_checksums import fill_missing_checksums
from teilhabe_desktop.store.sql import Database

if TYPE_CHECKING:  # each repository is imported on first use (issue 16: fast commands)
    from teilhabe_desktop.store.audit import AuditRepository
    from teilhabe_desktop.store.catalogue import CatalogueRepository
    from teilhabe_desktop.store.glossary import GlossaryRepository
    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.store.places import PlacesRepository
    from teilhabe_desktop.store.planning import PlanningRepository
    from teilhabe_desktop.store.plans import PlanRepository
    from teilhabe_desktop.store.reference import ReferenceRepository
    from teilhabe_desktop.store.settings import SettingsRepository
    from teilhabe_desktop.store.sozialraum_profiles import SozialraumProfileRepository

SQLITE_MAGIC = b"SQLite format 3\x00"
#: ``PRAGMA application_id`` of our files ("THD1"), set by migration 0001.
APPLICATION_ID = 0x54484431
MEMORY = ":memory:"


@dataclass
class Store:
    """An open, migrated database of the app and its repositories.

    The repositories are made once per store, on first use, and shared by everything
    that works with this database (CLI commands, pages, dialogs, exchange).
    """

    db: Database
    path: str
    backup_path: Path | None = None
    #: whether a WAL lay beside the file when it was opened (a crash leaves one)
    wal_at_open: bool = False
    #: set while this store's session marks the file as open (see ``open_marker``)
    marked_open: bool = False

    @cached_property
    def audit(self) -> AuditRepository:
        from teilhabe_desktop.store.audit import AuditRepository

        return AuditRepository(self.db)

    @cached_property
    def persons(self) -> PersonRepository:
        from teilhabe_desktop.store.persons import PersonRepository

        return PersonRepository(self.db)

    @cached_property
    def plans(self) -> PlanRepository:
        from teilhabe_desktop.store.plans import PlanRepository

        return PlanRepository(self.db)

    @cached_property
    def catalogue(self) -> CatalogueRepository:
        from teilhabe_desktop.store.catalogue import CatalogueRepository

        return CatalogueRepository(self.db)

    @cached_property
    def glossary(self) -> GlossaryRepository:
        from teilhabe_desktop.store.glossary import GlossaryRepository

        return GlossaryRepository(self.db)

    @cached_property
    def reference(self) -> ReferenceRepository:
        from teilhabe_desktop.store.reference import ReferenceRepository

        return ReferenceRepository(self.db)

    @cached_property
    def settings(self) -> SettingsRepository:
        from teilhabe_desktop.store.settings import SettingsRepository

        return SettingsRepository(self.db)

    @cached_property
    def places(self) -> PlacesRepository:
        from teilhabe_desktop.store.places import PlacesRepository

        return PlacesRepository(self.db)

    @cached_property
    def planning(self) -> PlanningRepository:
        from teilhabe_desktop.store.planning import PlanningRepository

        return PlanningRepository(self.db)

    @cached_property
    def sozialraum_profiles(self) -> SozialraumProfileRepository:
        from teilhabe_desktop.store.sozialraum_profiles import SozialraumProfileRepository

        return SozialraumProfileRepository(self.db)

    def close(self) -> None:
        try:
            if self.marked_open:
                mark_closed(self.db)
                self.marked_open = False
            self.db.execute("PRAGMA optimize")
            self.db.conn.close()
        except DriverError:
            pass


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except PermissionError as exc:
        raise DatabaseOpenError(f"Keine Leseberechtigung für die Datei „{path}“.") from exc
    except OSError as exc:
        raise DatabaseOpenError(
            f"Die Datei „{path}“ kann nicht gelesen werden: {exc.strerror}."
        ) from exc


def _is_empty_sqlite(path: Path) -> bool:
    """True for a fresh SQLite file without tables (read without touching it)."""
    try:
        conn = open_immutable(path)
    except DriverError:
        return False
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except DriverError:
        return False
    finally:
        conn.close()


def check_file(path: Path, encrypted: bool = False) -> None:
    """Raise :class:`DatabaseOpenError` if ``path`` must not be opened. Reads only.

    An ``encrypted`` file shows nothing in its header; what the header would tell
    (application id, schema) is checked after it was opened with its key."""
    if path.is_dir():
        raise DatabaseOpenError(f"„{path}“ ist ein Ordner. Bitte geben Sie eine Datenbankdatei an.")
    folder = path.parent if str(path.parent) else Path(".")
    if not path.exists():
        stray = [s for s in ("-wal", "-journal") if path.with_name(path.name + s).exists()]
        if stray:
            raise DatabaseUnusable(
                f"Die Datenbank „{path}“ fehlt, aber ihre Änderungsdatei „{path.name}"
                f"{stray[0]}“ liegt noch daneben. Es wird keine neue, leere Datenbank "
                "angelegt. Bitte legen Sie die Datenbankdatei zurück oder stellen Sie "
                "eine Sicherung wieder her."
            )
        if not folder.is_dir():
            raise DatabaseOpenError(f"Der Ordner „{folder}“ existiert nicht.")
        if not os.access(folder, os.W_OK):
            raise DatabaseOpenError(
                f"Keine Schreibberechtigung im Ordner „{folder}“. Die Datenbank kann dort "
                "nicht angelegt werden."
            )
        return
    header = _header(path)
    mode = path.stat().st_mode
    if not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise DatabaseOpenError(
            f"Die Datei „{path}“ ist schreibgeschützt. Teilhabe Desktop braucht "
            "Schreibzugriff, um Änderungen sicher zu speichern."
        )
    if not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            f"Keine Schreibberechtigung im Ordner „{folder}“ (nötig für das Änderungsprotokoll "
            "der Datenbank)."
        )
    if not header:
        # Never silently re-initialised: a file of 0 bytes where a database was is
        # what a failed copy or a full disk leaves behind.
        raise DatabaseUnusable(
            f"Die Datei „{path}“ ist leer (0 Byte). Sie wird nicht als neue Datenbank "
            "verwendet, damit keine Daten überschrieben werden. Bitte stellen Sie eine "
            "Sicherung wieder her oder geben Sie einen neuen Dateinamen an."
        )
    if encrypted and not header.startswith(SQLITE_MAGIC):
        if len(header) < 100:
            raise DatabaseUnusable(
                f"Die Datei „{path}“ ist zu kurz für eine Datenbank (abgeschnitten). Bitte "
                "stellen Sie eine Sicherung wieder her. Die Datei wurde nicht verändert."
            )
        return
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise DatabaseUnusable(
            f"Die Datei „{path}“ ist keine Datenbank von Teilhabe Desktop, die sich lesen lässt: "
            "entweder kein SQLite-Format, oder sie ist verschlüsselt und ihre "
            f"Schlüsseldatei „{path.name}.key“ fehlt daneben. Die Datei wurde nicht "
            "verändert."
        )
    version = int.from_bytes(header[60:64], "big")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID and not (version == 0 and _is_empty_sqlite(path)):
        raise DatabaseOpenError(
            f"Die Datei „{path}“ ist eine SQLite-Datenbank, aber nicht von Teilhabe Desktop. "
            "Die Datei wurde nicht verändert."
        )
    if version > latest_version():
        raise DatabaseOpenError(
            f"Die Datenbank „{path}“ stammt aus einer neueren Version von Teilhabe Desktop "
            f"(Schema {version}, dieses Programm kennt bis {latest_version()}). Bitte "
            "aktualisieren Sie das Programm. Die Datei wurde nicht verändert."
        )


def _backup(db: Database, path: Path, key: bytes | None) -> Path:
    """The copy before a migration: a verified backup in the rotation folder, encrypted
    like the database (no ``.bak`` kept forever beside it)."""
    from teilhabe_desktop.store.backup import backup_into_rotation

    return backup_into_rotation(db, path, key, datetime.now())


def _wrong_key(path: Path) -> DatabaseUnusable:
    return DatabaseUnusable(
        f"Die Datenbank „{path}“ lässt sich mit ihrem Schlüssel nicht öffnen: Die "
        "Schlüsseldatei gehört zu einer anderen Datenbank, oder die Datei ist beschädigt. "
        "Die Datei wurde nicht verändert."
    )


def _check_opened(db: Database, path: Path, key: bytes | None) -> None:
    """What the header shows of a plain file, checked once the key has opened it, and a
    quick integrity check at every open."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
    except DriverError as exc:
        if key is None:
            raise
        raise _wrong_key(path) from exc
    if key is not None and app_id not in (0, APPLICATION_ID):
        raise DatabaseOpenError(
            f"Die Datei „{path}“ ist keine Datenbank von Teilhabe Desktop. "
            "Die Datei wurde nicht verändert."
        )
    problem = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    if problem != "ok":
        raise DatabaseUnusable(
            f"Die Datenbank „{path}“ ist beschädigt (Schnellprüfung: nicht in Ordnung). Sie "
            "wird nicht verändert. Bitte stellen Sie die neueste Sicherung wieder her."
        )


def _private(path: Path) -> None:
    """The database and its WAL/SHM files are for the user alone (POSIX 0600)."""
    if os.name != "posix":
        return  # on Windows the user's profile folder protects them
    for suffix in ("", "-wal", "-shm"):
        target = path.with_name(path.name + suffix)
        try:
            if target.exists() and stat.S_IMODE(target.stat().st_mode) != 0o600:
                os.chmod(target, 0o600)
        except OSError:
            pass  # a file we cannot chmod is not ours to change


def open_database(
    path: Path | str, key: bytes | None = None, *, worker: bool = False, writer: bool = False
) -> Store:
    """Open (or create) the database at ``path`` and bring its schema up to date.

    ``key`` is the raw data key of an encrypted database. A ``worker`` connection (a
    second one of a running session) skips the checks the session made at its open.
    The ``writer`` (the session holding the writer lock) marks the file as open until
    its clean close and refuses a file whose WAL went missing.
    """
    memory = str(path) == MEMORY
    wal_present = False
    if not memory:
        path = Path(path).expanduser()
        check_file(path, encrypted=key is not None)
        wal_present = path.with_name(path.name + "-wal").exists()
    try:
        db = open_connection(path, key)
    except DriverError as exc:
        if key is not None:
            raise _wrong_key(Path(path)) from exc
        raise DatabaseOpenError(
            f"Die Datenbank „{path}“ kann nicht geöffnet werden: {exc}"
        ) from exc
    store = Store(db, str(path), wal_at_open=wal_present)
    try:
        if not memory and not worker:
            _check_opened(db, Path(path), key)
            if writer and left_open(db) and not wal_present:
                raise DatabaseUnusable(
                    f"Die Änderungsdatei „{Path(path).name}-wal“ der Datenbank fehlt. Sie "
                    "wurde zuletzt nicht sauber geschlossen, und ohne diese Datei fehlen die "
                    "neuesten Änderungen. Bitte legen Sie die Datei zurück neben die "
                    "Datenbank oder stellen Sie eine Sicherung wieder her. Die Datenbank "
                    "wurde nicht verändert."
                )
        version = schema_version(db)
        if version > latest_version():  # the header said otherwise, e.g. a WAL not yet merged
            raise DatabaseOpenError(
                f"Die Datenbank „{path}“ stammt aus einer neueren Version von Teilhabe Desktop."
            )
        pending = pending_migrations(db)
        if pending and version > 0 and not memory:
            store.backup_path = _backup(db, Path(path), key)
        apply_migrations(db, pending)
        fill_missing_checksums(db)
        if not memory:
            if writer:
                mark_open(db)
                store.marked_open = True
            # one checkpoint: brings the open mark into the main file and finishes an
            # erasure another reader had kept in the WAL; never makes the start wait
            checkpoint(db, wait=False)
            _private(Path(path))
    except DatabaseDamaged as exc:
        db.conn.close()
        raise DatabaseUnusable(
            f"Die Datenbank „{path}“ ist beschädigt: {exc} Die Datei wurde nicht verändert."
        ) from exc
    except DriverError as exc:
        db.conn.close()
        raise DatabaseFailure(
            f"Die Datenbank „{path}“ konnte nicht vorbereitet werden: {exc}"
        ) from exc
    except BaseException:
        db.conn.close()
        raise
    return store
