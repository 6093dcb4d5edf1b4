"""Dates are typed as people say them and never change by themselves (issue 10: a birth
date could not be typed; 31.02. silently became 28.02.; Tab through altered a date)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from teilhabe_desktop.ui.common.date_edit import OptionalDateEdit


@pytest.fixture
def form(qtbot):
    """A date field between two text fields, as in the person form."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    before, after = QLineEdit(), QLineEdit()
    birth = OptionalDateEdit("Geburtsdatum")
    birth.set_range(None, date.today())
    for widget in (before, birth, after):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    changes = []
    birth.value_changed.connect(changes.append)
    birth.holder = holder  # keeps the window alive for the test
    return before, birth, after, changes


def _type(qtbot, field, text):
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["15.03.1985", "15031985", "15.3.85", "150385"])
def test_a_birth_date_is_typed_as_it_is_said(qtbot, form, typed):
    _before, birth, _after, changes = form
    _type(qtbot, birth, typed)
    assert birth.value() == date(1985, 3, 15)
    assert birth.edit.text() == "15.03.1985"
    assert changes == [date(1985, 3, 15)] and birth.error() == ""


def test_day_and_month_alone_mean_this_year(qtbot, form):
    _before, birth, _after, _changes = form
    _type(qtbot, birth, "1.1.")
    assert birth.value() == date(date.today().year, 1, 1)


def test_an_impossible_date_is_refused_and_never_corrected(qtbot, form):
    _before, birth, _after, changes = form
    _type(qtbot, birth, "15.03.1985")
    _type(qtbot, birth, "31.02.1990")
    assert birth.value() == date(1985, 3, 15)  # the stored date stays
    assert birth.edit.text() == "31.02.1990"  # what was typed stays, to be corrected
    assert "gibt es nicht" in birth.error()
    assert changes == [date(1985, 3, 15)]


def test_a_birth_date_in_the_future_is_refused(qtbot, form):
    _before, birth, _after, changes = form
    _type(qtbot, birth, f"01.01.{date.today().year + 1}")
    assert birth.value() is None and changes == []
    assert "liegt nach dem" in birth.error()


def test_an_empty_date_stays_empty_when_tabbed_through(qtbot, form):
    before, birth, after, changes = form
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert birth.edit.hasFocus() and birth.edit.text() == ""  # nothing filled in
    qtbot.keyClick(birth.edit, Qt.Key.Key_Tab)  # one Tab stop: the next field
    assert after.hasFocus()
    qtbot.keyClicks(after, "Lobeda")
    assert birth.value() is None and changes == [] and after.text() == "Lobeda"


def test_the_calendar_is_there_with_alt_down(qtbot, form):
    _before, birth, _after, changes = form
    birth.edit.setFocus()
    qtbot.keyClick(birth.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = birth.calendar
    qtbot.waitUntil(calendar.isVisible)
    from PySide6.QtWidgets import QTableView

    grid = calendar.findChild(QTableView)  # the day grid the keyboard works in
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # today, as shown first
    assert birth.value() == date.today() and changes == [date.today()]


def test_ctrl_del_empties_the_field(qtbot, form):
    _before, birth, _after, changes = form
    _type(qtbot, birth, "15.03.1985")
    qtbot.keyClick(birth.edit, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert birth.value() is None and changes[-1] is None
