"""Results table of the catalogue: lazily loaded pages of :class:`OfferRow`.

The model never holds the whole catalogue. :meth:`set_query` loads the first page;
views ask for more through ``canFetchMore``/``fetchMore`` as the user scrolls.
Sorting asks the repository (``OfferQuery.sort``) instead of sorting in memory, so the
order is right across all pages.

Roles
-----
``Qt.DisplayRole``     German text of the cell.
``Qt.ToolTipRole``     the full text of long cells, hints (Beispiel, zu prüfen …).
``OFFER_ID_ROLE``      the offer id (str) of the row, in every column.
``OFFER_ROW_ROLE``     the :class:`OfferRow` itself, in every column.
``STALE_ROLE``         True if the entry was last verified more than 12 months ago.
``SORT_KEY_ROLE``      the ``OfferQuery.sort`` key of the column (header data), or None.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from teilhabe_desktop.core.catalogue_query import OfferQuery, OfferRow
from teilhabe_desktop.ui.catalogue.offer_cells import (
    COL_CATEGORY,
    COL_COST,
    COL_HINTS,
    COL_NAME,
    COL_ORGANIZATION,
    COL_SOZIALRAUM,
    COL_VERIFIED,
    COLUMN_COUNT,
    CellTexts,
    HintLabels,
    OfferCells,
)
from teilhabe_desktop.ui.common.plain_text import literal

OFFER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OFFER_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 4

__all__ = [
    "COLUMN_COUNT",
    "COL_CATEGORY",
    "COL_COST",
    "COL_HINTS",
    "COL_NAME",
    "COL_ORGANIZATION",
    "COL_SOZIALRAUM",
    "COL_VERIFIED",
    "OFFER_ID_ROLE",
    "OFFER_ROW_ROLE",
    "PAGE_SIZE",
    "SORT_KEYS",
    "SORT_KEY_ROLE",
    "STALE_ROLE",
    "OfferTableModel",
]

#: Column -> ``OfferQuery.sort`` key; columns missing here keep the current order.
SORT_KEYS: dict[int, str] = {
    COL_NAME: "name",
    COL_ORGANIZATION: "organization",
    COL_CATEGORY: "category",
    COL_SOZIALRAUM: "sozialraum",
    COL_COST: "cost",
    COL_VERIFIED: "last_verified",
}

PAGE_SIZE = 100
# data() runs thousands of times a repaint: roles as plain ints (comparing an int with a
# Qt enum member goes through Python's enum machinery). flags() is not overridden: Qt's
# own (enabled, selectable) answers without a call into Python for every painted cell
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ID, _ROW, _STALE = int(OFFER_ID_ROLE), int(OFFER_ROW_ROLE), int(STALE_ROLE)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FONT, _ID, _ROW, _STALE})
_Index = QModelIndex | QPersistentModelIndex


class OfferTableModel(QAbstractTableModel):
    """Rows of ``repository.search(query, limit, offset)``, fetched in pages of 100.

    ``repository`` is a :class:`~teilhabe_desktop.store.catalogue.CatalogueRepository`
    (or anything with ``search`` and ``count``), used on the GUI thread only.
    ``sozialraum_names`` maps ids to display names.

    Counting all matches costs as much as finding the first page, so the count runs
    right after the rows are shown (next turn of the event loop) and is announced by
    ``total_changed``; reading :attr:`total` earlier counts at once.

    A page searched elsewhere (:meth:`show_page`, while typing) replaces the rows in
    place: only rows whose content changed are announced (``dataChanged``), rows beyond
    the new page are removed, so the view keeps its selection and repaints only what
    changed. ``page_shown`` follows every first page put in place (either way).
    """

    total_changed = Signal(int)
    page_shown = Signal()

    def __init__(
        self,
        repository,
        sozialraum_names: dict[str, str] | None = None,
        today: date | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._query = OfferQuery()
        self._rows: list[OfferRow] = []
        self._cells: list[OfferCells] = []
        self._total: int | None = 0
        self._exhausted = True
        self._paused = False
        #: the rows shown are a cheap unranked first page; the ranked one follows
        self._refining = False
        self._italic = QFont()
        self._italic.setItalic(True)
        #: the texts of a row; plain Python, so the search worker can call it too
        self.cells = CellTexts(
            sozialraum_names or {},
            HintLabels(
                specialist=self.tr("Fachangebot"),
                review=self.tr("zu prüfen"),
                example=self.tr("Beispiel"),
                old=self.tr("Stand alt"),
            ),
            today,
        )
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._count_now)
        self._headers = {
            COL_NAME: self.tr("Angebot"),
            COL_SOZIALRAUM: self.tr("Sozialraum"),
            COL_CATEGORY: self.tr("Kategorie"),
            COL_COST: self.tr("Kosten"),
            COL_ORGANIZATION: self.tr("Träger"),
            COL_VERIFIED: self.tr("Geprüft am"),
            COL_HINTS: self.tr("Hinweise"),
        }

    # -- loading -------------------------------------------------------------------------

    @property
    def query(self) -> OfferQuery:
        return self._query

    @property
    def total(self) -> int:
        """Number of entries matching the query (all pages)."""
        if self._total is None:
            self._count_now()
        return self._total or 0

    def total_known(self) -> bool:
        return self._total is not None

    def _count_now(self) -> None:
        self._count_timer.stop()
        if self._total is not None:
            return
        total = self._repository.count(self._query)
        self._total = max(total, len(self._rows))
        if len(self._rows) >= self._total:
            self._exhausted = True
        self.total_changed.emit(self._total)

    def loaded_rows(self) -> list[OfferRow]:
        return list(self._rows)

    def loaded_row_of(self, offer_id: str) -> int:
        """Row of ``offer_id`` among the rows loaded (nothing is fetched); -1 if absent."""
        return next((i for i, row in enumerate(self._rows) if row.id == offer_id), -1)

    def set_paused(self, paused: bool) -> None:
        """While paused (e.g. during an import in a worker) the model reads nothing."""
        self._paused = paused

    def set_query(self, query: OfferQuery) -> None:
        """Show the first page of ``query`` (keeps the current sort order)."""
        query = dataclasses.replace(query, sort=self._query.sort, descending=self._query.descending)
        self._load(query, PAGE_SIZE)

    def refresh(self) -> None:
        """Reload after a change, keeping as many rows loaded as before (at least a page)."""
        self._load(self._query, max(PAGE_SIZE, len(self._rows)))

    def _load(self, query: OfferQuery, limit: int) -> None:
        rows = self._repository.search(query, limit=limit, offset=0)
        cells = self.cells.page(rows)
        self.beginResetModel()
        self._query = query
        self._rows = list(rows)
        self._cells = cells
        self._refining = False
        self._exhausted = len(self._rows) < limit
        self._total = len(self._rows) if self._exhausted else None
        self.endResetModel()
        self.page_shown.emit()
        if self._total is None:
            self._count_timer.start()
        else:
            self._count_timer.stop()
            self.total_changed.emit(self._total)

    def show_page(
        self,
        query: OfferQuery,
        rows: list[OfferRow],
        final: bool = True,
        cells: list[OfferCells] | None = None,
    ) -> None:
        """Show a first page searched elsewhere (:class:`OfferSearcher`, with the
        ``cells`` of its rows if it computed them); the count follows through
        :meth:`set_total`. A page that is not ``final`` (unranked) is replaced by the
        ranked one; until then no further page is fetched."""
        query = dataclasses.replace(query, sort=self._query.sort, descending=self._query.descending)
        self._count_timer.stop()
        self._query = query
        self._refining = not final
        self._exhausted = len(rows) < PAGE_SIZE
        self._total = len(rows) if self._exhausted and final else None
        self._replace(list(rows), self.cells.page(rows) if cells is None else list(cells))
        self.page_shown.emit()
        if self._total is not None:
            self.total_changed.emit(self._total)

    def _replace(self, rows: list[OfferRow], cells: list[OfferCells]) -> None:
        """Put ``rows`` in place of the loaded rows, announcing only what changed."""
        old, new = len(self._rows), len(rows)
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._rows[new:], self._cells[new:]
            self.endRemoveRows()
        shown = zip(self._rows, self._cells, rows, cells, strict=False)
        changed = [i for i, (a, b, c, d) in enumerate(shown) if a != c or b != d]
        self._rows[: len(self._rows)] = rows[: len(self._rows)]
        self._cells[: len(self._cells)] = cells[: len(self._cells)]
        if changed:
            self.dataChanged.emit(
                self.index(changed[0], 0), self.index(changed[-1], COLUMN_COUNT - 1)
            )
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows.extend(rows[old:])
            self._cells.extend(cells[old:])
            self.endInsertRows()

    def expect_page(self) -> None:
        """A first page is on its way (:meth:`show_page`): count unknown until then."""
        self._count_timer.stop()
        self._total = None
        self._refining = True

    def set_total(self, query: OfferQuery, total: int) -> None:
        """The count of ``query`` (searched elsewhere), if it is still the one shown."""
        query = dataclasses.replace(query, sort=self._query.sort, descending=self._query.descending)
        if query != self._query or self._total is not None:
            return
        self._total = max(total, len(self._rows))
        if len(self._rows) >= self._total:
            self._exhausted = True
        self.total_changed.emit(self._total)

    def settled(self) -> bool:
        """Whether the ranked rows and the count of the query shown are there."""
        return not self._refining and self._total is not None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._exhausted or self._paused:
            return False
        return not self._refining

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self._repository.search(self._query, limit=PAGE_SIZE, offset=len(self._rows))
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        cells = self.cells.page(page)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._cells.extend(cells)
        self.endInsertRows()
        if self._total is not None and len(self._rows) >= self._total:
            self._exhausted = True

    def row_of(self, offer_id: str, max_rows: int = 5000) -> int:
        """Row of ``offer_id``, fetching further pages up to ``max_rows``; -1 if absent."""
        while True:
            row = self.loaded_row_of(offer_id)
            if row >= 0:
                return row
            if len(self._rows) >= max_rows or not self.canFetchMore():
                return -1
            self.fetchMore()

    def offer_row(self, row: int) -> OfferRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == SORT_KEY_ROLE:
            return SORT_KEYS.get(section)
        return None

    def data(self, index: _Index, role: int = _DISPLAY):
        role = int(role)
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        return self._value(row, index.column(), role)

    def multiData(self, index: _Index, roleDataSpan) -> None:
        """All roles of a cell in one call: the item delegate asks for seven roles per
        cell it paints, and one Python call instead of seven makes a repaint of the
        table about three times cheaper (it is redone for every keystroke's result).
        The texts were worked out when the page came (:class:`CellTexts`)."""
        row = index.row()
        if not 0 <= row < len(self._cells):  # an invalid index has row -1
            return
        cells, column = self._cells[row], index.column()
        for role_data in roleDataSpan:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(cells.texts[column])
            elif role == _FONT:
                if cells.italic:
                    role_data.setData(self._italic)
            elif role in _ANSWERED:
                role_data.setData(self._value(row, column, role))

    def _value(self, row: int, column: int, role: int):
        cells = self._cells[row]
        if role == _DISPLAY:
            return cells.texts[column]
        if role == _TOOLTIP:
            tip = cells.where if column == COL_SOZIALRAUM else cells.texts[column]
            return literal(tip) if tip else None
        if role == _ID:
            return self._rows[row].id
        if role == _ROW:
            return self._rows[row]
        if role == _STALE:
            return cells.stale
        if role == _FONT and cells.italic:
            return self._italic
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self._rows:
            return
        self._load(dataclasses.replace(self._query, sort=key, descending=descending), PAGE_SIZE)

    def reset_sort(self) -> None:
        """Back to relevance order (the repository's default)."""
        self._load(dataclasses.replace(self._query, sort="relevance", descending=False), PAGE_SIZE)

    def hints(self, item: OfferRow) -> list[str]:
        """The words of the column *Hinweise* for ``item``."""
        return self.cells.hints(item)
