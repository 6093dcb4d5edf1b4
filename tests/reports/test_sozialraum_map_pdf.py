"""The small map in the prints: present when the snapshot has shapes, numbered like the
contact cards, nothing below 14 pt in Mein Plan, and absent without shapes."""

from __future__ import annotations

import dataclasses

from shapely.geometry import Polygon

from teilhabe_desktop.core.plan_map_build import build_plan_map
from tests.reports.pdfcheck import build, font_names, text, text_sizes
from tests.reports.snapshots import lobeda_snapshot

SHAPES = {
    61: Polygon([(11.60, 50.88), (11.61, 50.88), (11.61, 50.886), (11.60, 50.886)]),
    63: Polygon([(11.61, 50.88), (11.62, 50.88), (11.62, 50.886), (11.61, 50.886)]),
    43: Polygon([(11.58, 50.94), (11.59, 50.94), (11.59, 50.946), (11.58, 50.946)]),
}
SOZIALRAUM = {61: "lobeda", 63: "lobeda", 43: "nord"}


def with_map(schematic: bool = False):
    snapshot = lobeda_snapshot()
    places = {}
    for n, offer_id in enumerate(snapshot.offers):
        places[offer_id] = (50.881 + n * 0.001, 11.601 + n * 0.004)
    plan_map = build_plan_map(SHAPES, SOZIALRAUM, ["lobeda", "nord"], places, schematic)
    return dataclasses.replace(snapshot, sozialraum_map=plan_map)


def card_order(snapshot) -> list[str]:
    """The names of the offers in the order Mein Plan prints their cards."""
    shown = {g.id for g in snapshot.plan.goals if g.status.value != "discarded"}
    ids = [
        link.offer_id
        for link in snapshot.plan.offer_links
        if link.goal_id in shown and link.offer_id in snapshot.offers
    ]
    return [snapshot.offers[i].name for i in dict.fromkeys(ids)]


def test_mein_plan_shows_the_map_with_the_offers_numbered_like_the_cards():
    snapshot = with_map()
    printed = text(build("person", snapshot))
    assert "Hier bin ich unterwegs" in printed
    names = card_order(snapshot)
    assert len(names) >= 2
    for number, name in enumerate(names, start=1):
        assert f"{number} – {name}" in printed
    # the map follows the cards, numbered in the same order
    assert printed.index("Nummer 1: ") < printed.index("Hier bin ich unterwegs")
    for number, name in enumerate(names, start=1):
        assert f"Nummer {number}: {name}" in printed
    assert "Skizze" not in printed


def test_nothing_in_the_map_of_mein_plan_is_below_14_pt():
    data = build("person", with_map())
    assert "Lobeda" in [t for _size, t in text_sizes(data)]  # the map's own label
    assert min(size for size, _text in text_sizes(data)) >= 14


def test_the_gesamtplan_shows_the_map_and_says_when_it_is_schematic():
    printed = text(build("formal", with_map(schematic=True)))
    assert "Karte der Sozialräume und verknüpften Angebote" in printed
    assert "Schematische Karte" in printed
    assert "Die Karte ist eine Skizze" in text(build("person", with_map(schematic=True)))


def test_no_map_without_shapes():
    snapshot = lobeda_snapshot()
    assert snapshot.sozialraum_map is None
    assert "Hier bin ich unterwegs" not in text(build("person", snapshot))
    assert "Karte der Sozialräume" not in text(build("formal", snapshot))


def test_the_map_prints_in_the_shipped_font_only():
    """reportlab starts a drawing in Helvetica, which cannot print "ı" or "Ł"."""
    for variant in ("person", "formal"):
        fonts = font_names(build(variant, with_map()))
        assert fonts and not any("Helvetica" in f for f in fonts), fonts


def test_the_gesamtplan_numbers_its_offers_like_the_map_and_mein_plan():
    snapshot = with_map()
    formal = text(build("formal", snapshot))
    person = text(build("person", snapshot))
    names = card_order(snapshot)
    for number, name in enumerate(names, start=1):
        assert formal.count(f"{number} – {name}") == 2  # the table row and the legend
        assert f"Nummer {number}: {name}" in person  # the contact card
