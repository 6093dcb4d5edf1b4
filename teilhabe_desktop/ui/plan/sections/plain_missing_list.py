"""Which items of *Mein Plan* still lack their text in Leichter Sprache, each with a
button that opens the section and puts the focus into that field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from teilhabe_desktop.core.plain_coverage import MissingPlain, missing_plain
from teilhabe_desktop.ui.common.plain_text import plain_label

#: More items than this: the first ones are listed, the rest counted.
SHOWN = 12


class PlainMissingList(QFrame):
    """``go_to(section, field)`` when an item is chosen."""

    go_to = Signal(str, str)

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("plain_missing_list")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Was in Leichter Sprache noch fehlt"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.rows = QGridLayout()
        self.rows.setColumnStretch(0, 1)
        layout.addLayout(self.rows)
        self.buttons: list[QPushButton] = []
        self._shown: list[str] | None = None
        document.changed.connect(self.refresh)
        self.refresh()

    def missing(self) -> list[MissingPlain]:
        return missing_plain(self.document.plan)

    def refresh(self) -> None:
        try:
            missing = self.missing()
        except KeyError:  # an item went away (undo); the section is being rebuilt
            return
        keys = [m.key for m in missing]
        if keys == self._shown:
            return  # typing keeps the buttons (and the focus) as they are
        self._shown = keys
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.buttons = []
        if not missing:
            self.heading.setText(self.tr("Alle Texte für „Mein Plan“ sind in Leichter Sprache."))
            return
        self.heading.setText(
            self.tr("In Leichter Sprache fehlt noch (%1):").replace("%1", str(len(missing)))
        )
        for row, item in enumerate(missing[:SHOWN]):
            label = plain_label(f"• {item.label}", wrap=True)
            self.rows.addWidget(label, row, 0)
            button = QPushButton(self.tr("Schreiben"))
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("%1 in Leichter Sprache").replace("%1", item.label))
            button.clicked.connect(lambda _=False, m=item: self.go_to.emit(m.section, m.key))
            self.rows.addWidget(button, row, 1)
            self.buttons.append(button)
            label.show()
            button.show()
        if len(missing) > SHOWN:
            more = self.tr("… und %1 weitere").replace("%1", str(len(missing) - SHOWN))
            self.rows.addWidget(plain_label(more), SHOWN, 0)

    def focus_first(self) -> None:
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
