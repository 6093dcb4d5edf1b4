"""Finding the Sozialraum of a place name as people write it.

People name places by statistical district ("Lobeda-Ost"), by Ortsteil ("Neulobeda"),
by everyday names ("Schlegelsberg") or abbreviated ("Göschw."). Matching ignores case,
umlaut spelling ("Wöllnitz" = "Woellnitz" = "Wollnitz"), hyphens and spaces
("Neu-Lobeda" = "Neulobeda"), a trailing "Ort" and words such as "Ortsteil" or "Jena".
Where a text names a district and the Ortsteil it lies in ("Beutenberg (Jena-Süd)"), the
district wins: it says more precisely where.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not at run time: the catalogue's rows need only `fold` (issue 16)
    from teilhabe_desktop.core.reference import PlaceName

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SEPARATORS = re.compile(r"[\s\-‐‑–—/_.,;:]+")
#: by ``PlaceKind`` value: the most precise kind of name wins
_PRIORITY = {"district": 0, "alias": 1, "ortsteil": 2, "sozialraum": 3}
_ORTSTEIL = "ortsteil"


def fold(text: str) -> str:
    """Lower-case, strip accents, unify separators. ``"ä"`` becomes ``"a"``."""
    if text.isascii():  # no accents, no "ß": the same result without the walk per letter
        return _SEPARATORS.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss")
    return _SEPARATORS.sub(" ", text).strip()


def spell_umlauts(text: str) -> str:
    """Lower case with German umlauts spelled out: "Größe" -> "groesse"."""
    return unicodedata.normalize("NFC", text).casefold().translate(_GERMAN)


def fold_spelled(text: str) -> str:
    """Like :func:`fold`, but "ä" becomes "ae" (as people type without umlaut keys)."""
    return fold(spell_umlauts(text))


def normalize_place(text: str) -> str:
    """Key for comparing place names: folded, German umlauts spelled out, no trailing "Ort"."""
    key = fold_spelled(text)
    if key.endswith(" ort"):
        key = key[: -len(" ort")]
    return key


# words that only say what kind of place follows ("Jena, Ortsteil Winzerla"); the city's
# name goes last, as it is part of names too ("Ortsteil Jena-Süd")
_FILLERS = (
    re.compile(r"\b(?:ortsteil|ot|stadtteil|statistischer bezirk|bezirk|wohngebiet)\b"),
    re.compile(r"\b(?:stadt )?jena\b"),
)


def _variants(text: str) -> set[str]:
    # "Wöllnitz" may come as "Woellnitz" or "Wollnitz"; compare both spellings, with and
    # without the spaces that hyphens became ("Neu-Lobeda" = "Neulobeda").
    keys = {normalize_place(text), fold(text).removesuffix(" ort")}
    return keys | {key.replace(" ", "") for key in keys}


def _without_fillers(text: str) -> list[str]:
    """``text`` without the words of the first, then of all :data:`_FILLERS`."""
    stripped, result = fold(text), []
    for filler in _FILLERS:
        stripped = filler.sub(" ", stripped).strip()
        result.append(stripped)
    return result


class PlaceResolver:
    """Resolves free-text place names against the reference data."""

    def __init__(self, places: Iterable[PlaceName]) -> None:
        self._by_key: dict[str, list[PlaceName]] = {}
        for place in places:
            for key in _variants(place.name):
                self._by_key.setdefault(key, []).append(place)

    def resolve(self, text: str) -> list[PlaceName]:
        """All places of the best kind that ``text`` names (empty when none)."""
        text = (text or "").strip()
        if not text:
            return []
        hits = self._exact(text)
        if not hits and text.endswith("."):
            hits = self._prefix(text)
        if not hits:
            hits = self._parts(text)
        return hits

    def named(self, text: str) -> list[PlaceName]:
        """Every place of any kind whose name is exactly ``text`` (in any spelling)."""
        return self._all_exact((text or "").strip())

    def sozialraum_of(self, text: str) -> str | None:
        """The one Sozialraum ``text`` lies in, or ``None`` if unknown or ambiguous."""
        ids = {p.sozialraum_id for p in self.resolve(text)}
        return ids.pop() if len(ids) == 1 else None

    def _best(self, places: list[PlaceName]) -> list[PlaceName]:
        if not places:
            return []
        best = min(_PRIORITY[p.kind.value] for p in places)
        unique = {p: None for p in places if _PRIORITY[p.kind.value] == best}
        return list(unique)

    def _exact(self, text: str) -> list[PlaceName]:
        return self._best(self._all_exact(text))

    def _prefix(self, text: str) -> list[PlaceName]:
        found: list[PlaceName] = []
        for prefix in _variants(text):
            if len(prefix) < 3:
                continue
            for key, places in self._by_key.items():
                if key.startswith(prefix):
                    found.extend(places)
        return self._best(found)

    def _all_exact(self, text: str) -> list[PlaceName]:
        found: list[PlaceName] = []
        for key in _variants(text):
            found.extend(self._by_key.get(key, []))
        return list(dict.fromkeys(found))

    def _parts(self, text: str) -> list[PlaceName]:
        # "Neulobeda (Lobeda-West)", "Jena-Zentrum (abgeleitet)", "07747 Jena, Lobeda-Ost",
        # "Jena, Ortsteil Winzerla": try the pieces, without words like "Ortsteil".
        pieces = [p.strip() for p in re.split(r"[(),;]|\d{5}", text) if p.strip()]
        named: list[list[PlaceName]] = []
        for piece in pieces:
            hits = self._all_exact(piece)
            for shorter in _without_fillers(piece):
                hits = hits or (self._all_exact(shorter) if shorter else [])
            if hits:
                named.append(hits)
        # a piece naming an Ortsteil that another piece names a district of says less:
        # "Beutenberg (Jena-Süd)" is Beutenberg, not the district Jena-Süd
        precise = {
            p.ortsteil_id
            for hits in named
            for p in hits
            if p.district_code is not None and not self._names_ortsteil(hits, p.ortsteil_id)
        }
        found = [
            p
            for hits in named
            if not any(o.kind.value == _ORTSTEIL and o.ortsteil_id in precise for o in hits)
            for p in hits
        ]
        return self._best(found)

    @staticmethod
    def _names_ortsteil(hits: list[PlaceName], ortsteil_id: int | None) -> bool:
        return any(p.kind.value == _ORTSTEIL and p.ortsteil_id == ortsteil_id for p in hits)
