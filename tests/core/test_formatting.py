"""One way to shorten quoted text and to write numbers with thousands separators."""

from __future__ import annotations

from teilhabe_desktop.core.formatting import QUOTE_LENGTH, german_number, shorten


def test_shorten_folds_white_space_and_cuts_with_an_ellipsis():
    assert shorten("  Ich  möchte\nreiten ") == "Ich möchte reiten"
    assert shorten(None) == ""
    cut = shorten("x" * 100)
    assert len(cut) == QUOTE_LENGTH and cut.endswith("…")
    assert shorten("abcdef", 4) == "abc…"
    assert shorten("abcd", 4) == "abcd"


def test_german_number_uses_a_dot_between_thousands():
    assert german_number(7) == "7"
    assert german_number(1234) == "1.234"
    assert german_number(100_000) == "100.000"
    assert german_number(-1234567) == "-1.234.567"
