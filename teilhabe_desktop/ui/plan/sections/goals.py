"""Section *Ziele*: goals derived from wishes, with indicator, dates, status, view."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QVBoxLayout

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.formatting import LABEL_LENGTH, shorten
from teilhabe_desktop.core.plan import GAS_LEVELS, Goal, GoalKind, GoalStatus, Rater
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.plain_rows import add_plain_row
from teilhabe_desktop.ui.plan.sections.section import Card, LiveLabel, PlanSection


class GoalsSection(PlanSection):
    key = "goals"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr(
            "Jedes Ziel kommt aus einem Wunsch. Woran merken wir, dass das Ziel erreicht ist?"
        )

    def populate(self, column: QVBoxLayout) -> None:
        plan = self.document.plan
        if not plan.goals:
            column.addWidget(
                self.hint(
                    self.tr(
                        "Noch keine Ziele. Tipp: Bei einem Wunsch auf "
                        "„Ziel daraus ableiten“ klicken."
                    )
                )
            )
        for number, goal in enumerate(plan.goals, start=1):
            column.addWidget(self._card(number, goal))
        self.add_button(column, self.tr("&Neues Ziel"), self.add_goal)

    def _card(self, number: int, goal: Goal) -> Card:
        card = Card(self.tr("Ziel %1").replace("%1", str(number)))
        gid = goal.id
        b = self.bind
        n = str(number)

        def get(attr):
            return lambda _p, plan: getattr(find(plan.goals, gid), attr)

        def put(attr):
            return lambda _p, plan, v: setattr(find(plan.goals, gid), attr, v)

        def put_wish(_p, plan, wish_id) -> None:
            goal = find(plan.goals, gid)
            goal.wish_id = wish_id
            wish = find(plan.wishes, wish_id) if wish_id else None
            if wish is not None and goal.life_domain is None:
                goal.life_domain = wish.life_domain  # the wish's life domain, if still open

        wishes = [(self.tr("(kein Wunsch)"), None)] + [
            (f"„{shorten(w.text, LABEL_LENGTH) or self.tr('(noch leer)')}“", w.id)
            for w in self.document.plan.wishes
        ]
        card.form.addRow(
            self.tr("Aus dem Wunsch:"),
            b.combo(
                self.tr("Ziel %1 aus dem Wunsch").replace("%1", n),
                f"goal:{gid}:wish",
                wishes,
                get("wish_id"),
                put_wish,
            ),
        )
        card.form.addRow(
            self.tr("Ziel %1:").replace("%1", n),
            b.line(
                self.tr("Ziel %1 Titel").replace("%1", n),
                f"goal:{gid}:title",
                get("title"),
                put("title"),
                placeholder=self.tr("Was will die Person erreichen?"),
            ),
        )
        card.form.addRow(
            self.tr("Art:"),
            b.combo(
                self.tr("Ziel %1 Art").replace("%1", n),
                f"goal:{gid}:kind",
                [
                    (self.tr("Leitziel (langfristig)"), GoalKind.LEITZIEL),
                    (self.tr("Handlungsziel (konkret)"), GoalKind.HANDLUNGSZIEL),
                ],
                get("kind"),
                put("kind"),
            ),
        )
        card.form.addRow(
            self.tr("Lebensbereich:"),
            b.combo(
                self.tr("Ziel %1 Lebensbereich").replace("%1", n),
                f"goal:{gid}:domain",
                self.context.domain_items(self.tr("(noch offen)")),
                get("life_domain"),
                put("life_domain"),
            ),
        )
        card.form.addRow(
            self.tr("Woran merken wir, dass …"),
            b.text(
                self.tr("Ziel %1: Woran merken wir, dass es erreicht ist").replace("%1", n),
                f"goal:{gid}:indicator",
                get("indicator"),
                put("indicator"),
                placeholder=self.tr("… die Person einmal pro Woche im Tierheim hilft."),
            ),
        )
        card.form.addRow(
            self.tr("Bis wann:"),
            b.date(
                self.tr("Ziel %1 Zieldatum").replace("%1", n),
                f"goal:{gid}:target",
                get("target_date"),
                put("target_date"),
            ),
        )
        card.form.addRow(LiveLabel(self.document, lambda: self._date_warning(gid)))
        card.form.addRow(
            self.tr("Stand:"),
            b.combo(
                self.tr("Ziel %1 Stand").replace("%1", n),
                f"goal:{gid}:status",
                [(s.label, s) for s in GoalStatus],
                get("status"),
                put("status"),
            ),
        )
        card.form.addRow(
            self.tr("Auswertung:"),
            b.text(
                self.tr("Ziel %1 Auswertung").replace("%1", n),
                f"goal:{gid}:evaluation",
                get("evaluation_note"),
                put("evaluation_note"),
                placeholder=self.tr("Was hat sich getan?"),
            ),
        )
        card.form.addRow(
            self.tr("Ausgewertet am:"),
            b.date(
                self.tr("Ziel %1 ausgewertet am").replace("%1", n),
                f"goal:{gid}:evaluated",
                get("evaluation_date"),
                put("evaluation_date"),
            ),
        )
        card.form.addRow(
            self.tr("Zielerreichung:"),
            b.combo(
                self.tr("Ziel %1 Zielerreichung").replace("%1", n),
                f"goal:{gid}:attainment",
                [(self.tr("(noch nicht bewertet)"), None)]
                + [(label, level) for level, label in GAS_LEVELS.items()],
                get("attainment"),
                put("attainment"),
            ),
        )
        card.form.addRow(
            self.tr("Bewertet von:"),
            b.combo(
                self.tr("Ziel %1 bewertet von").replace("%1", n),
                f"goal:{gid}:rated_by",
                [(self.tr("(offen)"), None)] + [(r.label, r) for r in Rater],
                get("rated_by"),
                put("rated_by"),
            ),
        )
        add_plain_row(
            self.plain_words(),
            card.form,
            self.tr("In Leichter Sprache:"),
            b.line(
                self.tr("Ziel %1 in Leichter Sprache").replace("%1", n),
                f"goal:{gid}:plain_title",
                get("plain_title"),
                put("plain_title"),
                placeholder=self.tr("z. B. Ich mache ein Praktikum mit Tieren."),
            ),
        )
        add_plain_row(
            self.plain_words(),
            card.form,
            self.tr("Daran merke ich es:"),
            b.line(
                self.tr("Ziel %1 Indikator in Leichter Sprache").replace("%1", n),
                f"goal:{gid}:plain_indicator",
                get("plain_indicator"),
                put("plain_indicator"),
                placeholder=self.tr("z. B. Ich war 4 Mal dort."),
            ),
        )
        card.form.addRow(
            self.tr("Andere Sichtweise:"),
            b.text(
                self.tr("Ziel %1 abweichende Sichtweise").replace("%1", n),
                f"goal:{gid}:differing",
                get("differing_view"),
                put("differing_view"),
                placeholder=self.tr("Wer sieht das anders, und wie?"),
            ),
        )
        card.add_button(
            self.tr("Passende Angebote &finden …"),
            lambda: self.go_to.emit("offers", f"goal:{gid}:find"),
            self.tr("Ziel %1: Passende Angebote finden").replace("%1", n),
        )
        card.add_button(
            self.tr("Löschen …"),
            lambda: self.delete_goal(gid),
            self.tr("Ziel %1 löschen").replace("%1", n),
        )
        return card

    def _date_warning(self, goal_id: str) -> str:
        goal = find(self.document.plan.goals, goal_id)
        review = self.document.plan.review_date
        if goal.target_date is None:
            return ""
        if review is not None and goal.target_date > review:
            return self.tr(
                "Das Zieldatum liegt nach der nächsten Überprüfung am %1. "
                "Bitte ein früheres Datum wählen oder das Ziel bei der Überprüfung besprechen."
            ).replace("%1", german_date(review))
        if goal.target_date < date.today() and goal.status in (
            GoalStatus.OPEN,
            GoalStatus.IN_PROGRESS,
        ):
            return self.tr("Das Zieldatum liegt in der Vergangenheit.")
        return ""

    def add_goal(self) -> None:
        wishes = self.document.plan.wishes
        wish = wishes[0] if len(wishes) == 1 else None
        goal = Goal(
            new_id(),
            wish.id if wish else None,
            "",
            life_domain=wish.life_domain if wish else None,
        )
        self.document.edit(
            self.tr("Ziel hinzufügen"), lambda _p, plan: plan.goals.append(goal), structural=True
        )
        self.focus(f"goal:{goal.id}:title")

    def delete_goal(self, goal_id: str) -> None:
        plan = self.document.plan
        links = sum(1 for link in plan.offer_links if link.goal_id == goal_id)
        question = self.tr("Dieses Ziel löschen?")
        if links:
            question += " " + self.tr("Die %1 verknüpften Angebote werden mit entfernt.").replace(
                "%1", str(links)
            )
        question += " " + self.tr("(Strg+Z macht das rückgängig.)")
        if (
            QMessageBox.question(self, self.tr("Ziel löschen"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return

        def remove(_p, plan) -> None:
            plan.goals[:] = [g for g in plan.goals if g.id != goal_id]
            plan.offer_links[:] = [k for k in plan.offer_links if k.goal_id != goal_id]
            for step in plan.steps:
                if step.goal_id == goal_id:
                    step.goal_id = None

        self.document.edit(self.tr("Ziel löschen"), remove, structural=True)
