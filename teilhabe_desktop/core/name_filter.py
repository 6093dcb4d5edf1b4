"""Does a free text name a person? For the notes of planning reports.

Caseworkers write short notes on what is missing ("Schwimmkurs für Frauen"); a note
must not carry a name into an anonymous report. :func:`name_words` turns the first and
last names of the persons in the database into folded words, :func:`contains_name`
checks a note word by word (whole words, umlauts and case folded, so "Mueller" and
"Muller" find "Müller"). Name particles ("von", "der") are no names of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from teilhabe_desktop.core.places import fold, fold_spelled

_WORD = re.compile(r"[^\W\d_]+")
#: Parts of names that are ordinary words as well; never a name on their own.
PARTICLES = frozenset(
    {"von", "vom", "van", "der", "den", "de", "du", "la", "le", "zu", "zum", "zur", "und",
     "di", "da", "del", "dos", "ten", "ter", "el", "al", "bin", "ibn"}
)  # fmt: skip


def _words(text: str) -> set[str]:
    """Each word in both spellings: "Müller" as "mueller" and "muller"."""
    text = text or ""
    return set(_WORD.findall(fold_spelled(text))) | set(_WORD.findall(fold(text)))


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The folded words of ``names`` that identify someone (two letters or more)."""
    found: set[str] = set()
    for name in names:
        found.update(w for w in _words(name) if len(w) >= 2 and w not in PARTICLES)
    return frozenset(found)


def contains_name(text: str, names: frozenset[str]) -> bool:
    """True when a word of ``text`` is one of the ``names`` words."""
    return bool(names) and any(word in names for word in _words(text))
