"""*Überprüfung und Versionen* lists what still lacks a text in Leichter Sprache, takes
the caseworker to that field, and records the Prüflesen – with real events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from tests.plan_fixtures import complete_person, full_person, full_plan


@pytest.fixture
def workspace(qtbot, store, open_workspace):
    PersonRepository(store.db).save(complete_person(full_person()))
    plan = full_plan()
    plan.plain_checked_by, plan.plain_checked_on = "", None
    plan.goals[0].plain_title = ""  # not written yet
    PlanRepository(store.db).save_draft(plan)
    widget = open_workspace("p1", (1200, 800))
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def test_each_missing_plain_text_takes_the_caseworker_to_its_field(qtbot, workspace):
    workspace.show_section("review")
    listing = workspace.section("review").plain_missing
    assert listing.buttons, "the example plan has items without a plain text"
    first = listing.missing()[0]
    listing.buttons[0].setFocus()
    QTest.keyClick(listing.buttons[0], Qt.Key.Key_Space)
    assert workspace.stack.currentWidget() is workspace.section(first.section)
    field = QApplication.focusWidget()
    assert field.objectName() == first.key
    QTest.keyClicks(field, "Ich lerne etwas.")
    qtbot.waitUntil(lambda: first.key not in [m.key for m in listing.missing()])


def test_pruflesen_is_typed_and_saved(qtbot, store, workspace):
    workspace.show_section("review")
    page = workspace.section("review").widget()
    who = page.findChild(QLineEdit, "plan:plain_checked_by")
    who.setFocus()
    QTest.keyClicks(who, "Pruefgruppe Jena")
    when = page.findChild(QWidget, "plan:plain_checked_on")
    assert when is not None
    assert workspace.flush()
    assert PlanRepository(store.db).draft("p1").plain_checked_by == "Pruefgruppe Jena"


def test_the_offices_own_words_count_as_known_under_a_plain_field(qtbot, store, open_workspace):
    from teilhabe_desktop.core.plain_check import warm_up
    from teilhabe_desktop.store.glossary import GlossaryRepository

    warm_up()
    PersonRepository(store.db).save(complete_person(full_person()))
    PlanRepository(store.db).save_draft(full_plan())
    sentence = "Ich gehe in die Tagesstaette."  # a rare word
    GlossaryRepository(store.db).save("Tagesstaette", "Dort bin ich am Tag.")
    workspace = open_workspace("p1", (1200, 800))
    workspace.show_section("steps")
    page = workspace.section("steps").widget()
    field = next(e for e in page.findChildren(QLineEdit) if e.objectName().endswith(":plain"))
    from teilhabe_desktop.ui.common.plain_findings import PlainFindings

    findings = next(f for f in page.findChildren(PlainFindings) if f.field is field)
    counts = []
    findings.checked.connect(counts.append)
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, sentence)
    qtbot.waitUntil(lambda: bool(counts), timeout=10_000)
    assert counts[-1] == 0
    assert "Tagesstaette" in findings.field.text()
