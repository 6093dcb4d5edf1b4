"""Where the app keeps its files, as the platform wants it (QStandardPaths)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from teilhabe_desktop import APP_NAME, ORGANIZATION

DATABASE_FILE = "teilhabe.db"


def set_application_names() -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)


def default_database_path() -> Path:
    """``teilhabe.db`` in the user's data folder (``AppDataLocation``)."""
    set_application_names()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DATABASE_FILE
