"""What the checker finds: stable English codes, German messages, character spans."""

from __future__ import annotations

from dataclasses import dataclass, field

SENTENCE_TOO_LONG = "sentence_too_long"
PASSIVE = "passive"
NEGATION = "negation"
SUBJUNCTIVE = "subjunctive"
GENITIVE = "genitive"
ABBREVIATION = "abbreviation"
NUMBER_WORD = "number_word"
RARE_WORD = "rare_word"
LONG_WORD = "long_word"
NESTED_CLAUSES = "nested_clauses"

#: German name and advice per code; ``{n}`` is the number a finding carries.
_TEXTS: dict[str, tuple[str, str]] = {
    SENTENCE_TOO_LONG: ("Langer Satz ({n} Wörter)", "Höchstens 12 Wörter, eine Aussage."),
    PASSIVE: ("Passiv", "Schreiben Sie, wer etwas tut."),
    NEGATION: ("Verneinung", "Gibt es ein positives Wort? „nicht gut“: „schlecht“."),
    SUBJUNCTIVE: ("Möglichkeitsform", "Schreiben Sie, was ist oder was man tut."),
    GENITIVE: ("Genitiv", "Besser mit „von“: das Haus von meinem Bruder."),
    ABBREVIATION: ("Abkürzung", "Schreiben Sie das ganze Wort."),
    NUMBER_WORD: ("Zahl als Wort", "Schreiben Sie die Ziffer: 3 statt drei."),
    RARE_WORD: ("Seltenes Wort", "Ein einfacheres Wort – oder erklären Sie es im Wörter-Buch."),
    LONG_WORD: ("Langes Wort ({n} Silben)", "Trennen Sie es: Bus-Halte-Stelle."),
    NESTED_CLAUSES: ("Verschachtelter Satz ({n} Nebensätze)", "Teilen Sie ihn in kurze Sätze."),
}
#: Every code the checker knows, in the order findings of one sentence are listed.
CODES: tuple[str, ...] = tuple(_TEXTS)
#: Findings about the whole sentence: their span is the sentence, so it is not quoted.
SENTENCE_CODES = frozenset({SENTENCE_TOO_LONG, NESTED_CLAUSES})
#: A quoted span longer than this is shortened in the middle.
MAX_QUOTE = 40


@dataclass(frozen=True, slots=True)
class Finding:
    """One finding: ``text[start:end]`` is what it is about."""

    code: str
    start: int
    end: int
    #: the number in the message: words of a long sentence, syllables, subordinate clauses
    count: int = 0

    @property
    def label(self) -> str:
        return _TEXTS[self.code][0].format(n=self.count)

    @property
    def advice(self) -> str:
        return _TEXTS[self.code][1]

    @property
    def message(self) -> str:
        return f"{self.label}: {self.advice}"

    def line(self, text: str) -> str:
        """One German line for a person reading the findings of ``text``:
        ``Passiv „wird von Jonas organisiert“: Schreiben Sie, wer etwas tut.``"""
        if self.code in SENTENCE_CODES:
            return self.message
        return f"{self.label} „{quote(text[self.start : self.end])}“: {self.advice}"


def quote(span: str) -> str:
    """``span`` on one line, shortened in the middle when it is long."""
    span = " ".join(span.split())
    if len(span) <= MAX_QUOTE:
        return span
    half = (MAX_QUOTE - 3) // 2
    return f"{span[:half].rstrip()} … {span[-half:].lstrip()}"


@dataclass(frozen=True, slots=True)
class SentenceCheck:
    """A sentence of the checked text (``text[start:end]``) and its findings in order."""

    start: int
    end: int
    text: str
    findings: tuple[Finding, ...] = field(default=())

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]
