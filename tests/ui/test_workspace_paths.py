"""Paths of the workspace a caseworker uses every day and no test walked before: editing
the person inside the plan (autosaved), leaving while a change cannot be saved, and the
version comparison."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox, QPushButton

from tests.plan_fixtures import save_lobeda


@pytest.fixture
def lobeda(store):
    """The Lobeda example with two finalised versions that differ in one wish."""
    return save_lobeda(store, finalised=2)


def test_the_person_edited_inside_the_plan_is_saved_by_itself(qtbot, store, page, lobeda):
    page.open_person(lobeda)
    workspace = page.workspace
    workspace.show_section("person")
    field = workspace.person_form.lines["file_number"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, "AZ-50.2-0815")
    qtbot.waitUntil(lambda: not workspace.document.dirty, timeout=5000)  # autosave
    assert store.persons.get(lobeda).file_number == "AZ-50.2-0815"
    assert workspace.status.text().startswith("✓")


def _answer_box(qtbot, button_text):
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        chosen = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, answer)


def test_leaving_with_a_change_that_cannot_be_saved_asks_first(qtbot, store, db_path, page, lobeda):
    from teilhabe_desktop.store.connection import open_connection

    page.open_person(lobeda)
    workspace = page.workspace
    workspace.show_section("wishes")
    store.db.execute("PRAGMA busy_timeout = 50")
    other = open_connection(db_path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the database
    try:
        workspace.section("wishes").add_wish()
        qtbot.keyClicks(QApplication.focusWidget(), "Ich will schwimmen.")
        _answer_box(qtbot, "Beim Plan bleiben")
        qtbot.mouseClick(workspace.back_button, Qt.MouseButton.LeftButton)
        assert page.workspace is workspace  # stayed: nothing typed is thrown away
        assert workspace.document.plan.wishes[-1].text == "Ich will schwimmen."
        _answer_box(qtbot, "Trotzdem zur Liste")
        qtbot.mouseClick(workspace.back_button, Qt.MouseButton.LeftButton)
        assert page.workspace is None  # left, knowingly, with the last saved state
    finally:
        other.execute("ROLLBACK")
        other.conn.close()


def test_two_versions_are_compared_in_plain_words(qtbot, page, lobeda):
    page.open_person(lobeda)
    workspace = page.workspace
    workspace.show_section("review")
    review = workspace.section("review")
    button = next(
        b for b in review.findChildren(QPushButton) if b.text() == "Mit Version 1 vergleichen …"
    )
    shown = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_and_close)
            return
        items = dialog.findChild(QListWidget)
        shown.extend(items.item(i).text() for i in range(items.count()))
        shown.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(20, read_and_close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown[-1] == "Was hat sich geändert?"
    assert any("zusammen kochen" in line for line in shown[:-1])


def test_ticking_consent_fills_in_today_as_its_date(qtbot, store, page, lobeda):
    from datetime import date as _date

    person = store.persons.get(lobeda)
    person.consent_given, person.consent_date = False, None
    store.persons.save(person)
    page.open_person(lobeda)
    workspace = page.workspace
    workspace.show_section("person")
    form = workspace.person_form
    box = form.checks["consent_given"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()
    assert form.consent_date.value() == _date.today()
    qtbot.waitUntil(lambda: not workspace.document.dirty, timeout=5000)
    saved = store.persons.get(lobeda)
    assert saved.consent_given and saved.consent_date == _date.today()


def test_finalising_is_off_while_nothing_changed_and_says_what_is_missing_first(
    qtbot, store, page, lobeda, monkeypatch
):
    page.open_person(lobeda)
    workspace = page.workspace
    workspace.show_section("review")
    review = workspace.section("review")
    assert not review.finalise_button.isEnabled()  # the draft equals version 2
    assert "nichts geändert" in review.finalise_button.toolTip()
    workspace.show_section("wishes")
    workspace.section("wishes").add_wish()  # an empty wish: not finalisable
    qtbot.keyClicks(QApplication.focusWidget(), " ")
    assert review.finalise_button.isEnabled()
    asked, warned = [], []
    monkeypatch.setattr(review, "ask_name", lambda: asked.append(1))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    workspace.show_section("review")
    qtbot.mouseClick(review.finalise_button, Qt.MouseButton.LeftButton)
    assert warned and asked == []  # the problem first, no name asked for nothing


def _add_step_button(section):
    return next(
        b for b in section.findChildren(QPushButton) if b.accessibleName() == "Schritt hinzufügen"
    )


def test_a_new_step_goes_to_the_goal_being_worked_on_or_asks(qtbot, store, page, lobeda):
    page.open_person(lobeda)
    workspace = page.workspace
    plan = workspace.document.plan
    assert len(plan.goals) > 1
    workspace.show_section("steps")
    steps = workspace.section("steps")
    # with no step worked on and several goals: no goal guessed, the goal is asked for
    before = {s.id for s in plan.steps}
    qtbot.mouseClick(_add_step_button(steps), Qt.MouseButton.LeftButton)
    new = next(s for s in workspace.document.plan.steps if s.id not in before)
    assert new.goal_id is None
    assert QApplication.focusWidget().objectName() == f"step:{new.id}:goal"
    # working in a step of the second goal: the next step belongs to that goal too
    second = workspace.document.plan.goals[1].id
    combo = QApplication.focusWidget()
    for _ in range(combo.count()):  # chosen with the arrow keys, as a user would
        if combo.currentData() == second:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert workspace.document.plan.steps[-1].goal_id == second
    before = {s.id for s in workspace.document.plan.steps}
    qtbot.mouseClick(_add_step_button(workspace.section("steps")), Qt.MouseButton.LeftButton)
    newer = next(s for s in workspace.document.plan.steps if s.id not in before)
    assert newer.goal_id == second


def test_a_goal_takes_the_life_domain_of_the_wish_it_comes_from(qtbot, store, page):
    from teilhabe_desktop.core.plan import Person, Plan, Wish

    store.persons.save(Person("p9", "Mira", "Beispiel"))
    store.plans.save_draft(
        Plan("p9", wishes=[Wish("w1", "Ich möchte in einem Chor singen", life_domain="d9")])
    )
    page.open_person("p9")
    workspace = page.workspace
    workspace.show_section("goals")
    goals = workspace.section("goals")
    add = next(
        b for b in goals.findChildren(QPushButton) if b.text().replace("&", "") == "Neues Ziel"
    )
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    goal = workspace.document.plan.goals[-1]
    assert (goal.wish_id, goal.life_domain) == ("w1", "d9")


def test_finding_offers_in_an_empty_catalogue_offers_the_example_catalogue(
    qtbot, store, page, monkeypatch
):
    from teilhabe_desktop.core.plan import Goal, Person, Plan
    from teilhabe_desktop.ui.plan.suggestions_dialog import OfferSuggestionsDialog

    store.persons.save(Person("p8", "Mira", "Beispiel", place="Lobeda-Ost"))
    store.plans.save_draft(Plan("p8", goals=[Goal("g1", None, "Mit anderen kochen")]))
    assert store.catalogue.total() == 0
    page.open_person("p8")
    workspace = page.workspace
    workspace.show_section("goals")
    asked = []

    def yes(*args):
        asked.append(args[1])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    opened = []

    def look(dialog):
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.ok_button.isEnabled()  # nothing chosen: nothing to link
        check = dialog.rows[0][1]
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
        assert dialog.ok_button.isEnabled()
        dialog.hide()
        return 0

    monkeypatch.setattr(OfferSuggestionsDialog, "exec", look)
    goals = workspace.section("goals")
    find_button = next(
        b for b in goals.findChildren(QPushButton) if "finden" in b.text().replace("&", "")
    )
    qtbot.mouseClick(find_button, Qt.MouseButton.LeftButton)  # goes to the offers section
    there = QApplication.focusWidget()
    assert there.objectName() == "goal:g1:find"
    qtbot.mouseClick(there, Qt.MouseButton.LeftButton)
    assert asked == ["Der Angebotskatalog ist leer"]
    assert store.catalogue.total() > 0  # the example catalogue, after asking
    assert opened and opened[0].rows  # and then its suggestions


def test_after_removing_an_offer_the_focus_stays_in_the_plan(qtbot, main_window, store):
    person_id = save_lobeda(store)
    page = main_window.persons_page
    page.refresh()
    page.open_person(person_id)
    workspace = page.workspace
    workspace.show_section("offers")
    offers = workspace.section("offers")
    remove = next(
        b
        for b in offers.findChildren(QPushButton)
        if b.accessibleName().startswith("Verknüpfung mit")
    )
    before = len(workspace.document.plan.offer_links)
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)  # removed with the keyboard
    assert len(workspace.document.plan.offer_links) == before - 1
    focused = QApplication.focusWidget()
    assert focused is not None and workspace.isAncestorOf(focused)
    # a letter typed now never switches the page
    page_before = main_window.pages.currentWidget()
    qtbot.keyClicks(focused, "a")
    qtbot.keyClick(main_window.navigation, Qt.Key.Key_S)  # not even in the navigation
    assert main_window.pages.currentWidget() is page_before
    qtbot.keyClick(workspace.navigation, Qt.Key.Key_W)  # nor in the plan's section list
    assert workspace.stack.currentWidget() is offers
