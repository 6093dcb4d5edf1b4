"""Shorter forms of a contact's name for the network map, longest first.

The map has little room per contact; where the whole name does not fit, the map shows the
first name ("Helga Schönfeld" → "Helga"), a title with the surname ("Herr Kaya
(Nachbar)" → "Herr Kaya"), and at last the initials ("H. S.") or, of a single long
word, its beginning ("Assisten…"). The list beside the map
and the tables keep the whole name.
"""

from __future__ import annotations

import re

#: a first word that is no first name: the name needs the word after it
TITLES = {"herr", "frau", "dr.", "prof.", "familie", "onkel", "tante", "oma", "opa"}
CUT = 8  # letters kept of a single long word
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]")


def name_variants(name: str) -> list[str]:
    """``name`` on one line, then ever shorter forms of it (no duplicates)."""
    full = " ".join(name.split())
    if not full:
        return []
    variants = [full]
    bare = " ".join(_BRACKETS.sub("", full).split()) or full
    variants.append(bare)
    words = bare.split()
    if len(words) > 1:
        if words[0].lower() in TITLES:
            variants.append(f"{words[0]} {words[1]}")
        else:
            variants.append(words[0].rstrip(","))
    initials = [w[0].upper() + "." for w in words if w[0].isalpha()]
    if len(initials) > 1:
        variants.append(" ".join(initials[:3]))
    elif len(words[0]) > CUT + 2:  # one long word ("Assistenzdienst"): its beginning
        variants.append(words[0][:CUT] + "…")
    return list(dict.fromkeys(v for v in variants if v))
