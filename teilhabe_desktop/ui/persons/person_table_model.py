"""Table model of the *Personen* list: one :class:`PersonRow` per line.

Roles: ``DisplayRole`` German text; ``SORT_ROLE`` a sortable key (ISO dates, folded
text; names by :func:`~teilhabe_desktop.core.person_query.person_sort_key`, the
repository's order); ``ID_ROLE`` the person id; ``ForegroundRole``/``FontRole`` mark reviews that
are due or overdue (the words "fällig"/"überfällig" say it too, not only the colour).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.person_query import PersonRow, ReviewState
from teilhabe_desktop.core.places import fold

NAME, FILE_NUMBER, BIRTH_DATE, SOZIALRAUM, CASEWORKER, REVIEW = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_OVERDUE = QColor("#b00020")
_DUE = QColor("#8a5a00")

Index = QModelIndex | QPersistentModelIndex


class PersonTableModel(QAbstractTableModel):
    HEADERS = ("Name", "Aktenzeichen", "Geboren", "Sozialraum", "Zuständig", "Nächste Überprüfung")

    def __init__(self, sozialraum_names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._names = sozialraum_names or {}

    def set_rows(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if column == REVIEW and role == Qt.ItemDataRole.ForegroundRole:
            if row.review_state is ReviewState.OVERDUE:
                return QBrush(_OVERDUE)
            if row.review_state is ReviewState.DUE:
                return QBrush(_DUE)
        if (
            column == REVIEW
            and role == Qt.ItemDataRole.FontRole
            and row.review_state is ReviewState.OVERDUE
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return self.tr("Doppelklick oder Eingabetaste öffnet den Plan")
        return None

    def _display(self, row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.display_name or self.tr("(ohne Namen)")
        if column == FILE_NUMBER:
            return row.file_number
        if column == BIRTH_DATE:
            return german_date(row.birth_date)
        if column == SOZIALRAUM:
            return self._names.get(row.home_sozialraum_id or "", row.home_sozialraum_id or "")
        if column == CASEWORKER:
            return row.caseworker
        if column == REVIEW:
            text = german_date(row.next_review) or self.tr("– (kein Plan abgeschlossen)")
            if row.review_state is ReviewState.OVERDUE:
                return text + " – " + self.tr("überfällig")
            if row.review_state is ReviewState.DUE:
                return text + " – " + self.tr("fällig")
            return text
        return ""

    def _sort_key(self, row: PersonRow, column: int) -> str:
        if column == NAME:
            return row.sort_key  # the repository's order (core.person_query)
        if column == BIRTH_DATE:
            return row.birth_date.isoformat() if row.birth_date else ""
        if column == REVIEW:
            return row.next_review.isoformat() if row.next_review else "9999"
        return fold(self._display(row, column))
