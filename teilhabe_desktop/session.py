"""The application session: one open database and what works on it, for CLI and GUI.

Both front ends open the database only through :func:`open_session` (path, key) and
then use the session's repositories and services; neither builds repositories or passes
the raw connection around. The session is Qt-free, so headless commands never load Qt
(as dangerzone's ``DangerzoneCore`` is shared by its CLI and GUI).

Services that leave a trace outside the database (printing, export, import) live here,
so each is done — and later recorded — the same way from both front ends.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from filelock import FileLock, Timeout

from teilhabe_desktop.core.audit import AuditAction
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import PlanSnapshot
from teilhabe_desktop.exchange.safe_write import check_target, write_bytes
from teilhabe_desktop.paths import DataFolder, default_database_path, user_data_folder
from teilhabe_desktop.store.database import MEMORY, Store, check_file, open_database
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PersonNotFound

#: Asked for the key of an existing or new database file; ``None`` for no key.
KeyProvider = Callable[[Path], str | None]


def no_key(_path: Path) -> str | None:
    return None


class DatabaseInUse(UserError):
    """Another window or command works with this database right now."""

    exit_code = 1


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _acquire_writer_lock(db_path: Path, wait_seconds: float) -> FileLock:
    """One writer per database file: the GUI holds this lock while it is open, writing
    commands take it for their run. The operating system releases it when a process
    ends, so a crashed instance leaves no stale lock behind."""
    lock = FileLock(lock_path(db_path), mode=0o600)
    try:
        lock.acquire(timeout=wait_seconds)
    except Timeout as error:
        raise DatabaseInUse(
            f"Die Datenbank „{db_path}“ ist schon geöffnet – in einem anderen Fenster von "
            "Teilhabe Desktop oder von einem Befehl. Bitte arbeiten Sie dort weiter oder "
            "schließen Sie es zuerst. Es wurde nichts verändert."
        ) from error
    return lock


class Session:
    """An open database of the app with its repositories and services."""

    def __init__(
        self, store: Store, key: str | None = None, writer_lock: FileLock | None = None
    ) -> None:
        self.store = store
        self._key = key
        self._writer_lock = writer_lock

    # -- repositories (made once per database, shared) ----------------------------------
    @property
    def path(self) -> str:
        return self.store.path

    @property
    def persons(self) -> PersonRepository:
        return self.store.persons

    @property
    def plans(self):
        return self.store.plans

    @property
    def catalogue(self):
        return self.store.catalogue

    @property
    def reference(self):
        return self.store.reference

    @property
    def audit(self):
        return self.store.audit

    def record(self, action: AuditAction, person_id: str, detail: str = "") -> None:
        """Append to the audit trail (what and to whom, never content)."""
        self.store.audit.record(action, person_id, detail)

    # -- connections for worker threads -------------------------------------------------
    def open_worker(self) -> Session:
        """A second session on the same file for one worker thread (WAL: readers and
        one writer side by side). The caller closes it when the work is done."""
        if self.store.path == MEMORY:
            raise RuntimeError("an in-memory database has no second connection")
        return Session(open_database(self.store.path, self._key), self._key)

    # -- services ------------------------------------------------------------------------
    def load_demo(self) -> None:
        from teilhabe_desktop.demo import load_demo

        load_demo(self.store)

    def printable(self, person_id: str, version: int | None = None):
        """``(snapshot, version label)`` of the draft or of a finalised version."""
        from teilhabe_desktop.reports.variants import version_label

        if not self.persons.exists(person_id):
            raise PersonNotFound(person_id)
        if version is None:
            return self.plans.snapshot(person_id), version_label(None)
        frozen = self.plans.version(person_id, version)
        return frozen.snapshot, version_label(frozen)

    def render_plan(
        self, variant: str, snapshot: PlanSnapshot, label: str, printed_on: date | None = None
    ) -> bytes:
        """The PDF of *Mein Plan* (``person``) or the *Gesamtplan* (``formal``)."""
        from teilhabe_desktop.reports.variants import build_plan_pdf

        buffer = io.BytesIO()
        build_plan_pdf(
            variant,
            snapshot,
            buffer,
            version_label=label,
            printed_on=printed_on or date.today(),
        )
        return buffer.getvalue()

    def save_pdf(self, data: bytes, path: Path) -> None:
        """Write a printout completely or not at all (the same for CLI and GUI)."""
        write_bytes(path, data)

    def save_plan_pdf(
        self, person_id: str, variant: str, path: Path, version: int | None = None
    ) -> None:
        check_target(path)  # before building the PDF: a wrong path fails at once
        snapshot, label = self.printable(person_id, version)
        self.save_pdf(self.render_plan(variant, snapshot, label), path)
        self.record_printed(person_id, variant, version)

    def record_printed(self, person_id: str, variant: str, version: int | None) -> None:
        where = f"version {version}" if version else "draft"
        self.record(AuditAction.PRINTED, person_id, f"{variant} {where}")

    def export_person(self, person_id: str, path: Path) -> None:
        from teilhabe_desktop.exchange.person_json import export_person

        export_person(self.store, person_id, path)
        self.record(AuditAction.EXPORTED, person_id, "person-json")

    def import_person(self, path: Path):
        from teilhabe_desktop.exchange.person_json import import_person

        person = import_person(self.store, path)
        self.record(AuditAction.IMPORTED, person.id, "person-json")
        return person

    # -- backups ---------------------------------------------------------------------------
    @property
    def backup_folder(self) -> Path:
        """``backups/`` beside the database, for the user alone."""
        return Path(self.store.path).parent / "backups"

    def backup(self, target: Path | None = None) -> Path:
        """A verified copy of the database: to ``target``, or into the rotation folder
        (then older backups leave by the rotation rule)."""
        from datetime import datetime

        from teilhabe_desktop.store.backup import backup_name, rotate, write_backup

        if target is not None:
            check_target(target)
            return write_backup(self.store.db, target, self._key)
        now = datetime.now()
        self.backup_folder.mkdir(mode=0o700, exist_ok=True)
        written = write_backup(self.store.db, self.backup_folder / backup_name(now), self._key)
        rotate(self.backup_folder, now)
        return written

    def restore(self, source: Path) -> Path:
        """Replace the database's content by a verified backup; the current state is
        backed up first (returned), so a restore can itself be undone."""
        from teilhabe_desktop.store.backup import restore_into, verify

        verify(source, self._key)  # before anything is touched
        safety = self.backup()
        restore_into(self.store.db, source, self._key)
        return safety

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            if self._writer_lock is not None:
                self._writer_lock.release()
                self._writer_lock = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def open_session(
    db_path: Path | str | None = None,
    *,
    key_for: KeyProvider = no_key,
    data_folder: DataFolder = user_data_folder,
    demo: bool = False,
    writer: bool = True,
    wait_seconds: float = 0.0,
) -> Session:
    """Open the given database, or the default one in the user's data folder.

    A ``writer`` session holds the database's writer lock (waiting up to
    ``wait_seconds`` for it); a second writer gets :class:`DatabaseInUse`. Read-only
    commands pass ``writer=False``. Raises
    :class:`~teilhabe_desktop.core.errors.UserError` (German message) when the file
    cannot be used; the file is then unchanged.
    """
    if db_path is None:
        db_path = default_database_path(data_folder)
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    memory = str(db_path) == MEMORY
    lock = None
    if writer and not memory:
        db_path = Path(db_path).expanduser()
        check_file(db_path)  # a file we must not use gets no lock file beside it
        lock = _acquire_writer_lock(db_path, wait_seconds)
    try:
        key = None if memory else key_for(Path(db_path))
        session = Session(open_database(db_path, key), key, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if demo:
        try:
            session.load_demo()
        except BaseException:
            session.close()
            raise
    return session
