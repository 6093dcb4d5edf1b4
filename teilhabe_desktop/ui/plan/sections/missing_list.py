"""What still keeps the Gesamtplan from being finalised, each item with a way to go there.

Shown in *Verfahren und Bedarf* and *Überprüfung und Versionen*: one line per missing
item of ``core.gesamtplan_check`` and a button that opens the section and puts the
focus into the field where it is filled in (or its "entfällt, weil" line).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from teilhabe_desktop.core.gesamtplan_check import Requirement, missing_items
from teilhabe_desktop.ui.common.plain_text import plain_label

#: requirement key → (section key, object-name patterns of the field to focus, the first
#: that exists wins: the field, else its "entfällt, weil" line, else the add button)
JUMPS: dict[str, tuple[str, str]] = {
    "consent": ("person", "person:consent_given"),
    "housing": ("person", "person:housing"),
    "goals": ("goals", "goal:*:indicator*|goal:*:title*|*add*"),
    "services": ("services", "service:*:kind*|waiver:services:*"),
    "providers": ("services", "service:*:provider*|waiver:providers:*"),
    "self_help": ("resources", "strength:*:state*|contact:*:state*|*add*"),
    "own_activities": ("gesamtplan", "plan:own_activities:*"),
    "environment": ("resources", "barrier:*:text*|waiver:environment:*"),
    "participants": ("gesamtplan", "participant:*:name*|*add*"),
    "capabilities": ("gesamtplan", "capability:*:qualifier*"),
}


def jump_of(requirement: Requirement) -> tuple[str, str]:
    """The section and field pattern where ``requirement`` is filled in."""
    if requirement.key in JUMPS:
        return JUMPS[requirement.key]
    return "gesamtplan", f"plan:{requirement.field}:*|waiver:{requirement.key}:*"


class MissingList(QFrame):
    """The list of missing items; ``go_to(section, pattern)`` when one is chosen."""

    go_to = Signal(str, str)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("missing_list")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Was für den Abschluss noch fehlt"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("color: #8a3b00; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        layout.addLayout(self.rows)
        self._shown: list[str] | None = None
        self._buttons: list[QPushButton] = []
        document.changed.connect(self.refresh)
        self.refresh()

    def focus_first(self) -> None:
        """Put the focus on the first "Ausfüllen" button."""
        if self._buttons:
            self._buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def missing(self) -> list[Requirement]:
        return missing_items(self.document.person, self.document.plan)

    def refresh(self) -> None:
        try:
            missing = self.missing()
        except KeyError:  # an item went away (undo); the section is being rebuilt
            return
        keys = [r.key for r in missing]
        if keys == self._shown:
            return  # typing in a field keeps the buttons (and the focus) as they are
        self._shown = keys
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # gone at once, deleted when control returns
                item.widget().deleteLater()
        self._buttons = []
        if not missing:
            self.hide()
        elif self.parent() is not None:  # not a window of its own while being built
            self.show()
        self.heading.setText(
            self.tr("Für den Abschluss fehlt noch (%1):").replace("%1", str(len(missing)))
        )
        for row, requirement in enumerate(missing):
            text = f"• {requirement.label} ({requirement.reference})"
            if requirement.waivable:
                text += self.tr(" – oder „entfällt, weil …“")
            label = plain_label(text, wrap=True)
            self.rows.addWidget(label, row, 0)
            button = QPushButton(self.tr("Ausfüllen"))
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("%1 ausfüllen").replace("%1", requirement.label))
            button.clicked.connect(lambda _=False, r=requirement: self.go_to.emit(*jump_of(r)))
            self.rows.addWidget(button, row, 1)
            self._buttons.append(button)
            label.show()  # added to a list that is already on screen
            button.show()
