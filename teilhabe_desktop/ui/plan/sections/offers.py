"""Section *Angebote*: per goal, find and link local offers, or note what is missing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.formatting import shorten
from teilhabe_desktop.core.plan import Goal, OfferLink
from teilhabe_desktop.store.offer_candidates import suggest_offers
from teilhabe_desktop.ui.common.plain_text import plain_label, rich, rich_label
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.section import Card, PlanSection
from teilhabe_desktop.ui.plan.sections.sozialraeume import effective_sozialraeume
from teilhabe_desktop.ui.plan.suggestions_dialog import OfferSuggestionsDialog


class OffersSection(PlanSection):
    key = "offers"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr(
            "Für jedes Ziel: Welche Angebote in den Sozialräumen der Person passen? "
            "Angebote für alle kommen zuerst."
        )
        #: replaced in tests: returns the dialog's choice or None
        self.choose = self._choose_with_dialog

    def populate(self, column: QVBoxLayout) -> None:
        plan = self.document.plan
        if not plan.goals:
            column.addWidget(
                self.hint(self.tr("Noch keine Ziele. Angebote werden zu einem Ziel gesucht."))
            )
        ids = [link.offer_id for link in plan.offer_links]
        offers = self.context.session.catalogue.get_many(ids) if ids else {}
        for number, goal in enumerate(plan.goals, start=1):
            column.addWidget(self._card(number, goal, offers))

    def _card(self, number: int, goal: Goal, offers: dict) -> Card:
        gid = goal.id
        n = str(number)
        card = Card(self.tr("Angebote für Ziel %1").replace("%1", str(number)))
        title = rich_label(
            rich(
                "<b>%1</b>",
                self.tr("Ziel %1: %2")
                .replace("%1", n)
                .replace("%2", shorten(goal.title, 120) or self.tr("(ohne Titel)")),
            ),
            wrap=True,
        )
        title.setObjectName(f"goal:{gid}:heading")
        card.form.addRow(title)
        links = [k for k in self.document.plan.offer_links if k.goal_id == gid]
        if not links:
            card.form.addRow(plain_label(self.tr("Noch kein Angebot verknüpft.")))
        for link in links:
            card.form.addRow(self._link_row(link, offers))
        find_button = QPushButton(self.tr("Passende Angebote finden …"))
        find_button.setObjectName(f"goal:{gid}:find")
        find_button.setAccessibleName(
            self.tr("Passende Angebote für Ziel %1 finden").replace("%1", n)
        )
        find_button.setAutoDefault(False)
        find_button.clicked.connect(lambda: self.find_offers(gid))
        row = QHBoxLayout()
        row.addWidget(find_button)
        row.addStretch(1)
        card.form.addRow(row)
        card.form.addRow(
            self.bind.check(
                self.tr("Kein passendes Angebot im Sozialraum"),
                f"goal:{gid}:no_offer",
                lambda _p, plan: find(plan.goals, gid).no_offer_found,
                lambda _p, plan, v: setattr(find(plan.goals, gid), "no_offer_found", v),
                structural=True,
                name=self.tr("Ziel %1: Kein passendes Angebot im Sozialraum").replace("%1", n),
            )
        )
        if goal.no_offer_found or goal.missing_offer_note:
            card.form.addRow(
                self.tr("Was fehlt:"),
                self.bind.text(
                    self.tr("Ziel %1: Was fehlt im Sozialraum").replace("%1", n),
                    f"goal:{gid}:missing",
                    lambda _p, plan: find(plan.goals, gid).missing_offer_note,
                    lambda _p, plan, v: setattr(find(plan.goals, gid), "missing_offer_note", v),
                    placeholder=self.tr("z. B. kein stufenloser Reiterhof in Lobeda"),
                ),
            )
        return card

    def _link_row(self, link: OfferLink, offers: dict) -> QWidget:
        offer = offers.get(link.offer_id)
        name = offer.name if offer else self.tr("(Angebot nicht mehr im Katalog)")
        where = self.context.sozialraum_name(offer.sozialraum_id) if offer else ""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = plain_label(f"{name} ({where})" if where else name, wrap=True)
        label.setObjectName(f"link:{link.id}:name")
        layout.addWidget(label, 2)
        lid = link.id
        layout.addWidget(
            self.bind.line(
                self.tr("Notiz zu %1").replace("%1", name),
                f"link:{lid}:note",
                lambda _p, plan: find(plan.offer_links, lid).note,
                lambda _p, plan, v: setattr(find(plan.offer_links, lid), "note", v),
                placeholder=self.tr("Notiz"),
            ),
            2,
        )
        remove = QPushButton(self.tr("Entfernen"))
        remove.setAccessibleName(self.tr("Verknüpfung mit %1 entfernen").replace("%1", name))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self.unlink(lid))
        layout.addWidget(remove)
        return row

    def find_offers(self, goal_id: str) -> None:
        if not self._catalogue_ready():
            return
        person, plan = self.document.person, self.document.plan
        goal = find(plan.goals, goal_id)
        wish = next((w for w in plan.wishes if w.id == goal.wish_id), None)
        suggestions = suggest_offers(
            self.context.session.store.db, goal, wish, person, effective_sozialraeume(person, plan)
        )
        linked = {k.offer_id for k in plan.offer_links if k.goal_id == goal_id}
        chosen = self.choose(goal, suggestions, linked)
        if not chosen:
            return
        new_links = [OfferLink(new_id(), goal_id, offer_id, note) for offer_id, note in chosen]
        self.document.edit(
            self.tr("Angebote verknüpfen"),
            lambda _p, plan: plan.offer_links.extend(new_links),
            structural=True,
        )

    def _catalogue_ready(self) -> bool:
        """An empty catalogue finds nothing: say so, and offer the example catalogue."""
        session = self.context.session
        if session.catalogue.total():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Der Angebotskatalog ist leer"),
            self.tr(
                "Im Angebotskatalog steht noch nichts, darum kann nichts vorgeschlagen "
                "werden. Soll der Beispielkatalog geladen werden (erfundene Angebote zum "
                "Ausprobieren)? Einen echten Katalog laden Sie über Datei → Katalog "
                "importieren …"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        session.load_demo_catalogue()
        return True

    def _choose_with_dialog(self, goal, suggestions, linked) -> list[tuple[str, str]]:
        names = {s.id: s.name for s in self.context.sozialraeume}
        dialog = OfferSuggestionsDialog(goal.title, suggestions, names, linked, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return dialog.chosen()

    def unlink(self, link_id: str) -> None:
        def remove(_p, plan) -> None:
            plan.offer_links[:] = [k for k in plan.offer_links if k.id != link_id]

        self.document.edit(self.tr("Verknüpfung entfernen"), remove, structural=True)
