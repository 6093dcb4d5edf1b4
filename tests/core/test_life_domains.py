"""The nine ICF life domains: one list in core, used by plan and catalogue checks."""

from __future__ import annotations

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_validation import validate_offer
from teilhabe_desktop.core.reference import LIFE_DOMAINS, is_life_domain


def test_the_nine_domains():
    assert LIFE_DOMAINS == ("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9")
    for code in ("d0", "d10", "D1", "d1\n", "", None):
        assert not is_life_domain(code), code


def test_the_catalogue_accepts_exactly_the_nine_domains():
    def domain_errors(code: str) -> list:
        offer = Offer("o1", "Treff", life_domains=[code])
        return [e for e in validate_offer(offer) if e.field == "life_domains"]

    assert domain_errors("d9") == []
    assert domain_errors("d1\n")  # the old pattern let a trailing line break through
