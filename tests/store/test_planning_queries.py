"""The planning figures of a crafted database, as the report and the profile read them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.planning_report import TOTAL, Period
from teilhabe_desktop.exchange.planning_files import planning_counts, planning_table
from tests.planning_fixtures import craft


@pytest.fixture
def crafted(store):
    craft(store)
    return store


def test_counts_persons_per_cell(crafted):
    counts = planning_counts(crafted)
    assert counts.value("lobeda", "d9", "persons") == 3  # Anna (two goals), Karl, Li
    assert counts.value("lobeda", "d4", "persons") == 1  # Karl
    assert counts.value("lobeda", "d9", "mainstream") == 1  # Anna
    assert counts.value("lobeda", "d9", "special") == 1  # Karl
    assert counts.value("lobeda", "d9", "no_link") == 2  # Anna's second goal, Li
    assert counts.value("lobeda", "d9", "no_offer_found") == 3
    assert counts.value("lobeda", TOTAL, "persons") == 3
    assert counts.value("nord", "d9", "persons") == 1


def test_the_table_suppresses_and_keeps_only_nameless_notes(crafted):
    table = planning_table(crafted)
    assert table.text("lobeda", "d9", "persons") == "3"
    assert table.text("lobeda", "d4", "persons") == "< 3"
    assert table.value("lobeda", TOTAL, "persons") is None
    assert table.notes[("lobeda", "d9")] == (
        "Chor ohne Noten",
        "Schwimmkurs am Abend",
        "Schwimmkurs für Frauen am Abend",
    )
    assert table.dropped_notes == 1  # Mia's note names Karl Weiß


def test_the_period_leaves_out_a_goal_finished_before_it(crafted):
    after = planning_table(crafted, Period(date(2026, 3, 1), None))
    assert after.text("lobeda", "d9", "persons") == "< 3"  # Li's goal ended 1 Feb 2026
    before = planning_counts(crafted, Period(None, date(2025, 5, 31)))
    assert before.value("lobeda", "d9", "persons") == 2  # Li's wish came in June 2025


def test_profile_text_is_stored_with_who_and_when(store):
    repo = store.sozialraum_profiles
    assert repo.text("lobeda").description == ""
    saved = repo.save_text("lobeda", " Plattenbau, viel Grün. ", "Frau Krüger",
                           datetime(2026, 3, 1, 9, 30, 5, 123))  # fmt: skip
    assert saved.description == "Plattenbau, viel Grün."
    assert (saved.edited_by, saved.edited_at) == ("Frau Krüger", datetime(2026, 3, 1, 9, 30, 5))
    with pytest.raises(UserError, match="wer"):
        repo.save_text("lobeda", "anders", "  ", datetime(2026, 3, 2))
    assert repo.text("lobeda").description == "Plattenbau, viel Grün."
    with pytest.raises(UserError):
        repo.save_text("mars", "x", "Frau Krüger", datetime(2026, 3, 2))


def test_reference_figures_of_the_migration(store):
    ortsteile = {o.name: o for o in store.reference.ortsteile()}
    assert (ortsteile["Neulobeda"].population_2010, ortsteile["Neulobeda"].population_2017) == (
        20928,
        22189,
    )
    assert ortsteile["Neulobeda"].area_km2 == 3.64
    # no district area is shipped: they would be derived from the city's boundary files
    assert {d.area_km2 for d in store.reference.districts()} == {None}
    assert store.places.district_areas() == {}


def test_district_areas_come_from_imported_boundaries(store):
    from pathlib import Path

    from teilhabe_desktop.core.geometry import to_wkb
    from teilhabe_desktop.exchange.boundaries_geojson import read_boundaries

    reference = store.reference
    known = {
        "district": {d.code: d.name for d in reference.districts()},
        "ortsteil": {o.id: o.name for o in reference.ortsteile()},
    }
    path = Path(__file__).parents[1] / "data" / "places" / "bezirke-synthetisch.geojson"
    found = read_boundaries(path, reference.place_resolver(), known)
    store.places.replace_boundaries(
        "district", {code: to_wkb(shape) for code, shape in found.shapes.items()}, path.name
    )
    areas = store.places.district_areas()
    assert set(areas) == {d.code for d in reference.districts()}
    assert all(area > 0 for area in areas.values())
