"""Words and sentences of a German text, each with its character span.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets after it)
and at every line break: Leichte Sprache puts one sentence on a line, and a list item or
a heading has no full stop. A full stop does not end a sentence when it belongs to an
abbreviation ("z.B.", "ggf.", "Mo.") or to an ordinal number ("am 2. Juni").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Kind(Enum):
    WORD = "word"  # letters, maybe joined by hyphens: "Tierhof", "Lobeda-Ost", "Mo–Fr"
    NUMBER = "number"  # "3", "8:30", "2." (ordinal), "1.000"
    DOTTED = "dotted"  # an abbreviation with its full stop(s): "z.B.", "ggf.", "Mo."
    PUNCT = "punct"  # any other single character


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: Kind

    @property
    def is_word(self) -> bool:
        """A word of the sentence (counted for its length): not punctuation."""
        return self.kind is not Kind.PUNCT


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


def word_set(words: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(words.split())


_LETTERS = r"[^\W\d_]"
_TOKEN = re.compile(
    rf"(?P<dotted>(?:{_LETTERS}{{1,3}}\.){{2,}})"  # z.B. d.h. e.V. i.d.R.
    rf"|(?P<word>{_LETTERS}+(?:[-–‑·'’]{_LETTERS}+)*)"
    r"|(?P<number>\d+(?:[.,:]\d+)*)"
    r"|(?P<punct>\S)"
)
#: Abbreviations that contain a vowel and so are only told from a word by their full stop.
#: (Words without any vowel, "ggf", "bzw", "Nr", "Str", are abbreviations with or without.)
DOT_ABBREVIATIONS = word_set(
    "ca evtl inkl exkl usw etc bspw insb sog max min tel abs abt geb gem jan feb apr "
    "aug sep sept okt nov dez"
)
#: Short weekdays, with a capital only ("so." ends "Mach es so.").
WEEKDAYS = word_set("Mo Di Mi Do Fr Sa So")
_VOWEL = re.compile(r"[aeiouyäöüáéíóú]", re.IGNORECASE)
MONTHS = word_set(
    "januar jänner februar märz april mai juni juli august september oktober november dezember"
)
#: Abbreviations that usually stand before a name or a number, even one with a capital
#: ("Nr. 5", "Dr. Lange", "Mo. Vormittag"). Other abbreviations before a capital letter
#: leave the full stop to the sentence ("… bei der gGmbH. Sie …").
BEFORE_NAMES = word_set("nr tel str hr fr dr ca mo di mi do sa so abs geb")
_SENTENCE_END = frozenset(".!?…")
_CLOSING = frozenset("\"“”»«)]'’")
_SIGNS = ".,;:!?…\"“”»«()[]'’"


def has_vowel(word: str) -> bool:
    return _VOWEL.search(word) is not None


def _takes_full_stop(text: str, word: str, dot: int) -> bool:
    """``word`` is an abbreviation, and the full stop at ``dot`` after it is its own."""
    lower = word.casefold()
    abbreviation = word.replace("-", "").isalpha() and (
        lower in DOT_ABBREVIATIONS
        or word in WEEKDAYS
        or (not has_vowel(word) and len(word) <= 5)
        or lower.endswith("str")  # Goethestr. (Straße)
    )
    if not abbreviation:
        return False
    following = re.match(r"[ \t]*(\S?)", text[dot + 1 : dot + 20]).group(1)
    if not following:  # the end of the line or text ends the sentence too
        return False
    return not following.isupper() or lower in BEFORE_NAMES or lower.endswith("str")


def _is_ordinal(text: str, dot: int) -> bool:
    """The full stop at ``dot`` after a number makes it an ordinal ("2. Juni", "3. mal")."""
    rest = text[dot + 1 : dot + 40]
    match = re.match(r"[ \t]+(\S+)", rest)
    if not match:
        return False
    following = match.group(1)
    return following[0].islower() or following.strip(_SIGNS).casefold() in MONTHS


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = Kind(match.lastgroup)
        start, end = match.span()
        after_dot = end < len(text) and text[end] == "."
        if kind is Kind.WORD and after_dot and _takes_full_stop(text, match.group(), end):
            kind, end = Kind.DOTTED, end + 1
        elif kind is Kind.NUMBER and after_dot and _is_ordinal(text, end):
            end += 1
        if tokens and tokens[-1].end > start:  # the full stop was taken by the token before
            continue
        tokens.append(Token(text[start:end], start, end, kind))
    return tokens


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order; whitespace between them belongs to none."""
    sentences: list[Sentence] = []
    current: list[Token] = []
    ended = False

    def close() -> None:
        if current:
            sentences.append(Sentence(current[0].start, current[-1].end, tuple(current)))
            current.clear()

    for token in tokenize(text):
        if current and "\n" in text[current[-1].end : token.start]:
            close()
            ended = False
        if ended and not (token.kind is Kind.PUNCT and token.text in _SENTENCE_END | _CLOSING):
            close()
            ended = False
        current.append(token)
        if token.kind is Kind.PUNCT and token.text in _SENTENCE_END:
            ended = True
    close()
    return sentences
