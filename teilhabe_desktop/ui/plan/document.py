"""The person and plan being edited in the workspace, with undo and autosave.

Every edit goes through :meth:`PlanDocument.edit`: it changes the in-memory
:class:`~teilhabe_desktop.core.plan.Person` and :class:`~teilhabe_desktop.core.plan.Plan`,
pushes a :class:`SnapshotCommand` on the undo stack and starts the autosave timer
(300 ms). Typing into one field merges into one undo step until the field changes.
The stack keeps the last :data:`UNDO_LIMIT` steps (each holds two copies of the state).
Saving failures never drop data: the state stays in memory and the message is shown.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import Person, Plan
from teilhabe_desktop.store.persons import PersonNotFound

AUTOSAVE_MS = 300
#: After a failed save (database locked, disk full, I/O error) the next try comes after
#: this long; the edit stays in memory meanwhile and is never dropped.
RETRY_MS = 5000
#: undo steps kept per workspace; older ones are dropped so memory stays bounded
UNDO_LIMIT = 200


@dataclass
class PlanState:
    person: Person
    plan: Plan

    def copy(self) -> PlanState:
        return PlanState(copy.deepcopy(self.person), copy.deepcopy(self.plan))


class SnapshotCommand(QUndoCommand):
    """Undo step holding the state before and after; consecutive typing merges."""

    def __init__(
        self,
        document: PlanDocument,
        text: str,
        before: PlanState,
        after: PlanState,
        merge_id: int,
    ) -> None:
        """``merge_id`` -1: never merges; otherwise merges into the step below it when
        that one has the same id (Qt only tries the step on top of the stack)."""
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after
        self._id = merge_id
        self._first = True
        self.mergeable = merge_id != -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or not self.mergeable:
            return False
        if other.id() != self.id() or not other.mergeable:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the change is already applied when pushed
            self._first = False
            return
        self._document.restore(self.after)

    def undo(self) -> None:
        self._document.restore(self.before)


class PlanDocument(QObject):
    """Holds the state of one person's workspace and keeps it saved."""

    #: after every change (edit, undo, redo)
    changed = Signal()
    #: the state was replaced (undo/redo) or items were added/removed: rebuild views
    reloaded = Signal()
    #: a short status text: "Gespeichert" or why saving failed
    save_status = Signal(str, bool)  # message, ok
    #: a hint about the input (e.g. a text that is too long); empty clears it
    notice = Signal(str)

    def __init__(
        self, person_repo, plan_repo, person: Person, plan: Plan, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._persons = person_repo
        self._plans = plan_repo
        self.state = PlanState(person, plan)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)  # only possible while the stack is empty
        # merging: the key of the last mergeable edit and its id (a new key, a new id)
        self._merge_key: str | None = None
        self._merge_id = 0
        self._person_dirty = False
        self._plan_dirty = False
        self._break_merge = False
        self._generation = 0
        self.last_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        #: True once the person was deleted elsewhere: nothing is written any more (a
        #: save would bring the person back), the edits stay on screen.
        self.orphaned = False

    @property
    def person(self) -> Person:
        return self.state.person

    @property
    def plan(self) -> Plan:
        return self.state.plan

    @property
    def dirty(self) -> bool:
        return self._person_dirty or self._plan_dirty

    def edit(
        self,
        text: str,
        mutate: Callable[[Person, Plan], None],
        merge_key: str | None = None,
        structural: bool = False,
    ) -> None:
        """Apply ``mutate`` as one undoable step named ``text``."""
        before = self.state.copy()
        mutate(self.state.person, self.state.plan)
        if before.person == self.state.person and before.plan == self.state.plan:
            return
        if self._break_merge:
            self._generation += 1
            self._break_merge = False
        after = self.state.copy()
        self._mark(before, after)
        self.undo_stack.push(
            SnapshotCommand(self, text, before, after, self._merge_id_for(merge_key))
        )
        if structural:
            self.reloaded.emit()
        self.changed.emit()

    def _merge_id_for(self, merge_key: str | None) -> int:
        if merge_key is None:
            return -1
        key = f"{merge_key}@{self._generation}"
        if key != self._merge_key:
            self._merge_key = key
            self._merge_id += 1
        return self._merge_id

    def break_merge(self) -> None:
        """The next edit starts a new undo step (e.g. the user left the field)."""
        self._break_merge = True

    def restore(self, state: PlanState) -> None:
        before = self.state
        self.state = state.copy()
        self._mark(before, self.state)
        self._break_merge = True
        self.reloaded.emit()
        self.changed.emit()

    def _mark(self, before: PlanState, after: PlanState) -> None:
        if before.person != after.person:
            self._person_dirty = True
        if before.plan != after.plan:
            self._plan_dirty = True
        self._timer.start(AUTOSAVE_MS)

    def flush(self) -> bool:
        """Save now what is not yet saved. Returns True when everything is saved."""
        self._timer.stop()
        if not self.dirty:
            return True
        if self.orphaned:
            return False
        try:
            if self._person_dirty:
                saved = self._persons.save(copy.deepcopy(self.state.person), must_exist=True)
                self._person_dirty = False
                if saved is not None and saved.home_sozialraum_id != self.person.home_sozialraum_id:
                    self.state.person.home_sozialraum_id = saved.home_sozialraum_id
            if self._plan_dirty:
                self._plans.save_draft(copy.deepcopy(self.state.plan))
                self._plan_dirty = False
        except PersonNotFound:
            self.orphaned = True
            self.last_error = self.tr(
                "Diese Person wurde inzwischen gelöscht. Die Änderungen hier werden nicht "
                "gespeichert, damit die Person nicht zurückkehrt."
            )
            self.save_status.emit(self.last_error, False)
            return False
        except UserError as error:
            self.last_error = error.message
            self.save_status.emit(
                self.tr("Noch nicht gespeichert: %1 Es wird gleich erneut versucht.").replace(
                    "%1", error.message
                ),
                False,
            )
            self._timer.start(RETRY_MS)  # retried; the edit stays in memory until saved
            return False
        self.last_error = None
        self.save_status.emit(self.tr("Gespeichert"), True)
        return True

    def replace_plan(self, plan: Plan) -> None:
        """Take a plan from the session (e.g. after finalising) without an undo step.

        The undo history ends here: undoing must not reach behind a frozen version.
        """
        self.state.plan = plan
        self.undo_stack.clear()
        self.reloaded.emit()
        self.changed.emit()
