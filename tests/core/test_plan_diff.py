"""What changed between two plan versions, in German."""

from __future__ import annotations

import copy
from datetime import date

from teilhabe_desktop.core.plan import GoalStatus, OfferLink, Step, Wish
from teilhabe_desktop.core.plan_diff import ADDED, CHANGED, REMOVED, diff_plans
from tests.plan_fixtures import full_plan


def test_no_change_no_entries():
    assert diff_plans(full_plan(), full_plan()) == []


def test_changes_are_described_in_german():
    old = full_plan(offer_id="o1")
    new = copy.deepcopy(old)
    new.goals[0].status = GoalStatus.ACHIEVED
    new.wishes.append(Wish("w3", "Ich möchte selbst kochen."))
    new.wishes[1].text = "Ich will neue Freunde finden."
    new.steps = [Step("st2", "Kochkurs anmelden")]
    new.offer_links.append(OfferLink("l2", "g2", "o2"))
    new.sozialraum_ids.remove("nord")
    new.review_date = date(2027, 6, 30)
    new.procedure = "ITP Thüringen, Gespräch zu Hause"
    changes = diff_plans(old, new, {"nord": "Nord"}, {"o1": "Tierheim", "o2": "Kochtreff"})
    text = [c.description for c in changes]
    assert "Ziel „Praktikum im Tierheim“: Status in Arbeit → erreicht" in text
    assert "Wunsch „Ich möchte selbst kochen.“ hinzugefügt" in text
    assert (
        "Wunsch „Ich will Freunde finden.“: Wortlaut Ich will Freunde finden. → "
        "Ich will neue Freunde finden." in text
    )
    assert "Schritt „Im Tierheim anrufen“ entfernt" in text
    assert "Schritt „Kochkurs anmelden“ hinzugefügt" in text
    assert "Angebot „Kochtreff“ hinzugefügt" in text
    assert "Sozialraum Nord entfernt" in text
    assert "Überprüfung: 31.12.2027 → 30.06.2027" in text
    assert "Verfahren und Instrumente geändert" in text
    assert {c.kind for c in changes} == {ADDED, REMOVED, CHANGED}
    assert changes[0].section == "Überprüfung"


def test_references_are_shown_by_name():
    old = full_plan()
    new = copy.deepcopy(old)
    new.goals[0].wish_id = "w2"
    (change,) = diff_plans(old, new)
    assert change.description == (
        "Ziel „Praktikum im Tierheim“: Wunsch „Ich möchte mit Tieren arbeiten.“ → "
        "„Ich will Freunde finden.“"
    )
