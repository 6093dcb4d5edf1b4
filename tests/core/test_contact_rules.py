"""One rule for postcodes and e-mail addresses, used for persons and catalogue entries."""

from __future__ import annotations

from datetime import date

import pytest

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_validation import validate_offer
from teilhabe_desktop.core.contact_rules import is_email, is_german_postcode
from teilhabe_desktop.core.plan import Person
from teilhabe_desktop.core.plan_validation import validate_person

GOOD_EMAILS = [
    "name@beispiel.de",
    "a.b+c@sub.example.org",
    "o'brien@example.ie",
    "anna@müller.de",
    "info@xn--mller-kva.de",
]
# each of the two former rules let some of these through (e.g. "a@b..de", "<a@b.de>")
BAD_EMAILS = [
    "a@b..de",
    "<a@b.de>",
    "a@b.c",
    "a@.de",
    "a@b.de.",
    "a@b",
    "a@@b.de",
    "a b@c.de",
    "a@b.de, c@d.de",
    "@b.de",
    "a@1.2.3.4",
]
GOOD_POSTCODES = ["07743", "07747", "99084"]
# the former catalogue rule let Unicode digits through ("\d" is not only 0–9)
BAD_POSTCODES = ["０７７４３", "٠٧٧٤٣", "7743", "077430", "07 43", "O7743"]


def _person_fields(**values) -> set[str]:
    person = Person("p1", "Anna", "Beispiel", **values)
    return {p.field for p in validate_person(person, date(2026, 3, 1))}


def _offer_fields(**values) -> set[str]:
    return {e.field for e in validate_offer(Offer("o1", "Treff", **values))}


CASES = (
    [("email", v, True) for v in GOOD_EMAILS]
    + [("email", v, False) for v in BAD_EMAILS]
    + [("postcode", v, True) for v in GOOD_POSTCODES]
    + [("postcode", v, False) for v in BAD_POSTCODES]
)
RULES = {"email": is_email, "postcode": is_german_postcode}


@pytest.mark.parametrize(("field", "value", "good"), CASES)
def test_person_and_catalogue_checks_follow_the_one_rule(field, value, good):
    assert RULES[field](value) is good
    assert (field not in _person_fields(**{field: value})) is good
    assert (field not in _offer_fields(**{field: value})) is good
