"""The home district and Sozialraum of the person form: derived, said from what, choosable.

Street and house number come first (street directory), then the place name. The widget
says what it derived from ("aus Straße und Hausnummer „Karl-Marx-Allee 12“"); when the
address fits several districts it asks the user to choose one. The form's Sozialraum box
stays the way to override everything by hand.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from teilhabe_desktop.core.locating import Basis, Derivation, Locator
from teilhabe_desktop.core.places import PlaceResolver
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.core.reference import Sozialraum
from teilhabe_desktop.ui.common.plain_text import plain_label

#: the attributes of a person the home district is derived from
DERIVED_FROM = ("street", "postcode", "place")


def as_locator(places: Locator | PlaceResolver) -> Locator:
    """A locator; a bare place resolver (place names only) is wrapped in one."""
    return places if isinstance(places, Locator) else Locator(places, [])


def derive(locator: Locator, person: Person) -> Derivation:
    return locator.locate(person.street, person.postcode, person.place)


def derived_changes(locator: Locator, person: Person, attr: str = "", text: str = "") -> dict:
    """The home attributes derived for ``person`` (with ``attr`` set to ``text``)."""
    if attr:
        person = replace(person, **{attr: text})
    found = derive(locator, person)
    return {"home_sozialraum_id": found.sozialraum_id, "home_district_code": found.district_code}


class HomePlace(QWidget):
    """What the home Sozialraum came from; a list of districts to choose when ambiguous."""

    #: the user chose a candidate: Sozialraum id, district code (or None)
    chosen = Signal(str, object)

    def __init__(
        self, locator: Locator, sozialraeume: list[Sozialraum], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.locator = locator
        self._names = {s.id: s.name for s in sozialraeume}
        self.label = plain_label(wrap=True)
        self.label.setAccessibleDescription(self.tr("Abgeleiteter Sozialraum"))
        self.choice = QComboBox()
        self.choice.setObjectName("person:home_district")
        self.choice.setAccessibleName(self.tr("Bezirk der Wohnung wählen"))
        self.choice.activated.connect(self._chosen)
        self.choice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.choice)

    def text(self) -> str:
        return self.label.text()

    def show_for(self, person: Person) -> None:
        found = derive(self.locator, person)
        self.choice.hide()
        if person.home_sozialraum_overridden:
            text = self.tr("Von Hand gewählt: %1").replace(
                "%1", self._where(person.home_district_code, person.home_sozialraum_id)
            )
        elif found.ambiguous:
            text = self._ask(found)
        elif found.found:
            sentence = {
                Basis.STREET: self.tr("Aus Straße und Hausnummer „%1“ abgeleitet: %2"),
                Basis.POINT: self.tr("Aus den Koordinaten %1 abgeleitet: %2"),
            }.get(found.basis, self.tr("Aus dem Wohnort „%1“ abgeleitet: %2"))
            text = sentence.replace("%1", found.used[:60]).replace(
                "%2", self._where(found.district_code, found.sozialraum_id)
            )
        elif found.note:
            text = found.note + " " + self.tr("Bitte den Sozialraum von Hand wählen.")
        elif person.place.strip():
            text = self.tr(
                "Der Ortsteil „%1“ ist nicht bekannt. Bitte den Sozialraum von Hand wählen."
            ).replace("%1", person.place.strip()[:60])
        else:
            text = self.tr("Wird aus Straße und Hausnummer oder dem Ortsteil abgeleitet.")
        self.label.setText(text)

    def _where(self, district_code: int | None, sozialraum_id: str | None) -> str:
        name = self._names.get(sozialraum_id or "", "") or self.tr("keiner")
        district = self.locator.district(district_code)
        if district is None:
            return name
        return (
            self.tr("%1 (Bezirk %2 %3)")
            .replace("%1", name)
            .replace("%2", str(district.code))
            .replace("%3", district.name)
        )

    def _ask(self, found: Derivation) -> str:
        self.choice.clear()
        self.choice.addItem(self.tr("– bitte wählen –"), None)
        for candidate in found.candidates:
            label = (
                self.tr("%1 – Sozialraum %2")
                .replace("%1", candidate.label)
                .replace("%2", self._names.get(candidate.sozialraum_id, ""))
            )
            self.choice.addItem(label, (candidate.sozialraum_id, candidate.district_code))
        self.choice.show()
        return self.tr("„%1“ passt zu mehreren Orten. Bitte wählen:").replace("%1", found.used[:60])

    def _chosen(self, index: int) -> None:
        value = self.choice.itemData(index)
        if value is not None:
            self.chosen.emit(value[0], value[1])
