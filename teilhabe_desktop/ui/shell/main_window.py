"""The main window: navigation on the left, one page at a time, database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from teilhabe_desktop import APP_NAME
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.common.no_type_ahead import without_type_ahead
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.wheel_guard import install_wheel_guard
from teilhabe_desktop.ui.security.security_menu import add_security_menu, protection_label
from teilhabe_desktop.ui.shell.backup_actions import add_backup_actions
from teilhabe_desktop.ui.shell.help_dialogs import FirstStepsDialog, ShortcutsDialog
from teilhabe_desktop.ui.shell.pages import page_specs
from teilhabe_desktop.ui.shell.window_geometry import restore_geometry, save_geometry


class MainWindow(QMainWindow):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        install_wheel_guard(QApplication.instance())
        #: set when the window closes only to open anew (after a restore)
        self.restart_requested = False
        self.setWindowTitle(APP_NAME)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Bereiche"))
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(240)
        self.navigation.setSpacing(2)
        without_type_ahead(self.navigation)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 12pt; }"
            "QListWidget#navigation::item { padding: 10px 12px; }"
        )
        self.pages = QStackedWidget()

        #: the pages in navigation order (see ``shell/pages.py``); each is built when it is
        #: first shown or asked for (:meth:`page`), so the start builds only the first one
        self._specs = page_specs()
        self._built: dict[str, QWidget] = {}
        for index, spec in enumerate(self._specs, start=1):
            item = QListWidgetItem(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(
                self.tr("%1 (Strg+%2)").replace("%1", spec.title).replace("%2", str(index))
            )
            self.navigation.addItem(item)
            self.pages.addWidget(QWidget())  # placeholder until the page is built
        self.navigation.currentRowChanged.connect(self._show_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1010])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_menus()
        self.database_label = plain_label(self.tr("Datenbank: %1").replace("%1", session.path))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)
        self.protection_label = protection_label(self, session)
        self.statusBar().addPermanentWidget(self.protection_label)
        self.navigation.setCurrentRow(0)
        # on a 1366×768 laptop the window must not hang over the taskbar; a size the
        # user chose on this screen before comes back
        restore_geometry(self, 1200, 780)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.import_action = QAction(self.tr("Katalog &importieren …"), self)
        self.import_action.triggered.connect(self._import_catalogue)
        self.export_action = QAction(self.tr("Katalog &exportieren …"), self)
        self.export_action.triggered.connect(lambda: self.offers_page.export_catalogue())
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        self.places_action = QAction(self.tr("&Orte einlesen (Straßen, Grenzen) …"), self)
        self.places_action.triggered.connect(lambda: self.map_page.import_places())
        file_menu.addAction(self.places_action)
        file_menu.addSeparator()
        add_backup_actions(self, file_menu, self.session)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        for row in range(self.navigation.count()):
            action = QAction(self.navigation.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.show_page(r))
            view_menu.addAction(action)

        self.screen_lock = add_security_menu(self, self.session)

        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        self.first_steps_action = QAction(self.tr("&Erste Schritte"), self)
        self.first_steps_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.first_steps_action.triggered.connect(lambda: FirstStepsDialog(self).exec())
        self.shortcuts_action = QAction(self.tr("&Tastenkürzel"), self)
        self.shortcuts_action.triggered.connect(lambda: ShortcutsDialog(self).exec())
        help_menu.addAction(self.first_steps_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        self.about_action = QAction(self.tr("Ü&ber Teilhabe Desktop …"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # -- pages -------------------------------------------------------------------------

    @property
    def page_by_key(self) -> dict[str, QWidget]:
        """Page key -> page widget, in navigation order (builds every page)."""
        return {spec.key: self.page(spec.key) for spec in self._specs}

    def page(self, key: str) -> QWidget:
        """The page ``key``, built on first use in place of its placeholder."""
        page = self._built.get(key)
        if page is not None:
            return page
        row = next(i for i, spec in enumerate(self._specs) if spec.key == key)
        page = self._specs[row].build(self.session)
        self._built[key] = page
        placeholder = self.pages.widget(row)
        current = self.pages.currentIndex()
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(placeholder)
        placeholder.deleteLater()
        if current == row:
            self.pages.setCurrentIndex(row)
        if key == "map":
            from teilhabe_desktop.ui.shell.map_link import link_map

            link_map(page, self.session, self.persons_page)
        return page

    @property
    def persons_page(self):
        return self.page("persons")

    @property
    def offers_page(self):
        return self.page("offers")

    @property
    def sozialraeume_page(self):
        return self.page("sozialraeume")

    @property
    def map_page(self):
        return self.page("map")

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.page(self._specs[row].key)
        self.pages.setCurrentIndex(row)

    def closeEvent(self, event) -> None:
        # Autosave is debounced: every page writes what is pending, and asks if it cannot.
        for page in list(self._built.values()):
            may_leave = getattr(page, "may_leave", None)
            if may_leave is not None and not may_leave(self.tr("Trotzdem beenden")):
                event.ignore()
                return
        for page in self._built.values():  # e.g. the search worker closes its connection
            stop = getattr(page, "stop_background", None)
            if stop is not None:
                stop()
        save_geometry(self)
        super().closeEvent(event)

    def _import_catalogue(self) -> None:
        self.show_page("offers")
        self.offers_page.import_catalogue()

    def show_page(self, page: int | str) -> None:
        """Show a page by its row or its key (``"persons"``, ``"offers"`` …)."""
        if isinstance(page, str):
            page = [spec.key for spec in self._specs].index(page)
        self.navigation.setCurrentRow(page)

    def show_about(self) -> None:
        # with the library versions it names, loaded when asked for (issue 16)
        from teilhabe_desktop.ui.shell.about_dialog import AboutDialog

        AboutDialog(self.session, self).exec()
