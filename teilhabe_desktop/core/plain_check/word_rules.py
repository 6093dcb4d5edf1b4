"""Rules about single words: abbreviations, numbers written as words, rare and long words.

A word is *rare* when it occurs less than about once per million words of everyday German
(wordfreq, Zipf below :data:`RARE_ZIPF`), in its form and as its lemma, and is not a short
compound of common nouns: "Tierhof" = "Tier" + "Hof" and "Kochkurs" are understood;
"Zuverdienst", "Ergotherapie" ("Ergo" is no noun) and "Kostenübernahme" (five syllables:
officialese) are not. Names (tag ``NE``) and the words of the glossary are never rare:
they are explained.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from teilhabe_desktop.core.plain_check import findings as f
from teilhabe_desktop.core.plain_check.findings import Finding
from teilhabe_desktop.core.plain_check.language import syllables, word_tags, zipf
from teilhabe_desktop.core.plain_check.tagged import Word
from teilhabe_desktop.core.plain_check.tokens import (
    DOT_ABBREVIATIONS,
    WEEKDAYS,
    Kind,
    has_vowel,
    word_set,
)

RARE_ZIPF = 3.0
#: A word with more syllables than this is long ("Bus-halte-stelle": split it).
MAX_SYLLABLES = 4
#: Compound parts shorter than this are not taken as words ("zu" + "verdienst") …
MIN_PART = 3
#: … and a first part at least this long ("Aus" + "hänge" is no compound of nouns).
MIN_HEAD = 4
#: Only compounds of at most this many syllables are understood from their parts.
MAX_COMPOUND_SYLLABLES = 4
_LINKING = ("s", "es", "n", "en", "e")
_PARTS = re.compile(r"[-–‑·'’]")
#: "So" is also a word ("So geht das"): an abbreviation only beside a time or weekday.
_AMBIGUOUS_WEEKDAYS = frozenset({"So"})
#: "ein" is the article far more often than the number.
_NOT_NUMBERS = word_set("ein eine einen einem einer eines")


def _parts(word: Word) -> list[tuple[str, int]]:
    """The pieces of a hyphenated word with their start: "Lobeda-Ost", "Tier·hof"."""
    pieces, start = [], word.token.start
    for piece in _PARTS.split(word.text):
        pieces.append((piece, start))
        start += len(piece) + 1
    return pieces


def _is_weekday(word: Word, near: list[Word]) -> bool:
    """Short weekdays: "Di und Do", "Mo–Fr", "Sa 10 Uhr"; "So" only beside a weekday or
    a number."""
    pieces = _PARTS.split(word.text)
    if not all(p in WEEKDAYS for p in pieces):
        return False
    if len(pieces) > 1 or word.text not in _AMBIGUOUS_WEEKDAYS:
        return True
    return any(n.token.kind is Kind.NUMBER or (n is not word and n.text in WEEKDAYS) for n in near)


def _is_abbreviation(word: Word, near: list[Word]) -> bool:
    """``near``: the words around ``word`` (two either side), ``word`` among them."""
    text = word.text
    if word.token.kind is Kind.DOTTED:
        return True
    if word.token.kind is not Kind.WORD:
        return False
    after = near[near.index(word) + 1] if near[-1] is not word else None
    if (
        after is not None
        and after.text == "."
        and after.token.start == word.token.end
        and (text.casefold() in DOT_ABBREVIATIONS or (len(text) == 1 and text.isupper()))
    ):  # the sentence's full stop after "usw" or an initial ("e. V.", "Jonas P.")
        return True
    if len(text) < 2:
        return False
    if _is_weekday(word, near):
        return True
    pieces = _PARTS.split(text)
    return any(
        len(p) >= 2 and (not has_vowel(p) or (p.isupper() and len(p) <= 5)) for p in pieces
    )  # ggf, bzw, Nr, WC, LS, gGmbH, SGB, ÖPNV


def _near(words: list[Word], i: int) -> list[Word]:
    return words[max(0, i - 2) : i + 3]


def abbreviations(words: list[Word]) -> Iterator[Finding]:
    for i, word in enumerate(words):
        if _is_abbreviation(word, _near(words, i)):
            yield Finding(f.ABBREVIATION, word.token.start, word.token.end)


@lru_cache(maxsize=4096)
def _is_number_word(word: str, part: bool = False) -> bool:
    """``word`` (lower case) is a number: "drei", "hundert", "einundzwanzig"."""
    if not word.isalpha() or len(word) < 3 or (word in _NOT_NUMBERS and not part):
        return False
    if word_tags(word)[:1] == ("CARD",) or (part and word == "ein"):
        return True
    head, _, tail = word.partition("und")  # einundzwanzig
    return bool(head and tail) and _is_number_word(head, True) and _is_number_word(tail, True)


def number_words(words: list[Word]) -> Iterator[Finding]:
    """Numbers as words: "drei", "zwölf", "einundzwanzig", "viermal" (Leichte Sprache:
    3, 12, 21, 4 Mal)."""
    for i, word in enumerate(words):
        if not word.is_letters or _is_abbreviation(word, _near(words, i)):  # ÖPNV: no number
            continue
        form = word.lower
        number = _is_number_word(form)
        if not number and form.endswith("mal") and len(form) > 3:
            number = _is_number_word(form[:-3])
        if number:
            yield Finding(f.NUMBER_WORD, word.token.start, word.token.end)


def _common(word: str) -> bool:
    return zipf(word) >= RARE_ZIPF


@lru_cache(maxsize=8192)
def _common_noun(word: str, least: int = MIN_PART) -> bool:
    return (
        len(word) >= least
        and _common(word)
        and any(t.startswith("NN") for t in word_tags(word.capitalize()))
    )


@lru_cache(maxsize=8192)
def _is_compound_of_common(word: str) -> bool:
    """``word`` (lower case) splits into common nouns, maybe with a linking "s" or "en":
    "tierhof", "freizeitgruppe", "tagesablauf"."""
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not (_common_noun(tail) or _is_compound_of_common(tail)):
            continue
        heads = [head] + [head[: -len(s)] for s in _LINKING if head.endswith(s)]
        if any(_common_noun(h, MIN_HEAD) for h in heads):
            return True
    return False


def _is_rare(piece: str, lemma: str) -> bool:
    lower = piece.casefold()
    if _common(lower) or _common(lemma.casefold()):
        return False
    return syllables(piece) > MAX_COMPOUND_SYLLABLES or not _is_compound_of_common(lower)


def _explained(piece: str, lemma: str, glossary: frozenset[str]) -> bool:
    return piece.casefold() in glossary or lemma.casefold() in glossary


def rare_and_long_words(words: list[Word], glossary: frozenset[str]) -> Iterator[Finding]:
    """Rare words (not in the glossary, not names) and nouns of many syllables (long
    compounds: "Bushaltestelle"; a verb such as "organisieren" is not split); a word that
    is rare is not also told to be long. Parts of hyphenated words count alone."""
    for i, word in enumerate(words):
        if not word.is_letters or word.pos == "NE" or word.pos == "CARD":
            continue
        if _is_abbreviation(word, _near(words, i)) or _explained(word.text, word.lemma, glossary):
            continue
        pieces = _parts(word)
        for piece, start in pieces:
            lemma = word.lemma if len(pieces) == 1 else piece
            if len(piece) < MIN_PART or _explained(piece, lemma, glossary):
                continue
            end = start + len(piece)
            if _is_rare(piece, lemma):
                yield Finding(f.RARE_WORD, start, end)
            elif word.pos.startswith("NN") and (count := syllables(piece)) > MAX_SYLLABLES:
                yield Finding(f.LONG_WORD, start, end, count)
