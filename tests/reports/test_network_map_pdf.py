"""The network map in both prints: drawn after the network (names and figures can be
read back from the PDF), nothing below 14 pt in Mein Plan, "+N weitere" for a full
sector, and no map without contacts."""

from __future__ import annotations

import dataclasses

from reportlab.graphics.shapes import String

from teilhabe_desktop.core.plan import NetworkContact, NetworkSector
from teilhabe_desktop.reports.network_map import PERSON_LOOK, network_drawing
from tests.core.test_network_map import contacts
from tests.reports.pdfcheck import build, text, text_sizes
from tests.reports.snapshots import lobeda_snapshot, minimal_snapshot


def with_network(network: list[NetworkContact]):
    snapshot = lobeda_snapshot()
    return dataclasses.replace(snapshot, plan=dataclasses.replace(snapshot.plan, network=network))


def test_the_gesamtplan_draws_the_map_after_the_network_table_with_its_figures():
    printed = text(build("formal", lobeda_snapshot()))
    start = printed.index("Netzwerkkarte")
    assert printed.index("Unterstützt bei") < start  # the table comes first
    shown = printed[start:]
    for words in (
        "Familie",
        "Freundschaft/Nachbarschaft",
        "Fachkräfte/Dienste",
        "Helga Schönfeld",
        "Jana",  # the whole name is in the table; the map has room for the first name
        "2 Kontakte im Netzwerk.",
        "Je Bereich: Familie 1, Freundschaft/Nachbarschaft 1, Arbeit/Schule 0",
        "Anteil Fachkräfte/Dienste: 0 % (0 von 2).",
        "vorhanden 1, zu aktivieren 1.",
        "voller Punkt: vorhanden; weißer Punkt mit dickem Rand: zu aktivieren.",
    ):
        assert words in shown, words


def test_mein_plan_draws_the_map_after_the_people_who_help():
    printed = text(build("person", lobeda_snapshot()))
    start = printed.index("Mein Netzwerk")
    assert printed.index("Diese Menschen helfen mir") < start
    shown = printed[start:]
    for words in ("Ich", "Helga Schönfeld", "Freunde und Nachbarn", "2 Menschen helfen mir."):
        assert words in shown, words
    # the neighbour's long name is shortened to her first name in the map
    assert "Jana " in shown and "Jana aus dem Nachbarhaus" not in shown


def test_nothing_of_the_map_in_mein_plan_is_below_14_pt_even_with_30_contacts():
    snapshot = with_network(contacts(30))
    data = build("person", snapshot)
    sizes = text_sizes(data)
    shown = {t for _size, t in sizes}
    assert "Fach-Leute und Dienste" in shown and "30 Menschen helfen mir." in shown
    assert min(size for size, _text in sizes) >= 14
    assert "Fach-Leute: 7 von 30" in text(data)
    # every third of those contacts has no state: the Gesamtplan's legend says what grey is
    assert "grauer Punkt: Stand offen" in text(build("formal", snapshot))


def test_an_overfull_sector_says_how_many_more_instead_of_shrinking():
    crowd = [
        NetworkContact(f"c{i}", f"Kollegin Nummer{i}", NetworkSector.WORK, 1) for i in range(40)
    ]
    drawing = network_drawing(with_network(crowd), PERSON_LOOK, 460)
    strings = [s for s in drawing.contents if isinstance(s, String)]
    assert min(s.fontSize for s in strings) >= 14
    more = [s.text for s in strings if s.text.endswith("weitere")]
    assert len(more) == 1
    shown = sum(1 for s in strings if s.text.startswith(("Kollegin", "K. N.")))
    assert more[0] == f"+{40 - shown} weitere" and shown > 0
    data = build("person", with_network(crowd))
    assert f"+{40 - shown} weitere" in text(data)
    assert min(size for size, _text in text_sizes(data)) >= 14


def test_no_map_without_named_contacts():
    empty = minimal_snapshot()
    assert "Netzwerkkarte" not in text(build("formal", empty))
    assert "Mein Netzwerk" not in text(build("person", empty))
    blank = with_network([NetworkContact("c1", " ", NetworkSector.FAMILY)])
    assert "Netzwerkkarte" not in text(build("formal", blank))
