"""Starting the GUI: QApplication, the error boundary, the session, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from teilhabe_desktop import __version__
from teilhabe_desktop.assets import resource
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.errorlog import log_error, setup_logging
from teilhabe_desktop.keys import UnlockCancelled
from teilhabe_desktop.session import (
    Session,
    database_path,
    newest_backup_of,
    open_session,
    put_back_backup,
)
from teilhabe_desktop.ui.common.wheel_guard import install_wheel_guard
from teilhabe_desktop.ui.shell.error_dialog import ErrorBoundary, show_error
from teilhabe_desktop.ui.shell.paths import qt_data_folder, set_application_names


def install_german(app: QApplication) -> None:
    """German for everything Qt draws itself (standard buttons, file and print dialogs)
    and German number and date formats, whatever the system locale is."""
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(locale)
    if app.property("teilhabe_translator_installed"):
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(locale, "qtbase", "_", folder):
        app.installTranslator(translator)
        app.setProperty("teilhabe_translator_installed", True)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    set_application_names()
    install_german(app)
    install_wheel_guard(app)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    for font_file in sorted(resource("fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.5))
    app.setFont(font)
    return app


def open_gui_session(db_path: Path | None, demo: bool = False) -> Session:
    """Open the given or the default database, asking for the passphrase in dialogs;
    raises :class:`UserError` with a message."""
    from teilhabe_desktop.ui.security.key_source import DialogKeys

    return open_session(db_path, keys=DialogKeys(), data_folder=qt_data_folder, demo=demo)


def open_or_restore(db_path: Path | None, demo: bool = False, offer=None) -> Session:
    """Open the database; if what is there is unusable (empty, cut short, damaged,
    without its WAL) and a backup exists, offer to put the newest backup back."""
    from teilhabe_desktop.store.errors import DatabaseUnusable

    offer = offer or offer_restore
    try:
        return open_gui_session(db_path, demo)
    except DatabaseUnusable as error:
        path = database_path(db_path, qt_data_folder)
        backup = newest_backup_of(path)
        if backup is None or not offer(error.message, backup):
            raise
        setup_logging(qt_data_folder)
        log_error("unusable database replaced by its newest backup", error)
        put_back_backup(path, backup)
    return open_gui_session(db_path, demo)


def offer_restore(message: str, backup: Path) -> bool:
    from teilhabe_desktop.ui.shell.restore_offer import RestoreOffer

    return RestoreOffer(message, backup).exec() == RestoreOffer.DialogCode.Accepted


def run_gui(db_path: Path | None, demo: bool = False) -> int:
    app = create_application()
    try:
        session = open_or_restore(db_path, demo)
    except UnlockCancelled:
        return 1  # the person closed the dialog: nothing to explain
    except Exception as error:
        setup_logging(qt_data_folder)
        log_error("database not opened", error)
        if not isinstance(error, UserError):
            show_error(error)
            return 1
        QMessageBox.critical(
            None, app.translate("app", "Datenbank kann nicht geöffnet werden"), error.message
        )
        print(f"Fehler: {error.message}", file=sys.stderr)
        return error.exit_code
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    boundary = ErrorBoundary(app)
    boundary.install()
    try:
        while True:  # a restore from a backup starts the window anew on the restored data
            window = MainWindow(session)
            window.show()
            # the log file opens right after the first frame, not before it (issue 16)
            QTimer.singleShot(0, lambda: setup_logging(qt_data_folder))
            code = app.exec()
            if not window.restart_requested:
                return code
            window.deleteLater()  # its lock timer and backup timer go with it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        boundary.uninstall()
        setup_logging(qt_data_folder)  # (at once, if the window never got to its event loop)
        try:
            session.backup()  # a verified backup at every close, rotated
        except Exception as error:  # never lose the close over a failed backup
            log_error("backup on close failed", error)
        session.close()
