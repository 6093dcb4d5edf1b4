"""The plan's snapshot carries the map of the person's Sozialräume: schematic before any
import, from the imported boundaries after; a frozen version keeps the map it had."""

from __future__ import annotations

import dataclasses

from teilhabe_desktop.core.geometry import to_wkb
from teilhabe_desktop.core.schematic_map import schematic_cells
from tests.plan_fixtures import save_lobeda


def test_the_draft_has_a_schematic_map_of_the_persons_sozialraeume(store):
    person_id = save_lobeda(store, finalised=0)
    tierhof = store.catalogue.get("o-tierhof")
    store.catalogue.save(dataclasses.replace(tierhof, lat=50.8857, lon=11.6173))
    snapshot = store.plans.snapshot(person_id)
    plan_map = snapshot.sozialraum_map
    assert plan_map.schematic
    expected = list(
        dict.fromkeys([snapshot.person.home_sozialraum_id, *snapshot.plan.sozialraum_ids])
    )
    assert [a.sozialraum_id for a in plan_map.areas] == expected
    assert set(plan_map.pins) == {"o-tierhof"}  # the linked offers that have coordinates


def test_a_frozen_version_prints_the_map_it_was_finalised_with(store):
    person_id = save_lobeda(store, finalised=1)
    frozen = store.plans.version(person_id, 1).snapshot.sozialraum_map
    assert frozen.schematic
    rows = store.db.execute("SELECT code, lat, lon FROM district").fetchall()
    cells = schematic_cells({code: (lat, lon) for code, lat, lon in rows})
    store.places.replace_boundaries(
        "district", {c: to_wkb(g.buffer(0.002)) for c, g in cells.items()}, "bezirke.geojson"
    )
    assert not store.plans.snapshot(person_id).sozialraum_map.schematic  # the draft follows
    assert store.plans.version(person_id, 1).snapshot.sozialraum_map == frozen
