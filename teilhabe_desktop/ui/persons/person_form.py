"""The person's details: name, address (→ home Sozialraum), needs, support, consent.

The form does not save by itself: every user edit emits ``edited(key, changes)`` with
the attributes of :class:`~teilhabe_desktop.core.plan.Person` to set. The workspace
turns that into an undo step and autosaves; the "Neue Person" dialog collects it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.locating import Locator
from teilhabe_desktop.core.places import PlaceResolver
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.core.reference import Sozialraum
from teilhabe_desktop.ui.common.date_edit import OptionalDateEdit
from teilhabe_desktop.ui.common.reflow_grid import ReflowGrid
from teilhabe_desktop.ui.persons.home_place import (
    DERIVED_FROM,
    HomePlace,
    as_locator,
    derived_changes,
)
from teilhabe_desktop.ui.persons.person_gesamtplan import GesamtplanPersonFields

_AUTO = "__auto__"

# attribute -> (label, accessible name, placeholder)
_LINES = {
    "first_name": ("Vorname:", "Vorname", ""),
    "last_name": ("Nachname:", "Nachname", ""),
    "file_number": ("Aktenzeichen:", "Aktenzeichen", "z. B. 50.2-0123"),
    "street": ("Straße und Hausnummer:", "Straße und Hausnummer", ""),
    "postcode": ("Postleitzahl:", "Postleitzahl", "07743"),
    "city": ("Ort:", "Ort", "Jena"),
    "place": ("Ortsteil oder Wohngegend:", "Ortsteil oder Wohngegend", "z. B. Lobeda-Ost"),
    "phone": ("Telefon:", "Telefon", ""),
    "email": ("E-Mail:", "E-Mail", ""),
    "interpreter_language": (
        "Dolmetschen in:",
        "Dolmetschen in Sprache",
        "leer lassen, wenn nicht nötig",
    ),
    "guardian": ("Rechtliche Betreuung:", "Rechtliche Betreuung", "Name und Erreichbarkeit"),
    "trusted_person": ("Vertrauensperson:", "Vertrauensperson", "Name und Erreichbarkeit"),
    "caseworker_phone": ("Telefon Fallmanagement:", "Telefon Fallmanagement", ""),
}
_CHECKS = {
    "easy_language": "Leichte Sprache",
    "sign_language": "Gebärdensprache",
    "wheelchair": "Nutzt einen Rollstuhl",
    "uses_public_transport": "Fährt mit Bus und Bahn",
    "consent_given": "Einverstanden mit der Speicherung für die Planung",
}


class PersonForm(QWidget):
    #: key for merging undo steps, and the attributes to set
    edited = Signal(str, dict)

    def __init__(
        self,
        resolver: Locator | PlaceResolver,
        sozialraeume: list[Sozialraum],
        caseworkers: list[str],
        place_names: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._locator = as_locator(resolver)
        self._sozialraeume = sozialraeume
        self._person: Person | None = None
        self.lines: dict[str, QLineEdit] = {}
        self.checks: dict[str, QCheckBox] = {}
        for attr, (_label, name, placeholder) in _LINES.items():
            edit = QLineEdit()
            edit.setAccessibleName(self.tr(name))
            edit.setObjectName(f"person:{attr}")
            edit.setPlaceholderText(self.tr(placeholder))
            edit.textEdited.connect(lambda text, a=attr: self._line_edited(a, text))
            self.lines[attr] = edit
        for attr, text in _CHECKS.items():
            box = QCheckBox(self.tr(text))
            box.setAccessibleName(self.tr(text))
            box.setObjectName(f"person:{attr}")
            box.toggled.connect(lambda on, a=attr: self._check_toggled(a, on))
            self.checks[attr] = box
        if place_names:
            completer = QCompleter(sorted(set(place_names)), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.lines["place"].setCompleter(completer)
            completer.activated.connect(lambda text: self._line_edited("place", text))

        self.birth_date = OptionalDateEdit(self.tr("Geburtsdatum"))
        self.birth_date.setObjectName("person:birth_date")
        self.birth_date.set_range(None, date.today())
        self.birth_date.value_changed.connect(lambda v: self._emit("birth_date", {"birth_date": v}))
        self.consent_date = OptionalDateEdit(self.tr("Einverständnis am"))
        self.consent_date.setObjectName("person:consent_date")
        self.consent_date.set_range(None, date.today())
        self.consent_date.value_changed.connect(
            lambda v: self._emit("consent_date", {"consent_date": v})
        )
        self.sozialraum = QComboBox()
        self.sozialraum.setAccessibleName(self.tr("Sozialraum des Wohnorts"))
        self.sozialraum.setObjectName("person:home_sozialraum")
        self.sozialraum.addItem(self.tr("aus dem Wohnort ableiten"), _AUTO)
        for s in sozialraeume:
            self.sozialraum.addItem(s.name, s.id)
        self.sozialraum.activated.connect(self._sozialraum_chosen)
        self.derived = HomePlace(self._locator, sozialraeume)  # what it derived from
        self.derived.chosen.connect(self._home_chosen)
        self.walking = QSpinBox()
        self.walking.setAccessibleName(self.tr("Gehstrecke in Metern"))
        self.walking.setObjectName("person:walking_distance_m")
        self.walking.setRange(-50, 20000)
        self.walking.setSingleStep(50)
        self.walking.setSpecialValueText(self.tr("nicht angegeben"))
        self.walking.setSuffix(" m")
        self.walking.valueChanged.connect(
            lambda v: self._emit("walking", {"walking_distance_m": None if v < 0 else v})
        )
        self.caseworker = QComboBox()
        self.caseworker.setEditable(True)
        self.caseworker.setAccessibleName(self.tr("Zuständig im Fallmanagement"))
        self.caseworker.setObjectName("person:caseworker")
        self.caseworker.addItems(caseworkers)
        # its text field is what a screen reader lands in: it carries the name as well
        self.caseworker.lineEdit().setAccessibleName(self.tr("Zuständig im Fallmanagement"))
        self.caseworker.lineEdit().textEdited.connect(
            lambda text: self._emit("caseworker", {"caseworker": text})
        )
        self.caseworker.activated.connect(
            lambda i: self._emit("caseworker", {"caseworker": self.caseworker.itemText(i)})
        )
        for combo in (self.sozialraum, self.caseworker):
            # the open list shows long entries in full; closed, they must not widen the form
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.gesamtplan = GesamtplanPersonFields(self)
        self.gesamtplan.edited.connect(self._emit)
        self._build()

    def _group(self, title: str, rows: list[tuple[str, QWidget]]) -> QGroupBox:
        box = QGroupBox(self.tr(title))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in rows:
            if label:
                form.addRow(self.tr(label), widget)
            else:
                form.addRow(widget)
        return box

    def _line(self, attr: str) -> tuple[str, QWidget]:
        return _LINES[attr][0], self.lines[attr]

    def _build(self) -> None:
        person = self._group(
            "Person",
            [
                self._line("first_name"),
                self._line("last_name"),
                ("Geburtsdatum:", self.birth_date),
                self._line("file_number"),
            ],
        )
        home = self._group(
            "Wohnort und Kontakt",
            [
                self._line("street"),
                self._line("postcode"),
                self._line("city"),
                self._line("place"),
                ("Sozialraum:", self.sozialraum),
                ("", self.derived),
                self._line("phone"),
                self._line("email"),
            ],
        )
        talking = self._group(
            "Verständigung",
            [
                ("", self.checks["easy_language"]),
                ("", self.checks["sign_language"]),
                self._line("interpreter_language"),
            ],
        )
        moving = self._group(
            "Unterwegs sein",
            [
                ("", self.checks["wheelchair"]),
                ("Kann gehen etwa:", self.walking),
                ("", self.checks["uses_public_transport"]),
            ],
        )
        support = self._group(
            "Unterstützung und Einverständnis",
            [
                self._line("guardian"),
                self._line("trusted_person"),
                ("", self.checks["consent_given"]),
                ("Einverstanden am:", self.consent_date),
                ("Zuständig:", self.caseworker),
                self._line("caseworker_phone"),
                *self.gesamtplan.rows(),
            ],
        )
        groups = [person, home, talking, moving, support]
        # two columns on wide screens; one below that, so nothing scrolls sideways
        self.grid = ReflowGrid(spacing=(12, 8))
        self.grid.set_arrangements(
            [
                [
                    (person, 0, 0, 1, 1),
                    (home, 1, 0, 2, 1),
                    (talking, 0, 1, 1, 1),
                    (moving, 1, 1, 1, 1),
                    (support, 2, 1, 1, 1),
                ],
                [(group, row, 0, 1, 1) for row, group in enumerate(groups)],
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)

    # -- filling -----------------------------------------------------------------------
    def set_person(self, person: Person) -> None:
        """Show ``person`` (a copy is kept for the derived Sozialraum); emits nothing."""
        self._person = person
        widgets = [
            *self.lines.values(),
            *self.checks.values(),
            self.walking,
            self.sozialraum,
            self.caseworker,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        for attr, edit in self.lines.items():
            if edit.text() != getattr(person, attr):
                edit.setText(getattr(person, attr))
        for attr, box in self.checks.items():
            box.setChecked(bool(getattr(person, attr)))
        self.walking.setValue(
            -50 if person.walking_distance_m is None else person.walking_distance_m
        )
        self.caseworker.setEditText(person.caseworker)
        self.caseworker.lineEdit().setCursorPosition(0)  # show the start of a long name
        index = 0
        if person.home_sozialraum_overridden:
            index = max(0, self.sozialraum.findData(person.home_sozialraum_id))
        self.sozialraum.setCurrentIndex(index)
        for widget in widgets:
            widget.blockSignals(False)
        self.birth_date.set_value(person.birth_date)
        self.consent_date.set_value(person.consent_date)
        self.gesamtplan.set_person(person)
        self._show_derived(person)

    def _show_derived(self, person: Person) -> None:
        self.derived.show_for(person)

    # -- editing -----------------------------------------------------------------------
    def _emit(self, key: str, changes: dict[str, Any]) -> None:
        if self._person is not None:
            for attr, value in changes.items():
                setattr(self._person, attr, value)
            self._show_derived(self._person)
        self.edited.emit(f"person:{key}", changes)

    def _check_toggled(self, attr: str, on: bool) -> None:
        changes: dict[str, Any] = {attr: on}
        if attr == "consent_given" and on and self.consent_date.value() is None:
            # ticked in the consultation: today is the day of consent (editable)
            changes["consent_date"] = date.today()
            self.consent_date.set_value(changes["consent_date"])
        self._emit(attr, changes)

    def _line_edited(self, attr: str, text: str) -> None:
        changes: dict[str, Any] = {attr: text}
        if attr in DERIVED_FROM and (
            self._person is None or not self._person.home_sozialraum_overridden
        ):
            person = self._person or Person("", "", "")
            changes.update(derived_changes(self._locator, person, attr, text))
        self._emit(attr, changes)

    def _sozialraum_chosen(self, index: int) -> None:
        value = self.sozialraum.itemData(index)
        if value == _AUTO:
            person = self._person or Person("", "", "", place=self.lines["place"].text())
            changes = {
                "home_sozialraum_overridden": False,
                **derived_changes(self._locator, person),
            }
        else:
            changes = {"home_sozialraum_overridden": True, "home_sozialraum_id": value}
            changes["home_district_code"] = None
        self._emit("home_sozialraum", changes)

    def _home_chosen(self, sozialraum_id: str, district_code: int | None) -> None:
        self.sozialraum.setCurrentIndex(max(0, self.sozialraum.findData(sozialraum_id)))
        changes = {"home_sozialraum_overridden": True, "home_sozialraum_id": sozialraum_id}
        self._emit("home_sozialraum", {**changes, "home_district_code": district_code})
