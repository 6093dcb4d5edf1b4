"""*Aufbewahrung prüfen …*: persons without activity for years, reviewed and deleted."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from teilhabe_desktop.core.audit import AuditAction
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.session import Session, open_session
from teilhabe_desktop.store.audit import AuditRepository
from teilhabe_desktop.ui.persons.persons_page import PersonsPage
from teilhabe_desktop.ui.persons.retention_dialog import (
    RetentionDialog,
    retention_years,
    set_retention_years,
)
from teilhabe_desktop.ui.plan.workspace import PlanWorkspace

TODAY = date(2026, 7, 1)


def make_inactive(db, person_id: str, when: datetime) -> None:
    """Tests only: the person's own change time (the repository takes the clock)."""
    db.execute(
        "UPDATE person SET created_at = ?, updated_at = ? WHERE id = ?",
        [when.isoformat(timespec="seconds")] * 2 + [person_id],
    )


@pytest.fixture(autouse=True)
def _default_setting():
    set_retention_years(3)
    yield
    set_retention_years(3)


@pytest.fixture
def session(db_path, keys):
    """An encrypted database: Mira inactive since 2022, Ben since 2018, Ada opened lately."""
    opened = open_session(db_path, keys=keys)
    persons = opened.persons
    persons.save(Person("p1", "Mira", "Beispiel", file_number="AZ 1"))
    persons.save(Person("p2", "Ben", "Alt", file_number="AZ 2"))
    persons.save(Person("p3", "Ada", "Aktiv"))
    make_inactive(opened.store.db, "p1", datetime(2022, 3, 4, 9, 0))
    make_inactive(opened.store.db, "p2", datetime(2018, 1, 2, 9, 0))
    make_inactive(opened.store.db, "p3", datetime(2019, 1, 2, 9, 0))
    AuditRepository(opened.store.db, now=lambda: datetime(2026, 5, 3, 14, 0)).record(
        AuditAction.OPENED, "p3"
    )
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, session):
    widget = PersonsPage(session, PlanWorkspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialog(qtbot, page):
    shown = RetentionDialog(page.session, page.actions.delete_persons, page, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def click_row(qtbot, dialog, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    table = dialog.table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def answer_box(button_text: str, seen: list[str]) -> None:
    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()

    QTimer.singleShot(50, click)


def test_lists_the_inactive_longest_first_and_explains_why(dialog):
    assert rows(dialog) == [
        ["Ben Alt", "AZ 2", "02.01.2018", "seit 8 Jahren"],
        ["Mira Beispiel", "AZ 1", "04.03.2022", "seit 4 Jahren"],
    ]
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.empty)))
    assert "§ 84 SGB X" in texts and "Art. 17 DSGVO" in texts
    assert dialog.years.value() == 3
    assert not dialog.delete_button.isEnabled()  # nothing selected yet


def test_the_years_follow_the_spin_box_and_are_kept(qtbot, dialog):
    dialog.years.setFocus()
    for _ in range(2):
        qtbot.keyClick(dialog.years, Qt.Key.Key_Up)
    assert dialog.years.value() == 5
    assert [r[0] for r in rows(dialog)] == ["Ben Alt"]
    assert retention_years() == 5
    for _ in range(4):
        qtbot.keyClick(dialog.years, Qt.Key.Key_Up)
    assert dialog.years.value() == 9
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    assert dialog.empty.text() == "Keine Person ist seit 9 Jahren oder länger ohne Aktivität."
    assert not dialog.delete_button.isEnabled()


def test_keeping_after_the_question_deletes_nothing(qtbot, dialog, session):
    click_row(qtbot, dialog, 0)
    seen: list[str] = []
    answer_box("Nicht löschen", seen)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert seen and "Ben Alt" in seen[0]
    assert session.persons.exists("p2")
    assert len(rows(dialog)) == 2


def test_deletes_the_selected_after_confirmation(qtbot, page, dialog, session):
    click_row(qtbot, dialog, 0)
    click_row(qtbot, dialog, 1, Qt.KeyboardModifier.ControlModifier)
    assert dialog.delete_button.isEnabled()
    seen: list[str] = []
    answer_box("Endgültig löschen", seen)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "2 Personen" in seen[0] and "Ben Alt" in seen[0] and "Mira Beispiel" in seen[0]
    assert not session.persons.exists("p1") and not session.persons.exists("p2")
    assert session.persons.exists("p3")
    assert dialog.table.isHidden()
    assert dialog.empty.text() == "Keine Person ist seit 3 Jahren oder länger ohne Aktivität."
    assert page.model.rowCount() == 1  # the persons list follows
    actions = session.store.db.execute(
        "SELECT action FROM audit_event WHERE person_id IS NULL"
    ).fetchall()
    assert actions.count(("deleted",)) == 2  # the same erasure as "Person löschen …"


def test_the_button_on_the_persons_page_opens_the_dialog(qtbot, page):
    seen = []

    def read_and_close():
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, RetentionDialog)
        seen.append([row[0] for row in rows(shown)])
        shown.reject()

    QTimer.singleShot(50, read_and_close)
    qtbot.mouseClick(page.actions.retention_button, Qt.MouseButton.LeftButton)
    assert seen == [["Ben Alt", "Mira Beispiel"]]


def test_an_empty_list_says_so(qtbot, store):
    store.persons.save(Person("p1", "Mira", "Beispiel"))
    shown = RetentionDialog(Session(store), lambda persons, parent: False)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.table.isHidden()
    assert shown.empty.text() == "Keine Person ist seit 3 Jahren oder länger ohne Aktivität."


def test_a_broken_setting_falls_back_to_the_default():
    from PySide6.QtCore import QSettings

    QSettings().setValue("retention/years", "viele")
    assert retention_years() == 3
    QSettings().setValue("retention/years", 0)
    assert retention_years() == 3
