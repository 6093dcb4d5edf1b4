"""Section *Sozialräume*: the home Sozialraum plus the others the person uses."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from teilhabe_desktop.core.plan_map import person_sozialraeume
from teilhabe_desktop.ui.plan.sections.section import LiveLabel, PlanSection


def effective_sozialraeume(person, plan) -> list[str]:
    """Home first, then the others chosen in the plan, each once."""
    return person_sozialraeume(person.home_sozialraum_id, plan.sozialraum_ids)


class SozialraeumeSection(PlanSection):
    key = "sozialraeume"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.intro = self.tr(
            "Wo ist die Person unterwegs – zu Hause, bei der Arbeit, in der Freizeit? "
            "Mehrere sind möglich. Angebote werden in diesen Sozialräumen gesucht."
        )

    def populate(self, column: QVBoxLayout) -> None:
        person = self.document.person
        home = person.home_sozialraum_id
        if home is None:
            column.addWidget(
                self.hint(
                    self.tr("Der Wohnort ist noch keinem Sozialraum zugeordnet (siehe „Person“)."),
                    warn=True,
                )
            )
        for sozialraum in self.context.sozialraeume:
            sid = sozialraum.id
            if sid == home:
                box = QCheckBox(
                    self.tr("%1 – hier wohnt die Person").replace("%1", sozialraum.name)
                )
                box.setChecked(True)
                box.setEnabled(False)
                box.setAccessibleName(box.text())
            else:
                box = self.bind.check(
                    sozialraum.name,
                    f"sozialraum:{sid}:used",
                    lambda _p, plan, sid=sid: sid in plan.sozialraum_ids,
                    lambda _p, plan, on, sid=sid: self._toggle(plan, sid, on),
                )
            column.addWidget(box)
        column.addWidget(LiveLabel(self.document, self._chosen, warn=False))

    def _chosen(self) -> str:
        ids = effective_sozialraeume(self.document.person, self.document.plan)
        names = ", ".join(self.context.sozialraum_name(s) for s in ids)
        return self.tr("Gewählt: %1").replace("%1", names) if names else ""

    @staticmethod
    def _toggle(plan, sozialraum_id: str, on: bool) -> None:
        if on and sozialraum_id not in plan.sozialraum_ids:
            plan.sozialraum_ids.append(sozialraum_id)
        elif not on and sozialraum_id in plan.sozialraum_ids:
            plan.sozialraum_ids.remove(sozialraum_id)
