"""The main window: navigation on the left, one page at a time, database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from teilhabe_desktop import APP_NAME
from teilhabe_desktop.store.database import Store
from teilhabe_desktop.ui.dialogs.about_dialog import AboutDialog
from teilhabe_desktop.ui.pages.offers_page import OffersPage
from teilhabe_desktop.ui.pages.persons_page import PersonsPage
from teilhabe_desktop.ui.pages.sozialraeume_page import SozialraeumePage


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Bereiche"))
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(240)
        self.navigation.setSpacing(2)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 12pt; }"
            "QListWidget#navigation::item { padding: 10px 12px; }"
        )
        self.pages = QStackedWidget()

        self.persons_page = PersonsPage(store)
        self.offers_page = OffersPage(store)
        self.sozialraeume_page = SozialraeumePage(store)
        for index, (title, page) in enumerate(
            (
                (self.tr("Personen"), self.persons_page),
                (self.tr("Angebote"), self.offers_page),
                (self.tr("Sozialräume"), self.sozialraeume_page),
            ),
            start=1,
        ):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("%1 (Strg+%2)").replace("%1", title).replace("%2", str(index)))
            self.navigation.addItem(item)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1010])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self._build_menus()
        self.database_label = QLabel(self.tr("Datenbank: %1").replace("%1", store.path))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.database_label)
        self.navigation.setCurrentRow(0)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.import_action = QAction(self.tr("Katalog &importieren …"), self)
        self.import_action.triggered.connect(self._import_catalogue)
        self.export_action = QAction(self.tr("Katalog &exportieren …"), self)
        self.export_action.triggered.connect(self.offers_page.export_catalogue)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        for row in range(self.navigation.count()):
            action = QAction(self.navigation.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.show_page(r))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        self.about_action = QAction(self.tr("Ü&ber Teilhabe Desktop …"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def closeEvent(self, event) -> None:
        # Autosave is debounced: write what is pending, and ask if it cannot be saved.
        if not self.persons_page.may_leave(self.tr("Trotzdem beenden")):
            event.ignore()
            return
        super().closeEvent(event)

    def _import_catalogue(self) -> None:
        self.show_page(1)
        self.offers_page.import_catalogue()

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def show_about(self) -> None:
        AboutDialog(self.store, self).exec()
