"""Page *Personen*: the list of persons with search and filters, and their plans."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.person_query import PersonFilter, ReviewState
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.common.column_fit import ColumnFitter
from teilhabe_desktop.ui.persons.person_actions import PersonActions
from teilhabe_desktop.ui.persons.person_table_model import (
    ID_ROLE,
    NAME,
    SORT_ROLE,
    PersonTableModel,
)

#: Builds the plan workspace for a person. The shell provides it, so this feature does
#: not import the plan feature. The widget has ``back_requested``, ``flush()`` and
#: ``document.last_error``.
WorkspaceFactory = Callable[[Session, str], QWidget]


class PersonsPage(QWidget):
    def __init__(
        self,
        session: Session,
        workspace_factory: WorkspaceFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("persons_page")
        self.session = session
        self._workspace_factory = workspace_factory
        self.repo = session.persons
        sozialraeume = session.reference.sozialraeume()
        self.workspace = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name oder Aktenzeichen suchen"))
        self.search.setAccessibleName(self.tr("Personen suchen"))
        self.search.setClearButtonEnabled(True)
        self.sozialraum = QComboBox()
        self.sozialraum.setAccessibleName(self.tr("Filter Sozialraum"))
        self.sozialraum.addItem(self.tr("Alle Sozialräume"), None)
        for s in sozialraeume:
            self.sozialraum.addItem(s.name, s.id)
        self.caseworker = QComboBox()
        self.caseworker.setAccessibleName(self.tr("Filter zuständig"))
        self.review = QComboBox()
        self.review.setAccessibleName(self.tr("Filter Überprüfung"))
        self.review.addItem(self.tr("Alle Überprüfungen"), None)
        self.review.addItem(self.tr("fällig oder überfällig"), ReviewState.DUE)
        self.review.addItem(self.tr("überfällig"), ReviewState.OVERDUE)
        for combo in (self.sozialraum, self.caseworker, self.review):
            # room for "Alle Überprüfungen" even on a small screen; long names of
            # caseworkers must not widen the page (the open list shows them in full)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.new_button = QPushButton(self.tr("&Neue Person …"))
        self.new_button.setAccessibleName(self.tr("Neue Person anlegen"))
        self.new_button.clicked.connect(self.new_person)

        self.model = PersonTableModel({s.id: s.name for s in sozialraeume}, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("persons_table")
        self.table.setAccessibleName(self.tr("Liste der Personen"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.columns = ColumnFitter(self.table, first=NAME)
        self.table.doubleClicked.connect(self._open_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._open_index(self.table.currentIndex()))
        self.count = QLabel()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.sozialraum, 1)
        filters.addWidget(self.caseworker, 1)
        filters.addWidget(self.review, 1)
        filters.addWidget(self.new_button)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(QLabel(self.tr("<h2>Personen</h2>")))
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty, 1)
        list_layout.addWidget(self.count)
        self.actions = PersonActions(session, self.selected_person, self)
        self.actions.changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self.actions.update_enabled)
        list_layout.addWidget(self.actions)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (self.sozialraum, self.caseworker, self.review):
            combo.activated.connect(self.refresh)
        self.refresh()

    # -- list --------------------------------------------------------------------------
    def current_filter(self) -> PersonFilter:
        return PersonFilter(
            text=self.search.text(),
            sozialraum_id=self.sozialraum.currentData(),
            caseworker=self.caseworker.currentData(),
            review=self.review.currentData(),
        )

    def _fill_caseworkers(self) -> None:
        current = self.caseworker.currentData()
        self.caseworker.clear()
        self.caseworker.addItem(self.tr("Alle Zuständigen"), None)
        for name in self.repo.caseworkers():
            self.caseworker.addItem(name, name)
        self.caseworker.setCurrentIndex(max(0, self.caseworker.findData(current)))

    def refresh(self) -> None:
        self._search_timer.stop()
        self._fill_caseworkers()
        rows = self.repo.list(self.current_filter())
        self.model.set_rows(rows)
        total = len(self.repo.list())
        self.count.setText(
            self.tr("%1 von %2 Personen").replace("%1", str(len(rows))).replace("%2", str(total))
        )
        if total == 0:
            self.empty.setText(
                self.tr("Noch keine Personen. Mit „Neue Person …“ legen Sie die erste an.")
            )
        elif not rows:
            self.empty.setText(self.tr("Keine Person passt zur Suche oder zu den Filtern."))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def selected_person(self) -> tuple[str, str] | None:
        """``(id, display name)`` of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows(NAME)
        if not rows:
            return None
        return rows[0].data(ID_ROLE), rows[0].data()

    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_person(index.data(ID_ROLE))

    # -- person and plan ---------------------------------------------------------------
    def new_person(self) -> None:
        from teilhabe_desktop.ui.persons.person_dialog import PersonDialog

        dialog = PersonDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.open_person(dialog.person.id)

    def open_person(self, person_id: str) -> None:
        self.close_workspace(force=True)
        self.workspace = self._workspace_factory(self.session, person_id)
        self.workspace.back_requested.connect(self.back_to_list)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)

    def back_to_list(self) -> None:
        if self.close_workspace():
            self.refresh()

    def close_workspace(self, force: bool = False) -> bool:
        """Save and leave the workspace; asks first if something cannot be saved."""
        workspace = self.workspace
        if workspace is None:
            return True
        if not force and not self.may_leave(self.tr("Trotzdem zur Liste")):
            return False
        self.stack.setCurrentIndex(0)
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        self.workspace = None
        return True

    def may_leave(self, leave_label: str) -> bool:
        """Save what is open; if that fails, ask whether to leave with the last saved state."""
        workspace = self.workspace
        if workspace is None or workspace.flush():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Noch nicht gespeichert"),
            self.tr(
                "Eine Angabe kann so nicht gespeichert werden:\n\n%1\n\n"
                "Bitte korrigieren Sie sie. Sonst bleibt der zuletzt gespeicherte Stand."
            ).replace("%1", workspace.document.last_error or ""),
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote user text
        stay = box.addButton(self.tr("Beim Plan bleiben"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(leave_label, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is not stay
