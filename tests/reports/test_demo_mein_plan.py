"""*Mein Plan* of the three demo persons, as the README shows them: large print, no
staff text in a first-person part, no half-empty page."""

from __future__ import annotations

from datetime import date

import pytest

from teilhabe_desktop.core.offer_words import without_legal_form
from teilhabe_desktop.demo import load_demo
from teilhabe_desktop.store.plans import PlanRepository
from tests.reports.pdfcheck import build, page_fill, reader, text, text_sizes

IDS = ["demo-person-lobeda", "demo-person-nord", "demo-person-winzerla"]
TODAY = date(2026, 3, 1)


@pytest.fixture
def snapshots(store):
    load_demo(store)
    plans = PlanRepository(store.db, today=lambda: TODAY)
    return {pid: plans.snapshot(pid, 1) for pid in IDS}


def staff_texts(snapshot) -> list[str]:
    """The third-person and catalogue texts a first-person part must never print."""
    plan = snapshot.plan
    found = [g.title for g in plan.goals] + [g.indicator for g in plan.goals]
    found += [g.differing_view for g in plan.goals] + [plan.differing_views]
    found += [s.text for s in plan.strengths] + [c.helps_with for c in plan.network]
    found += [s.what for s in plan.steps] + [link.note for link in plan.offer_links]
    found += [f"{s.type}" for s in plan.services] + [s.content for s in plan.services]
    for offer in snapshot.offers.values():
        found += [offer.description, offer.cost_note, offer.opening_hours]
        if without_legal_form(offer.organization_name) != offer.organization_name:
            found.append(offer.organization_name)
    return [t.strip() for t in found if t and t.strip()]


def test_the_demo_plans_print_no_staff_text(snapshots):
    for snapshot in snapshots.values():
        content = text(build("person", snapshot))
        leaked = [t for t in staff_texts(snapshot) if t in content]
        assert leaked == [], snapshot.person.id


def test_every_text_of_the_demo_plans_is_at_least_14_pt(snapshots):
    for snapshot in snapshots.values():
        shown = text_sizes(build("person", snapshot))
        assert [(size, t) for size, t in shown if size < 14] == [], snapshot.person.id


def test_the_demo_plans_have_no_half_empty_page_and_the_goals_on_page_1(snapshots):
    for snapshot in snapshots.values():
        data = build("person", snapshot)
        fills = page_fill(data)
        assert len(fills) <= 7  # 3 goals with steps, cards, map, network map, Wörter-Buch
        for number, filled in enumerate(fills[:-1], start=1):
            assert filled > 0.6, f"{snapshot.person.id} page {number} is {filled:.0%} full"
        first = reader(data).pages[0].extract_text()
        assert "Meine Ziele" in first
        assert snapshot.plan.goals[0].plain_title in " ".join(first.split())
