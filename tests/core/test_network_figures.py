"""The figures below the network map, as easyNWK shows them."""

from __future__ import annotations

from teilhabe_desktop.core.network_figures import figure_lines, network_figures
from teilhabe_desktop.core.network_names import name_variants
from teilhabe_desktop.core.plan import NetworkContact, NetworkSector, ResourceState

F, N, W, P = NetworkSector


def test_contacts_per_sector_and_ring_and_the_share_of_professionals():
    given = [
        NetworkContact("1", "Mutter", F, 1, state=ResourceState.AVAILABLE),
        NetworkContact("2", "Vater", F, 2, state=ResourceState.TO_ACTIVATE),
        NetworkContact("3", "Herr Kaya", N, 2),
        NetworkContact("4", "Assistenzdienst", P, 3, state=ResourceState.AVAILABLE),
        NetworkContact("5", "", P, 3),  # an empty card is no contact
    ]
    figures = network_figures(given)
    assert figures.total == 4
    assert list(figures.per_sector.values()) == [2, 1, 0, 1]
    assert figures.per_ring == {1: 1, 2: 2, 3: 1}
    assert figures.professional_share == 0.25
    assert (figures.available, figures.to_activate) == (2, 1)
    assert figure_lines(figures) == [
        "4 Kontakte im Netzwerk.",
        "Je Bereich: Familie 2, Freundschaft/Nachbarschaft 1, Arbeit/Schule 0, "
        "Fachkräfte/Dienste 1.",
        "Nähe: sehr nah 1, mittel 2, eher lose 1.",
        "Anteil Fachkräfte/Dienste: 25 % (1 von 4).",
        "vorhanden 2, zu aktivieren 1.",
    ]


def test_no_contacts_says_so_instead_of_a_share():
    figures = network_figures([])
    assert figures.professional_share is None
    assert figure_lines(figures) == ["Keine Kontakte im Netzwerk eingetragen."]


def test_shorter_names_keep_a_title_with_the_surname():
    assert name_variants("Helga  Schönfeld") == ["Helga Schönfeld", "Helga", "H. S."]
    assert name_variants("Herr Kaya (Nachbar)") == ["Herr Kaya (Nachbar)", "Herr Kaya", "H. K."]
    assert name_variants("Assistenzdienst") == ["Assistenzdienst", "Assisten…"]
    assert name_variants("Mutter") == ["Mutter"]
    assert name_variants(" ") == []
