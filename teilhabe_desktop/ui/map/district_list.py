"""The list beside the map, its equivalent for the keyboard and screen readers:
Sozialräume, their districts and the offers found in each district.

A district's offers become rows when it is opened (or one of them is selected), so
showing the map with 2,000 offers builds 47 rows, not 2,047."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from teilhabe_desktop.core.catalogue_query import OfferPin
from teilhabe_desktop.core.formatting import german_number
from teilhabe_desktop.core.reference import District, Sozialraum

KIND_ROLE = Qt.ItemDataRole.UserRole  # "sozialraum", "district", "offer"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # its id or code


class DistrictList(QTreeWidget):
    district_chosen = Signal(int)
    offer_chosen = Signal(str)
    sozialraum_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("map_list")
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Bezirke und Angebote der Karte"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self._districts: dict[int, QTreeWidgetItem] = {}
        self._offers: dict[str, QTreeWidgetItem] = {}
        self._pending: dict[int, tuple[QTreeWidgetItem, list[OfferPin]]] = {}
        self._parent_of: dict[str, int] = {}  # offer id -> id() of its parent row
        self.currentItemChanged.connect(self._on_current)
        self.itemExpanded.connect(self._fill)

    def offers_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 Angebot")
        return self.tr("%1 Angebote").replace("%1", german_number(count))

    def set_content(
        self,
        sozialraeume: list[Sozialraum],
        districts: list[District],
        pins: list[OfferPin],
        highlighted: set[str],
        home_code: int | None,
    ) -> None:
        """Rebuild; the current district or offer stays current where it still is."""
        current = self.current_key()
        self.blockSignals(True)
        try:
            self.clear()
            self._districts.clear()
            self._offers.clear()
            self._pending.clear()
            self._parent_of.clear()
            by_district: dict[int | None, list[OfferPin]] = {}
            for pin in pins:
                by_district.setdefault(pin.district_code, []).append(pin)
            known = {d.code for d in districts}
            for sozialraum in sozialraeume:
                own = [d for d in districts if d.sozialraum_id == sozialraum.id]
                count = sum(len(by_district.get(d.code, [])) for d in own)
                text = f"{sozialraum.name} – {self.offers_text(count)}"
                if sozialraum.id in highlighted:
                    text += self.tr(" · Sozialraum der Person")
                top = self._item(None, text, "sozialraum", sozialraum.id)
                for district in own:
                    found = by_district.get(district.code, [])
                    text = f"{district.code} {district.name} – {self.offers_text(len(found))}"
                    if district.code == home_code:
                        text += self.tr(" · hier wohnt die Person")
                    item = self._item(top, text, "district", district.code)
                    self._districts[district.code] = item
                    self._add_offers(item, found)
            elsewhere = [
                p for code, found in by_district.items() if code not in known for p in found
            ]
            if elsewhere:
                top = self._item(
                    None,
                    self.tr("Ohne Bezirk – %1").replace("%1", self.offers_text(len(elsewhere))),
                    "sozialraum",
                    "",
                )
                self._add_offers(top, elsewhere)
        finally:
            self.blockSignals(False)
        if current is not None:
            self.select(*current)

    def _item(self, parent, text: str, kind: str, key) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text])
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, KEY_ROLE, key)
        item.setToolTip(0, text)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _add_offers(self, parent: QTreeWidgetItem, pins: list[OfferPin]) -> None:
        """Offer rows come when ``parent`` opens; until then it shows it can open."""
        if not pins:
            return
        parent.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self._pending[id(parent)] = (parent, pins)
        for pin in pins:
            self._parent_of[pin.id] = id(parent)

    def _fill(self, parent: QTreeWidgetItem) -> None:
        parent_item, pins = self._pending.pop(id(parent), (None, []))
        if parent_item is None:
            return
        for pin in pins:
            text = pin.name
            if pin.lat is None or pin.lon is None:
                text += self.tr(" (ohne Punkt auf der Karte)")
            self._offers[pin.id] = self._item(parent_item, text, "offer", pin.id)
        parent_item.setChildIndicatorPolicy(
            QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless
        )

    def expand_everything(self) -> None:
        """Every row built and open (what *expandAll* shows, with the offers)."""
        for parent, _pins in list(self._pending.values()):
            self._fill(parent)
        self.expandAll()

    def offer_item(self, offer_id: str) -> QTreeWidgetItem | None:
        """The row of an offer, built if its district was not opened yet."""
        if offer_id not in self._offers and offer_id in self._parent_of:
            pending = self._pending.get(self._parent_of[offer_id])
            if pending is not None:
                self._fill(pending[0])
        return self._offers.get(offer_id)

    def current_key(self) -> tuple[str, object] | None:
        item = self.currentItem()
        if item is None:
            return None
        return item.data(0, KIND_ROLE), item.data(0, KEY_ROLE)

    def select(self, kind: str, key) -> bool:
        """Make a district or offer current without telling (the map did it already)."""
        if kind == "offer":
            item = self.offer_item(key)
        else:
            item = self._districts.get(key) if kind == "district" else None
        if item is None:
            return False
        self.blockSignals(True)
        try:
            self.setCurrentItem(item)
            self.scrollToItem(item)
        finally:
            self.blockSignals(False)
        return True

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        kind, key = current.data(0, KIND_ROLE), current.data(0, KEY_ROLE)
        if kind == "district":
            self.district_chosen.emit(int(key))
        elif kind == "offer":
            self.offer_chosen.emit(str(key))
        elif key:
            self.sozialraum_chosen.emit(str(key))
