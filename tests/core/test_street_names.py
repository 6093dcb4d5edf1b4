"""Street names match however people write them; addresses come apart into street and number."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.street_names import split_address, street_key, street_keys


@pytest.mark.parametrize(
    ("written", "directory"),
    [
        ("Hauptstr.", "Hauptstraße"),
        ("Hauptstrasse", "Hauptstraße"),
        ("hauptstr", "Hauptstraße"),
        ("Haupt-Straße", "Hauptstraße"),
        ("Karl Marx Allee", "Karl-Marx-Allee"),
        ("KARL-MARX-ALLEE", "Karl-Marx-Allee"),
        ("Loebdergraben", "Löbdergraben"),
        ("Kahlaische Str.", "Kahlaische Straße"),
        ("Str. des 17. Juni", "Straße des 17. Juni"),
    ],
)
def test_spellings_of_one_street_share_a_key(written, directory):
    assert set(street_keys(written)) & set(street_keys(directory))


def test_umlauts_without_dots_match_the_directory_spelling():
    # "Lobdergraben" (dots left off) meets the collapsed key of "Löbdergraben"
    assert "lobdergraben" in street_keys("Löbdergraben")
    assert street_key("Löbdergraben") == "loebdergraben"


@pytest.mark.parametrize(("one", "other"), [("Am Anger", "Am Steiger"), ("Strandweg", "Str.")])
def test_different_streets_stay_apart(one, other):
    assert not set(street_keys(one)) & set(street_keys(other))


@pytest.mark.parametrize("text", ["", "   ", "--", "…"])
def test_no_name_has_no_key(text):
    assert street_keys(text) == ()


@pytest.mark.parametrize(
    ("text", "street", "number", "suffix", "postcode"),
    [
        ("Karl-Marx-Allee 12, 07747 Jena", "Karl-Marx-Allee", 12, "", "07747"),
        ("Ernst-Abbe-Platz 3 a", "Ernst-Abbe-Platz", 3, "a", ""),
        ("Kahlaische Str. Nr. 4", "Kahlaische Str.", 4, "", ""),
        ("Hauptstr. 12-14", "Hauptstr.", 12, "", ""),
        ("Straße des 17. Juni 5", "Straße des 17. Juni", 5, "", ""),
        ("Am Anger", "Am Anger", None, "", ""),
        ("Am Anger, 07743 Jena", "Am Anger", None, "", "07743"),
    ],
)
def test_addresses_come_apart(text, street, number, suffix, postcode):
    address = split_address(text)
    assert (address.street, address.number, address.suffix, address.postcode) == (
        street,
        number,
        suffix,
        postcode,
    )
