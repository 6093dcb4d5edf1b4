"""Guessing which field a column holds, from its header AND its values.

A header alone misleads: "Bezirk" may hold names ("Mitte"), "Typ" the kind of offer in
the publisher's words, "X"/"Y" UTM metres. A header suggests a field; the first rows
must agree (most non-empty values fit the field) before the column is used. Our own
export headers ("Bezirk-Nr") are taken as they are; a column a person mapped is never
second-guessed. Stronger headers win: a real "Träger" column beats "Einrichtung".

Each decision is a :class:`Guess` with a German note, shown in the preview to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from teilhabe_desktop.core.contact_rules import is_email
from teilhabe_desktop.exchange import csv_columns as cols

#: How sure a header is: our own export header, an everyday alias, a weak hint.
OWN, ALIAS, WEAK = 3, 2, 1
#: Share of non-empty sample values that must fit the field for an alias or weak hint:
#: most of them (a stray "vielleicht" among "ja"/"nein" is a bad cell, not a wrong column).
FIT_SHARE = 0.5
_EXAMPLES = 3

#: Headers that only hint at a field: the values decide (header key -> attribute).
WEAK_HEADERS: dict[str, str] = {
    "einrichtung": "organization_name",
    "verein": "organization_name",
    "art": "category_ids",
    "bereich": "category_ids",
    "typ": "mainstream",
    "type": "mainstream",
    "angebotstyp": "mainstream",
    "bezirk": "district_code",
    "district": "place",
    "x": "lon",
    "y": "lat",
    "text": "description",
    "inhalt": "description",
    "hinweis": "review_note",
    "zeiten": "opening_hours",
    "pruefen": "needs_review",
    "example": "is_example",
    "zustand": "status",
}


@dataclass(frozen=True)
class Guess:
    """What the import does with one column."""

    attr: str | None  # the field it fills, or None (carried along unchanged)
    how: str  # "user", "own", "guessed", "rejected", "unknown", "taken"
    note: str  # German, for the preview

    @property
    def needs_confirmation(self) -> bool:
        return self.how in ("guessed", "rejected", "taken")


def _is_float_in(low: float, high: float) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        try:
            value = cols.parse_float(text)
        except cols.ValueProblem:
            return False
        return value is not None and low <= value <= high

    return check


def _parses(parser) -> Callable[[str], bool]:
    def check(text: str) -> bool:
        try:
            parser(text)
        except (cols.ValueProblem, ValueError):
            return False
        return True

    return check


_PHONE = re.compile(r"^[+(]?[0-9][0-9 ()/\-–.,;]*$")
_URL = re.compile(r"^(https?://|www\.)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)
_POSTCODE = re.compile(r"^\d{4,5}$")
_DOMAIN = re.compile(r"^d[1-9]$", re.IGNORECASE)
_MAINSTREAM_WORDS = {"regelangebot", "regel", "fachangebot", "fach", "mainstream", "special"}


def _weak_mainstream(text: str) -> bool:
    """Under "Typ": only the words themselves ("ja" there means something else)."""
    return cols.header_key(text) in _MAINSTREAM_WORDS


def _fits(reference) -> dict[str, Callable[[str], bool]]:
    """attr -> whether one cell value fits it (text fields: any value fits)."""

    def category(text: str) -> bool:
        parts = cols.split_list(text, ";|,/")
        return bool(parts) and all(reference.category_id(p) for p in parts)

    def district(text: str) -> bool:
        code = cols.parse_int_safe(text)
        return code is not None and (
            not reference.district_codes or code in reference.district_codes
        )

    def ortsteil(text: str) -> bool:
        number = cols.parse_int_safe(text)
        return number is not None and (
            not reference.ortsteil_ids or number in reference.ortsteil_ids
        )

    fits: dict[str, Callable[[str], bool]] = {
        "category_ids": category,
        "life_domains": lambda t: all(_DOMAIN.match(p) for p in cols.split_list(t)),
        "mainstream": _parses(cols.parse_mainstream),
        "postcode": lambda t: bool(_POSTCODE.match(t.strip())),
        "city": lambda t: not any(ch.isdigit() for ch in t),
        "sozialraum_id": lambda t: reference.sozialraum_id(t) is not None,
        "district_code": district,
        "ortsteil_id": ortsteil,
        "lat": _is_float_in(-90, 90),
        "lon": _is_float_in(-180, 180),
        "phone": lambda t: bool(_PHONE.match(t.strip())) and sum(c.isdigit() for c in t) >= 3,
        "email": lambda t: is_email(t.strip()),
        "website": lambda t: bool(_URL.match(t.strip())),
        "schedules": _parses(cols.parse_schedules),
        "cost": _parses(cols.parse_cost),
        "status": _parses(cols.parse_status),
        "last_verified": _parses(cols.parse_date),
        "updated_at": _parses(cols.parse_datetime),
        "needs_review": _parses(cols.parse_bool),
        "is_example": _parses(cols.parse_bool),
    }
    for attr in cols.CSV_COLUMNS:
        if attr.startswith("acc_"):
            fits[attr] = _parses(cols.parse_availability)
    return fits


def _header_strength(header: str) -> tuple[str | None, int]:
    key = cols.header_key(header)
    compact = key.replace(" ", "")
    for attr, label in cols.CSV_COLUMNS.items():
        if compact in (cols.header_key(label).replace(" ", ""), attr.replace("_", "")):
            return attr, OWN
    if key in WEAK_HEADERS:
        return WEAK_HEADERS[key], WEAK
    attr = cols.guess_attribute(header)
    return (attr, ALIAS) if attr else (None, 0)


def _quoted(values: list[str]) -> str:
    return ", ".join(f"„{v[:40]}“" for v in values[:_EXAMPLES])


def guess_columns(
    headers: list[str],
    sample: list[list[str]],
    reference,
    chosen: dict[str, str | None] | None = None,
) -> dict[str, Guess]:
    """Header -> :class:`Guess`. ``chosen`` (header -> attr or None) is what a person set."""
    chosen = chosen or {}
    fits = _fits(reference)
    guesses: dict[str, Guess] = {}
    candidates: list[tuple[int, float, int, str, str]] = []
    for index, header in enumerate(headers):
        if not header.strip() or header in chosen:
            continue
        attr, strength = _header_strength(header)
        if attr is None:
            guesses[header] = Guess(
                None, "unknown", "Unbekannte Spalte; Inhalt wird nur mitgeführt."
            )
            continue
        values = [row[index].strip() for row in sample if index < len(row) and row[index].strip()]
        check = _weak_mainstream if (strength, attr) == (WEAK, "mainstream") else fits.get(attr)
        bad = [v for v in values if check and not check(v)]
        share = 1.0 if not values else 1 - len(bad) / len(values)
        label = cols.CSV_COLUMNS[attr]
        if strength < OWN and (not values or share < FIT_SHARE):
            why = (
                f"die Werte passen nicht (z. B. {_quoted(bad)})"
                if values
                else "die Spalte ist leer"
            )
            guesses[header] = Guess(
                None,
                "rejected",
                f"Nicht als „{label}“ übernommen: {why}; Inhalt wird nur mitgeführt.",
            )
            continue
        candidates.append((strength, share, -index, header, attr))
    used = {attr for attr in chosen.values() if attr}
    for strength, _share, _index, header, attr in sorted(candidates, reverse=True):
        label = cols.CSV_COLUMNS[attr]
        if attr in used:
            guesses[header] = Guess(
                None,
                "taken",
                f"„{label}“ kommt schon aus einer anderen Spalte; Inhalt wird nur mitgeführt.",
            )
            continue
        used.add(attr)
        if strength == OWN:
            guesses[header] = Guess(attr, "own", f"Erkannt: „{label}“.")
        else:
            guesses[header] = Guess(
                attr,
                "guessed",
                f"Vermutet: „{label}“ (Spaltenname und Werte passen) – bitte prüfen.",
            )
    for header, attr in chosen.items():
        label = cols.CSV_COLUMNS[attr] if attr else "nicht übernehmen"
        guesses[header] = Guess(attr, "user", f"Zugeordnet: „{label}“.")
    return {h: guesses[h] for h in headers if h in guesses}
