"""Section *Ressourcen der Person*, *Netzwerk* and *Umweltfaktoren*.

Strengths and contacts are marked *vorhanden* or *zu aktivieren* (§ 121 Abs. 4 Nr. 3
SGB IX); environmental factors hinder (Barriere) or help (Förderfaktor), each with its
life domain and, where it belongs to one, a Sozialraum or a linked offer (ITP Thüringen).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from teilhabe_desktop.core.network_figures import RING_NAMES
from teilhabe_desktop.core.plan import (
    Barrier,
    FactorKind,
    NetworkContact,
    NetworkSector,
    ResourceState,
    Strength,
    StrengthKind,
)
from teilhabe_desktop.ui.common.reflow_grid import ReflowGrid
from teilhabe_desktop.ui.plan.network_map_widget import NetworkMapWidget
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.plain_rows import add_plain_row, with_plain_line
from teilhabe_desktop.ui.plan.sections.section import Card, PlanSection

CLOSENESS = tuple((ring, f"{ring} – {name}") for ring, name in RING_NAMES.items())


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
        column.addWidget(self._network(plan))

        column.addWidget(QLabel(self.tr("<h3>Umweltfaktoren: Barrieren und Förderfaktoren</h3>")))
        offers = [(self.tr("(keines)"), None), *((n, i) for i, n in self._offer_names().items())]
        for number, barrier in enumerate(plan.barriers, start=1):
            column.addWidget(self._factor_card(number, barrier, offers))
        self.add_button(column, self.tr("Umweltfaktor hinzufügen"), self.add_barrier)
        waiver = Card(self.tr("Umweltfaktoren entfallen"))
        waiver.form.addRow(self.tr("Keine Umweltfaktoren, weil:"), self.waiver_line("environment"))
        column.addWidget(waiver)

    def _network(self, plan) -> QWidget:
        """The contact cards and beside them the network map they are drawn into; where
        both do not fit side by side (a small laptop) the map stands above the cards."""
        cards = QWidget()
        layout = QVBoxLayout(cards)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, contact in enumerate(plan.network, start=1):
            layout.addWidget(self._contact_card(number, contact))
        self.add_button(layout, self.tr("Kontakt hinzufügen"), self.add_contact)
        self.network_map = NetworkMapWidget(self.document)
        holder = QWidget()  # keeps the map at the top of its column
        beside = QVBoxLayout(holder)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.network_map)
        beside.addStretch(1)
        self.network_grid = ReflowGrid(spacing=(12, 10))
        self.network_grid.set_arrangements(
            [
                [(cards, 0, 0, 1, 1), (holder, 0, 1, 1, 1)],
                [(holder, 0, 0, 1, 1), (cards, 1, 0, 1, 1)],
            ],
            stretch=[[3, 2], [1]],
        )
        return self.network_grid

    def _states(self) -> list[tuple[str, ResourceState | None]]:
        return [(self.tr("(Stand offen)"), None)] + [(s.label, s) for s in ResourceState]

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
        state = self.bind.combo(
            self.tr("Ressource %1 vorhanden oder zu aktivieren").replace("%1", n),
            f"strength:{sid}:state",
            self._states(),
            lambda _p, plan: find(plan.strengths, sid).state,
            lambda _p, plan, v: setattr(find(plan.strengths, sid), "state", v),
        )
        state.setMinimumContentsLength(12)
        remove = self._remove_button(
            self.tr("Ressource %1 entfernen").replace("%1", n),
            lambda: self._remove("strengths", sid, self.tr("Ressource entfernen")),
        )
        plain = self.bind.line(
            self.tr("Ressource %1 in Leichter Sprache").replace("%1", n),
            f"strength:{sid}:plain",
            lambda _p, plan: find(plan.strengths, sid).plain_text,
            lambda _p, plan, v: setattr(find(plan.strengths, sid), "plain_text", v),
            placeholder=self.tr("In Leichter Sprache, z. B. Ich kann gut mit Hunden umgehen."),
        )
        return with_plain_line(self.plain_words(), self._row(kind, text, state, remove), plain)

    def _factor_card(self, number: int, barrier: Barrier, offers: list) -> Card:
        bid = barrier.id
        n = str(number)
        b = self.bind

        def get(attr):
            return lambda _p, plan: getattr(find(plan.barriers, bid), attr)

        def put(attr):
            return lambda _p, plan, v: setattr(find(plan.barriers, bid), attr, v)

        card = Card(self.tr("Umweltfaktor %1").replace("%1", n))
        card.form.addRow(
            self.tr("Art:"),
            b.combo(self.tr("Umweltfaktor %1 Art").replace("%1", n), f"barrier:{bid}:kind",
                    [(k.label, k) for k in FactorKind], get("kind"), put("kind")),
        )  # fmt: skip
        card.form.addRow(
            self.tr("Was:"),
            b.line(
                self.tr("Umweltfaktor %1").replace("%1", n),
                f"barrier:{bid}:text",
                get("text"),
                put("text"),
                placeholder=self.tr("z. B. Bushaltestelle ohne Rampe"),
            ),
        )
        card.form.addRow(
            self.tr("Lebensbereich:"),
            b.combo(self.tr("Umweltfaktor %1 Lebensbereich").replace("%1", n),
                    f"barrier:{bid}:domain", self.context.domain_items(self.tr("(keiner)")),
                    get("life_domain"), put("life_domain")),
        )  # fmt: skip
        rooms = [(self.tr("(keiner)"), None)] + [(r.name, r.id) for r in self.context.sozialraeume]
        card.form.addRow(
            self.tr("Sozialraum:"),
            b.combo(self.tr("Umweltfaktor %1 Sozialraum").replace("%1", n),
                    f"barrier:{bid}:sozialraum", rooms, get("sozialraum_id"),
                    put("sozialraum_id")),
        )  # fmt: skip
        card.form.addRow(
            self.tr("Angebot:"),
            b.combo(self.tr("Umweltfaktor %1 Angebot").replace("%1", n),
                    f"barrier:{bid}:offer", offers,
                    get("offer_id"), put("offer_id")),
        )  # fmt: skip
        card.add_button(
            self.tr("Entfernen"),
            lambda: self._remove("barriers", bid, self.tr("Umweltfaktor entfernen")),
            self.tr("Umweltfaktor %1 entfernen").replace("%1", n),
        )
        return card

    def _offer_names(self) -> dict[str, str]:
        """Names of the offers this plan links and its factors name, read once per build:
        every factor's "Angebot" box chooses among them."""
        plan = self.document.plan
        ids = list(dict.fromkeys(link.offer_id for link in plan.offer_links))
        ids += [b.offer_id for b in plan.barriers if b.offer_id and b.offer_id not in ids]
        offers = self.context.session.catalogue.get_many(ids) if ids else {}
        return {i: offers[i].name if i in offers else i for i in ids}

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
        card.form.addRow(
            self.tr("Stand:"),
            b.combo(
                self.tr("Kontakt %1 vorhanden oder zu aktivieren").replace("%1", n),
                f"contact:{cid}:state",
                self._states(),
                get("state"),
                put("state"),
            ),
        )
        add_plain_row(
            self.plain_words(),
            card.form,
            self.tr("In Leichter Sprache:"),
            b.line(
                self.tr("Kontakt %1 in Leichter Sprache").replace("%1", n),
                f"contact:{cid}:plain",
                get("plain_text"),
                put("plain_text"),
                placeholder=self.tr("z. B. Meine Schwester fährt mich zu Terminen."),
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
        self._add("barriers", item, self.tr("Umweltfaktor hinzufügen"), f"barrier:{item.id}:text")
