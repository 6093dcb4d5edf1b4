"""The printed plan's map: the person's Sozialräume merged and simplified, the city's
outline, pins in metres; stored in the snapshot, and old snapshots still load."""

from __future__ import annotations

import json

from shapely.geometry import Polygon

from teilhabe_desktop.core.plan import PlanSnapshot
from teilhabe_desktop.core.plan_codec import dumps, from_data, to_data
from teilhabe_desktop.core.plan_map import PlanMap, person_sozialraeume
from teilhabe_desktop.core.plan_map_build import build_plan_map
from tests.plan_fixtures import full_person, full_plan

# four squares of about 700 m side near Lobeda (WGS84: longitude, latitude)
SQUARES = {
    61: Polygon([(11.60, 50.88), (11.61, 50.88), (11.61, 50.886), (11.60, 50.886)]),
    62: Polygon([(11.61, 50.88), (11.62, 50.88), (11.62, 50.886), (11.61, 50.886)]),
    90: Polygon([(11.56, 50.88), (11.57, 50.88), (11.57, 50.886), (11.56, 50.886)]),
    43: Polygon([(11.58, 50.94), (11.59, 50.94), (11.59, 50.946), (11.58, 50.946)]),
}
SOZIALRAUM = {61: "lobeda", 62: "lobeda", 90: "winzerla", 43: "nord"}


def test_home_first_then_the_chosen_each_once():
    assert person_sozialraeume("lobeda", ["ost", "lobeda", "nord"]) == ["lobeda", "ost", "nord"]
    assert person_sozialraeume(None, []) == []


def test_the_map_holds_the_persons_sozialraeume_merged_with_pins_in_metres():
    places = {"treff": (50.883, 11.605), "weit": (50.943, 11.585)}
    plan_map = build_plan_map(SQUARES, SOZIALRAUM, ["lobeda", "winzerla"], places, False)
    assert [a.sozialraum_id for a in plan_map.areas] == ["lobeda", "winzerla"]
    lobeda = plan_map.areas[0]
    assert len(lobeda.rings) == 1  # the two districts became one area
    xs = lobeda.rings[0][0::2]
    assert 1300 < max(xs) - min(xs) < 1500  # two squares of ~700 m side by side
    x, y = plan_map.pins["treff"]
    assert min(xs) < x < max(xs)
    assert 5_600_000 < y < 5_700_000  # metres north (EPSG:25832)
    assert set(plan_map.pins) == {"treff", "weit"}  # pins also outside the areas
    assert plan_map.outline  # the whole city, for orientation
    assert not plan_map.schematic


def test_no_map_without_shapes_or_without_a_sozialraum_that_has_one():
    assert build_plan_map({}, SOZIALRAUM, ["lobeda"], {}, True) is None
    assert build_plan_map(SQUARES, SOZIALRAUM, [], {}, True) is None
    assert build_plan_map(SQUARES, SOZIALRAUM, ["ost"], {}, True) is None


def test_the_map_travels_in_the_snapshot_and_old_snapshots_still_load():
    plan_map = build_plan_map(SQUARES, SOZIALRAUM, ["nord"], {}, True)
    snapshot = PlanSnapshot(full_person(), full_plan(), sozialraum_map=plan_map)
    again = from_data(PlanSnapshot, json.loads(dumps(snapshot)))
    assert again.sozialraum_map == plan_map
    assert isinstance(again.sozialraum_map, PlanMap)
    old = to_data(PlanSnapshot(full_person(), full_plan()))
    del old["sozialraum_map"]  # written before there were maps
    assert from_data(PlanSnapshot, old).sozialraum_map is None
