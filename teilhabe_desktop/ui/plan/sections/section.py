"""Base of the workspace sections: a scrollable column of cards, rebuilt on reload."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.gesamtplan_check import REQUIREMENT_BY_KEY
from teilhabe_desktop.core.plan_sections import SectionSpec, plan_section
from teilhabe_desktop.core.reference import LifeDomain, Sozialraum
from teilhabe_desktop.ui.common.focus_find import focus_field
from teilhabe_desktop.ui.common.plain_text import plain_label, rich, rich_label
from teilhabe_desktop.ui.plan.document import PlanDocument
from teilhabe_desktop.ui.plan.sections.editors import Binder, focus_key


def section_text(text: str) -> str:
    """A German label of ``core.plan_sections``, translated."""
    return QCoreApplication.translate("plan_sections", text)


def navigation_text(spec: SectionSpec) -> str:
    """The section's entry in the workspace navigation: "1 Wünsche und Wille"."""
    return f"{spec.number} {section_text(spec.label)}"


def heading_text(spec: SectionSpec) -> str:
    """The heading of the section's page: "1  Wünsche und Wille"."""
    return f"{spec.number}  {section_text(spec.title)}"


@dataclass
class PlanContext:
    """Reference data and repositories the sections need (read once per workspace)."""

    session: object
    life_domains: list[LifeDomain] = field(default_factory=list)
    sozialraeume: list[Sozialraum] = field(default_factory=list)

    def domain_items(self, empty: str) -> list[tuple[str, str | None]]:
        # plain words first (the person reads along), the ICF code for the file
        return [(empty, None)] + [
            (f"{d.plain_name} ({d.code} {d.name})", d.code) for d in self.life_domains
        ]

    def sozialraum_name(self, sozialraum_id: str | None) -> str:
        for s in self.sozialraeume:
            if s.id == sozialraum_id:
                return s.name
        return sozialraum_id or ""

    def domain_name(self, code: str | None) -> str:
        for d in self.life_domains:
            if d.code == code:
                return f"{d.code} – {d.name}"
        return code or ""


class Card(QFrame):
    """One item (a wish, a goal …) with a form and a row of buttons.

    ``name`` ("Ziel 2") is what a screen reader says when the focus enters the card, so
    the repeated fields inside ("Stand:", "Erledigt") keep their context.
    """

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#card { background: palette(base); border: 1px solid #c9c9c9; "
            "border-radius: 6px; }"
        )
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        outer.addLayout(self.form)
        outer.addLayout(self.buttons)

    def add_button(self, text: str, slot, accessible: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible or text.replace("&", "").replace(" …", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button


class PlanSection(QScrollArea):
    """Subclasses set ``key`` (a key of ``core.plan_sections``, which gives the heading)
    and ``intro`` and fill the column in :meth:`populate`."""

    key = ""
    title = ""
    intro = ""
    #: ask the workspace to show another section and focus a field: (section, field key)
    go_to = Signal(str, str)

    def __init__(
        self, document: PlanDocument, context: PlanContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.context = context
        self.bind = Binder(document)
        self.title = heading_text(plan_section(self.key))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._stale = True
        self._plain_words: list[str] | None = None
        document.reloaded.connect(self._on_reloaded)
        # An edit elsewhere (a wish's words, a goal's title) shows up here when it is shown.
        document.changed.connect(self._on_changed)
        self.setWidget(QWidget())

    def plain_words(self) -> list[str]:
        """Known words for the checker under the "In Leichter Sprache" fields: the
        shipped Wörter-Buch and the office's own terms (read once per section)."""
        if self._plain_words is None:
            from teilhabe_desktop.ui.plan.sections.plain_rows import glossary_words

            self._plain_words = glossary_words(self.context.session.glossary.terms())
        return self._plain_words

    def _on_changed(self) -> None:
        if not self.isVisible():
            self._stale = True

    def _on_reloaded(self) -> None:
        if self.isVisible():
            self.rebuild()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.rebuild()
        super().showEvent(event)

    def rebuild(self) -> None:
        self._stale = False
        focused = QApplication.focusWidget()
        inside = focused is not None and (focused is self or self.isAncestorOf(focused))
        key = focus_key(focused) if inside else ""
        scroll = self.verticalScrollBar().value()
        body = QWidget()
        column = QVBoxLayout(body)
        column.setAlignment(Qt.AlignmentFlag.AlignTop)
        column.setSpacing(10)
        heading = rich_label(rich("<h2>%1</h2>", self.title))
        heading.setAccessibleName(self.title)
        column.addWidget(heading)
        if self.intro:
            intro = plain_label(self.intro, wrap=True)
            intro.setStyleSheet("color: palette(placeholder-text);")
            column.addWidget(intro)
        self.populate(column)
        column.addStretch(1)
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()
        self.verticalScrollBar().setValue(scroll)
        if key:
            target = body.findChild(QWidget, key) or body.findChild(QWidget, key + ":edit")
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if inside:
            # the control the user was in went away (removed, undone): the focus stays in
            # this section instead of falling to the page navigation
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def populate(self, column: QVBoxLayout) -> None:
        raise NotImplementedError

    def add_button(self, column: QVBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{self.key}:add")
        button.setAccessibleName(text.replace("&", "").replace(" …", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return button

    def focus(self, key: str) -> None:
        """Give the focus to the bound editor ``key`` (after a rebuild); ``key`` may be
        object-name patterns with ``*`` ("goal:*:indicator*|*add*"), the first wins."""
        body = self.widget()
        if "*" in key:
            if not focus_field(self, key):
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        target = body.findChild(QWidget, key) or body.findChild(QWidget, key + ":edit")
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(target)

    def waiver_line(self, key: str) -> QLineEdit:
        """The "entfällt, weil …" line of the mandatory Gesamtplan item ``key``."""
        requirement = REQUIREMENT_BY_KEY[key]

        def get(_p, plan):
            return plan.waivers.get(key, "")

        def put(_p, plan, value):
            if value.strip():
                plan.waivers[key] = value
            else:
                plan.waivers.pop(key, None)

        return self.bind.line(
            self.tr("%1: entfällt, weil").replace("%1", requirement.label),
            f"waiver:{key}:line",
            get,
            put,
            placeholder=self.tr("leer lassen, wenn es zutrifft"),
        )

    def hint(self, text: str, warn: bool = False) -> QLabel:
        label = plain_label(text, wrap=True)
        if warn:
            label.setStyleSheet("color: #8a3b00; font-weight: 600;")
        return label


class LiveLabel(QLabel):
    """A hint recomputed after every change of the document (e.g. a date warning).

    Plain text: the hint may quote what the caseworker wrote."""

    def __init__(
        self, document: PlanDocument, compute, parent: QWidget | None = None, warn: bool = True
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._compute = compute
        self.setWordWrap(True)
        if warn:
            self.setStyleSheet("color: #8a3b00; font-weight: 600;")
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            text = self._compute()
        except KeyError:  # the item is gone (undo); the section is being rebuilt
            text = ""
        self.setText(text)
        self.setVisible(bool(text))
