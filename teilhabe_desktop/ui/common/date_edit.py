"""A German date field that may stay empty and never changes a date by itself.

The person types the date as they say it – ``15.03.1985``, ``15031985``, ``15.3.85``,
``1.4.`` (this year) – or picks it in the calendar (the button, or Alt+↓). An empty
field stays empty until something is typed or picked: nothing is filled in on focus.
A date that does not exist (``31.02.2027``) or lies outside the allowed range is
refused with a visible message and the typed text stays, to be corrected – it is never
"corrected" silently. One Tab stop per date: the buttons are for the mouse.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from teilhabe_desktop.core.dates import InvalidDate, german_date, parse_typed_date
from teilhabe_desktop.ui.common.qt_dates import from_qdate, to_qdate


class _DateLine(QLineEdit):
    cleared = Signal()
    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers()
        if event.key() == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.cleared.emit()
            return
        if event.key() == Qt.Key.Key_Down and modifiers == Qt.KeyboardModifier.AltModifier:
            self.calendar_requested.emit()
            return
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    """``value()`` is a :class:`date` or ``None``; ``value_changed`` on user edits."""

    value_changed = Signal(object)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _DateLine()
        self.edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edit.setAccessibleName(accessible_name)
        self.edit.setToolTip(
            self.tr(
                "Datum eintippen, z. B. 15.03.1985, 15031985 oder 1.4.; Alt+↓ öffnet den "
                "Kalender, Strg+Entf leert das Feld"
            )
        )
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 24)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setAccessibleName(
            self.tr("%1: Kalender").replace("%1", accessible_name)
        )
        self.calendar_button.setToolTip(self.tr("Im Kalender wählen (Alt+↓)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setAccessibleName(self.tr("%1 leeren").replace("%1", accessible_name))
        self.clear_button.setToolTip(self.tr("Datum leeren (Strg+Entf)"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020; font-weight: 600;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.message, 1)
        layout.addStretch(0)
        self.setFocusProxy(self.edit)
        self._value: date | None = None
        self._min: date | None = None
        self._max: date | None = None
        self.edit.editingFinished.connect(self._commit)
        self.edit.cleared.connect(self.clear)
        self.edit.calendar_requested.connect(self.open_calendar)
        self.clear_button.clicked.connect(self.clear)
        self.calendar_button.clicked.connect(self.open_calendar)
        self._show(None)

    # -- value ---------------------------------------------------------------------------
    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        """Show ``value`` without emitting ``value_changed``."""
        self._value = value
        self._show(value)

    def set_range(self, minimum: date | None, maximum: date | None) -> None:
        """Dates outside are refused with a message (the empty value stays possible)."""
        self._min, self._max = minimum, maximum

    def clear(self) -> None:
        self.edit.clear()
        self._commit()

    def error(self) -> str:
        """The message shown for what was typed, or ``""``."""
        return self.message.text() if self.message.isVisible() else ""

    # -- typing and picking --------------------------------------------------------------
    def _commit(self) -> None:
        try:
            value = parse_typed_date(self.edit.text())
        except InvalidDate as error:
            self._refuse(str(error))
            return
        if value is not None and self._max is not None and value > self._max:
            self._refuse(
                self.tr("Der %1 liegt nach dem %2 – bitte prüfen.")
                .replace("%1", german_date(value))
                .replace("%2", german_date(self._max))
            )
            return
        if value is not None and self._min is not None and value < self._min:
            self._refuse(
                self.tr("Der %1 liegt vor dem %2 – bitte prüfen.")
                .replace("%1", german_date(value))
                .replace("%2", german_date(self._min))
            )
            return
        changed = value != self._value
        self._value = value
        self._show(value)
        if changed:
            self.value_changed.emit(value)

    def _refuse(self, message: str) -> None:
        """The typed text stays, the stored date too; the message says what is wrong."""
        self.message.setText(message)
        self.message.show()
        self.edit.setAccessibleDescription(message)

    def _show(self, value: date | None) -> None:
        self.edit.setText(german_date(value))
        self.message.clear()
        self.message.hide()
        self.edit.setAccessibleDescription("")
        self.clear_button.setEnabled(value is not None)

    def open_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        if self._min is not None:
            calendar.setMinimumDate(to_qdate(self._min))
        if self._max is not None:
            calendar.setMaximumDate(to_qdate(self._max))
        calendar.setSelectedDate(to_qdate(self._value) if self._value else QDate.currentDate())
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        self.calendar = calendar  # for tests and screen readers: the open calendar

        def picked(qdate: QDate) -> None:
            menu.close()
            self.edit.setText(german_date(from_qdate(qdate)))
            self._commit()
            self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        calendar.setFocus()
