"""Section *Wünsche und Wille*: what the person wants, verbatim, as a quote."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from teilhabe_desktop.core.formatting import LABEL_LENGTH, shorten
from teilhabe_desktop.core.plan import Goal, Wish
from teilhabe_desktop.ui.common.plain_text import literal, plain_label
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.section import Card, PlanSection

QUOTE_STYLE = (
    "QPlainTextEdit { font-size: 13pt; font-style: italic; border: none; "
    "border-left: 4px solid #3b7a57; padding-left: 8px; background: #f3f8f4; }"
)


class WishesSection(PlanSection):
    key = "wishes"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr(
            "Was möchte die Person? Schreiben Sie es so auf, wie sie es sagt – "
            "zum Beispiel „Ich möchte mit Tieren arbeiten.“"
        )

    def populate(self, column: QVBoxLayout) -> None:
        plan = self.document.plan
        if not plan.wishes:
            column.addWidget(self.hint(self.tr("Noch kein Wunsch aufgeschrieben.")))
        for number, wish in enumerate(plan.wishes, start=1):
            column.addWidget(self._card(number, wish))
        self.add_button(column, self.tr("&Neuen Wunsch aufschreiben"), self.add_wish)

    def _card(self, number: int, wish: Wish) -> Card:
        card = Card(self.tr("Wunsch %1").replace("%1", str(number)))
        wid = wish.id
        b = self.bind
        text = b.text(
            self.tr("Wunsch %1 in eigenen Worten").replace("%1", str(number)),
            f"wish:{wid}:text",
            lambda _p, plan: find(plan.wishes, wid).text,
            lambda _p, plan, v: setattr(find(plan.wishes, wid), "text", v),
            placeholder=self.tr("„Ich möchte …“"),
        )
        text.setStyleSheet(QUOTE_STYLE)
        card.form.addRow(self.tr("Wunsch %1:").replace("%1", str(number)), text)
        card.form.addRow(
            self.tr("Gesagt am:"),
            b.date(
                self.tr("Wunsch %1 gesagt am").replace("%1", str(number)),
                f"wish:{wid}:said_on",
                lambda _p, plan: find(plan.wishes, wid).said_on,
                lambda _p, plan, v: setattr(find(plan.wishes, wid), "said_on", v),
            ),
        )
        card.form.addRow(
            self.tr("Gesagt von:"),
            b.line(
                self.tr("Wunsch %1 gesagt von").replace("%1", str(number)),
                f"wish:{wid}:said_by",
                lambda _p, plan: find(plan.wishes, wid).said_by,
                lambda _p, plan, v: setattr(find(plan.wishes, wid), "said_by", v),
                placeholder=self.tr("die Person selbst"),
            ),
        )
        card.form.addRow(
            self.tr("Lebensbereich:"),
            b.combo(
                self.tr("Wunsch %1 Lebensbereich").replace("%1", str(number)),
                f"wish:{wid}:domain",
                self.context.domain_items(self.tr("(offen lassen)")),
                lambda _p, plan: find(plan.wishes, wid).life_domain,
                lambda _p, plan, v: setattr(find(plan.wishes, wid), "life_domain", v),
            ),
        )
        goals = [g for g in self.document.plan.goals if g.wish_id == wid]
        if goals:
            names = ", ".join(g.title or self.tr("(ohne Titel)") for g in goals)
            goals_label = plain_label(names, wrap=True)
            goals_label.setObjectName(f"wish:{wid}:goals")
            card.form.addRow(self.tr("Ziele daraus:"), goals_label)
        card.add_button(
            self.tr("&Ziel daraus ableiten"),
            lambda: self.derive_goal(wid),
            self.tr("Ziel aus Wunsch %1 ableiten").replace("%1", str(number)),
        )
        card.add_button(
            self.tr("Löschen …"),
            lambda: self.delete_wish(wid),
            self.tr("Wunsch %1 löschen").replace("%1", str(number)),
        )
        return card

    def add_wish(self) -> None:
        wish = Wish(new_id(), "", said_on=date.today(), said_by=self.document.person.display_name)
        self.document.edit(
            self.tr("Wunsch hinzufügen"), lambda _p, plan: plan.wishes.append(wish), structural=True
        )
        self.focus(f"wish:{wish.id}:text")

    def derive_goal(self, wish_id: str) -> None:
        wish = find(self.document.plan.wishes, wish_id)
        goal = Goal(new_id(), wish_id, "", life_domain=wish.life_domain)
        self.document.edit(
            self.tr("Ziel ableiten"), lambda _p, plan: plan.goals.append(goal), structural=True
        )
        self.go_to.emit("goals", f"goal:{goal.id}:title")

    def delete_wish(self, wish_id: str) -> None:
        plan = self.document.plan
        goals = [g for g in plan.goals if g.wish_id == wish_id]
        if goals:
            names = ", ".join(
                f"„{shorten(g.title, LABEL_LENGTH)}“"
                if g.title.strip()
                else self.tr("(ohne Titel)")
                for g in goals
            )
            QMessageBox.information(
                self,
                self.tr("Wunsch bleibt erhalten"),
                literal(
                    self.tr(
                        "Aus diesem Wunsch sind Ziele abgeleitet: %1.\n\nBitte ordnen Sie diese "
                        "Ziele zuerst einem anderen Wunsch zu oder löschen Sie sie. "
                        "Der Wunsch wurde nicht gelöscht."
                    ).replace("%1", names)
                ),
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Wunsch löschen"),
            self.tr("Diesen Wunsch löschen? (Strg+Z macht das rückgängig.)"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def remove(_p, plan) -> None:
            plan.wishes[:] = [w for w in plan.wishes if w.id != wish_id]

        self.document.edit(self.tr("Wunsch löschen"), remove, structural=True)
