"""Section *Ressourcen der Person*, *Netzwerk* and *Barrieren*."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from teilhabe_desktop.core.plan import (
    Barrier,
    NetworkContact,
    NetworkSector,
    Strength,
    StrengthKind,
)
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.section import Card, PlanSection

CLOSENESS = ((1, "1 – sehr nah"), (2, "2 – mittel"), (3, "3 – eher lose"))


class ResourcesSection(PlanSection):
    key = "resources"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr(
            "Was kann die Person gut, was interessiert sie? Wer hilft ihr? Was hindert sie?"
        )

    def populate(self, column: QVBoxLayout) -> None:
        plan = self.document.plan
        column.addWidget(QLabel(self.tr("<h3>Stärken, Interessen, Fähigkeiten</h3>")))
        for number, strength in enumerate(plan.strengths, start=1):
            column.addWidget(self._strength_row(number, strength))
        self.add_button(column, self.tr("Stärke oder Interesse hinzufügen"), self.add_strength)

        column.addWidget(QLabel(self.tr("<h3>Netzwerk</h3>")))
        for number, contact in enumerate(plan.network, start=1):
            column.addWidget(self._contact_card(number, contact))
        self.add_button(column, self.tr("Kontakt hinzufügen"), self.add_contact)

        column.addWidget(QLabel(self.tr("<h3>Barrieren</h3>")))
        for number, barrier in enumerate(plan.barriers, start=1):
            column.addWidget(self._barrier_row(number, barrier))
        self.add_button(column, self.tr("Barriere hinzufügen"), self.add_barrier)

    def _row(self, *widgets: QWidget) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget, 1 if widget is widgets[1] else 0)
        return row

    def _remove_button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self.tr("Entfernen"))
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _strength_row(self, number: int, strength: Strength) -> QWidget:
        sid = strength.id
        n = str(number)
        kind = self.bind.combo(
            self.tr("Ressource %1 Art").replace("%1", n),
            f"strength:{sid}:kind",
            [(k.label, k) for k in StrengthKind],
            lambda _p, plan: find(plan.strengths, sid).kind,
            lambda _p, plan, v: setattr(find(plan.strengths, sid), "kind", v),
        )
        text = self.bind.line(
            self.tr("Ressource %1").replace("%1", n),
            f"strength:{sid}:text",
            lambda _p, plan: find(plan.strengths, sid).text,
            lambda _p, plan, v: setattr(find(plan.strengths, sid), "text", v),
            placeholder=self.tr("z. B. kann gut mit Hunden umgehen"),
        )
        remove = self._remove_button(
            self.tr("Ressource %1 entfernen").replace("%1", n),
            lambda: self._remove("strengths", sid, self.tr("Ressource entfernen")),
        )
        return self._row(kind, text, remove)

    def _barrier_row(self, number: int, barrier: Barrier) -> QWidget:
        bid = barrier.id
        n = str(number)
        label = QLabel(f"{n}.")
        text = self.bind.line(
            self.tr("Barriere %1").replace("%1", n),
            f"barrier:{bid}:text",
            lambda _p, plan: find(plan.barriers, bid).text,
            lambda _p, plan, v: setattr(find(plan.barriers, bid), "text", v),
            placeholder=self.tr("z. B. Bushaltestelle ohne Rampe"),
        )
        remove = self._remove_button(
            self.tr("Barriere %1 entfernen").replace("%1", n),
            lambda: self._remove("barriers", bid, self.tr("Barriere entfernen")),
        )
        return self._row(label, text, remove)

    def _contact_card(self, number: int, contact: NetworkContact) -> Card:
        cid = contact.id
        n = str(number)
        b = self.bind

        def get(attr):
            return lambda _p, plan: getattr(find(plan.network, cid), attr)

        def put(attr):
            return lambda _p, plan, v: setattr(find(plan.network, cid), attr, v)

        card = Card(self.tr("Kontakt %1").replace("%1", str(number)))
        card.form.addRow(
            self.tr("Name:"),
            b.line(
                self.tr("Kontakt %1 Name").replace("%1", n),
                f"contact:{cid}:name",
                get("name"),
                put("name"),
            ),
        )
        card.form.addRow(
            self.tr("Bereich:"),
            b.combo(
                self.tr("Kontakt %1 Bereich").replace("%1", n),
                f"contact:{cid}:sector",
                [(s.label, s) for s in NetworkSector],
                get("sector"),
                put("sector"),
            ),
        )
        card.form.addRow(
            self.tr("Wie nah:"),
            b.combo(
                self.tr("Kontakt %1 wie nah").replace("%1", n),
                f"contact:{cid}:closeness",
                [(self.tr(text), value) for value, text in CLOSENESS],
                get("closeness"),
                put("closeness"),
            ),
        )
        card.form.addRow(
            self.tr("Hilft bei:"),
            b.line(
                self.tr("Kontakt %1 hilft bei").replace("%1", n),
                f"contact:{cid}:helps",
                get("helps_with"),
                put("helps_with"),
            ),
        )
        card.form.addRow(
            self.tr("Erreichbar:"),
            b.line(
                self.tr("Kontakt %1 erreichbar").replace("%1", n),
                f"contact:{cid}:contact",
                get("contact"),
                put("contact"),
                placeholder=self.tr("Telefon oder Adresse"),
            ),
        )
        card.add_button(
            self.tr("Entfernen"),
            lambda: self._remove("network", cid, self.tr("Kontakt entfernen")),
            self.tr("Kontakt %1 entfernen").replace("%1", n),
        )
        return card

    def _add(self, attr: str, item, text: str, focus: str) -> None:
        self.document.edit(text, lambda _p, plan: getattr(plan, attr).append(item), structural=True)
        self.focus(focus)

    def _remove(self, attr: str, item_id: str, text: str) -> None:
        def remove(_p, plan) -> None:
            items = getattr(plan, attr)
            items[:] = [i for i in items if i.id != item_id]

        self.document.edit(text, remove, structural=True)

    def add_strength(self) -> None:
        item = Strength(new_id(), "")
        self._add("strengths", item, self.tr("Ressource hinzufügen"), f"strength:{item.id}:text")

    def add_contact(self) -> None:
        item = NetworkContact(new_id(), "", NetworkSector.FAMILY)
        self._add("network", item, self.tr("Kontakt hinzufügen"), f"contact:{item.id}:name")

    def add_barrier(self) -> None:
        item = Barrier(new_id(), "")
        self._add("barriers", item, self.tr("Barriere hinzufügen"), f"barrier:{item.id}:text")
