"""*Aufbewahrung prüfen …*: persons without activity for some years, for review and erasure.

The list comes from the store (the latest of the person's change, the draft's save,
the last finalised version and the audit trail); deleting goes through the same
confirmation and erasure as *Person löschen …* (:meth:`PersonActions.delete_persons`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.retention import (
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
    RETENTION_YEARS,
    retention_cutoff,
)
from teilhabe_desktop.ui.common.plain_text import plain_label
from teilhabe_desktop.ui.common.screen_fit import fit_to_screen

SETTING = "retention/years"
ID_ROLE = Qt.ItemDataRole.UserRole

#: Asks once and erases the given ``(person id, display name)`` pairs; True if any went.
DeletePersons = Callable[[Sequence[tuple[str, str]], QWidget | None], bool]


def retention_years() -> int:
    """The setting, or the default if it is missing or out of range."""
    value = QSettings().value(SETTING, RETENTION_YEARS)
    try:
        years = int(value)
    except (TypeError, ValueError):
        return RETENTION_YEARS
    return years if MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS else RETENTION_YEARS


def set_retention_years(years: int) -> None:
    QSettings().setValue(SETTING, int(years))


class RetentionDialog(QDialog):
    def __init__(
        self,
        session,
        delete_persons: DeletePersons,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._delete_persons = delete_persons
        self._today = today
        self.setWindowTitle(self.tr("Aufbewahrung prüfen"))
        fit_to_screen(self, 760, 480)
        intro = QLabel(
            self.tr(
                "Sozialdaten sind zu löschen, sobald sie für ihren Zweck nicht mehr "
                "gebraucht werden (Löschpflicht nach § 84 SGB X und Art. 17 DSGVO) – "
                "deshalb stehen hier die Personen, mit deren Daten seit Jahren niemand "
                "gearbeitet hat, zur Prüfung."
            )
        )
        intro.setWordWrap(True)

        self.years = QSpinBox()
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.years.setKeyboardTracking(False)  # the list follows a finished number
        self.years.setAccessibleName(self.tr("Jahre ohne Aktivität"))
        years_label = QLabel(self.tr("Ohne Aktivität seit &mindestens"))
        years_label.setBuddy(self.years)
        years_row = QHBoxLayout()
        years_row.addWidget(years_label)
        years_row.addWidget(self.years)
        years_row.addStretch(1)

        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Personen ohne Aktivität"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Aktenzeichen"),
                self.tr("Letzte Aktivität"),
                self.tr("Ohne Aktivität"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = plain_label(wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.delete_button = QPushButton(self.tr("Ausgewählte &löschen …"))
        self.delete_button.setAccessibleName(self.tr("Ausgewählte Personen löschen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_enabled)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(years_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)

        self.years.setValue(retention_years())
        self._show_suffix(self.years.value())
        self.years.valueChanged.connect(self._years_changed)
        self.refresh()

    def _years_text(self, years: int) -> str:
        if years == 1:
            return self.tr("seit 1 Jahr")
        return self.tr("seit %1 Jahren").replace("%1", str(years))

    def _show_suffix(self, years: int) -> None:
        self.years.setSuffix(self.tr(" Jahr") if years == 1 else self.tr(" Jahren"))

    def _years_changed(self, years: int) -> None:
        self._show_suffix(years)
        set_retention_years(years)
        self.refresh()

    def refresh(self) -> None:
        today = self._today()
        years = self.years.value()
        listed = self.session.persons.inactive_since(retention_cutoff(today, years))
        self.table.clearContents()
        self.table.setRowCount(len(listed))
        for row, person in enumerate(listed):
            cells = (
                person.display_name,
                person.file_number,
                german_date(person.last_activity.date()),
                self._years_text(person.years_since(today)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, person.id)
                self.table.setItem(row, column, item)
        if years == 1:
            text = self.tr("Keine Person ist seit einem Jahr oder länger ohne Aktivität.")
        else:
            text = self.tr("Keine Person ist seit %1 Jahren oder länger ohne Aktivität.")
        self.empty.setText(text.replace("%1", str(years)))
        self.empty.setVisible(not listed)
        self.table.setVisible(bool(listed))
        self._update_enabled()

    def selected_persons(self) -> list[tuple[str, str]]:
        """``(id, display name)`` of the selected rows, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [(self.table.item(r, 0).data(ID_ROLE), self.table.item(r, 0).text()) for r in rows]

    def _update_enabled(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_persons()))

    def delete_selected(self) -> None:
        chosen = self.selected_persons()
        if chosen and self._delete_persons(chosen, self):
            self.refresh()
