"""A caseworker's whole planning session, driven through the GUI (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer
from teilhabe_desktop.session import Session
from teilhabe_desktop.store.catalogue import CatalogueRepository
from teilhabe_desktop.store.plans import PlanRepository
from teilhabe_desktop.ui.persons.person_dialog import PersonDialog
from teilhabe_desktop.ui.plan.suggestions_dialog import OfferSuggestionsDialog
from tests.plan_fixtures import complete_gesamtplan, complete_person

WISH = "Ich möchte mit Tieren arbeiten und Freunde finden – schön wär’s!"


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` with key events that carry the characters (umlauts included)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press that goes through the shortcut system, like a real keyboard."""
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers)


def field(parent: QWidget, name: str) -> QWidget:
    widget = parent.findChild(QWidget, name)
    assert widget is not None, name
    return widget


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def seed_offers(store) -> dict[str, str]:
    repo = CatalogueRepository(store.db)
    step_free = {"step_free": Availability.YES}
    offers = [
        Offer(
            "o-tierheim",
            "Tierheim Jena – Ehrenamt mit Tieren",
            "Mithelfen bei Tieren",
            life_domains=["d8", "d9"],
            sozialraum_id="lobeda",
            place="Lobeda-Ost",
            accessibility=step_free,
            cost=Cost.FREE,
        ),
        Offer(
            "o-hof",
            "Kinder- und Jugendbauernhof: Tiere pflegen",
            "Tiere füttern",
            life_domains=["d9"],
            sozialraum_id="lobeda",
            place="Lobeda-West",
            accessibility=step_free,
            cost=Cost.FREE,
        ),
        Offer(
            "o-treff",
            "Stadtteiltreff Nord",
            "Treffpunkt für alle",
            life_domains=["d7"],
            sozialraum_id="nord",
            place="Jena-Nord",
            cost=Cost.FREE,
        ),
    ]
    for offer in offers:
        repo.save(offer)
    return {o.id: o.name for o in offers}


def test_whole_planning_session(qtbot, store, page, monkeypatch):
    seed_offers(store)
    plans = PlanRepository(store.db)

    # 1. create a person through the "Neue Person …" dialog
    def fill_and_accept(dialog: PersonDialog) -> int:
        type_text(dialog.form.lines["first_name"], "Jürgen")
        type_text(dialog.form.lines["last_name"], "Weiß")
        type_text(dialog.form.lines["place"], "Lobeda-Ost")
        assert "Lobeda" in dialog.form.derived.text()
        dialog.form.checks["wheelchair"].click()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fill_and_accept)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    workspace = page.workspace
    assert workspace is not None and workspace.isVisible()
    person_id = workspace.document.person.id
    assert workspace.document.person.home_sozialraum_id == "lobeda"
    assert workspace.document.person.wheelchair

    # 2. a wish in the person's own words, typed with umlauts
    workspace.show_section("wishes")
    wishes = workspace.section("wishes")
    add = next(
        b for b in wishes.findChildren(QWidget) if b.accessibleName() == "Neuen Wunsch aufschreiben"
    )
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    wish_id = workspace.document.plan.wishes[0].id
    text_edit = field(wishes, f"wish:{wish_id}:text")
    assert text_edit.hasFocus()
    type_text(text_edit, WISH)
    # autosave: no save action, the text is in the database after the debounce
    qtbot.waitUntil(lambda: plans.draft(person_id).wishes[0].text == WISH, timeout=3000)
    assert workspace.status.text().endswith("Gespeichert")

    # 3. derive a goal from the wish
    derive = next(
        b
        for b in wishes.findChildren(QWidget)
        if b.accessibleName() == "Ziel aus Wunsch 1 ableiten"
    )
    qtbot.mouseClick(derive, Qt.MouseButton.LeftButton)
    goals = workspace.section("goals")
    assert workspace.stack.currentWidget() is goals
    goal = workspace.document.plan.goals[0]
    assert goal.wish_id == wish_id
    title = field(goals, f"goal:{goal.id}:title")
    type_text(title, "Einmal pro Woche bei Tieren helfen")
    choose(field(goals, f"goal:{goal.id}:domain"), "d9")

    # 4. find offers for the goal and link two of them, each with a note
    workspace.show_section("offers")
    offers = workspace.section("offers")
    seen: list[list[str]] = []

    def pick_two(goal_obj, suggestions, linked):
        dialog = OfferSuggestionsDialog(
            goal_obj.title, suggestions, {"lobeda": "Lobeda"}, linked, offers
        )
        qtbot.addWidget(dialog)
        seen.append([s.offer.id for s in suggestions])
        for _suggestion, check, note in dialog.rows[:2]:
            check.setChecked(True)
            type_text(note, "erst einmal schnuppern")
        return dialog.chosen()

    offers.choose = pick_two
    qtbot.mouseClick(field(offers, f"goal:{goal.id}:find"), Qt.MouseButton.LeftButton)
    # both Lobeda offers about animals rank above the one in Nord
    assert set(seen[0][:2]) == {"o-tierheim", "o-hof"}
    links = workspace.document.plan.offer_links
    assert {k.offer_id for k in links} == {"o-tierheim", "o-hof"}
    assert all(k.note == "erst einmal schnuppern" for k in links)

    # 5. steps
    workspace.show_section("steps")
    steps = workspace.section("steps")
    add_step = next(
        b for b in steps.findChildren(QWidget) if b.accessibleName() == "Schritt hinzufügen"
    )
    for what in ("Tierheim anrufen", "Probetag ausmachen"):
        qtbot.mouseClick(add_step, Qt.MouseButton.LeftButton)
        step = workspace.document.plan.steps[-1]
        type_text(field(steps, f"step:{step.id}:what"), what)
        add_step = next(
            b for b in steps.findChildren(QWidget) if b.accessibleName() == "Schritt hinzufügen"
        )
    assert [s.what for s in workspace.document.plan.steps] == [
        "Tierheim anrufen",
        "Probetag ausmachen",
    ]

    # 6. finalise the version: first the gate says what the Gesamtplan still lacks and
    # takes the caseworker there, then, with everything filled, the version is frozen
    workspace.show_section("review")
    review = workspace.section("review")
    review.ask_name = lambda: "Frau Sommer"
    qtbot.mouseClick(field(review, "plan:finalise"), Qt.MouseButton.LeftButton)
    assert plans.versions(person_id) == []
    first = QApplication.focusWidget()
    assert first.accessibleName() == "Einwilligung in die Gesamtplanung ausfüllen"
    press(first, Qt.Key.Key_Space)
    assert workspace.stack.currentWidget() is workspace.section("person")
    assert QApplication.focusWidget().objectName() == "person:consent_given"
    workspace.document.edit(
        "Gesamtplan vervollständigen",
        lambda person, plan: (complete_person(person), complete_gesamtplan(plan)),
        structural=True,
    )
    workspace.show_section("review")
    qtbot.mouseClick(field(review, "plan:finalise"), Qt.MouseButton.LeftButton)
    versions = plans.versions(person_id)
    assert [v.number for v in versions] == [1]
    assert versions[0].finalised_by == "Frau Sommer"
    frozen = versions[0].snapshot
    assert frozen.plan.wishes[0].text == WISH
    assert len(frozen.plan.offer_links) == 2 and len(frozen.plan.steps) == 2

    # 7. edit again: a new draft appears, the frozen version stays as it was
    workspace.show_section("wishes")
    text_edit = field(wishes, f"wish:{wish_id}:text")
    text_edit.moveCursor(text_edit.textCursor().MoveOperation.End)
    type_text(text_edit, " Am liebsten mit Hunden.")
    qtbot.waitUntil(lambda: plans.draft(person_id).wishes[0].text.endswith("Hunden."), timeout=3000)
    assert plans.version(person_id, 1).snapshot.plan.wishes[0].text == WISH
    workspace.show_section("review")
    assert any(
        "Neuer Entwurf für Version 2" in w.text()
        for w in review.findChildren(QWidget)
        if hasattr(w, "text") and isinstance(w.text(), str)
    )

    # 8. undo and redo with the keyboard, from inside the text field
    workspace.show_section("wishes")
    text_edit = field(wishes, f"wish:{wish_id}:text")
    text_edit.setFocus()
    press(text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert workspace.document.plan.wishes[0].text == WISH
    assert field(wishes, f"wish:{wish_id}:text").toPlainText() == WISH
    press(
        QApplication.focusWidget(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert workspace.document.plan.wishes[0].text.endswith("Hunden.")
    qtbot.waitUntil(lambda: plans.draft(person_id).wishes[0].text.endswith("Hunden."), timeout=3000)

    # 9. back to the list: the person is there
    qtbot.mouseClick(workspace.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 0
    assert [r.display_name for r in page.model._rows] == ["Jürgen Weiß"]


def test_wish_with_goals_is_not_deleted(qtbot, store, page, monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *a: messages.append(text)
    )
    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.store.persons import PersonRepository

    PersonRepository(store.db).save(Person("p1", "Олена", "Коваль", place="Winzerla"))
    page.refresh()
    page.open_person("p1")
    workspace = page.workspace
    workspace.show_section("wishes")
    wishes = workspace.section("wishes")
    wishes.add_wish()
    type_text(QApplication.focusWidget(), "Ich will selbst kochen.")
    wish_id = workspace.document.plan.wishes[0].id
    wishes.derive_goal(wish_id)
    workspace.show_section("wishes")
    wishes.delete_wish(wish_id)
    assert messages and "nicht gelöscht" in messages[0]
    assert [w.id for w in workspace.document.plan.wishes] == [wish_id]


def test_too_long_text_is_kept_and_explained(qtbot, store, page):
    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.store.persons import PersonRepository

    PersonRepository(store.db).save(Person("p2", "Łukasz", "Yılmaz"))
    page.open_person("p2")
    workspace = page.workspace
    workspace.show_section("wishes")
    wishes = workspace.section("wishes")
    wishes.add_wish()
    edit = QApplication.focusWidget()
    edit.setPlainText("x" * 100_000)
    assert workspace.flush() is False
    assert "zu lang" in workspace.notice.text() or "sehr lang" in workspace.notice.text()
    assert len(workspace.document.plan.wishes[0].text) == 100_000  # nothing lost in the session
    edit.setPlainText("Ich möchte reisen.")
    assert workspace.flush() is True
    assert PlanRepository(store.db).draft("p2").wishes[0].text == "Ich möchte reisen."


def test_a_locked_database_is_shown_in_the_save_status_and_nothing_is_lost(
    qtbot, store, db_path, page, monkeypatch
):
    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.store.connection import open_connection
    from teilhabe_desktop.ui.plan import document

    monkeypatch.setattr(document, "RETRY_MS", 200)

    store.persons.save(Person("p3", "Mira", "Beispiel"))
    page.open_person("p3")
    workspace = page.workspace
    workspace.show_section("wishes")
    workspace.section("wishes").add_wish()
    assert workspace.flush()
    store.db.execute("PRAGMA busy_timeout = 50")
    other = open_connection(db_path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the database
    try:
        qtbot.keyClicks(QApplication.focusWidget(), "Ich will schwimmen.")
        assert workspace.flush() is False
        assert workspace.status.text() == "Nicht gespeichert – neuer Versuch folgt"
        assert "gesperrt" in workspace.notice.text()  # why, in German, beside the plan
    finally:
        other.execute("ROLLBACK")
        other.conn.close()
    assert workspace.document.plan.wishes[0].text == "Ich will schwimmen."  # kept in memory
    # retried by itself once the database is free again, without another keystroke
    qtbot.waitUntil(lambda: not workspace.document.dirty, timeout=5000)
    assert workspace.status.text().startswith("✓")
    assert PlanRepository(store.db).draft("p3").wishes[0].text == "Ich will schwimmen."


def test_autosave_never_brings_back_a_person_deleted_meanwhile(qtbot, store, page):
    from teilhabe_desktop.core.plan import Person

    store.persons.save(Person("p5", "Mira", "Beispiel"))
    page.open_person("p5")
    workspace = page.workspace
    workspace.show_section("wishes")
    workspace.section("wishes").add_wish()
    assert workspace.flush()
    assert store.persons.delete("p5")  # e.g. erased by the data protection officer's order
    qtbot.keyClicks(QApplication.focusWidget(), "Ich will schwimmen.")
    assert workspace.flush() is False
    assert not store.persons.exists("p5")
    assert workspace.status.text() == "Nicht gespeichert – Person gelöscht"
    assert "gelöscht" in workspace.notice.text()


def test_opening_and_editing_are_recorded_once_without_content(qtbot, store, page):
    from teilhabe_desktop.core.audit import AuditAction
    from teilhabe_desktop.core.plan import Person

    store.persons.save(Person("p4", "Mira", "Beispiel"))
    page.open_person("p4")
    workspace = page.workspace
    workspace.show_section("wishes")
    workspace.section("wishes").add_wish()
    for text in ("Ich will", " schwimmen."):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        assert workspace.flush()
    events = store.audit.for_person("p4")
    assert [e.action for e in events] == [AuditAction.OPENED, AuditAction.CHANGED]
    assert all(e.detail == "" for e in events)


def test_target_date_after_review_is_explained(qtbot, store, page):
    from datetime import date

    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.store.persons import PersonRepository

    PersonRepository(store.db).save(Person("p3", "Anna", "Test"))
    page.open_person("p3")
    workspace = page.workspace
    workspace.show_section("goals")
    goals = workspace.section("goals")
    goals.add_goal()
    goal_id = workspace.document.plan.goals[0].id
    review = workspace.document.plan.review_date
    late = date(review.year + 1, review.month, min(review.day, 28))
    field(goals, f"goal:{goal_id}:target").value_changed.emit(late)
    labels = [
        w.text()
        for w in goals.findChildren(QWidget)
        if w.metaObject().className() == "QLabel" or hasattr(w, "refresh")
    ]
    assert any("nach der nächsten Überprüfung" in t for t in labels if isinstance(t, str))
    assert workspace.flush()  # a warning, not a loss: the date is saved
    assert PlanRepository(store.db).draft("p3").goals[0].target_date == late


def test_every_input_has_an_accessible_name(qtbot, store, page):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QLineEdit,
        QPlainTextEdit,
    )

    from teilhabe_desktop.core.plan import Person
    from teilhabe_desktop.store.persons import PersonRepository

    PersonRepository(store.db).save(Person("p4", "Erika", "Schulze", place="Winzerla"))
    page.open_person("p4")
    workspace = page.workspace
    for key, add in (("wishes", "add_wish"), ("goals", "add_goal"), ("steps", "add_step"),
                     ("services", "add_service")):  # fmt: skip
        workspace.show_section(key)
        getattr(workspace.section(key), add)()
    resources = workspace.section("resources")
    workspace.show_section("resources")
    resources.add_strength()
    resources.add_contact()
    resources.add_barrier()
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
    missing = []
    for key in workspace.sections:
        workspace.show_section(key)
        for widget in workspace.sections[key].findChildren(QWidget):
            if not isinstance(widget, kinds) or not widget.isVisibleTo(workspace):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                continue  # the inner editor of a date or number field
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not name.strip():
                missing.append(f"{key}: {type(widget).__name__} {widget.objectName()}")
    assert missing == []


def test_an_edit_shows_in_the_other_sections_and_in_the_place_finder(qtbot, store):
    """Sections show what was typed elsewhere; a re-assigned district answers anew."""
    from teilhabe_desktop.demo import load_demo
    from teilhabe_desktop.store.persons import PersonRepository
    from teilhabe_desktop.ui.shell.main_window import MainWindow

    load_demo(store)
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.show()
    person_id = next(r.id for r in PersonRepository(store.db).list() if r.file_number)
    window.persons_page.open_person(person_id)
    workspace = window.persons_page.workspace
    wish = workspace.document.plan.wishes[0]
    goal = next(g for g in workspace.document.plan.goals if g.wish_id == wish.id)
    workspace.show_section("goals")  # build it once, then edit the wish elsewhere
    before = field(workspace.section("goals"), f"goal:{goal.id}:wish").currentText()
    workspace.show_section("wishes")
    text_edit = field(workspace.section("wishes"), f"wish:{wish.id}:text")
    text_edit.setFocus()
    text_edit.moveCursor(text_edit.textCursor().MoveOperation.End)
    type_text(text_edit, " Am liebsten draußen.")
    workspace.show_section("goals")
    combo = field(workspace.section("goals"), f"goal:{goal.id}:wish")
    assert wish.text.endswith("Am liebsten draußen.")
    assert combo.currentText() != before  # the goal names the wish as it reads now

    page = window.sozialraeume_page
    window.show_page(2)
    qtbot.keyClicks(page.place_input, "Loebstedt")
    assert "Nord" in page.place_answer.text()
    page._select_district(71)
    page.assign_target.setCurrentIndex(page.assign_target.findData("west_zentrum"))
    page.assign_button.click()
    assert "West/Zentrum" in page.place_answer.text()
