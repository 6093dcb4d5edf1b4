"""A German date field (dd.MM.yyyy) that may stay empty.

Empty shows "kein Datum". Typing or the calendar sets a date; the button "×" or the
Entf key on the empty-looking field clears it. Impossible dates cannot be entered.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from teilhabe_desktop.ui.common.qt_dates import NO_DATE, from_qdate, to_qdate


class _DateEdit(QDateEdit):
    cleared = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Delete
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.cleared.emit()
            return
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    """``value()`` is a :class:`date` or ``None``; ``value_changed`` on user edits."""

    value_changed = Signal(object)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateEdit()
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setMaximumDate(QDate(2199, 12, 31))
        self.edit.setSpecialValueText(self.tr("kein Datum"))
        self.edit.setAccessibleName(accessible_name)
        self.edit.setToolTip(self.tr("Datum als TT.MM.JJJJ; Strg+Entf leert das Feld"))
        self.edit.setMinimumWidth(120)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setAccessibleName(self.tr("%1 leeren").replace("%1", accessible_name))
        self.clear_button.setToolTip(self.tr("Datum leeren"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.edit.setMaximumWidth(170)
        self.setFocusProxy(self.edit)
        self._value: date | None = None
        self._min: date | None = None
        self._max: date | None = None
        self.edit.dateChanged.connect(self._on_date_changed)
        self.edit.cleared.connect(self.clear)
        self.clear_button.clicked.connect(self.clear)
        self.edit.installEventFilter(self)
        self._show(None)

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show ``value`` without emitting ``value_changed``."""
        self._value = value
        self._show(value)

    def set_range(self, minimum: date | None, maximum: date | None) -> None:
        """Limit the dates that can be chosen (the empty value stays possible)."""
        self._min, self._max = minimum, maximum
        if maximum is not None:
            self.edit.setMaximumDate(to_qdate(maximum))
        # the minimum stays at the empty sentinel; earlier dates are refused in _on_date_changed

    def clear(self) -> None:
        if self._value is None:
            return
        self._value = None
        self._show(None)
        self.value_changed.emit(None)

    def _show(self, value: date | None) -> None:
        self.edit.blockSignals(True)
        self.edit.setDate(to_qdate(value))
        self.edit.blockSignals(False)
        self.clear_button.setEnabled(value is not None)

    def _on_date_changed(self, qdate: QDate) -> None:
        value = from_qdate(qdate)
        if value is None:
            self.clear()
            return
        if self._min is not None and value < self._min:
            return  # still typing (e.g. the year); accepted once it fits
        self._value = value
        self.clear_button.setEnabled(True)
        self.value_changed.emit(value)

    def eventFilter(self, watched, event) -> bool:
        # An empty field starts at today's date when the user enters it, so typing or
        # the calendar does not begin in the year 1900. Leaving it unchanged keeps it empty.
        if watched is self.edit and self._value is None:
            if event.type() == event.Type.FocusIn:
                self.edit.blockSignals(True)
                self.edit.setDate(QDate.currentDate())
                self.edit.blockSignals(False)
            elif event.type() == event.Type.FocusOut:
                if event.reason() != Qt.FocusReason.PopupFocusReason:
                    self._show(self._value)
            elif event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self._on_date_changed(self.edit.date())  # Enter accepts the date shown
        return False
