"""Section *Schritte*: what, who, by when, done."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QVBoxLayout

from teilhabe_desktop.core.formatting import LABEL_LENGTH, shorten
from teilhabe_desktop.core.plan import Step, StepOwner
from teilhabe_desktop.ui.plan.sections.editors import find, new_id
from teilhabe_desktop.ui.plan.sections.plain_rows import add_plain_row
from teilhabe_desktop.ui.plan.sections.section import Card, LiveLabel, PlanSection


class StepsSection(PlanSection):
    key = "steps"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr("Was passiert als Nächstes? Wer macht es, bis wann?")
        #: the step the user last worked in: a new step goes to the same goal
        self._working_step: str | None = None
        QApplication.instance().focusChanged.connect(self._note_focus)

    def _note_focus(self, _old, new) -> None:
        widget = new
        while widget is not None and widget is not self:
            name = widget.objectName()
            if name.startswith("step:"):
                self._working_step = name.split(":")[1]
                return
            widget = widget.parentWidget()

    def _goal_for_new_step(self) -> str | None:
        """The goal of the step being worked on, the only goal, or none (then asked)."""
        plan = self.document.plan
        working = next((s for s in plan.steps if s.id == self._working_step), None)
        if working is not None and working.goal_id:
            return working.goal_id
        return plan.goals[0].id if len(plan.goals) == 1 else None

    def populate(self, column: QVBoxLayout) -> None:
        plan = self.document.plan
        if not plan.steps:
            column.addWidget(self.hint(self.tr("Noch keine Schritte vereinbart.")))
        for number, step in enumerate(plan.steps, start=1):
            column.addWidget(self._card(number, step))
        self.add_button(column, self.tr("Sch&ritt hinzufügen"), self.add_step)

    def _card(self, number: int, step: Step) -> Card:
        sid = step.id
        n = str(number)
        b = self.bind

        def get(attr):
            return lambda _p, plan: getattr(find(plan.steps, sid), attr)

        def put(attr):
            return lambda _p, plan, v: setattr(find(plan.steps, sid), attr, v)

        card = Card(self.tr("Schritt %1").replace("%1", str(number)))
        card.form.addRow(
            self.tr("Schritt %1:").replace("%1", n),
            b.line(
                self.tr("Schritt %1: was").replace("%1", n),
                f"step:{sid}:what",
                get("what"),
                put("what"),
                placeholder=self.tr("Was ist zu tun?"),
            ),
        )
        add_plain_row(
            self.plain_words(),
            card.form,
            self.tr("In Leichter Sprache:"),
            b.line(
                self.tr("Schritt %1 in Leichter Sprache").replace("%1", n),
                f"step:{sid}:plain",
                get("plain_text"),
                put("plain_text"),
                placeholder=self.tr("z. B. Ich rufe beim Tierhof an."),
            ),
        )
        card.form.addRow(
            self.tr("Wer:"),
            b.combo(
                self.tr("Schritt %1: wer").replace("%1", n),
                f"step:{sid}:owner",
                [(o.label, o) for o in StepOwner],
                get("owner"),
                put("owner"),
            ),
        )
        card.form.addRow(
            self.tr("Name:"),
            b.line(
                self.tr("Schritt %1: Name der Person oder des Dienstes").replace("%1", n),
                f"step:{sid}:who",
                get("who"),
                put("who"),
                placeholder=self.tr("z. B. Schwester Anna, Tierheim Jena"),
            ),
        )
        card.form.addRow(
            self.tr("Bis wann:"),
            b.date(
                self.tr("Schritt %1: bis wann").replace("%1", n),
                f"step:{sid}:due",
                get("due_date"),
                put("due_date"),
            ),
        )
        card.form.addRow(LiveLabel(self.document, lambda: self._overdue(sid)))
        goals = [(self.tr("(kein bestimmtes Ziel)"), None)] + [
            (shorten(g.title, LABEL_LENGTH) or self.tr("(Ziel ohne Titel)"), g.id)
            for g in self.document.plan.goals
        ]
        card.form.addRow(
            self.tr("Zum Ziel:"),
            b.combo(
                self.tr("Schritt %1: zum Ziel").replace("%1", n),
                f"step:{sid}:goal",
                goals,
                get("goal_id"),
                put("goal_id"),
            ),
        )
        done = b.check(
            self.tr("Erledigt"),
            f"step:{sid}:done",
            get("done"),
            put("done"),
            name=self.tr("Schritt %1 erledigt").replace("%1", n),
        )
        card.form.addRow("", done)
        card.add_button(
            self.tr("Entfernen"),
            lambda: self.remove_step(sid),
            self.tr("Schritt %1 entfernen").replace("%1", n),
        )
        return card

    def _overdue(self, step_id: str) -> str:
        step = find(self.document.plan.steps, step_id)
        if step.due_date is not None and not step.done and step.due_date < date.today():
            return self.tr("Dieser Schritt ist überfällig.")
        return ""

    def add_step(self) -> None:
        goal_id = self._goal_for_new_step()
        step = Step(new_id(), "", goal_id=goal_id)
        self.document.edit(
            self.tr("Schritt hinzufügen"), lambda _p, plan: plan.steps.append(step), structural=True
        )
        self._working_step = step.id
        if goal_id is None and self.document.plan.goals:
            self.focus(f"step:{step.id}:goal")  # which goal? the user says, not a guess
        else:
            self.focus(f"step:{step.id}:what")

    def remove_step(self, step_id: str) -> None:
        def remove(_p, plan) -> None:
            plan.steps[:] = [s for s in plan.steps if s.id != step_id]

        self.document.edit(self.tr("Schritt entfernen"), remove, structural=True)
