"""Street names and house numbers as people write them.

"Karl-Marx-Allee", "Karl Marx Allee" and "karl-marx-allee" are one street; so are
"Löbdergraben", "Loebdergraben" and "Lobdergraben", and "Hauptstraße", "Hauptstrasse",
"Hauptstr." and "Haupt-Str". :func:`street_keys` gives the keys a street is compared by;
:func:`split_address` takes a written address apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from teilhabe_desktop.core.places import fold, fold_spelled

# "straße", "strasse", "str." and "str" (also glued: "Hauptstr.") are one word
_STREET_WORD = re.compile(r"stras+e\b|str\b\.?")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_POSTCODE = re.compile(r"(?<!\d)(\d{5})(?!\d)")
# the house number at the end: "12", "12a", "12 a", "Nr. 12", "12-14", "12/1"
_NUMBER = re.compile(
    r"^(?P<street>.*?\D)[\s,]*(?:nr\.?\s*)?(?P<number>\d{1,4})\s*(?P<suffix>[a-z]?)"
    r"(?:\s*[-–/]\s*\d{1,4}\s*[a-z]?)?\s*$",
    re.IGNORECASE,
)


def _key(folded: str) -> str:
    return _NOT_ALNUM.sub("", _STREET_WORD.sub("str", folded))


def street_keys(street: str) -> tuple[str, ...]:
    """Keys of ``street`` (umlauts spelled out first, then collapsed); empty for no name."""
    text = unicodedata.normalize("NFC", street or "")
    keys = []
    for folded in (fold_spelled(text), fold(text)):
        key = _key(folded)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def street_key(street: str) -> str:
    """The key a street directory stores: umlauts spelled out ("loebdergraben")."""
    keys = street_keys(street)
    return keys[0] if keys else ""


@dataclass(frozen=True)
class Address:
    """A written address taken apart; ``number`` is ``None`` when none was written."""

    street: str
    number: int | None = None
    suffix: str = ""  # "a" of "12a"
    postcode: str = ""

    @property
    def house_number(self) -> str:
        return "" if self.number is None else f"{self.number}{self.suffix}"


def split_address(text: str) -> Address:
    """``"Karl-Marx-Allee 12a, 07747 Jena"`` -> street, 12, "a", "07747".

    Only the part before the first comma is the street line; a five-digit postcode
    anywhere is taken as such. A street name with digits ("Straße des 17. Juni 5")
    keeps them: the house number is the last number.
    """
    text = (text or "").strip()
    postcode_match = _POSTCODE.search(text)
    postcode = postcode_match.group(1) if postcode_match else ""
    line = text.split(",", 1)[0]
    line = _POSTCODE.sub(" ", line).strip()
    match = _NUMBER.match(line)
    if match is None:
        return Address(line.strip(" ,"), None, "", postcode)
    street = match.group("street").strip(" ,")
    return Address(street, int(match.group("number")), match.group("suffix").lower(), postcode)
