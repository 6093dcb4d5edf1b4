"""The catalogue filters: Sozialraum, Ortsteil, life domain, category, accessibility,
costs, Regel-/Fachangebot, inactive entries, "nur zu prüfen". All filters combine."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Cost
from teilhabe_desktop.core.catalogue_query import OfferQuery
from teilhabe_desktop.core.reference import LifeDomain, OfferCategory, Ortsteil, Sozialraum
from teilhabe_desktop.ui.common.filter_menu_button import FilterMenuButton
from teilhabe_desktop.ui.common.reflow_grid import ReflowGrid


def _combo(name: str, all_text: str, items: list[tuple[object, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.addItem(all_text, None)
    for key, label in items:
        combo.addItem(label, key)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return combo


class FilterBar(QWidget):
    """Emits ``changed`` whenever a filter changes; :meth:`apply` puts them into a query."""

    changed = Signal()

    def __init__(
        self,
        sozialraeume: list[Sozialraum],
        ortsteile: list[Ortsteil],
        life_domains: list[LifeDomain],
        categories: list[OfferCategory],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ortsteile = ortsteile
        self.sozialraum_button = FilterMenuButton(
            self.tr("Sozialraum"), [(s.id, s.name) for s in sozialraeume]
        )
        self.ortsteil_combo = _combo(self.tr("Ortsteil"), self.tr("Alle Ortsteile"), [])
        self.domain_combo = _combo(
            self.tr("Lebensbereich"),
            self.tr("Alle Lebensbereiche"),
            [(d.code, f"{d.code} {d.plain_name}") for d in life_domains],
        )
        for row, domain in enumerate(life_domains, start=1):
            self.domain_combo.setItemData(row, domain.name, Qt.ItemDataRole.ToolTipRole)
        self.category_combo = _combo(
            self.tr("Kategorie"), self.tr("Alle Kategorien"), [(c.id, c.name) for c in categories]
        )
        self.accessibility_button = FilterMenuButton(
            self.tr("Barrierefreiheit"), list(ACCESSIBILITY_FEATURES.items())
        )
        self.cost_button = FilterMenuButton(
            self.tr("Kosten"), [(c, c.label) for c in (Cost.FREE, Cost.REDUCED, Cost.FEE)]
        )
        self.kind_combo = _combo(
            self.tr("Art des Angebots"),
            self.tr("Regel- und Fachangebote"),
            [(True, self.tr("Nur Regelangebote")), (False, self.tr("Nur Fachangebote"))],
        )
        self.inactive_check = QCheckBox(self.tr("Auch eingestellte zeigen"))
        self.inactive_check.setAccessibleName(self.tr("Auch eingestellte Angebote zeigen"))
        self.review_check = QCheckBox(self.tr("Nur „zu prüfen“"))
        self.review_check.setAccessibleName(self.tr("Nur Angebote, die zu prüfen sind"))
        self.reset_button = QPushButton(self.tr("Filter zurücksetzen"))
        self.reset_button.setAccessibleName(self.tr("Alle Filter zurücksetzen"))

        checks = QWidget()
        checks_row = QHBoxLayout(checks)
        checks_row.setContentsMargins(0, 0, 0, 0)
        checks_row.addWidget(self.inactive_check)
        checks_row.addWidget(self.review_check)
        checks_row.addStretch(1)
        checks_row.addWidget(self.reset_button)
        # Four filters a row on wide screens, fewer on small ones (1024 px laptops).
        # Cells are in reading order, so the keyboard order matches what is seen.
        cells = [
            self.sozialraum_button,
            self.ortsteil_combo,
            self.domain_combo,
            self.category_combo,
            self.accessibility_button,
            self.cost_button,
            self.kind_combo,
            checks,
        ]
        self.grid = ReflowGrid()
        filters, checks_cell = cells[:-1], cells[-1]
        self.grid.set_arrangements(
            [
                [(w, i // 4, i % 4, 1, 1) for i, w in enumerate(cells)],
                # three a row; the check boxes share the last row with "Art des Angebots"
                [(w, i // 3, i % 3, 1, 1) for i, w in enumerate(filters)]
                + [(checks_cell, 2, 1, 1, 2)],
                [(w, i // 2, i % 2, 1, 1) for i, w in enumerate(cells)],
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)

        self._fill_ortsteile()
        self.sozialraum_button.changed.connect(self._on_sozialraum_changed)
        for button in (self.accessibility_button, self.cost_button):
            button.changed.connect(self.changed)
        for combo in (self.ortsteil_combo, self.domain_combo, self.category_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.changed)
        for check in (self.inactive_check, self.review_check):
            check.toggled.connect(self.changed)
        self.reset_button.clicked.connect(self.reset)

    def apply(self, query: OfferQuery) -> OfferQuery:
        """``query`` with the filters of this bar."""
        return dataclasses.replace(
            query,
            sozialraum_ids=frozenset(self.sozialraum_button.checked()),
            ortsteil_id=self.ortsteil_combo.currentData(),
            life_domain=self.domain_combo.currentData(),
            category_id=self.category_combo.currentData(),
            accessibility=frozenset(self.accessibility_button.checked()),
            costs=frozenset(self.cost_button.checked()),
            mainstream=self.kind_combo.currentData(),
            include_inactive=self.inactive_check.isChecked(),
            needs_review_only=self.review_check.isChecked(),
        )

    def is_default(self) -> bool:
        return self.apply(OfferQuery()) == OfferQuery()

    def reset(self) -> None:
        widgets = (
            self.sozialraum_button,
            self.accessibility_button,
            self.cost_button,
            self.ortsteil_combo,
            self.domain_combo,
            self.category_combo,
            self.kind_combo,
            self.inactive_check,
            self.review_check,
        )
        was_default = self.is_default()
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for button in widgets[:3]:
                button.set_checked(())
            for combo in widgets[3:7]:
                combo.setCurrentIndex(0)
            self.inactive_check.setChecked(False)
            self.review_check.setChecked(False)
            self._fill_ortsteile()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        if not was_default:
            self.changed.emit()

    def select_combo_data(self, combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _on_sozialraum_changed(self) -> None:
        self.ortsteil_combo.blockSignals(True)
        try:
            self._fill_ortsteile()
        finally:
            self.ortsteil_combo.blockSignals(False)
        self.changed.emit()

    def _fill_ortsteile(self) -> None:
        """Offer only the Ortsteile of the chosen Sozialräume; keep a still-valid choice."""
        chosen = self.sozialraum_button.checked()
        current = self.ortsteil_combo.currentData()
        self.ortsteil_combo.clear()
        self.ortsteil_combo.addItem(self.tr("Alle Ortsteile"), None)
        for ortsteil in self._ortsteile:
            if not chosen or ortsteil.sozialraum_id in chosen:
                self.ortsteil_combo.addItem(ortsteil.name, ortsteil.id)
        index = self.ortsteil_combo.findData(current) if current is not None else 0
        self.ortsteil_combo.setCurrentIndex(max(index, 0))
