"""Folding text for umlaut-tolerant search.

People type "Gebärdensprache", "Gebaerdensprache" or "Gebardensprache" and expect the
same results; "Strasse" must find "Straße". The index therefore holds each word in two
spellings (umlauts spelled out, and umlauts/“ae” collapsed to the plain vowel) and a
query word is folded with umlauts spelled out; see :func:`index_text` and
:func:`query_terms`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from teilhabe_desktop.core.places import fold, spell_umlauts

_COLLAPSE = re.compile(r"(?<=[a-z])(ae|oe|ue)")
#: Words as the FTS5 ``unicode61`` tokenizer sees them: letters and digits only.
_WORD = re.compile(r"[^\W_]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
#: Bounds that keep any user text cheap to search.
MAX_QUERY_TERMS = 12
MAX_TERM_LENGTH = 40


def fold_plain(text: str) -> str:
    """Lower case, umlauts to the plain vowel ("ä" -> "a"), no accents."""
    return fold(text)


def _collapse(word: str) -> str:
    return _COLLAPSE.sub(lambda m: m.group(1)[0], word)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> tuple[str, ...]:
    """The folded word(s) of one raw word, umlauts spelled out."""
    if word.isascii():
        return (word.lower(),)
    folded = spell_umlauts(word)
    folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    return tuple(_WORD.findall(folded))


@lru_cache(maxsize=65536)
def _index_word(word: str) -> str:
    out: list[str] = []
    for folded in _fold_word(word):
        out.append(folded)
        collapsed = _collapse(folded)
        if collapsed != folded:
            out.append(collapsed)
    return " ".join(out)


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits), folded with umlauts spelled out."""
    text = unicodedata.normalize("NFC", text or "")
    return [w for raw in _WORD.findall(text) for w in _fold_word(raw)]


def index_text(text: str) -> str:
    """Text to put into the full-text index for ``text``.

    Each word appears spelled out ("gebaerdensprache") and, if different, collapsed
    ("gebardensprache"), so that every spelling a user may type finds it.
    """
    text = unicodedata.normalize("NFC", text or "")
    return " ".join(_index_word(raw) for raw in _WORD.findall(text))


def query_terms(text: str) -> list[str]:
    """Search words of a user's query, folded like the index (at most a few, bounded)."""
    terms: list[str] = []
    for word in words(text):
        word = word[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
        if len(terms) >= MAX_QUERY_TERMS:
            break
    return terms


def fts_match(text: str) -> str | None:
    """An FTS5 MATCH expression for user text: every word quoted, prefix match, AND.

    Returns ``None`` when the text has no searchable word. User text never reaches
    FTS5 syntax unquoted, so quotes, ``*``, ``-``, ``NEAR`` or emoji cannot raise.
    """
    terms = query_terms(text)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def sort_key(text: str) -> str:
    """Key for sorting names the German way (umlauts as plain vowels, case ignored)."""
    return unicodedata.normalize("NFC", fold_plain(text or ""))
