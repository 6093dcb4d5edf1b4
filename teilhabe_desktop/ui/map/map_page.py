"""Page *Karte*: the districts coloured by Sozialraum, the offers found with the filters
of *Angebote* as pins, the selected person's places highlighted; a list beside it does
the same by keyboard. Drawn with QGraphicsView from the stored shapes: no web view, no
map tiles, no network."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.catalogue_query import OfferPin, OfferQuery
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.formatting import german_number
from teilhabe_desktop.session import Session
from teilhabe_desktop.ui.catalogue.filter_bar import FilterBar
from teilhabe_desktop.ui.catalogue.offer_detail import OfferDetail
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.map.district_list import DistrictList
from teilhabe_desktop.ui.map.map_scene import DISTRICT_LABELS_FROM, DistrictShape, MapScene
from teilhabe_desktop.ui.map.map_view import MapView
from teilhabe_desktop.ui.map.person_focus import FocusSource, PersonFocus

SEARCH_DELAY_MS = 150
CLUSTER_ZOOM = 2.5  # a click on a cluster zooms in this much
SCHEMATIC_STYLE = (
    "QLabel { background:#fff4d6; color:#5c4300; border:1px solid #e0c26e;"
    " border-radius:4px; padding:6px 10px; }"
)


class MapPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_page")
        self.session = session
        self.catalogue = session.catalogue
        reference = session.reference
        self.sozialraeume = reference.sozialraeume()
        self.sozialraum_names = {s.id: s.name for s in self.sozialraeume}
        self.districts = reference.districts()
        self.district_by_code = {d.code: d for d in self.districts}
        self._focus_source: FocusSource | None = None
        self.focus: PersonFocus | None = None
        self.pins: list[OfferPin] = []
        self.loaded = False
        self.schematic = False
        self.chosen_sozialraum: str | None = None
        self.selected_code: int | None = None
        self._listed_for: tuple | None = None

        self.schematic_banner = plain_label(
            self.tr(
                "Schematische Karte: Die Flächen zeigen, wo die Bezirke zueinander liegen, "
                "nicht ihre Grenzen. Mit „Orte einlesen …“ kommen die Grenzen der Stadt "
                "dazu (GeoJSON vom Open-Data-Portal)."
            ),
            wrap=True,
        )
        self.schematic_banner.setObjectName("map_schematic")
        self.schematic_banner.setStyleSheet(SCHEMATIC_STYLE)
        self.places_button = QPushButton(self.tr("&Orte einlesen …"))
        self.places_button.setObjectName("map_import_places")
        self.places_button.setAccessibleName(self.tr("Grenzen oder Straßenverzeichnis einlesen"))
        self.banner = QWidget()
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        banner_row.addWidget(self.schematic_banner, 1)
        banner_row.addWidget(self.places_button)
        self.banner.hide()
        self.search = QLineEdit()
        self.search.setObjectName("map_search")
        self.search.setPlaceholderText(self.tr("Angebote auf der Karte suchen …"))
        self.search.setAccessibleName(self.tr("Angebote auf der Karte suchen"))
        self.search.setClearButtonEnabled(True)
        self.count_label = plain_label()
        self.count_label.setObjectName("map_count")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        self.filters = FilterBar(
            self.sozialraeume,
            reference.ortsteile(),
            reference.life_domains(),
            reference.offer_categories(),
        )
        self.focus_label = plain_label(wrap=True)
        self.focus_label.setObjectName("map_focus")

        self.scene = MapScene(self)
        self.view = MapView(self.scene)
        self.view.setAccessibleName(self.tr("Karte der Bezirke und Angebote"))
        self.view.setAccessibleDescription(
            self.tr(
                "Pfeiltasten verschieben, Plus und Minus zoomen, 0 zeigt alles. "
                "Die Liste daneben enthält dieselben Bezirke und Angebote."
            )
        )
        self.view.setStyleSheet("QGraphicsView#map_view:focus { border: 2px solid #1d3b6a; }")
        self.list = DistrictList()
        self.district_title = plain_label(wrap=True)
        self.district_title.setObjectName("map_district_title")
        self.district_title.setStyleSheet("font-weight: 600;")
        self.add_button = QPushButton(self.tr("Zu den Sozialräumen der Person hinzufügen"))
        self.add_button.setObjectName("map_add_sozialraum")
        self.add_button.setEnabled(False)
        names = {
            "sozialraum": self.sozialraum_names,
            "ortsteil": {o.id: o.name for o in reference.ortsteile()},
            "category": {c.id: c.name for c in reference.offer_categories()},
            "domain": {d.code: d.name for d in reference.life_domains()},
            "district": {d.code: d.name for d in self.districts},
        }
        self.detail = OfferDetail(names, actions=False)
        self.detail.placeholder.setText(
            self.tr("Wählen Sie ein Angebot auf der Karte oder in der Liste.")
        )

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.list, 3)
        side_layout.addWidget(self.district_title)
        side_layout.addWidget(self.add_button)
        side_layout.addWidget(self.detail, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.focus_label)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.filters, self.view)
        self.setTabOrder(self.view, self.list)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_query)
        self.search.textChanged.connect(self._timer.start)
        self.filters.changed.connect(self.run_query)
        self.view.zoomed.connect(self._on_zoom)
        self.view.clicked.connect(self._on_click)
        self.view.hovered.connect(self._on_hover)
        self.list.district_chosen.connect(lambda code: self.select_district(code, centre=True))
        self.list.offer_chosen.connect(lambda offer_id: self.show_offer(offer_id, centre=True))
        self.list.sozialraum_chosen.connect(self._choose_sozialraum)
        self.add_button.clicked.connect(self.add_to_person)
        self.places_button.clicked.connect(self.import_places)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))

    # -- loading -------------------------------------------------------------------------
    def set_focus_source(self, source: FocusSource | None) -> None:
        self._focus_source = source

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.load()
        self.refresh_focus()

    def load(self) -> None:
        """Shapes and pins from the database; on first show, not at start-up."""
        from teilhabe_desktop.core.map_layout import display_shapes

        found = self.session.places.map_shapes()
        self.schematic = found.schematic
        self.banner.setVisible(found.schematic)
        shapes = [
            DistrictShape(code, d.name, d.sozialraum_id, geometry)
            for code, geometry in display_shapes(found.shapes).items()
            if (d := self.district_by_code.get(code)) is not None
        ]
        self.scene.set_districts(shapes, self.sozialraum_names)
        self.view.map_rect = self.scene.map_rect
        self.loaded = True
        self.view.fit_all()  # first, so the pins are clustered once, at this scale
        self.run_query()

    def import_places(self) -> bool:
        """*Orte einlesen …*: boundaries or streets; the map is drawn anew after saving."""
        from teilhabe_desktop.ui.map.places_import_dialog import PlacesImportDialog

        dialog = PlacesImportDialog(self.session, self)
        if not dialog.exec():
            return False
        if self.loaded:
            self.load()
        return True

    def current_query(self) -> OfferQuery:
        return self.filters.apply(OfferQuery(text=self.search.text()))

    def run_query(self) -> None:
        """The pins for the search and the filters (the timer calls it after typing)."""
        self._timer.stop()
        if not self.loaded:
            return
        try:
            self.pins = self.catalogue.map_pins(self.current_query())
        except UserError as error:
            self.count_label.setText(error.message)
            return
        from teilhabe_desktop.core.geometry import project_points

        placed = [p for p in self.pins if p.lat is not None and p.lon is not None]
        xs, ys = project_points([p.lat for p in placed], [p.lon for p in placed])
        self.scene.pins.set_pins([p.id for p in placed], [p.name for p in placed], xs, -ys)
        self._fill_list()
        self.count_label.setText(
            self.tr("%1, %2 davon auf der Karte")
            .replace("%1", self.list.offers_text(len(self.pins)))
            .replace("%2", german_number(len(placed)))
        )
        if self.detail.offer is not None and self.detail.offer.id not in {p.id for p in self.pins}:
            self.show_offer(None)

    def _fill_list(self) -> None:
        focus = self.focus
        self._listed_for = self._focus_key()
        self.list.set_content(
            self.sozialraeume,
            self.districts,
            self.pins,
            set(focus.sozialraum_ids) if focus else set(),
            focus.home_district_code if focus else None,
        )

    # -- the person ----------------------------------------------------------------------
    def refresh_focus(self) -> None:
        self.focus = self._focus_source() if self._focus_source is not None else None
        focus = self.focus
        if focus is None:
            self.focus_label.setText(
                self.tr(
                    "Wählen Sie auf der Seite „Personen“ eine Person: Dann sind hier ihre "
                    "Sozialräume und ihr Wohnbezirk hervorgehoben."
                )
            )
            self.scene.set_highlight(set(), None)
        else:
            names = ", ".join(self.sozialraum_names.get(s, s) for s in focus.sozialraum_ids)
            text = self.tr("Hervorgehoben: die Sozialräume von %1 (%2).").replace("%1", focus.name)
            text = text.replace("%2", names or self.tr("noch keine"))
            if focus.home_district_code in self.district_by_code:
                text += " " + self.tr("Gestrichelt umrandet: der Wohnbezirk.")
            self.focus_label.setText(text)
            self.scene.set_highlight(set(focus.sozialraum_ids), focus.home_district_code)
        if self.loaded and self._listed_for != self._focus_key():
            self._fill_list()  # the list marks the person's places
        self._update_add_button()

    def _focus_key(self) -> tuple:
        focus = self.focus
        return (focus.sozialraum_ids, focus.home_district_code) if focus else ()

    def _update_add_button(self) -> None:
        sozialraum = self.chosen_sozialraum
        focus = self.focus
        enabled = False
        if sozialraum is None:
            tip = self.tr("Wählen Sie zuerst einen Bezirk auf der Karte oder in der Liste.")
        elif focus is None or focus.add_sozialraum is None:
            tip = self.tr("Öffnen Sie dazu den Plan einer Person (Seite „Personen“).")
        elif sozialraum in focus.sozialraum_ids:
            tip = self.tr("%1 gehört schon zu den Sozialräumen von %2.")
            tip = tip.replace("%1", self.sozialraum_names.get(sozialraum, sozialraum))
            tip = tip.replace("%2", focus.name)
        else:
            enabled = True
            tip = self.tr("%1 in den Plan von %2 aufnehmen.")
            tip = tip.replace("%1", self.sozialraum_names.get(sozialraum, sozialraum))
            tip = tip.replace("%2", focus.name)
        self.add_button.setEnabled(enabled)
        self.add_button.setToolTip(tip)
        self.add_button.setAccessibleDescription(tip)

    def add_to_person(self) -> None:
        focus, sozialraum = self.focus, self.chosen_sozialraum
        if focus is None or focus.add_sozialraum is None or sozialraum is None:
            return
        focus.add_sozialraum(sozialraum)
        self.refresh_focus()

    # -- choosing ------------------------------------------------------------------------
    def _choose_sozialraum(self, sozialraum_id: str) -> None:
        self.selected_code = None
        self.scene.set_selected_district(None)
        self.chosen_sozialraum = sozialraum_id
        self.district_title.setText(
            self.tr("Sozialraum %1").replace("%1", self.sozialraum_names.get(sozialraum_id, ""))
        )
        self._update_add_button()

    def select_district(self, code: int | None, centre: bool = False) -> None:
        """Show a district as chosen: its Sozialraum, its offers (in the list)."""
        district = self.district_by_code.get(code) if code is not None else None
        self.selected_code = district.code if district else None
        self.scene.set_selected_district(self.selected_code)
        if district is None:
            self.chosen_sozialraum = None
            self.district_title.setText("")
            self._update_add_button()
            return
        self.chosen_sozialraum = district.sozialraum_id
        count = sum(1 for p in self.pins if p.district_code == district.code)
        text = self.tr("Bezirk %1 %2 · Sozialraum %3 · %4")
        text = text.replace("%1", str(district.code)).replace("%2", district.name)
        text = text.replace("%3", self.sozialraum_names.get(district.sozialraum_id, ""))
        self.district_title.setText(text.replace("%4", self.list.offers_text(count)))
        self.list.select("district", district.code)
        self.list.currentItem().setExpanded(True)
        item = self.scene.districts.get(district.code)
        if centre and item is not None:
            self.view.centerOn(item.boundingRect().center())
        self._update_add_button()

    def show_offer(self, offer_id: str | None, centre: bool = False) -> None:
        offer = self.catalogue.get(offer_id) if offer_id else None
        self.detail.show_offer(offer)
        self.scene.pins.set_selected(offer.id if offer else None)
        if offer is None:
            return
        pin = next((p for p in self.pins if p.id == offer.id), None)
        if pin is not None and pin.district_code in self.district_by_code:
            self.select_district(pin.district_code)
        self.list.select("offer", offer.id)
        position = self.scene.pins.position_of(offer.id)
        if centre and position is not None:
            self.view.centerOn(position)

    # -- the mouse -----------------------------------------------------------------------
    def _on_zoom(self, scale: float) -> None:
        self.scene.pins.set_scale(scale)
        fit = self.view.fit_scale
        self.scene.show_district_labels(scale >= fit * DISTRICT_LABELS_FROM)

    def _on_click(self, position: QPointF) -> None:
        cluster = self.scene.pins.cluster_at(position)
        if cluster is not None:
            ids = [self.scene.pins.ids[i] for i in cluster.members]
            if cluster.size == 1 or not self.view.can_zoom_in:
                self.show_offer(ids[0])
            else:
                self.view.zoom_to(QPointF(cluster.x, cluster.y), CLUSTER_ZOOM)
            return
        self.select_district(self.scene.district_at(position))

    def _on_hover(self, position: QPointF, global_position) -> None:
        cluster = self.scene.pins.cluster_at(position)
        if cluster is not None:
            names = [self.scene.pins.names[i] for i in cluster.members]
            text = names[0]
            if len(names) > 1:
                shown = "\n".join(names[:8]) + ("\n…" if len(names) > 8 else "")
                text = self.tr("%1 Angebote:").replace("%1", str(len(names))) + "\n" + shown
        else:
            code = self.scene.district_at(position)
            district = self.district_by_code.get(code) if code is not None else None
            text = ""
            if district is not None:
                sozialraum = self.sozialraum_names.get(district.sozialraum_id, "")
                text = f"{district.code} {district.name} ({sozialraum})"
        if text:
            QToolTip.showText(global_position, text, self.view)
        else:
            QToolTip.hideText()
        self.view.setToolTip(text)
