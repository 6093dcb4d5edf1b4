"""The mouse wheel over a field scrolls the page and never changes the field, unless the
user clicked or tabbed into it first (issue 10: a goal's life domain changed by scrolling)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea

from tests.plan_fixtures import save_lobeda


def _wheel(widget, steps=-1):
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _goal_domain(workspace) -> QComboBox:
    section = workspace.section("goals")
    return next(c for c in section.findChildren(QComboBox) if c.objectName().endswith(":domain"))


def test_the_wheel_over_an_unfocused_combo_scrolls_the_page(qtbot, main_window, store):
    person_id = save_lobeda(store)
    main_window.persons_page.refresh()
    main_window.persons_page.open_person(person_id)
    workspace = main_window.persons_page.workspace
    workspace.show_section("goals")
    combo = _goal_domain(workspace)
    main_window.navigation.setFocus()
    before = combo.currentIndex()
    area = next(a for a in workspace.findChildren(QScrollArea) if a.isAncestorOf(combo))
    bar = area.verticalScrollBar()
    bar.setValue(0)
    _wheel(combo)
    assert combo.currentIndex() == before  # unchanged, nothing autosaved
    assert bar.maximum() == 0 or bar.value() > 0  # the page scrolled instead
    assert not workspace.document.dirty


def test_after_a_click_the_wheel_changes_the_field(qtbot, main_window, store):
    person_id = save_lobeda(store)
    main_window.persons_page.refresh()
    main_window.persons_page.open_person(person_id)
    workspace = main_window.persons_page.workspace
    workspace.show_section("goals")
    combo = _goal_domain(workspace)
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    before = combo.currentIndex()
    _wheel(combo, steps=-1)
    assert combo.currentIndex() != before
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone gives no focus
