"""*Plan abschließen* refuses an incomplete Gesamtplan, lists what is missing and takes
the caseworker to each place with real key and mouse events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository
from tests.plan_fixtures import complete_person, full_person, full_plan


@pytest.fixture
def incomplete(store):
    """A complete person and plan, but without Nr. 4, a service's content and the
    strengths' states: three items missing in three sections."""
    PersonRepository(store.db).save(complete_person(full_person()))
    plan = full_plan()
    plan.lump_sum_choice = ""
    plan.services[0].content = ""
    plan.waivers = {}
    for item in [*plan.strengths, *plan.network]:
        item.state = None
    PlanRepository(store.db).save_draft(plan)
    return store


@pytest.fixture
def workspace(qtbot, incomplete, open_workspace):
    """The workspace as the active window (focus goes where a click or a key puts it)."""
    widget = open_workspace("p1", (1200, 800))
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def _buttons(workspace, section: str) -> dict[str, QPushButton]:
    page = workspace.section(section)
    return {
        b.accessibleName(): b
        for b in page.findChildren(QPushButton)
        if b.text() == "Ausfüllen" and b.isVisible()
    }


def test_finalise_refuses_and_lists_each_missing_item(qtbot, incomplete, workspace):
    workspace.show_section("review")
    review = workspace.section("review")
    review.ask_name = lambda: pytest.fail("asked for a name although the plan is incomplete")
    finalise = review.widget().findChild(QWidget, "plan:finalise")
    qtbot.mouseClick(finalise, Qt.MouseButton.LeftButton)
    assert PlanRepository(incomplete.db).versions("p1") == []
    assert sorted(_buttons(workspace, "review")) == [
        "Leistungen nach Art, Inhalt, Umfang und Dauer ausfüllen",
        "Verfügbare und aktivierbare Selbsthilfepotentiale (vorhanden/zu aktivieren) ausfüllen",
        "Wunsch- und Wahlrecht im Hinblick auf eine pauschale Geldleistung ausfüllen",
    ]
    # the first button has the focus: Enter would open its place
    assert QApplication.focusWidget() in _buttons(workspace, "review").values()
    assert "noch nicht vollständig" in workspace.notice.text()


@pytest.mark.parametrize(
    ("label", "section", "field"),
    [
        ("Leistungen nach Art", "services", "service:f1:kind"),
        ("Verfügbare und aktivierbare", "resources", "strength:s1:state"),
        ("Wunsch- und Wahlrecht im Hinblick", "gesamtplan", "plan:lump_sum_choice:text"),
    ],
)
def test_each_missing_item_takes_the_caseworker_to_its_field(workspace, label, section, field):
    workspace.show_section("review")
    button = next(b for n, b in _buttons(workspace, "review").items() if n.startswith(label))
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert workspace.stack.currentWidget() is workspace.section(section)
    assert QApplication.focusWidget().objectName() == field


def test_filling_the_last_item_clears_the_list_and_finalises(qtbot, incomplete, workspace):
    workspace.show_section("gesamtplan")
    page = workspace.section("gesamtplan")
    assert len(_buttons(workspace, "gesamtplan")) == 3
    text = page.widget().findChild(QWidget, "plan:lump_sum_choice:text")
    text.setFocus()
    QTest.keyClicks(text, "Nicht gewuenscht.")
    assert len(_buttons(workspace, "gesamtplan")) == 2
    workspace.show_section("services")
    waiver = workspace.section("services").widget().findChild(QWidget, "waiver:services:line")
    waiver.setFocus()
    QTest.keyClicks(waiver, "Inhalt folgt mit dem Bescheid")
    workspace.show_section("resources")
    state = workspace.section("resources").widget().findChild(QWidget, "strength:s1:state")
    state.setFocus()
    QTest.keyClick(state, Qt.Key.Key_Down)  # "vorhanden"
    workspace.show_section("review")
    assert _buttons(workspace, "review") == {}
    review = workspace.section("review")
    review.ask_name = lambda: "Frau Sommer"
    qtbot.mouseClick(review.widget().findChild(QWidget, "plan:finalise"), Qt.MouseButton.LeftButton)
    versions = PlanRepository(incomplete.db).versions("p1")
    assert [v.number for v in versions] == [1]
    assert versions[0].snapshot.plan.waivers == {"services": "Inhalt folgt mit dem Bescheid"}
