from hypothesis import given
from hypothesis import strategies as st

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_validation import is_stale, validate_offer
from teilhabe_desktop.core.text_fold import fts_match, index_text, query_terms


def test_umlaut_spellings_meet_in_the_index():
    indexed = set(index_text("Kurs in Gebärdensprache").split())
    for typed in ("Gebärdensprache", "Gebaerdensprache", "Gebardensprache", "GEBÄRDEN"):
        term = query_terms(typed)[0]
        assert any(word.startswith(term) for word in indexed), typed


def test_eszett_and_decomposed_umlauts():
    assert query_terms("Strasse") == query_terms("Straße") == ["strasse"]
    assert index_text("Gebe\u0308rde") == index_text("Gebërde")
    assert "gebaerden" in index_text("Geba\u0308rden")


def test_match_expression_quotes_every_word():
    assert fts_match('NEAR("a" b) * - . 😀') == '"near"* "a"* "b"*'
    assert fts_match("  ...  ") is None
    assert len(query_terms("wort " * 5000)) == 1
    assert len(query_terms(" ".join(f"w{i}" for i in range(500)))) <= 12


@given(st.text())
def test_match_expression_is_always_safe(text):
    match = fts_match(text)
    if match is not None:
        for part in match.split(" "):
            assert part.startswith('"') and part.endswith('"*')
            assert '"' not in part[1:-2]


def test_validation_messages_name_the_field():
    offer = Offer(
        id="x",
        name=" ",
        postcode="7743",
        phone="abc",
        email="a@b",
        website="kein url",
        lat=91.0,
        lon=11.0,
    )
    fields = {e.field for e in validate_offer(offer)}
    assert {"name", "postcode", "phone", "email", "website", "lat"} <= fields
    good = Offer(
        id="x",
        name="Treff",
        postcode="07743",
        phone="03641 49-2835 (Büro)",
        email="info@example.org",
        website="https://example.org/a",
        lat=50.9,
        lon=11.6,
    )
    assert validate_offer(good) == []


def test_stale_after_twelve_months():
    from datetime import date

    assert is_stale(Offer(id="x", name="a"), date(2025, 1, 1))
    assert not is_stale(Offer(id="x", name="a", last_verified=date(2024, 6, 1)), date(2025, 1, 1))
    assert is_stale(Offer(id="x", name="a", last_verified=date(2023, 12, 31)), date(2025, 1, 1))
    assert not is_stale(Offer(id="x", name="a", last_verified=date(2024, 2, 29)), date(2025, 2, 28))
