"""The person's details the Gesamtplan needs: Wohnform, Pflegegrad, consents by purpose.

Wohnform decides whether § 121 Abs. 4 Nr. 6 (Barbetrag) applies; the Pflegegrad is the
interface to care insurance; consents are given purpose by purpose (§ 117 Abs. 3 SGB IX)
with their date — ticked in the consultation, today (editable later in the file).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from teilhabe_desktop.core.person_words import care_level_text
from teilhabe_desktop.core.plan import Consent, ConsentPurpose, Housing, Person


class GesamtplanPersonFields(QObject):
    """The widgets; ``edited(key, changes)`` as the person form emits its edits."""

    edited = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._consents: list[Consent] = []
        self.housing = QComboBox(parent)
        self.housing.setObjectName("person:housing")
        self.housing.setAccessibleName(self.tr("Wohnform"))
        self.housing.addItem(self.tr("(nicht angegeben)"), None)
        for housing in Housing:
            self.housing.addItem(housing.label, housing)
        self.housing.activated.connect(
            lambda i: self.edited.emit("housing", {"housing": self.housing.itemData(i)})
        )
        self.care_level = QComboBox(parent)
        self.care_level.setObjectName("person:care_level")
        self.care_level.setAccessibleName(self.tr("Pflegegrad"))
        self.care_level.addItem(self.tr("(nicht angegeben)"), None)
        for level in range(6):
            self.care_level.addItem(care_level_text(level), level)
        self.care_level.activated.connect(
            lambda i: self.edited.emit("care_level", {"care_level": self.care_level.itemData(i)})
        )
        for combo in (self.housing, self.care_level):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.consents: dict[ConsentPurpose, QCheckBox] = {}
        for purpose in ConsentPurpose:
            box = QCheckBox(purpose.label, parent)
            box.setObjectName(f"person:consent:{purpose.value}")
            box.setAccessibleName(self.tr("Einverstanden mit: %1").replace("%1", purpose.label))
            box.toggled.connect(lambda on, p=purpose: self._consent_toggled(p, on))
            self.consents[purpose] = box

    def rows(self) -> list[tuple[str, QWidget]]:
        """(label, widget) for the person form's groups: housing, care, then consents."""
        return [
            ("Wohnform:", self.housing),
            ("Pflegegrad:", self.care_level),
            *(("", box) for box in self.consents.values()),
        ]

    def set_person(self, person: Person) -> None:
        self._consents = [Consent(c.purpose, c.given, c.given_on, c.note) for c in person.consents]
        given = {c.purpose: c for c in person.consents}
        for widget in (self.housing, self.care_level, *self.consents.values()):
            widget.blockSignals(True)
        self.housing.setCurrentIndex(max(0, self.housing.findData(person.housing)))
        self.care_level.setCurrentIndex(max(0, self.care_level.findData(person.care_level)))
        for purpose, box in self.consents.items():
            consent = given.get(purpose)
            box.setChecked(bool(consent and consent.given))
            when = consent.given_on if consent and consent.given else None
            box.setToolTip(
                self.tr("Erteilt am %1").replace("%1", when.strftime("%d.%m.%Y")) if when else ""
            )
        for widget in (self.housing, self.care_level, *self.consents.values()):
            widget.blockSignals(False)

    def _consent_toggled(self, purpose: ConsentPurpose, on: bool) -> None:
        consents = [c for c in self._consents if c.purpose is not purpose]
        old = next((c for c in self._consents if c.purpose is purpose), None)
        note = old.note if old else ""
        when = (old.given_on if old and old.given else None) or date.today()
        consents.append(Consent(purpose, on, when if on else None, note))
        order = list(ConsentPurpose)
        consents.sort(key=lambda c: order.index(c.purpose))
        self._consents = consents
        changes: dict[str, Any] = {"consents": [Consent(**vars(c)) for c in consents]}
        self.edited.emit(f"consent:{purpose.value}", changes)
