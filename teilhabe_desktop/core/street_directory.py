"""The street directory (Straßenverzeichnis): street and house numbers -> statistical district.

The city's Statistikstelle assigns each street, or ranges of its house numbers, to one
of the 41 statistical districts; a range may hold all numbers of the range or only its
even or odd ones (the two sides of the street). See ``docs/strassen-csv.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from teilhabe_desktop.core.codes import CodedEnum
from teilhabe_desktop.core.street_names import street_keys


class Side(CodedEnum):
    ALL = "all", "alle"
    EVEN = "even", "gerade"
    ODD = "odd", "ungerade"

    def holds(self, number: int) -> bool:
        if self is Side.EVEN:
            return number % 2 == 0
        if self is Side.ODD:
            return number % 2 == 1
        return True


@dataclass(frozen=True)
class StreetRange:
    """One row of the directory. ``number_from``/``number_to`` ``None``: open ended."""

    street: str
    district_code: int
    number_from: int | None = None
    number_to: int | None = None
    side: Side = Side.ALL
    postcode: str = ""

    def holds(self, number: int) -> bool:
        if self.number_from is not None and number < self.number_from:
            return False
        if self.number_to is not None and number > self.number_to:
            return False
        return self.side.holds(number)

    @property
    def numbers(self) -> str:
        """The range as German text: "1–29 (ungerade)", "alle Hausnummern"."""
        if self.number_from is None and self.number_to is None:
            text = "alle Hausnummern"
        elif self.number_to is None:
            text = f"ab {self.number_from}"
        elif self.number_from is None:
            text = f"bis {self.number_to}"
        else:
            text = f"{self.number_from}–{self.number_to}"
        return text if self.side is Side.ALL else f"{text} ({self.side.label})"


@dataclass(frozen=True)
class StreetMatch:
    """What the directory says about one street and number."""

    street: str  # as the directory writes it
    number: int | None
    ranges: tuple[StreetRange, ...]  # the rows that hold the number (all rows: no number)

    @property
    def district_codes(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(r.district_code for r in self.ranges))


class StreetDirectory:
    """Lookups in the directory by street name in any spelling (see ``street_names``)."""

    def __init__(self, ranges: Iterable[StreetRange]) -> None:
        self._by_key: dict[str, list[StreetRange]] = {}
        self._count = 0
        for row in ranges:
            self._count += 1
            for key in street_keys(row.street):
                self._by_key.setdefault(key, []).append(row)

    def __len__(self) -> int:
        return self._count

    def knows(self, street: str) -> bool:
        return bool(self._rows(street))

    def lookup(self, street: str, number: int | None = None, postcode: str = "") -> StreetMatch:
        """The rows of ``street`` that hold ``number`` (every row when ``number`` is None).

        With a postcode, rows of another postcode are left out, unless none would remain.
        An unknown street, or a number outside every range, gives no rows.
        """
        rows = self._rows(street)
        if postcode:
            same = [r for r in rows if not r.postcode or r.postcode == postcode]
            rows = same or rows
        if number is not None:
            rows = [r for r in rows if r.holds(number)]
        name = rows[0].street if rows else street.strip()
        return StreetMatch(name, number, tuple(rows))

    def _rows(self, street: str) -> list[StreetRange]:
        for key in street_keys(street):
            rows = self._by_key.get(key)
            if rows:
                return rows
        return []
