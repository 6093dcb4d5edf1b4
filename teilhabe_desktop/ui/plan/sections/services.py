"""Section *Leistungen*: formal support for the Gesamtplan (§ 121 Abs. 4 SGB IX).

Each Leistung by kind (the SGB IX Teil 2 catalogue), content, scope, duration, form of
payment, the goals it serves and its provider — a Träger of the catalogue or free text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from teilhabe_desktop.core.plan import FormalService, GoalStatus, PaymentForm
from teilhabe_desktop.core.service_kinds import SERVICE_KINDS
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.plain_rows import add_plain_row
from teilhabe_desktop.ui.plan.sections.section import Card, LiveLabel, PlanSection


class ServicesSection(PlanSection):
    key = "services"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr(
            "Welche Unterstützung wird bewilligt? Art, Inhalt, Umfang und Dauer für den Gesamtplan."
        )
        self._organizations: list[tuple[str, str]] | None = None

    def organizations(self) -> list[tuple[str, str]]:
        """The catalogue's Träger (id, name), read once per workspace."""
        if self._organizations is None:
            self._organizations = self.context.session.catalogue.organizations()
        return self._organizations

    def populate(self, column: QVBoxLayout) -> None:
        plan = self.document.plan
        for number, service in enumerate(plan.services, start=1):
            column.addWidget(self._card(number, service))
        self.add_button(column, self.tr("&Leistung hinzufügen"), self.add_service)
        waivers = Card(self.tr("Leistungen entfallen"))
        waivers.form.addRow(self.tr("Keine Leistung, weil:"), self.waiver_line("services"))
        waivers.form.addRow(self.tr("Kein Dienst einbezogen, weil:"), self.waiver_line("providers"))
        column.addWidget(waivers)

    def _card(self, number: int, service: FormalService) -> Card:
        sid = service.id
        n = str(number)
        b = self.bind

        def get(attr):
            return lambda _p, plan: getattr(find(plan.services, sid), attr)

        def put(attr):
            return lambda _p, plan, v: setattr(find(plan.services, sid), attr, v)

        def name(what: str) -> str:
            return self.tr("Leistung %1: %2").replace("%1", n).replace("%2", what)

        card = Card(self.tr("Leistung %1").replace("%1", n))
        kinds = [(self.tr("(bitte wählen)"), None)] + [
            (f"{k.label} ({k.reference})", k.code) for k in SERVICE_KINDS
        ]
        if service.kind and service.kind not in {k.code for k in SERVICE_KINDS}:
            kinds.append((service.kind, service.kind))  # from a newer program: kept
        card.form.addRow(
            self.tr("Art:"), b.combo(name(self.tr("Art")), f"service:{sid}:kind", kinds,
                                     get("kind"), put("kind"))
        )  # fmt: skip
        card.form.addRow(
            self.tr("Bezeichnung:"),
            b.line(
                name(self.tr("Bezeichnung")),
                f"service:{sid}:type",
                get("type"),
                put("type"),
                placeholder=self.tr("z. B. Assistenz beim Einkaufen und Kochen"),
            ),
        )
        card.form.addRow(
            self.tr("Inhalt:"),
            b.text(
                name(self.tr("Inhalt")),
                f"service:{sid}:content",
                get("content"),
                put("content"),
                placeholder=self.tr("Was genau wird getan?"),
            ),
        )
        scope = QHBoxLayout()
        scope.addWidget(
            b.hours(name(self.tr("Stunden pro Woche")), f"service:{sid}:hours",
                    get("hours_per_week"), put("hours_per_week"))
        )  # fmt: skip
        scope.addWidget(
            b.hours(name(self.tr("Stunden pro Monat")), f"service:{sid}:hours_month",
                    get("hours_per_month"), put("hours_per_month"), per="Monat")
        )  # fmt: skip
        scope.addStretch(1)
        card.form.addRow(self.tr("Umfang:"), scope)
        for attr, label in (("start", self.tr("Beginn")), ("end", self.tr("Ende"))):
            card.form.addRow(
                f"{label}:", b.date(name(label), f"service:{sid}:{attr}", get(attr), put(attr))
            )
        payments = [(self.tr("(bitte wählen)"), None)] + [(p.label, p) for p in PaymentForm]
        card.form.addRow(
            self.tr("Leistungsform:"),
            b.combo(name(self.tr("Leistungsform")), f"service:{sid}:payment", payments,
                    get("payment"), put("payment")),
        )  # fmt: skip
        self._provider_rows(card, sid, name)
        self._goal_rows(card, service, name)
        add_plain_row(
            self.plain_words(),
            card.form,
            self.tr("In Leichter Sprache:"),
            b.line(
                name(self.tr("in Leichter Sprache")),
                f"service:{sid}:plain",
                get("plain_text"),
                put("plain_text"),
                placeholder=self.tr("z. B. Eine Assistenz hilft mir 6 Stunden in der Woche."),
            ),
        )
        card.form.addRow(LiveLabel(self.document, lambda: self._order(sid)))
        card.add_button(
            self.tr("Entfernen"),
            lambda: self.remove_service(sid),
            self.tr("Leistung %1 entfernen").replace("%1", n),
        )
        return card

    def _provider_rows(self, card: Card, sid: str, name) -> None:
        organizations = self.organizations()
        names = dict(organizations)

        def get_org(_p, plan):
            return find(plan.services, sid).provider_organization_id

        def put_org(_p, plan, org_id):
            service = find(plan.services, sid)
            service.provider_organization_id = org_id
            if org_id:  # the name prints in the plan, also where the catalogue changes
                service.provider = names.get(org_id, service.provider)

        items = [(self.tr("(nicht aus dem Katalog)"), None)] + [
            (org_name, org_id) for org_id, org_name in organizations
        ]
        current = get_org(None, self.document.plan)
        if current and current not in names:
            items.append((self.tr("(nicht mehr im Katalog)"), current))
        card.form.addRow(
            self.tr("Träger:"),
            self.bind.combo(name(self.tr("Träger aus dem Katalog")), f"service:{sid}:org",
                            items, get_org, put_org),
        )  # fmt: skip
        card.form.addRow(
            self.tr("Erbracht durch:"),
            self.bind.line(
                name(self.tr("erbracht durch")),
                f"service:{sid}:provider",
                lambda _p, plan: find(plan.services, sid).provider,
                lambda _p, plan, v: setattr(find(plan.services, sid), "provider", v),
            ),
        )

    def _goal_rows(self, card: Card, service: FormalService, name) -> None:
        sid = service.id
        goals = [g for g in self.document.plan.goals if g.status is not GoalStatus.DISCARDED]
        for number, goal in enumerate(goals, start=1):
            gid = goal.id

            def get(_p, plan, gid=gid):
                return gid in find(plan.services, sid).goal_ids

            def put(_p, plan, on, gid=gid):
                ids = find(plan.services, sid).goal_ids
                if on and gid not in ids:
                    ids.append(gid)
                elif not on and gid in ids:
                    ids.remove(gid)

            title = goal.title.strip() or self.tr("Ziel %1").replace("%1", str(number))
            card.form.addRow(
                self.tr("Dient dem Ziel:") if number == 1 else "",
                self.bind.check(
                    title,
                    f"service:{sid}:goal:{gid}",
                    get,
                    put,
                    name=name(self.tr("dient dem Ziel %1").replace("%1", str(number))),
                ),
            )

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
        self.focus(f"service:{service.id}:kind")

    def remove_service(self, service_id: str) -> None:
        def remove(_p, plan) -> None:
            plan.services[:] = [s for s in plan.services if s.id != service_id]

        self.document.edit(self.tr("Leistung entfernen"), remove, structural=True)
