"""Section *Leistungen*: formal support for the formal plan (§ 121 Abs. 4 SGB IX)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from teilhabe_desktop.core.plan import FormalService
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.section import Card, LiveLabel, PlanSection

#: (attribute of Plan, label, accessible name)
FORMAL_TEXTS = (
    ("procedure", "Verfahren und Instrumente:", "Verfahren und Instrumente"),
    ("own_activities", "Was die Person selbst tut:", "Aktivitäten der Person selbst"),
    (
        "wunsch_und_wahlrecht",
        "Wunsch- und Wahlrecht:",
        "Wie das Wunsch- und Wahlrecht berücksichtigt wurde",
    ),
    ("medical_findings", "Gutachten:", "Ergebnisse sozialmedizinischer Gutachten"),
    ("cash_advice", "Barbetrag:", "Beratung zum Barbetrag"),
    ("differing_views", "Andere Sichtweisen:", "Abweichende Sichtweisen zum Plan"),
)


class ServicesSection(PlanSection):
    key = "services"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr("Welche Unterstützung wird bewilligt? (für den förmlichen Plan)")

    def populate(self, column: QVBoxLayout) -> None:
        plan = self.document.plan
        for number, service in enumerate(plan.services, start=1):
            column.addWidget(self._card(number, service))
        self.add_button(column, self.tr("&Leistung hinzufügen"), self.add_service)

        column.addWidget(QLabel(self.tr("<h3>Für den förmlichen Plan</h3>")))
        card = Card()
        for attr, label, name in FORMAL_TEXTS:
            card.form.addRow(
                self.tr(label),
                self.bind.text(
                    self.tr(name),
                    f"plan:{attr}:text",
                    lambda _p, plan, attr=attr: getattr(plan, attr),
                    lambda _p, plan, v, attr=attr: setattr(plan, attr, v),
                ),
            )
        column.addWidget(card)

    def _card(self, number: int, service: FormalService) -> Card:
        sid = service.id
        n = str(number)
        b = self.bind

        def get(attr):
            return lambda _p, plan: getattr(find(plan.services, sid), attr)

        def put(attr):
            return lambda _p, plan, v: setattr(find(plan.services, sid), attr, v)

        card = Card(self.tr("Leistung %1").replace("%1", str(number)))
        card.form.addRow(
            self.tr("Leistung %1:").replace("%1", n),
            b.line(
                self.tr("Leistung %1: Art").replace("%1", n),
                f"service:{sid}:type",
                get("type"),
                put("type"),
                placeholder=self.tr("z. B. Assistenzleistung (§ 113 SGB IX)"),
            ),
        )
        card.form.addRow(
            self.tr("Erbracht durch:"),
            b.line(
                self.tr("Leistung %1: erbracht durch").replace("%1", n),
                f"service:{sid}:provider",
                get("provider"),
                put("provider"),
            ),
        )
        card.form.addRow(
            self.tr("Umfang:"),
            b.hours(
                self.tr("Leistung %1: Stunden pro Woche").replace("%1", n),
                f"service:{sid}:hours",
                get("hours_per_week"),
                put("hours_per_week"),
            ),
        )
        card.form.addRow(
            self.tr("Beginn:"),
            b.date(
                self.tr("Leistung %1: Beginn").replace("%1", n),
                f"service:{sid}:start",
                get("start"),
                put("start"),
            ),
        )
        card.form.addRow(
            self.tr("Ende:"),
            b.date(
                self.tr("Leistung %1: Ende").replace("%1", n),
                f"service:{sid}:end",
                get("end"),
                put("end"),
            ),
        )
        card.form.addRow(LiveLabel(self.document, lambda: self._order(sid)))
        card.add_button(
            self.tr("Entfernen"),
            lambda: self.remove_service(sid),
            self.tr("Leistung %1 entfernen").replace("%1", n),
        )
        return card

    def _order(self, service_id: str) -> str:
        service = find(self.document.plan.services, service_id)
        if service.start and service.end and service.end < service.start:
            return self.tr("Das Ende liegt vor dem Beginn.")
        return ""

    def add_service(self) -> None:
        service = FormalService(new_id(), "")
        self.document.edit(
            self.tr("Leistung hinzufügen"),
            lambda _p, plan: plan.services.append(service),
            structural=True,
        )
        self.focus(f"service:{service.id}:type")

    def remove_service(self, service_id: str) -> None:
        def remove(_p, plan) -> None:
            plan.services[:] = [s for s in plan.services if s.id != service_id]

        self.document.edit(self.tr("Leistung entfernen"), remove, structural=True)
