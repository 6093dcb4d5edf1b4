"""*Neue Person*: the person's details before the plan starts."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen
from teilhabe_desktop.ui.persons.person_form import PersonForm


class PersonDialog(QDialog):
    """Creates a person; ``person`` holds the saved person after ``accept``."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Person"))
        self._repo = session.persons
        reference = session.reference
        self.person = Person(uuid.uuid4().hex, "", "")
        self.form = PersonForm(
            session.places.locator(),  # street and number, then place name
            reference.sozialraeume(),
            self._repo.caseworkers(),
            [p.name for p in reference.place_names()],
        )
        self.form.set_person(self.person)
        # wide enough for both columns of the form where the screen allows; on a
        # small screen the form shows one column, so nothing scrolls sideways
        fit_to_screen(self, max(900, self.form.sizeHint().width() + 60), 660)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Name genügt für den Anfang. Alles andere können Sie später im Plan ergänzen.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.error = plain_label(wrap=True)
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error.setAccessibleName(self.tr("Hinweis"))
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Anlegen und Plan öffnen")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.lines["first_name"].setFocus()

    def accept(self) -> None:
        try:
            self.person = self._repo.save(self.person)
        except UserError as error:
            self.error.setText(error.message)
            self.error.show()
            return
        super().accept()
