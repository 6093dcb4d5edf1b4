"""Snapshots as JSON data: exact round trip, clear errors on bad data."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teilhabe_desktop.core.catalogue import Availability, Cost, Schedule
from teilhabe_desktop.core.plan import PlanSnapshot, Wish
from teilhabe_desktop.core.plan_codec import CodecError, dumps, from_data, to_data
from tests.plan_fixtures import full_person, full_plan, offer


def test_snapshot_round_trips_exactly():
    linked = offer("o1", "Tierheim", cost=Cost.FREE, step_free=Availability.YES)
    linked.schedules = [Schedule(2, "09:00", "12:00")]
    linked.updated_at = datetime(2026, 1, 2, 3, 4, 5)
    linked.extra = {"hsds": {"id": "x", "list": [1, 2]}}
    snapshot = PlanSnapshot(
        full_person(), full_plan(offer_id="o1"), {"o1": linked}, {"lobeda": "Lobeda"}
    )
    data = json.loads(dumps(snapshot))
    assert from_data(PlanSnapshot, data) == snapshot
    assert dumps(from_data(PlanSnapshot, data)) == dumps(snapshot)


@given(st.text(max_size=200))
def test_any_wish_text_round_trips(text):
    wish = Wish("w", text)
    assert from_data(Wish, json.loads(dumps(wish))) == wish


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"said_on": "2026-02-30"}, "gültiges Datum"),
        ({"said_on": 5}, "Datum"),
        ({"text": None}, "einen Text"),
        ({"id": None}, "einen Text"),
    ],
)
def test_bad_data_gives_a_german_message(change, message):
    data = to_data(Wish("w", "Hallo")) | change
    with pytest.raises(CodecError, match=message):
        from_data(Wish, data, "Wunsch")


def test_missing_required_field_and_bad_enum():
    with pytest.raises(CodecError, match=r"Pflichtangabe „Wunsch\.id“ fehlt"):
        from_data(Wish, {"text": "x"}, "Wunsch")
    data = to_data(full_plan())
    data["goals"][0]["status"] = "fertig"
    from teilhabe_desktop.core.plan import Plan

    with pytest.raises(CodecError, match=r"„open“ \(offen\)"):
        from_data(Plan, data)
