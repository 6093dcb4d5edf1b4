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

from teilhabe_desktop.core.catalogue import Cost, OfferStatus
from teilhabe_desktop.core.catalogue_query import OfferQuery, OfferRow
from teilhabe_desktop.core.catalogue_validation import is_stale
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.ui.common.plain_text import literal

OFFER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OFFER_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 4

COL_NAME = 0
COL_SOZIALRAUM = 1
COL_CATEGORY = 2
COL_COST = 3
COL_ORGANIZATION = 4
COL_VERIFIED = 5
COL_HINTS = 6
COLUMN_COUNT = 7

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
# data() and flags() run thousands of times a repaint: roles as plain ints (comparing an
# int with a Qt enum member goes through Python's enum machinery), flags computed once
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ID, _ROW, _STALE = int(OFFER_ID_ROLE), int(OFFER_ROW_ROLE), int(STALE_ROLE)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FONT, _ID, _ROW, _STALE})
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_Index = QModelIndex | QPersistentModelIndex


class OfferTableModel(QAbstractTableModel):
    """Rows of ``repository.search(query, limit, offset)``, fetched in pages of 100.

    ``repository`` is a :class:`~teilhabe_desktop.store.catalogue.CatalogueRepository`
    (or anything with ``search`` and ``count``), used on the GUI thread only.
    ``sozialraum_names`` maps ids to display names.

    Counting all matches costs as much as finding the first page, so the count runs
    right after the rows are shown (next turn of the event loop) and is announced by
    ``total_changed``; reading :attr:`total` earlier counts at once.
    """

    total_changed = Signal(int)

    def __init__(
        self,
        repository,
        sozialraum_names: dict[str, str] | None = None,
        today: date | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._names = dict(sozialraum_names or {})
        self._today = today
        self._query = OfferQuery()
        self._rows: list[OfferRow] = []
        self._total: int | None = 0
        self._exhausted = True
        self._paused = False
        #: the rows shown are a cheap unranked first page; the ranked one follows
        self._refining = False
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
        self.beginResetModel()
        self._query = query
        self._rows = list(rows)
        self._refining = False
        self._exhausted = len(self._rows) < limit
        self._total = len(self._rows) if self._exhausted else None
        self.endResetModel()
        if self._total is None:
            self._count_timer.start()
        else:
            self._count_timer.stop()
            self.total_changed.emit(self._total)

    def show_page(self, query: OfferQuery, rows: list[OfferRow], final: bool = True) -> None:
        """Show a first page searched elsewhere (:class:`OfferSearcher`); the count
        follows through :meth:`set_total`. A page that is not ``final`` (unranked) is
        replaced by the ranked one; until then no further page is fetched."""
        query = dataclasses.replace(query, sort=self._query.sort, descending=self._query.descending)
        self._count_timer.stop()
        self.beginResetModel()
        self._query = query
        self._rows = list(rows)
        self._refining = not final
        self._exhausted = len(self._rows) < PAGE_SIZE
        self._total = len(self._rows) if self._exhausted and final else None
        self.endResetModel()
        if self._total is not None:
            self.total_changed.emit(self._total)

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
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        if self._total is not None and len(self._rows) >= self._total:
            self._exhausted = True

    def row_of(self, offer_id: str, max_rows: int = 5000) -> int:
        """Row of ``offer_id``, fetching further pages up to ``max_rows``; -1 if absent."""
        while True:
            for row, item in enumerate(self._rows):
                if item.id == offer_id:
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

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def data(self, index: _Index, role: int = _DISPLAY):
        role = int(role)
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        return self._value(self._rows[row], index.column(), role)

    def multiData(self, index: _Index, roleDataSpan) -> None:
        """All roles of a cell in one call: the item delegate asks for seven roles per
        cell it paints, and one Python call instead of seven makes a repaint of the
        table about three times cheaper (it is redone for every keystroke's result)."""
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return
        item, column = self._rows[row], index.column()
        for role_data in roleDataSpan:
            role = role_data.role()
            if role in _ANSWERED:
                role_data.setData(self._value(item, column, role))

    def _value(self, item: OfferRow, column: int, role: int):
        if role == _DISPLAY:
            return self._display(item, column)
        if role == _TOOLTIP:
            tip = self._where(item) if column == COL_SOZIALRAUM else self._display(item, column)
            return literal(tip) if tip else None
        if role == _ID:
            return item.id
        if role == _ROW:
            return item
        if role == _STALE:
            return is_stale(item, self._today or date.today())
        if role == _FONT and item.status != OfferStatus.ACTIVE:
            font = QFont()
            font.setItalic(True)
            return font
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

    # -- cell texts ----------------------------------------------------------------------

    def _display(self, item: OfferRow, column: int) -> str:
        if column == COL_NAME:
            return item.name
        if column == COL_ORGANIZATION:
            return item.organization_name
        if column == COL_CATEGORY:
            return item.category_names
        if column == COL_SOZIALRAUM:
            if item.sozialraum_id:
                return self._names.get(item.sozialraum_id, item.sozialraum_id)
            return item.place
        if column == COL_COST:
            return "" if item.cost == Cost.UNKNOWN else item.cost.label
        if column == COL_VERIFIED:
            return german_date(item.last_verified)
        if column == COL_HINTS:
            return ", ".join(self.hints(item))
        return ""

    def _where(self, item: OfferRow) -> str:
        """Sozialraum and place, e.g. "Lobeda – Neulobeda"."""
        sozialraum = self._names.get(item.sozialraum_id or "", item.sozialraum_id or "")
        parts = [part for part in (sozialraum, item.place) if part]
        if len(parts) == 2 and parts[0].casefold() == parts[1].casefold():
            parts = parts[:1]
        return " – ".join(parts)

    def hints(self, item: OfferRow) -> list[str]:
        hints = []
        if item.status != OfferStatus.ACTIVE:
            hints.append(item.status.label)
        if not item.mainstream:
            hints.append(self.tr("Fachangebot"))
        if item.needs_review:
            hints.append(self.tr("zu prüfen"))
        if item.is_example:
            hints.append(self.tr("Beispiel"))
        if item.last_verified is not None and is_stale(item, self._today or date.today()):
            hints.append(self.tr("Stand alt"))
        return hints
