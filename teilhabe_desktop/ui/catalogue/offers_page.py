"""Page *Angebote*: search the catalogue as you type, filter, read, edit, import, export."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.formatting import german_number
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.catalogue.filter_bar import FilterBar
from teilhabe_desktop.ui.catalogue.offer_detail import OfferDetail
from teilhabe_desktop.ui.catalogue.offer_empty_state import OfferEmptyState
from teilhabe_desktop.ui.catalogue.offer_table_model import (
    COL_NAME,
    SORT_KEYS,
    OfferTableModel,
)
from teilhabe_desktop.ui.catalogue.typed_search import TypedSearch
from teilhabe_desktop.ui.common.banded_table_view import BandedTableView
from teilhabe_desktop.ui.common.column_fit import ColumnFitter
from teilhabe_desktop.ui.common.plain_text import literal, plain_label

SEARCH_DELAY_MS = 150
BANNER_STYLE = (
    "QLabel { background:#e8eef8; color:#1d3b6a; border:1px solid #9db3d9;"
    " border-radius:4px; padding:6px 10px; }"
)


class OffersPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offers_page")
        self.session = session
        self.repository = session.catalogue
        reference = session.reference
        self._sozialraeume = reference.sozialraeume()
        self._ortsteile = reference.ortsteile()
        self._categories = reference.offer_categories()
        self._domains = reference.life_domains()
        self._place_names = [p.name for p in reference.place_names()]
        districts = {d.code: d.name for d in reference.districts()}
        names = {
            "sozialraum": {s.id: s.name for s in self._sozialraeume},
            "ortsteil": {o.id: o.name for o in self._ortsteile},
            "category": {c.id: c.name for c in self._categories},
            "domain": {d.code: d.name for d in self._domains},
            "district": districts,
        }

        self.banner = QLabel(
            self.tr("Beispieldaten – diese Einträge sind erfunden oder noch zu prüfen.")
        )
        self.banner.setObjectName("offers_example_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setObjectName("offers_search")
        self.search.setPlaceholderText(
            self.tr("Suchen: Name, Beschreibung, Träger, Adresse, Kategorie …")
        )
        self.search.setAccessibleName(self.tr("Angebote suchen"))
        self.search.setClearButtonEnabled(True)
        self.count_label = plain_label()
        self.count_label.setObjectName("offers_count")
        self.count_label.setAccessibleDescription(self.tr("Anzahl gefundener Angebote"))
        # room for any count: a new count while typing must not move the fields beside it
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance(self.tr("888.888 Angebote")) + 4
        )
        self.new_button = QPushButton(self.tr("Neues Angebot …"))
        self.new_button.setAccessibleName(self.tr("Neues Angebot anlegen"))
        self.import_button = QPushButton(self.tr("Importieren …"))
        self.import_button.setAccessibleName(self.tr("Katalog importieren"))
        self.export_button = QPushButton(self.tr("Exportieren …"))
        self.export_button.setAccessibleName(self.tr("Katalog exportieren"))
        self.update_button = QPushButton(self.tr("Katalog aktualisieren …"))
        self.update_button.setAccessibleName(
            self.tr("Katalog aus einem signierten Paket des Katalogteams aktualisieren")
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        for button in (self.new_button, self.import_button, self.export_button, self.update_button):
            top.addWidget(button)

        self.filters = FilterBar(
            self._sozialraeume, self._ortsteile, self._domains, self._categories
        )

        self.model = OfferTableModel(self.repository, names["sozialraum"], parent=self)
        self.table = BandedTableView()
        self.table.setObjectName("offers_table")
        self.table.setAccessibleName(self.tr("Gefundene Angebote"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        self.columns = ColumnFitter(self.table, first=COL_NAME)
        #: while True, a change of the current row leaves the detail pane alone
        self.detail_held = False

        self.detail = OfferDetail(names)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([800, 440])

        self.empty_state = OfferEmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self.typed = TypedSearch(self)
        self.search.returnPressed.connect(self._focus_results)
        self.filters.changed.connect(self.run_query)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.model.total_changed.connect(self.update_count)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        self.table.setSortingEnabled(True)
        self.new_button.clicked.connect(self.create_offer)
        self.import_button.clicked.connect(self.import_catalogue)
        self.export_button.clicked.connect(self.export_catalogue)
        self.update_button.clicked.connect(self.update_catalogue)
        self.detail.suggest_requested.connect(self.save_suggestion)
        self.detail.edit_requested.connect(self.edit_offer)
        self.detail.review_requested.connect(self.mark_for_review)
        self.detail.deactivate_requested.connect(self.deactivate_offer)
        self.empty_state.demo_requested.connect(self.load_example_catalogue)
        self.empty_state.import_requested.connect(self.import_catalogue)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self._focus_search),
            (QKeySequence.StandardKey.New, self.create_offer),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self.typed.open()

    # -- searching -----------------------------------------------------------------------

    def current_query(self) -> OfferQuery:
        return self.filters.apply(OfferQuery(text=self.search.text()))

    def stop_background(self) -> None:
        """End the search worker (the window closes); typing searches here afterwards."""
        self.typed.stop()

    def search_later(self) -> None:
        """Search ~150 ms after the last keystroke (without a search worker)."""
        self._timer.start()

    def run_query(self) -> None:
        """Search now, on this thread (filters, Enter; typing searches in a worker)."""
        self._timer.stop()
        self.typed.cancel()
        selected = self.current_offer_id()
        try:
            self.model.set_query(self.current_query())
        except UserError as error:
            self.count_label.setText(error.message)
            return
        self.update_state()
        if selected is None or not self.select_offer(selected, fetch=False):
            # the entry shown is not among the results any more: its buttons would act
            # on something hidden, so the detail pane empties
            self.detail.show_offer(None)

    def refresh(self, select_id: str | None = None) -> None:
        """Reload after a change and keep (or set) the selection."""
        selected = select_id or self.current_offer_id()
        self.typed.cancel()
        self.model.refresh()
        self.update_state()
        if selected is not None and not self.select_offer(selected):
            self.detail.show_offer(None)

    def update_state(self) -> None:
        total = self.repository.total()
        examples = total > 0 and self.repository.has_examples()
        self.banner.setVisible(examples)
        self.stack.setCurrentWidget(self.empty_state if total == 0 else self.splitter)
        self.update_count()

    def update_count(self, _total: int | None = None) -> None:
        if not self.model.total_known():
            return  # the count follows in a moment (total_changed)
        count = self.model.total
        if count == 0:
            text = self.tr("Keine Angebote gefunden")
        elif count == 1:
            text = self.tr("1 Angebot")
        else:
            text = self.tr("%1 Angebote").replace("%1", german_number(count))
        self.count_label.setText(text)

    def _on_sort_changed(self, section: int, _order) -> None:
        if section >= 0 and section not in SORT_KEYS:
            # not sortable: back to relevance order, without an arrow in the header
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            self.model.reset_sort()
        elif section < 0:
            self.model.reset_sort()
        if self.model.query.text != self.search.text():
            self.typed.search_now()  # what was typed meanwhile, in the new order

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_results(self) -> None:
        self._timer.stop()
        self.run_query()
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.current_offer_id() is None:
                self.table.selectRow(0)

    # -- selection -----------------------------------------------------------------------

    def current_offer_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        row = self.model.offer_row(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def select_offer(self, offer_id: str, fetch: bool = True) -> bool:
        row = self.model.row_of(offer_id) if fetch else self.model.loaded_row_of(offer_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.detail_held:
            return  # rows are being replaced; sync_detail follows
        row = self.model.offer_row(current.row()) if current.isValid() else None
        self._show_detail(row.id if row is not None else None)

    def sync_detail(self) -> None:
        """The detail pane shows the current entry (read again only if it shows another)."""
        current = self.current_offer_id()
        shown = self.detail.offer.id if self.detail.offer is not None else None
        if current != shown:
            self._show_detail(current)

    def _show_detail(self, offer_id: str | None) -> None:
        offer = self.repository.get(offer_id) if offer_id is not None else None
        notes = self.session.offer_notes(offer.id) if offer is not None else []
        self.detail.show_offer(offer, notes)

    # -- changing ------------------------------------------------------------------------

    def _dialog(self, offer):
        from teilhabe_desktop.ui.catalogue.offer_dialog import OfferDialog

        return OfferDialog(
            self.repository,
            offer,
            self._sozialraeume,
            self._categories,
            self._domains,
            self._place_names,
            parent=self,
        )

    def create_offer(self) -> None:
        dialog = self._dialog(None)
        if dialog.exec() and dialog.saved is not None:
            self.refresh(select_id=dialog.saved.id)

    def edit_current(self) -> None:
        offer_id = self.current_offer_id()
        if offer_id is not None:
            self.edit_offer(offer_id)

    def edit_offer(self, offer_id: str) -> None:
        offer = self.repository.get(offer_id)
        if offer is None:
            return
        dialog = self._dialog(offer)
        if dialog.exec() and dialog.saved is not None:
            self.session.offer_checked(dialog.saved.id)  # edited here: checked
            self.refresh(select_id=dialog.saved.id)

    def ask_review_note(self) -> str | None:
        """The note for "zu prüfen", or None if the user cancelled."""
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Als „zu prüfen“ markieren"),
            self.tr("Was ist zu prüfen? (z. B. „Öffnungszeiten haben sich geändert“)"),
        )
        return text.strip() if ok else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def mark_for_review(self, offer_id: str) -> None:
        note = self.ask_review_note()
        if note is None:
            return
        self.repository.mark_for_review(offer_id, note)
        self.refresh(select_id=offer_id)

    def deactivate_offer(self, offer_id: str) -> None:
        if not self.confirm(
            self.tr("Angebot einstellen"),
            self.tr(
                "Dieses Angebot als eingestellt markieren? Es bleibt gespeichert und ist "
                "mit „Auch eingestellte zeigen“ weiter zu finden."
            ),
        ):
            return
        self.repository.deactivate(offer_id)
        self.refresh(select_id=offer_id)

    # -- example catalogue, import, export -----------------------------------------------

    def load_example_catalogue(self) -> None:
        from teilhabe_desktop.exchange.demo_catalogue import load_demo_catalogue

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            load_demo_catalogue(self.session.store)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Beispielkatalog"), literal(error.message))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.run_query()

    def import_catalogue(self) -> None:
        from teilhabe_desktop.ui.catalogue.import_dialog import ImportDialog

        self.model.set_paused(True)
        try:
            dialog = ImportDialog(self.session, parent=self)
            dialog.exec()
        finally:
            self.model.set_paused(False)
        self.refresh()

    def update_catalogue(self) -> None:
        from teilhabe_desktop.ui.catalogue.update_dialog import update_catalogue

        self.model.set_paused(True)
        try:
            update_catalogue(self.session, self)
        finally:
            self.model.set_paused(False)
        self.refresh()

    def save_suggestion(self, offer_id: str) -> None:
        from teilhabe_desktop.ui.catalogue.update_dialog import save_suggestion

        save_suggestion(self.session, offer_id, self)

    def export_catalogue(self) -> None:
        from teilhabe_desktop.ui.catalogue.export_dialog import ExportDialog

        self.model.set_paused(True)
        try:
            ExportDialog(self.session, parent=self).exec()
        finally:
            self.model.set_paused(False)
