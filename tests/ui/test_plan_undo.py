"""Undo in the plan workspace: bounded history, typing merges into one step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from teilhabe_desktop.core.plan import Person, Plan, Wish
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from teilhabe_desktop.ui.plan.document import UNDO_LIMIT, PlanDocument


class _Discard:
    """A repository that accepts every save (the undo stack is under test, not saving)."""

    def save(self, person):
        return person

    def save_draft(self, plan) -> None:
        pass


def _document() -> PlanDocument:
    return PlanDocument(_Discard(), _Discard(), Person("p1", "Anna", "Beispiel"), Plan("p1"))


def _set_wish(document: PlanDocument, text: str, merge_key: str | None = None) -> None:
    def put(_person, plan) -> None:
        plan.wishes = [Wish("w1", text)]

    document.edit("Wunsch ändern", put, merge_key=merge_key)


def test_the_undo_history_stops_at_the_limit_and_undo_still_restores(qapp):
    document = _document()
    edits = UNDO_LIMIT + 50
    for number in range(1, edits + 1):
        _set_wish(document, f"Schritt {number}")
    stack = document.undo_stack
    assert stack.undoLimit() == UNDO_LIMIT
    assert stack.count() == UNDO_LIMIT
    stack.undo()
    assert document.plan.wishes[0].text == f"Schritt {edits - 1}"
    while stack.canUndo():
        stack.undo()
    # the oldest steps are gone: undo ends at the state before the oldest kept step
    assert document.plan.wishes[0].text == f"Schritt {edits - UNDO_LIMIT}"
    stack.redo()
    assert document.plan.wishes[0].text == f"Schritt {edits - UNDO_LIMIT + 1}"


def test_keystrokes_in_one_field_merge_also_at_the_limit(qapp):
    document = _document()
    for number in range(UNDO_LIMIT):
        _set_wish(document, f"Schritt {number}")
    for length in range(1, 30):
        _set_wish(document, "Ich möchte reiten"[:length], merge_key="wish:w1:text")
    assert document.undo_stack.count() == UNDO_LIMIT
    document.break_merge()  # the user left the field and came back
    _set_wish(document, "Ich möchte reiten.", merge_key="wish:w1:text")
    document.undo_stack.undo()
    assert document.plan.wishes[0].text == "Ich möchte reiten"
    document.undo_stack.undo()
    assert document.plan.wishes[0].text == f"Schritt {UNDO_LIMIT - 1}"


@pytest.fixture
def workspace(store, open_workspace):
    PersonRepository(store.db).save(Person("p1", "Anna", "Beispiel", place="Lobeda-Ost"))
    plans = PlanRepository(store.db)
    plan = plans.draft("p1")
    plan.wishes = [Wish("w1", "")]
    plans.save_draft(plan)
    return open_workspace("p1")


def test_typing_is_one_undo_step_and_ctrl_z_restores(qtbot, workspace):
    field = workspace.section("wishes").findChild(QWidget, "wish:w1:text")
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "Ich will reiten")
    stack = workspace.document.undo_stack
    assert stack.count() == 1
    assert workspace.document.plan.wishes[0].text == "Ich will reiten"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.document.plan.wishes[0].text == ""
