"""Section *Überprüfung und Versionen*: review date, finalising, comparing versions."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import PlanVersion
from teilhabe_desktop.core.plan_checks import check_finalise
from teilhabe_desktop.core.plan_diff import diff_plans, diff_snapshots
from teilhabe_desktop.core.plan_validation import default_review_date, latest_review_date
from teilhabe_desktop.ui.common.plain_text import literal, plain_label
from teilhabe_desktop.ui.plan.compare_dialog import VersionCompareDialog
from teilhabe_desktop.ui.plan.sections.missing_list import MissingList
from teilhabe_desktop.ui.plan.sections.plain_missing_list import PlainMissingList
from teilhabe_desktop.ui.plan.sections.section import Card, LiveLabel, PlanSection


class ReviewSection(PlanSection):
    key = "review"

    def __init__(self, document, context, parent=None) -> None:
        super().__init__(document, context, parent)
        self.plans = context.session.plans
        self.intro = self.tr(
            "Wann sprechen wir wieder über den Plan? Spätestens nach 24 Monaten. "
            "„Plan abschließen“ hält den jetzigen Stand fest; danach geht es im Entwurf weiter."
        )
        #: replaced in tests: who finalises (None: cancelled)
        self.ask_name = self._ask_name_dialog
        self._versions: list[PlanVersion] = []

    def populate(self, column: QVBoxLayout) -> None:
        self._versions = self.plans.versions(self.document.person.id)
        latest = latest_review_date(date.today())
        card = Card()
        review = self.bind.date(
            self.tr("Nächste Überprüfung"),
            "plan:review_date:date",
            lambda _p, plan: plan.review_date,
            lambda _p, plan, v: setattr(plan, "review_date", v),
        )
        review.set_range(None, latest)
        card.form.addRow(self.tr("Nächste Überprüfung:"), review)
        card.form.addRow(
            self.hint(self.tr("Spätestens am %1 (24 Monate).").replace("%1", german_date(latest)))
        )
        column.addWidget(card)

        column.addWidget(QLabel(self.tr("<h3>„Mein Plan“ in Leichter Sprache</h3>")))
        column.addWidget(self._plain_card())

        column.addWidget(QLabel(self.tr("<h3>Stand des Plans</h3>")))
        self.missing = MissingList(self.document)
        self.missing.go_to.connect(self.go_to)
        column.addWidget(self.missing)
        finalise = QPushButton(self.tr("Plan a&bschließen …"))
        finalise.setObjectName("plan:finalise")
        finalise.setAccessibleName(self.tr("Plan abschließen"))
        finalise.setAutoDefault(False)
        finalise.clicked.connect(self.finalise)
        self.finalise_button = finalise
        # the state line and the button follow every change, from one comparison
        column.addWidget(LiveLabel(self.document, self._draft_state, warn=False))
        row = QHBoxLayout()
        row.addWidget(finalise)
        changes = QPushButton(self.tr("Änderungen seit der letzten Version …"))
        changes.setAccessibleName(self.tr("Änderungen seit der letzten Version ansehen"))
        changes.setAutoDefault(False)
        changes.setEnabled(bool(self._versions))
        changes.clicked.connect(self.show_draft_changes)
        row.addWidget(changes)
        row.addStretch(1)
        column.addLayout(row)

        column.addWidget(QLabel(self.tr("<h3>Abgeschlossene Versionen</h3>")))
        if not self._versions:
            column.addWidget(self.hint(self.tr("Noch keine Version abgeschlossen.")))
        for version in reversed(self._versions):
            column.addWidget(self._version_row(version))

    def _plain_card(self) -> Card:
        """What still lacks a plain text, and the Prüflesen: who checked "Mein Plan" with
        a reader of the target group, and when (printed as "Geprüft von … am …")."""
        card = Card()
        self.plain_missing = PlainMissingList(self.document)
        self.plain_missing.go_to.connect(self.go_to)
        card.form.addRow(self.plain_missing)
        card.form.addRow(
            self.tr("Geprüft von:"),
            self.bind.line(
                self.tr("Prüflesen durch"),
                "plan:plain_checked_by",
                lambda _p, plan: plan.plain_checked_by,
                lambda _p, plan, v: setattr(plan, "plain_checked_by", v),
                placeholder=self.tr("z. B. Prüfgruppe Leichte Sprache"),
            ),
        )
        checked_on = self.bind.date(
            self.tr("Prüflesen am"),
            "plan:plain_checked_on",
            lambda _p, plan: plan.plain_checked_on,
            lambda _p, plan, v: setattr(plan, "plain_checked_on", v),
        )
        checked_on.set_range(None, date.today())
        card.form.addRow(self.tr("Geprüft am:"), checked_on)
        card.form.addRow(
            self.hint(self.tr("Steht in „Mein Plan“, wenn beides ausgefüllt ist (DIN SPEC 33429)."))
        )
        return card

    def _version_row(self, version: PlanVersion) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = (
            self.tr("Version %1 – abgeschlossen am %2 von %3")
            .replace("%1", str(version.number))
            .replace("%2", version.finalised_at.strftime("%d.%m.%Y, %H:%M Uhr"))
            .replace("%3", version.finalised_by)
        )
        label = plain_label(text, wrap=True)
        layout.addWidget(label, 1)
        if version.number > 1:
            button = QPushButton(
                self.tr("Mit Version %1 vergleichen …").replace("%1", str(version.number - 1))
            )
            button.setAccessibleName(
                self.tr("Version %1 mit Version %2 vergleichen")
                .replace("%1", str(version.number))
                .replace("%2", str(version.number - 1))
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda: self.compare(version.number))
            layout.addWidget(button)
        return row

    def _changes_since_last_version(self) -> list | None:
        """What changed since the newest version (``None`` before the first one)."""
        if not self._versions:
            return None
        last = self._versions[-1]
        return diff_plans(last.snapshot.plan, self.document.plan, last.snapshot.sozialraum_names)

    def _show_finalise(self, changes: list | None) -> None:
        """Nothing to finalise when nothing changed since the last version."""
        unchanged = changes == []
        self.finalise_button.setEnabled(not unchanged)
        self.finalise_button.setToolTip(
            self.tr("Seit der letzten Version hat sich nichts geändert.") if unchanged else ""
        )

    def _draft_state(self) -> str:
        changes = self._changes_since_last_version()
        self._show_finalise(changes)
        if changes is None:
            return self.tr("Entwurf – noch keine Version abgeschlossen.")
        last = self._versions[-1]
        if not changes:
            return self.tr("Entwurf – seit Version %1 nichts geändert.").replace(
                "%1", str(last.number)
            )
        return (
            self.tr("Neuer Entwurf für Version %1 – %2 Änderung(en) seit Version %3.")
            .replace("%1", str(last.number + 1))
            .replace("%2", str(len(changes)))
            .replace("%3", str(last.number))
        )

    def _ask_name_dialog(self) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Plan abschließen"),
            self.tr(
                "Der jetzige Stand wird als Version festgehalten und bleibt so, wie er "
                "ist.\nWer schließt ab?"
            ),
            text=self.document.person.caseworker,
        )
        return name if ok else None

    def finalise(self) -> None:
        if not self.document.flush():
            QMessageBox.warning(
                self, self.tr("Plan abschließen"), literal(self.document.last_error or "")
            )
            return
        # what is missing is said before anyone is asked for their name
        if self.missing.missing():
            # the list above says what is missing, each with a way to go there
            self.missing.focus_first()
            self.ensureWidgetVisible(self.missing)
            self.document.notice.emit(
                self.tr(
                    "Der Plan ist noch nicht vollständig. Was fehlt, steht unter „Stand des "
                    "Plans“; „Ausfüllen“ führt jeweils zur Stelle."
                )
            )
            return
        plan = copy.deepcopy(self.document.plan)
        today = date.today()
        plan.review_date = plan.review_date or default_review_date(today)
        try:
            check_finalise(self.document.person, plan, today)
        except UserError as error:
            QMessageBox.warning(
                self, self.tr("Plan kann noch nicht abgeschlossen werden"), literal(error.message)
            )
            return
        name = self.ask_name()
        if name is None:
            return
        try:
            version = self.plans.finalise(self.document.person.id, name)
        except UserError as error:
            QMessageBox.warning(
                self, self.tr("Plan kann noch nicht abgeschlossen werden"), literal(error.message)
            )
            return
        self.document.replace_plan(self.plans.draft(self.document.person.id))
        self.document.save_status.emit(
            self.tr("Version %1 abgeschlossen").replace("%1", str(version.number)), True
        )

    def compare(self, number: int) -> None:
        new = self.plans.version(self.document.person.id, number).snapshot
        old = self.plans.version(self.document.person.id, number - 1).snapshot
        title = (
            self.tr("Version %1 im Vergleich zu Version %2")
            .replace("%1", str(number))
            .replace("%2", str(number - 1))
        )
        VersionCompareDialog(title, diff_snapshots(old, new), self).exec()

    def show_draft_changes(self) -> None:
        last = self._versions[-1]
        changes = diff_plans(
            last.snapshot.plan,
            self.document.plan,
            last.snapshot.sozialraum_names,
            {i: o.name for i, o in last.snapshot.offers.items()},
        )
        title = self.tr("Entwurf im Vergleich zu Version %1").replace("%1", str(last.number))
        VersionCompareDialog(title, changes, self).exec()
