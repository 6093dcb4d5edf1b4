"""Editors bound to the :class:`PlanDocument`: each user edit becomes one undo step.

``get(person, plan)`` reads the value, ``put(person, plan, value)`` writes it. Every
editor gets an accessible name and an object name (the merge key), which also lets a
section give the focus back to the same field after it was rebuilt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from teilhabe_desktop.core.formatting import german_number
from teilhabe_desktop.core.plan import Person, Plan
from teilhabe_desktop.core.plan_validation import MAX_LONG_TEXT, MAX_SHORT_TEXT
from teilhabe_desktop.ui.common.date_edit import OptionalDateEdit
from teilhabe_desktop.ui.common.plain_text import literal
from teilhabe_desktop.ui.plan.document import PlanDocument

Getter = Callable[[Person, Plan], Any]
Putter = Callable[[Person, Plan, Any], None]

#: Longer texts are kept, but the field is marked and a message asks to shorten them.
LINE_LIMIT = MAX_SHORT_TEXT
TEXT_LIMIT = MAX_LONG_TEXT


def find(items: Iterable, item_id: str):
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


class PlanTextEdit(QPlainTextEdit):
    """Multi-line text; Tab moves on (keyboard use), undo belongs to the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)
        self.setMinimumHeight(52)
        self.setMaximumHeight(72)


class Binder:
    def __init__(self, document: PlanDocument) -> None:
        self.document = document

    def _value(self, get: Getter) -> Any:
        return get(self.document.person, self.document.plan)

    def _put(
        self, label: str, key: str, put: Putter, value: Any, merge: bool, structural: bool = False
    ) -> None:
        self.document.edit(
            label,
            lambda person, plan: put(person, plan, value),
            merge_key=key if merge else None,
            structural=structural,
        )

    def _mark_length(self, widget: QWidget, length: int, limit: int, name: str) -> None:
        too_long = length > limit
        if widget.property("tooLong") == too_long:
            return
        widget.setProperty("tooLong", too_long)
        widget.setStyleSheet("border: 2px solid #b45309;" if too_long else "")
        message = (
            self.document.tr(
                "„%1“ ist sehr lang (%2 Zeichen). Bitte kürzen Sie auf höchstens %3 Zeichen."
            )
            .replace("%1", name)
            .replace("%2", german_number(length))
            .replace("%3", german_number(limit))
            if too_long
            else ""
        )
        widget.setToolTip(message)
        self.document.notice.emit(message)

    def line(
        self,
        name: str,
        key: str,
        get: Getter,
        put: Putter,
        placeholder: str = "",
        limit: int = LINE_LIMIT,
    ) -> QLineEdit:
        edit = QLineEdit(self._value(get) or "")
        edit.setCursorPosition(0)  # show the beginning of a long text, not its end
        edit.setAccessibleName(name)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)

        def changed(text: str) -> None:
            self._mark_length(edit, len(text), limit, name)
            self._put(self.document.tr("%1 ändern").replace("%1", name), key, put, text, True)

        edit.textEdited.connect(changed)
        edit.editingFinished.connect(self.document.break_merge)
        self._mark_length(edit, len(edit.text()), limit, name)
        return edit

    def text(
        self,
        name: str,
        key: str,
        get: Getter,
        put: Putter,
        placeholder: str = "",
        limit: int = TEXT_LIMIT,
    ) -> PlanTextEdit:
        edit = PlanTextEdit()
        edit.setPlainText(self._value(get) or "")
        edit.setAccessibleName(name)
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)

        def changed() -> None:
            text = edit.toPlainText()
            if text == (self._value(get) or ""):
                return
            self._mark_length(edit, len(text), limit, name)
            self._put(self.document.tr("%1 ändern").replace("%1", name), key, put, text, True)

        edit.textChanged.connect(changed)
        self._mark_length(edit, len(edit.toPlainText()), limit, name)
        return edit

    def check(
        self,
        label: str,
        key: str,
        get: Getter,
        put: Putter,
        structural: bool = False,
        name: str = "",
    ) -> QCheckBox:
        """``name``: what a screen reader says, when the label alone repeats per item."""
        box = QCheckBox(label)
        box.setChecked(bool(self._value(get)))
        box.setAccessibleName(name or label.replace("&", ""))
        box.setObjectName(key)
        box.toggled.connect(
            lambda on: self._put(
                self.document.tr("%1 ändern").replace("%1", label.replace("&", "")),
                key,
                put,
                on,
                False,
            )
        )
        return box

    def combo(
        self, name: str, key: str, items: list[tuple[str, Any]], get: Getter, put: Putter
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setObjectName(key)
        # long entries (life domains with their ICF name) must not widen the page on
        # small screens; the open list still shows them in full
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        current = self._value(get)
        for text, value in items:
            combo.addItem(text, value)
        index = next((i for i, (_, v) in enumerate(items) if v == current), 0)
        combo.setCurrentIndex(index)
        # the closed box may cut a long entry short on small screens: say it in full
        combo.setToolTip(literal(combo.currentText()))
        combo.currentTextChanged.connect(lambda text: combo.setToolTip(literal(text)))
        combo.activated.connect(
            lambda i: self._put(
                self.document.tr("%1 ändern").replace("%1", name), key, put, items[i][1], False
            )
        )
        return combo

    def date(self, name: str, key: str, get: Getter, put: Putter) -> OptionalDateEdit:
        edit = OptionalDateEdit(name)
        edit.setObjectName(key)
        edit.edit.setObjectName(key + ":edit")
        edit.set_value(self._value(get))
        edit.value_changed.connect(
            lambda value: self._put(
                self.document.tr("%1 ändern").replace("%1", name), key, put, value, True
            )
        )
        return edit

    def spin(
        self,
        name: str,
        key: str,
        get: Getter,
        put: Putter,
        minimum: int,
        maximum: int,
        suffix: str = "",
        empty_text: str = "",
    ) -> QSpinBox:
        """Whole numbers; with ``empty_text`` the lowest value means 'not given' (None)."""
        spin = QSpinBox()
        spin.setAccessibleName(name)
        spin.setObjectName(key)
        floor = minimum - 1 if empty_text else minimum
        spin.setRange(floor, maximum)
        spin.setSuffix(suffix)
        if empty_text:
            spin.setSpecialValueText(empty_text)
        value = self._value(get)
        spin.setValue(floor if value is None else int(value))

        def changed(number: int) -> None:
            result = None if (empty_text and number == floor) else number
            self._put(self.document.tr("%1 ändern").replace("%1", name), key, put, result, True)

        spin.valueChanged.connect(changed)
        return spin

    def hours(
        self, name: str, key: str, get: Getter, put: Putter, per: str = "Woche"
    ) -> QDoubleSpinBox:
        """Hours per week (``per="Woche"``) or per month (``"Monat"``); empty: None."""
        spin = QDoubleSpinBox()
        spin.setAccessibleName(name)
        spin.setObjectName(key)
        spin.setRange(-0.5, 168.0 if per == "Woche" else 744.0)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setSpecialValueText(
            self.document.tr("– Std./Woche") if per == "Woche" else self.document.tr("– Std./Monat")
        )
        spin.setSuffix(
            self.document.tr(" Std./Woche") if per == "Woche" else self.document.tr(" Std./Monat")
        )
        value = self._value(get)
        spin.setValue(-0.5 if value is None else float(value))

        def changed(number: float) -> None:
            result = None if number < 0 else number
            self._put(self.document.tr("%1 ändern").replace("%1", name), key, put, result, True)

        spin.valueChanged.connect(changed)
        return spin


def focus_key(widget: QWidget | None) -> str:
    """The object name of the bound editor that holds ``widget`` (or an empty string)."""
    while widget is not None:
        if widget.objectName() and ":" in widget.objectName():
            return widget.objectName().removesuffix(":edit")
        widget = widget.parentWidget()
    return ""


ALIGN_TOP = Qt.AlignmentFlag.AlignTop


def new_id() -> str:
    import uuid

    return uuid.uuid4().hex
