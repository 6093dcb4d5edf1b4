"""The GUI's data folder: Qt's ``QStandardPaths`` (the Qt-free rule is in ``paths.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from teilhabe_desktop import APP_NAME, ORGANIZATION


def set_application_names() -> None:
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)


def qt_data_folder() -> Path:
    """The user's data folder (``AppDataLocation``) as Qt names it on this platform."""
    set_application_names()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
