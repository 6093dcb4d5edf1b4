"""Reference data: the five Sozialräume, 41 districts, and every place of the city's slides."""

from __future__ import annotations

import pytest

from teilhabe_desktop.store.reference import ReferenceRepository

# Every place the AG Sozialraumorientierung names on its slide "Jena in 5 Sozialräumen",
# spelled as on the slide (abbreviations included), with the Sozialraum the slide gives.
SLIDE_PLACES = {
    "lobeda": ["Wöllnitz", "Lobeda-Altst.", "Lobeda-Ost", "Lobeda-West", "Ilmnitz"],
    "winzerla": [
        "Winzerla",
        "Göschw.",
        "Leutra",
        "Maua",
        "Ammerb.",
        "Beutenberg",
        "Ringwiese",
        "Burgau",
    ],
    "west_zentrum": [
        "Jena-West",
        "Jena-Süd",
        "Lichtenhain",
        "Münchenroda",
        "Remderoda",
        "Lützeroda",
        "Closewitz",
        "Isserstedt",
        "Vierzehnheiligen",
        "Krippendorf",
        "Cospeda",
    ],
    "nord": ["Nord", "Zwätzen", "Kunitz", "Laasan"],
    "ost": [
        "Wenigenjena",
        "Schlegelsberg",
        "Wogau",
        "Jenaprießnitz",
        "Ziegenhainer Tal",
        "Ziegenhain Ort",
    ],
}
ALL_DISTRICT_CODES = {
    11, 12, 21, 22, 30, 41, 42, 43, 44, 51, 52, 61, 62, 63, 71, 72, 81, 82, 83, 90, 100,
    111, 112, 120, 131, 132, 133, 141, 142, 151, 152, 161, 162, 170, 181, 182, 183, 191,
    192, 201, 202,
}  # fmt: skip
DERIVED = {131, 132, 41, 52, 71, 81}


@pytest.fixture
def reference(store):
    return ReferenceRepository(store.db)


@pytest.mark.parametrize(
    ("sozialraum", "place"),
    [(s, p) for s, places in SLIDE_PLACES.items() for p in places],
)
def test_every_slide_place_resolves_to_exactly_one_sozialraum(reference, sozialraum, place):
    matches = reference.place_resolver().resolve(place)
    assert matches, f"{place} not found"
    assert {m.sozialraum_id for m in matches} == {sozialraum}


@pytest.mark.parametrize(
    ("written", "sozialraum"),
    [
        ("Neulobeda", "lobeda"),
        ("Woellnitz", "lobeda"),
        ("wollnitz", "lobeda"),
        ("LOBEDA OST", "lobeda"),
        ("Neulobeda (Lobeda-West)", "lobeda"),
        ("07747 Jena, Lobeda-Ost", "lobeda"),
        ("Jena-Zentrum (abgeleitet)", "west_zentrum"),
        ("Kunitz/Laasan", "nord"),
        ("Kernberge", "ost"),
    ],
)
def test_everyday_spellings_resolve(reference, written, sozialraum):
    assert reference.place_resolver().sozialraum_of(written) == sozialraum


@pytest.mark.parametrize(
    ("written", "district", "sozialraum"),
    [
        # an alias naming a district more precisely wins over the Ortsteil it lies in
        ("Beutenberg (Jena-Süd)", 12, "winzerla"),
        ("Jena-Süd (Ringwiese)", 22, "winzerla"),
        ("Neulobeda (Lobeda-West)", 62, "lobeda"),
        ("Alt-Lobeda", 61, "lobeda"),
        ("Jena, Ortsteil Winzerla", 90, "winzerla"),
        ("Ortsteil Jena-Süd", 44, "west_zentrum"),
        ("OT Lobeda-Ost", 63, "lobeda"),
    ],
)
def test_place_names_that_name_a_district(reference, written, district, sozialraum):
    matches = reference.place_resolver().resolve(written)
    assert [(m.district_code, m.sozialraum_id) for m in matches] == [(district, sozialraum)]


@pytest.mark.parametrize("written", ["Neu-Lobeda", "Neu Lobeda", "neu-lobeda"])
def test_neulobeda_with_a_hyphen_is_the_ortsteil(reference, written):
    matches = reference.place_resolver().resolve(written)
    assert [(m.name, m.sozialraum_id) for m in matches] == [("Neulobeda", "lobeda")]


def test_two_districts_of_different_sozialraeume_stay_ambiguous(reference):
    resolver = reference.place_resolver()
    assert {m.district_code for m in resolver.resolve("Lobeda-Ost, Jena-Süd")} == {63, 44}
    assert resolver.sozialraum_of("Lobeda-Ost, Jena-Süd") is None


@pytest.mark.parametrize(
    "text", ["", "   ", "Berlin", "Jena", "Ortsteil", "x", "'; DROP TABLE district; --", "🙂"]
)
def test_unknown_places_resolve_to_nothing(reference, text):
    assert reference.place_resolver().sozialraum_of(text) is None


def test_all_41_official_district_codes_with_their_sozialraum(reference):
    districts = reference.districts()
    assert {d.code for d in districts} == ALL_DISTRICT_CODES
    assert {d.code for d in districts if d.derived} == DERIVED
    by_code = {d.code: d for d in districts}
    assert by_code[63].name == "Lobeda-Ost" and by_code[63].sozialraum_id == "lobeda"
    assert by_code[83].sozialraum_id == "ost"
    assert by_code[62].ortsteil_name == "Neulobeda"


def test_thirty_ortsteile_and_five_sozialraeume(reference):
    assert len(reference.ortsteile()) == 30
    assert [s.name for s in reference.sozialraeume()] == [
        "Lobeda", "Winzerla", "West/Zentrum", "Nord", "Ost",
    ]  # fmt: skip


def test_nine_life_domains_in_german(reference):
    domains = reference.life_domains()
    assert [d.code for d in domains] == [f"d{i}" for i in range(1, 10)]
    assert domains[3].name == "Mobilität"
    assert all(d.plain_name for d in domains)


def test_assigning_a_derived_district_makes_it_checked(reference):
    reference.assign_district(71, "west_zentrum")
    district = next(d for d in reference.districts() if d.code == 71)
    assert district.sozialraum_id == "west_zentrum" and not district.derived


def test_assigning_an_unknown_district_says_so(reference):
    from teilhabe_desktop.store.errors import DatabaseFailure

    with pytest.raises(DatabaseFailure, match="9999"):
        reference.assign_district(9999, "nord")


def test_sources_are_named(reference):
    datasets = dict(reference.sources())
    assert "Statistikstelle" in datasets["Statistische Bezirke"]
    assert "AG Sozialraumorientierung" in datasets["Sozialräume"]
