"""German word matching of a wish or goal ("Ich möchte mit Tieren arbeiten.") against offers.

The rules, in order:

1. **Words.** Text is split at anything that is not a letter. Function words and words
   that say nothing about a topic ("ich", "mit", "und", "einen", "möchte", "will",
   "gehen", "Woche", …; see :data:`STOPWORDS`) and words shorter than
   :data:`MIN_LENGTH` letters are dropped. Umlauts may be written either way
   ("möchte", "moechte").
2. **Stems.** Each word is reduced to its stem by the Snowball German stemmer
   (``snowballstemmer``, the well-known Porter-style algorithm for German), umlauts
   folded: "arbeiten", "arbeitet", "Arbeit" -> ``arbeit``; "Tiere", "Tieren" -> ``tier``.
   A final "t" of a verb is tolerated: "kocht" meets "kochen".
3. **Meeting an offer word.** A stem meets a word of the offer when the word has the same
   stem, or when the word is a compound that *begins* with the stem (stem of at least 4
   letters, at least 3 more letters follow: "Tier" -> "Tierhof", "Koch" -> "Kochkurs") or
   *ends* with it (stem of at least 5 letters: "Struktur" -> "Tagesstruktur",
   "Gruppe" -> "Freizeitgruppe"). Never the other way round: "Treffpunkt" does not meet
   "Treff", and "unternehmen" does not meet "unter".

This module knows nothing of offers: :func:`match_fields` takes weighted texts, so the
caller decides that a hit in the name counts more than one in the description.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from teilhabe_desktop.core.places import fold

#: Words shorter than this never count (after the stop words are dropped).
MIN_LENGTH = 3
#: A stem must be this long to meet the first part of a compound ("tier" -> "tierhof") …
MIN_HEAD = 4
#: … and this long to meet the last part ("struktur" -> "tagesstruktur").
MIN_TAIL = 5
#: The rest of a compound has at least this many letters ("hof" in "tierhof").
MIN_REST = 3
#: At most this many significant words are taken from the wish and goal texts …
MAX_TERMS = 20
#: … from the first characters of each text only, and no word longer than this counts
#: (bounds the work for pasted or runaway text).
MAX_TEXT = 5000
MAX_WORD = 40

_STOPWORD_TEXT = """
    ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere du dich dir
    sie ihr ihm ihn ihnen er es man jemand jemanden jemandem die der das den dem des
    sich euch euer eure ihre ihren ihrem ihrer ihres einander
    ein eine einen einem einer eines kein keine keinen keinem keiner
    und oder aber auch noch schon nur nicht mehr wieder immer nie dann wenn dass weil
    als wie was wer wo wohin woher warum ob so da dort hier ganz ganzen ganze sehr
    denen deren dessen welche welcher welches welchen niemand nichts alles andere anderen
    dabei damit dafur dazu davon darauf daran darin dann denn doch mal halt eben
    mit ohne fur von vom zum zur bei beim nach aus auf uber unter vor im in am an um bis
    zu durch gegen seit zwischen pro je ab
    mochte mochten mocht will willst wollen wollte mag mogen wurde wurden gerne gern
    kann kannst konnen konnte soll sollen sollte muss mussen musste darf durfen
    bin bist ist sind war waren sein seine seinen seiner sei habe hast hat haben hatte
    werde wirst wird werden geworden brauch brauche brauchst braucht brauchen
    gehen geht gehe hingehen kommen kommt komme machen macht mache finden findet finde
    sagen sagt wissen weiss tun besuchen besucht haben schaffen probieren ausprobieren
    trifft treffe triffst traf trafen gibt gab lasst lassen bleibt bleiben steht stehen
    selbst selber allein alleine eigene eigenen eigener eigenes etwas was viel viele
    bitte einmal zweimal dreimal viermal mal irgendwann irgendwas irgendwo jetzt bald
    neu neue neuen alt gut gute guten besser paar einige alle allen jeden jede jeder
    eins zwei drei vier funf sechs sieben acht neun zehn
    tag tage tagen woche wochen monat monate jahr jahre stunde stunden uhr zeit
    ziel ziele moglich regelmassig regelmaessig regelmassige regelmassigen fest feste festen
    oft manchmal jeweils meist meistens hin her hinein heraus
"""
#: Function words and words without a topic, folded (umlauts as plain vowels).
STOPWORDS: frozenset[str] = frozenset(_STOPWORD_TEXT.split())

_WORD = re.compile(r"[^\W\d_]+")
_SPELLED = re.compile(r"(?<=[a-z])(ae|oe|ue)")


@lru_cache(maxsize=1)
def _stemmer():
    """The German Snowball stemmer, loaded on first use: ``snowballstemmer`` imports the
    stemmers of all its languages (~0.1 s), which no first screen needs."""
    import snowballstemmer

    return snowballstemmer.stemmer("german")


def _key(word: str) -> str:
    """Folded, spelled-out umlauts collapsed: "Möchte", "Moechte" -> "mochte"."""
    return _SPELLED.sub(lambda m: m.group(1)[0], fold(word))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one word: ``stem("Tieren") == "tier"``, ``stem("arbeitet") == "arbeit"``."""
    return fold(_stemmer().stemWord(word.casefold()))


def significant(word: str) -> bool:
    """Whether ``word`` may say something about a topic (long enough, no function word)."""
    key = _key(word)
    return MIN_LENGTH <= len(key) <= MAX_WORD and key not in STOPWORDS and key.isalpha()


def query_terms(*texts: str, exclude: Iterable[str] = ()) -> dict[str, str]:
    """The significant words of ``texts``: stem -> the word as first written.

    Words with a stem in ``exclude`` are left out (place or person names). Two words whose
    stems differ only by a final "t" ("kochen", "kocht") count once.
    """
    skip = set(exclude)
    terms: dict[str, str] = {}
    for text in texts:
        for raw in _WORD.findall((text or "")[:MAX_TEXT]):
            if not significant(raw):
                continue
            key = stem(raw)
            if key in skip or any(v in terms for v in _variants(key)):
                continue
            terms[key] = raw
            if len(terms) >= MAX_TERMS:
                return terms
    return terms


def stems_of(text: str) -> set[str]:
    """The stems of every word of ``text`` (no stop words dropped; runaway words skipped)."""
    return {stem(raw) for raw in _WORD.findall(text or "") if len(raw) <= MAX_WORD}


def _variants(key: str) -> tuple[str, ...]:
    """``key`` and its forms with or without a final verb "t" ("koch", "kocht")."""
    if key.endswith("t") and len(key) > MIN_HEAD:
        return key, key[:-1]
    return key, key + "t"


class FieldWords:
    """The stems of one text field, ready for :func:`meets` (build once, test often)."""

    __slots__ = ("joined", "stems")

    def __init__(self, text: str) -> None:
        self.stems = frozenset(stems_of(text))
        self.joined = " " + " ".join(self.stems) + " "


@lru_cache(maxsize=8192)
def field_words(text: str) -> FieldWords:
    return FieldWords(text)


#: A query stem ready for :func:`meets`: (stem, its forms with/without a final "t").
Key = tuple[str, frozenset[str]]


def prepare(keys: Iterable[str]) -> tuple[Key, ...]:
    """Query stems made ready once for many :func:`match_fields` calls."""
    return tuple((key, frozenset(_variants(key))) for key in keys)


def meets(key: Key, field: FieldWords) -> bool:
    """Whether the query stem ``key`` meets a word of ``field`` (rule 3 of the module doc)."""
    text, variants = key
    if not variants.isdisjoint(field.stems):
        return True
    size = len(text)
    if size < MIN_HEAD:
        return False
    joined = field.joined
    at = joined.find(text)
    while at >= 0:
        start = joined.rfind(" ", 0, at) + 1
        end = joined.find(" ", at)
        if at == start and end - at - size >= MIN_REST:
            return True  # the first part of a compound: "tier" in "tierhof"
        if end == at + size and size >= MIN_TAIL and at - start >= MIN_REST:
            return True  # the last part of a compound: "struktur" in "tagesstruktur"
        at = joined.find(text, at + 1)
    return False


def match_fields(keys: Sequence[Key], fields: Sequence[tuple[float, str]]) -> dict[str, float]:
    """Each query stem that meets a word of a field, with the best field's weight.

    ``keys`` come from :func:`prepare`; ``fields`` are ``(weight, text)`` pairs, e.g.
    ``[(2.5, name), (1.0, description)]``.
    """
    prepared = [(weight, field_words(text)) for weight, text in fields if text]
    prepared.sort(key=lambda pair: -pair[0])
    hits: dict[str, float] = {}
    for key in keys:
        text, variants = key
        for weight, words in prepared:
            # the two cheap tests inline: most stems are in no field at all
            if not variants.isdisjoint(words.stems) or (text in words.joined and meets(key, words)):
                hits[text] = weight
                break
    return hits
