"""The network map's layout: every contact in its sector and closeness ring, no label on
another, shorter names or "+N weitere" where the room runs out, the same picture twice."""

from __future__ import annotations

import itertools
import math

import pytest

from teilhabe_desktop.core.network_map import QUADRANTS, Metrics, NetworkMap, layout_network
from teilhabe_desktop.core.plan import NetworkContact, NetworkSector, ResourceState

SECTORS = list(NetworkSector)
FIRST = ["Helga", "Jana", "Tim", "Sandra", "Ali", "Mehmet", "Ute", "Kai", "Lena", "Bernd"]
LAST = ["Schönfeld", "Kaya", "Wagner", "Richter", "Sommer"]


def width(text: str) -> float:
    """About the width of DejaVu Sans at 10 pt."""
    return 6.2 * len(text)


METRICS = Metrics(radius=170, text_height=12, dot_radius=4, measure=width, centre_width=40)


def contacts(n: int) -> list[NetworkContact]:
    return [
        NetworkContact(
            f"c{i}",
            f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}",
            SECTORS[i % 4],
            1 + (i // 4) % 3,
            state=(ResourceState.AVAILABLE, ResourceState.TO_ACTIVATE, None)[i % 3],
        )
        for i in range(n)
    ]


def assert_sound(result: NetworkMap, given: list[NetworkContact]) -> None:
    by_id = {c.id: c for c in given}
    boxes = [result.centre] + [p.box for p in result.placed]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), (a, b)
    m = result.metrics
    for p in result.placed:
        contact = by_id[p.contact_id]
        sx, sy = QUADRANTS[contact.sector]
        assert p.sector is contact.sector and p.ring == contact.closeness
        # the dot in its quadrant and ring, the whole label in the quadrant and circle
        assert p.x * sx > 0 and p.y * sy > 0
        assert m.ring_radius(p.ring - 1) < math.hypot(p.x, p.y) < m.ring_radius(p.ring)
        assert p.box.x0 * sx >= 0 and p.box.x1 * sx >= 0
        assert p.box.y0 * sy >= 0 and p.box.y1 * sy >= 0
        assert all(math.hypot(x, y) <= m.radius for x, y in p.box.corners())
        # the label beside its dot, inside the box
        left = {"start": 0, "middle": 0.5, "end": 1}[p.text_anchor] * width(p.label)
        assert p.box.x0 <= p.text_x - left and p.text_x - left + width(p.label) <= p.box.x1
        assert p.box.y0 <= p.text_y - 6 and p.text_y + 6 <= p.box.y1
        assert p.box.x0 <= p.x <= p.box.x1 and p.box.y0 <= p.y <= p.box.y1


def test_no_contacts_leaves_only_the_person_in_the_middle():
    result = layout_network([], METRICS)
    assert result.placed == [] and result.overflow == {}
    assert result.figures.total == 0


def test_one_contact_sits_in_its_sector_and_ring_with_its_whole_name():
    given = [NetworkContact("c1", "Helga Schönfeld", NetworkSector.WORK, 3)]
    result = layout_network(given, METRICS)
    assert [p.label for p in result.placed] == ["Helga Schönfeld"]
    placed = result.placed[0]
    assert placed.x < 0 and placed.y < 0  # Arbeit/Schule: lower left
    assert_sound(result, given)


def test_thirty_contacts_all_fit_without_overlapping_in_their_sectors_and_rings():
    given = contacts(30)
    result = layout_network(given, METRICS)
    assert len(result.placed) == 30 and result.overflow == {}
    assert_sound(result, given)
    # every sector and every ring is used
    assert {p.sector for p in result.placed} == set(NetworkSector)
    assert {p.ring for p in result.placed} == {1, 2, 3}


def test_the_layout_is_the_same_every_time():
    first = layout_network(contacts(30), METRICS)
    again = layout_network(contacts(30), METRICS)
    assert first.placed == again.placed


def test_an_overfull_sector_counts_the_rest_and_shortens_names_instead_of_shrinking():
    given = [
        NetworkContact(f"c{i}", f"{FIRST[i % 10]} {LAST[i % 5]}", NetworkSector.FAMILY, 1)
        for i in range(30)
    ]
    result = layout_network(given, METRICS)
    shown = result.in_sector(NetworkSector.FAMILY)
    assert 0 < len(shown) < 30
    assert result.overflow == {NetworkSector.FAMILY: 30 - len(shown)}
    assert_sound(result, given)
    # names shortened to the first name or initials before anyone is left out
    assert all(p.label != p.full_name for p in shown)
    assert {p.label for p in shown} <= set(FIRST) | {
        f"{f[0]}. {la[0]}." for f in FIRST for la in LAST
    }


def test_a_name_too_long_for_the_inner_ring_is_shortened_to_the_first_name():
    tight = Metrics(radius=90, text_height=12, dot_radius=4, measure=width, centre_width=20)
    given = [NetworkContact("c1", "Jana Sommer (aus dem Nachbarhaus)", NetworkSector.FRIENDS, 1)]
    result = layout_network(given, tight)
    assert [p.label for p in result.placed] == ["Jana"]
    assert_sound(result, given)


def test_contacts_without_a_name_are_left_out():
    given = [NetworkContact("c1", "  ", NetworkSector.FAMILY), *contacts(2)]
    result = layout_network(given, METRICS)
    assert [p.contact_id for p in result.placed] == ["c0", "c1"]


@pytest.mark.parametrize("closeness", [0, 7])
def test_a_closeness_outside_1_to_3_goes_to_the_nearest_ring(closeness):
    given = [NetworkContact("c1", "Tim", NetworkSector.FAMILY, closeness)]
    (placed,) = layout_network(given, METRICS).placed
    assert placed.ring == (1 if closeness < 1 else 3)


def test_a_long_single_word_goes_below_or_above_its_dot_where_beside_it_is_too_narrow():
    small = Metrics(radius=120, text_height=12, dot_radius=4, measure=width, centre_width=30)
    given = [NetworkContact("c1", "Assistenzdienst", NetworkSector.PROFESSIONAL, 2)]
    result = layout_network(given, small)
    (placed,) = result.placed
    assert placed.label == "Assistenzdienst" and placed.text_anchor == "middle"
    assert_sound(result, given)


def test_with_a_cache_only_the_changed_sector_is_laid_out_again_and_the_result_is_the_same():
    given = contacts(30)
    cache: dict = {}
    first = layout_network(given, METRICS, cache)
    given[4].name += " Meier"  # a contact of the family
    again = layout_network(given, METRICS, cache)
    assert again.placed == layout_network(given, METRICS).placed
    before = {p.contact_id: p for p in first.placed}
    for spot in again.placed:
        if spot.sector is NetworkSector.FAMILY:
            continue
        assert spot is before[spot.contact_id]  # taken from the cache
    assert next(p for p in again.placed if p.contact_id == "c4") != before["c4"]
