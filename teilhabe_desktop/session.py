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
import os
import weakref
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.keys import MAX_ATTEMPTS, KeySource
from teilhabe_desktop.paths import DataFolder, default_database_path, user_data_folder
from teilhabe_desktop.session_catalogue import CatalogueTeam
from teilhabe_desktop.session_places import PlacesImport
from teilhabe_desktop.store import keyfile
from teilhabe_desktop.store.database import MEMORY, Store, check_file, open_database
from teilhabe_desktop.store.keyfile import Secret, WrongSecret

if TYPE_CHECKING:  # what a command does not use is imported where it is used (issue 16)
    from filelock import FileLock

    from teilhabe_desktop.core.audit import AuditAction
    from teilhabe_desktop.core.plan import PlanSnapshot
    from teilhabe_desktop.store.persons import PersonRepository


class DatabaseInUse(UserError):
    """Another window or command works with this database right now."""

    exit_code = 1


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _acquire_writer_lock(db_path: Path, wait_seconds: float) -> FileLock:
    """One writer per database file: the GUI holds this lock while it is open, writing
    commands take it for their run. The operating system releases it when a process
    ends, so a crashed instance leaves no stale lock behind."""
    from filelock import FileLock, Timeout

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


class Session(CatalogueTeam, PlacesImport):
    """An open database of the app with its repositories and services."""

    def __init__(
        self, store: Store, key: bytes | None = None, writer_lock: FileLock | None = None
    ) -> None:
        self.store = store
        self._key = key
        self._writer_lock = writer_lock
        # a process that ends without close() still closes the store cleanly (marks it
        # closed), or its next start would take it for a file that lost its WAL
        self._closer = weakref.finalize(self, store.close)
        #: opened with the recovery key: the GUI then asks for a new passphrase
        self.unlocked_with_recovery = False

    # -- protection ----------------------------------------------------------------------
    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def key_file(self) -> Path:
        return keyfile.key_file_path(Path(self.store.path))

    def check_secret(self, secret: Secret) -> None:
        """Raise :class:`WrongSecret` unless ``secret`` opens this database (the lock
        screen); nothing is changed."""
        if not self.encrypted:
            return
        if keyfile.unlock(self.key_file, secret) != self._key:
            raise WrongSecret("Dieser Schlüssel gehört zu einer anderen Datenbank.")

    def change_passphrase(self, current: Secret, new_passphrase: str) -> None:
        """A new passphrase; the data stays as it is and the recovery key stays valid."""
        if not self.encrypted:
            raise WrongSecret(
                "Diese Beispieldatenbank ist nicht verschlüsselt und hat keine Passphrase."
            )
        keyfile.check_new_passphrase(new_passphrase)
        self.check_secret(current)  # the one slow derivation; the key is known then
        keyfile.set_passphrase(self.key_file, self._key, new_passphrase)
        self._key_file_to_backups()

    def set_passphrase_after_recovery(self, new_passphrase: str) -> None:
        """Right after an unlock with the recovery key (the passphrase was forgotten):
        a new passphrase without asking for the old one."""
        if not self.unlocked_with_recovery:
            raise WrongSecret("Bitte geben Sie die bisherige Passphrase an.")
        keyfile.set_passphrase(self.key_file, self._key, new_passphrase)
        self.unlocked_with_recovery = False
        self._key_file_to_backups()

    def _key_file_to_backups(self) -> None:
        """The backups' key files follow, so the old passphrase opens nothing any more."""
        from teilhabe_desktop.store.backup import backups_in, key_file_of
        from teilhabe_desktop.store.private_files import copy_private

        for _stamp, backup in backups_in(self.backup_folder):
            if key_file_of(backup).exists():
                copy_private(self.key_file, key_file_of(backup))

    def release_writer_lock(self) -> None:
        if self._writer_lock is not None:
            self._writer_lock.release()
            self._writer_lock = None

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
    def settings(self):
        return self.store.settings

    @property
    def glossary(self):
        """The office's own Wörter-Buch terms for *Mein Plan*."""
        return self.store.glossary

    @property
    def audit(self):
        return self.store.audit

    @property
    def places(self):
        return self.store.places

    def record(self, action: AuditAction, person_id: str, detail: str = "") -> None:
        """Append to the audit trail (what and to whom, never content)."""
        self.store.audit.record(action, person_id, detail)

    # -- connections for worker threads -------------------------------------------------
    def open_worker(self) -> Session:
        """A second session on the same file for one worker thread (WAL: readers and
        one writer side by side). The caller closes it when the work is done."""
        if self.store.path == MEMORY:
            raise RuntimeError("an in-memory database has no second connection")
        return Session(open_database(self.store.path, self._key, worker=True), self._key)

    # -- services ------------------------------------------------------------------------
    def load_demo(self) -> None:
        from teilhabe_desktop.demo import load_demo

        load_demo(self.store)

    def load_demo_catalogue(self):
        """Only the example catalogue (invented offers to try the app with)."""
        from teilhabe_desktop.exchange.demo_catalogue import load_demo_catalogue

        return load_demo_catalogue(self.store)

    def printable(self, person_id: str, version: int | None = None):
        """``(snapshot, version label)`` of the draft or of a finalised version."""
        from teilhabe_desktop.reports.variants import version_label
        from teilhabe_desktop.store.plans import PersonNotFound

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
        from teilhabe_desktop.exchange.safe_write import write_bytes

        write_bytes(path, data)

    def save_plan_pdf(
        self, person_id: str, variant: str, path: Path, version: int | None = None
    ) -> None:
        from teilhabe_desktop.exchange.safe_write import check_target

        check_target(path)  # before building the PDF: a wrong path fails at once
        snapshot, label = self.printable(person_id, version)
        self.save_pdf(self.render_plan(variant, snapshot, label), path)
        self.record_printed(person_id, variant, version)

    def record_printed(self, person_id: str, variant: str, version: int | None) -> None:
        from teilhabe_desktop.core.audit import AuditAction

        where = f"version {version}" if version else "draft"
        self.record(AuditAction.PRINTED, person_id, f"{variant} {where}")

    def export_person(self, person_id: str, path: Path, passphrase: str | None = None) -> str:
        """A person's file, sealed with ``passphrase`` (``None``: plain JSON, ``--plain``);
        the audit trail names the file by its fingerprint, never its content."""
        from teilhabe_desktop.core.audit import AuditAction
        from teilhabe_desktop.exchange.person_json import export_person

        fingerprint = export_person(self.store, person_id, path, passphrase)
        kind = "plain" if passphrase is None else "encrypted"
        self.record(AuditAction.EXPORTED, person_id, f"person-file {kind} {fingerprint}")
        return fingerprint

    def access_report(self, person_id: str, pdf_path: Path) -> tuple[Path, Path]:
        """Art. 15 GDPR / § 83 SGB X: everything stored about the person as a PDF and the
        same data as JSON beside it (same stem). Both are written completely or not at
        all and the report is recorded. Returns ``(pdf path, json path)``."""
        from datetime import datetime

        from teilhabe_desktop.core.audit import AuditAction
        from teilhabe_desktop.exchange.access_report import build_access_report, json_path_for
        from teilhabe_desktop.exchange.safe_write import check_target, write_bytes

        pdf_path = Path(pdf_path)
        check_target(pdf_path)  # before building: a wrong path fails at once
        json_path = json_path_for(pdf_path)
        check_target(json_path)
        pdf, document = build_access_report(self.store, person_id, datetime.now())
        write_bytes(json_path, document)
        try:
            write_bytes(pdf_path, pdf)
        except BaseException:
            json_path.unlink(missing_ok=True)  # no JSON without its PDF
            raise
        self.record(AuditAction.EXPORTED, person_id, "access-report")
        return pdf_path, json_path

    def read_person_file(self, path: Path, passphrase: str | None = None):
        """Read and check a person's file (plain or sealed); stores nothing."""
        from teilhabe_desktop.exchange.person_json import read_person_file

        return read_person_file(path, passphrase)

    def store_person_file(self, file, on_existing: str = "refuse", add_offers: bool = False):
        """Store a read person's file, all or nothing, and record it (see
        ``exchange.person_handover``). Returns the ``ImportOutcome``."""
        from teilhabe_desktop.core.audit import AuditAction
        from teilhabe_desktop.exchange.person_handover import store_person_file

        outcome = store_person_file(self.store, file, on_existing, add_offers)
        kind = "encrypted" if file.encrypted else "plain"
        how = " replaced" if outcome.replaced else " new-id" if outcome.new_id else ""
        self.record(
            AuditAction.IMPORTED, outcome.person_id, f"person-file {kind} {file.fingerprint}{how}"
        )
        return outcome

    def import_person(
        self,
        path: Path,
        passphrase: str | None = None,
        on_existing: str = "refuse",
        add_offers: bool = False,
    ):
        return self.store_person_file(
            self.read_person_file(path, passphrase), on_existing, add_offers
        )

    # -- planning reports and Sozialraumprofile (anonymous) ----------------------------
    def planning_table(self, period=None, min_cell: int = 3):
        """The suppressed planning figures of this database (see ``core.planning_*``)."""
        from teilhabe_desktop.core.planning_report import Period
        from teilhabe_desktop.exchange.planning_files import planning_table

        return planning_table(self.store, period or Period(), min_cell)

    def save_planning_report(self, path: Path, period=None, min_cell: int = 3) -> None:
        """The published report (.csv, .json or .pdf by the ending), suppressed."""
        from teilhabe_desktop.exchange.planning_files import report_kind, save_report

        report_kind(Path(path))  # a wrong ending fails before anything is counted
        save_report(Path(path), self.planning_table(period, min_cell), _now())

    def save_planning_merge_input(
        self, path: Path, period=None, passphrase: str | None = None
    ) -> None:
        """This workstation's exact figures for social planning to merge (confidential),
        sealed with ``passphrase``; readable JSON only when it is ``None``."""
        from teilhabe_desktop.core.planning_report import Period
        from teilhabe_desktop.exchange.planning_files import planning_counts, save_merge_input
        from teilhabe_desktop.exchange.planning_json import check_merge_name
        from teilhabe_desktop.exchange.safe_write import check_target

        check_merge_name(Path(path))
        check_target(Path(path))
        if passphrase is not None:
            from teilhabe_desktop.exchange.sealed_file import check_passphrase

            check_passphrase(passphrase)  # before anything is counted or written
        counts = planning_counts(self.store, period or Period())
        save_merge_input(Path(path), counts, _now(), passphrase)

    def sozialraum_profile(self, sozialraum_id: str, today: date | None = None):
        from teilhabe_desktop.exchange.planning_files import sozialraum_profile

        return sozialraum_profile(self.store, sozialraum_id, today or date.today())

    def save_sozialraum_profile_pdf(self, sozialraum_id: str, path: Path) -> None:
        from teilhabe_desktop.exchange.planning_files import render_profile_pdf
        from teilhabe_desktop.exchange.safe_write import check_target

        check_target(Path(path))
        self.save_pdf(render_profile_pdf(self.sozialraum_profile(sozialraum_id)), Path(path))

    def save_sozialraum_text(self, sozialraum_id: str, description: str, edited_by: str):
        return self.store.sozialraum_profiles.save_text(
            sozialraum_id, description, edited_by, _now()
        )

    # -- backups ---------------------------------------------------------------------------
    @property
    def backup_folder(self) -> Path:
        """``backups/`` beside the database, for the user alone."""
        from teilhabe_desktop.store.backup import backup_folder_for

        return backup_folder_for(Path(self.store.path))

    def backup(self, target: Path | None = None) -> Path:
        """A verified copy of the database, encrypted like it: to ``target``, or into the
        rotation folder (then older backups leave by the rotation rule)."""
        from datetime import datetime

        from teilhabe_desktop.store.backup import backup_into_rotation, write_backup

        if target is not None:
            from teilhabe_desktop.exchange.safe_write import check_target

            check_target(target)
            return write_backup(self.store.db, target, self._key, self.key_file)
        return backup_into_rotation(self.store.db, Path(self.store.path), self._key, datetime.now())

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
            self._closer()  # Store.close, once
        finally:
            self.release_writer_lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def _now():
    from datetime import datetime

    return datetime.now()


def _unlock(db_path: Path, keys: KeySource) -> tuple[bytes, bool]:
    """The data key of an encrypted database, asked from ``keys``, and whether the
    recovery key opened it. Reads only."""
    failed: WrongSecret | None = None
    for _attempt in range(MAX_ATTEMPTS):
        secret = keys.secret(db_path, failed)
        try:
            return keyfile.unlock(keyfile.key_file_path(db_path), secret), secret.recovery
        except WrongSecret as error:
            failed = error
    assert failed is not None
    raise failed


def _clear_stale_mark(session: Session, db_path: Path) -> None:
    """A reading command after a crashed writer: SQLite has recovered the WAL, and as
    the last connection this command will merge and remove it – so the crashed writer's
    mark is cleared, or the next start would take the file for one that lost its WAL."""
    from teilhabe_desktop.store.open_marker import left_open, mark_closed

    store = session.store
    if not (store.wal_at_open and left_open(store.db)):
        return
    from filelock import FileLock, Timeout

    probe = FileLock(lock_path(db_path), mode=0o600)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return  # the writer is alive: its mark is right
    try:
        mark_closed(store.db)
    finally:
        probe.release()


def _finish_interrupted_encryption(db_path: Path) -> None:
    """A conversion that stopped after its key file was written: if the encrypted file
    is already in place the pending key file is its key, otherwise it is discarded."""
    pending = keyfile.pending_key_file_path(db_path)
    if not pending.exists() or keyfile.key_file_path(db_path).exists():
        return
    from teilhabe_desktop.store.encryption import is_plaintext

    if db_path.exists() and not is_plaintext(db_path):
        os.replace(pending, keyfile.key_file_path(db_path))
    else:
        pending.unlink()


def _encrypt_plaintext(db_path: Path, passphrase: str) -> tuple[bytes, str]:
    """Convert a plaintext database in place (verified); returns key and recovery key."""
    from teilhabe_desktop.store.encryption import encrypt_copy, replace_plaintext

    pending = keyfile.pending_key_file_path(db_path)
    data_key, recovery_key = keyfile.create(pending, passphrase)
    try:
        copy = encrypt_copy(db_path, data_key)
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    replace_plaintext(db_path, copy)
    os.replace(pending, keyfile.key_file_path(db_path))
    return data_key, recovery_key


def open_session(
    db_path: Path | str | None = None,
    *,
    keys: KeySource,
    data_folder: DataFolder = user_data_folder,
    demo: bool = False,
    writer: bool = True,
    wait_seconds: float = 0.0,
) -> Session:
    """Open the given database, or the default one in the user's data folder.

    Every database is encrypted: a new one gets a passphrase from ``keys`` (and a
    recovery key, shown once), a plaintext one of version 0.1 is converted, an
    encrypted one is unlocked with its passphrase or recovery key. The one exception
    is ``demo`` on a new or plaintext file: an unencrypted example database.

    A ``writer`` session holds the database's writer lock (waiting up to
    ``wait_seconds`` for it); a second writer gets :class:`DatabaseInUse`. Read-only
    commands pass ``writer=False``. Raises
    :class:`~teilhabe_desktop.core.errors.UserError` (German message) when the file
    cannot be used or the passphrase is wrong or missing; the file is then unchanged.
    """
    if db_path is None:
        db_path = default_database_path(data_folder)
        db_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if str(db_path) == MEMORY:
        session = Session(open_database(MEMORY))
        if demo:
            session.load_demo()
        return session
    db_path = Path(db_path).expanduser()
    _finish_interrupted_encryption(db_path)
    has_key_file = keyfile.key_file_path(db_path).exists()
    check_file(db_path, encrypted=has_key_file)  # a file we must not use gets no lock
    creating = not has_key_file and not demo  # a new or a plaintext file gets encrypted
    lock = None
    if writer or creating:  # a second window is told at once, before any question
        lock = _acquire_writer_lock(db_path, wait_seconds)
    try:
        key = None
        recovered = False
        if has_key_file:
            # reads only: a wrong passphrase changes nothing
            key, recovered = _unlock(db_path, keys)
        elif creating:
            passphrase = keys.new_passphrase(db_path, converting=db_path.exists())
            keyfile.check_new_passphrase(passphrase)
            if db_path.exists():
                key, recovery_key = _encrypt_plaintext(db_path, passphrase)
            else:
                key, recovery_key = keyfile.create(keyfile.key_file_path(db_path), passphrase)
            # shown at once: the key file holds it from now on, whatever happens next
            keys.recovery_key_created(db_path, recovery_key)
        session = Session(open_database(db_path, key, writer=lock is not None), key, lock)
        session.unlocked_with_recovery = recovered
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if not writer and lock is not None:
        session.release_writer_lock()
    if lock is None:
        _clear_stale_mark(session, db_path)
    if demo:
        try:
            session.load_demo()
        except BaseException:
            session.close()
            raise
    return session


def database_path(db_path: Path | str | None, data_folder: DataFolder = user_data_folder) -> Path:
    """The file a session on ``db_path`` (``None``: the default database) works with."""
    if db_path is None:
        return default_database_path(data_folder)
    return Path(db_path).expanduser()


def newest_backup_of(db_path: Path) -> Path | None:
    """The newest backup of the database at ``db_path``, to offer when it is unusable."""
    from teilhabe_desktop.store.backup import newest_backup

    return newest_backup(db_path)


def put_back_backup(db_path: Path, backup: Path, keys: KeySource | None = None) -> Path:
    """Put ``backup`` where the unusable database is (GUI and ``restore PATH``); returns
    where the unusable file was kept. With ``keys`` the backup is checked first – opened
    read-only with its own key file – so a broken backup or a wrong passphrase moves
    nothing; the GUI's next :func:`open_session` checks and unlocks it anyway."""
    from datetime import datetime

    from teilhabe_desktop.store.backup import key_file_of, put_back, verify

    if keys is not None:
        key = None
        if key_file_of(backup).exists():
            key = keyfile.unlock(key_file_of(backup), keys.secret(backup, None))
        verify(backup, key)
    return put_back(db_path, backup, datetime.now())
