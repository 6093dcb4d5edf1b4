"""*Datei → Jetzt sichern* and *Sicherung wiederherstellen …*, and the daily backup."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.errorlog import log_error
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.backup import backups_in

#: How often an open window checks whether today's backup is still missing.
CHECK_MS = 60 * 60 * 1000
DAILY = timedelta(days=1)


class DailyBackup(QObject):
    """While the app stays open for days, a verified backup at least once a day."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self, now: datetime | None = None) -> Path | None:
        now = now or datetime.now()
        found = backups_in(self.session.backup_folder)
        if found and now - found[0][0] < DAILY:
            return None
        try:
            return self.session.backup()
        except Exception as error:  # the next check tries again; work goes on meanwhile
            log_error("daily backup failed", error)
            return None


def add_backup_actions(window: QMainWindow, menu: QMenu, session: Session) -> None:
    backup_now = QAction(window.tr("Jetzt &sichern"), window)
    backup_now.triggered.connect(lambda: _backup_now(window, session))
    restore = QAction(window.tr("Sicherung &wiederherstellen …"), window)
    restore.triggered.connect(lambda: choose_and_restore(window, session))
    menu.addAction(backup_now)
    menu.addAction(restore)
    window.backup_action = backup_now
    window.restore_action = restore
    window.daily_backup = DailyBackup(session, window)


def _backup_now(window: QMainWindow, session: Session) -> None:
    try:
        written = session.backup()
    except UserError as error:
        QMessageBox.warning(window, window.tr("Nicht gesichert"), error.message)
        return
    QMessageBox.information(
        window,
        window.tr("Gesichert"),
        window.tr("Sicherung geschrieben und geprüft:\n%1").replace("%1", str(written)),
    )


def choose_and_restore(window: QMainWindow, session: Session) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window,
        window.tr("Sicherung wiederherstellen"),
        str(session.backup_folder),
        window.tr("Sicherungen (*.backup.db *.db)"),
    )
    if name:
        restore_from(window, session, Path(name))


def restore_from(window: QMainWindow, session: Session, source: Path) -> None:
    answer = QMessageBox.question(
        window,
        window.tr("Sicherung wiederherstellen"),
        window.tr(
            "Die Datenbank wird auf den Stand der Sicherung „%1“ zurückgesetzt. Der "
            "jetzige Stand wird vorher selbst gesichert, so lässt sich auch das rückgängig "
            "machen. Fortfahren?"
        ).replace("%1", source.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    for page in window.page_by_key.values():  # what is typed is saved before
        may_leave = getattr(page, "may_leave", None)
        if may_leave is not None and not may_leave(window.tr("Trotzdem wiederherstellen")):
            return
    try:
        safety = session.restore(source)
    except UserError as error:
        QMessageBox.warning(window, window.tr("Nicht wiederhergestellt"), error.message)
        return
    QMessageBox.information(
        window,
        window.tr("Wiederhergestellt"),
        window.tr(
            "Der Stand der Sicherung ist wiederhergestellt. Der vorige Stand liegt in\n%1"
        ).replace("%1", str(safety)),
    )
    window.restart_requested = True  # the window opens anew on the restored data
    window.close()
