"""A sentence with the part of speech and lemma of each token (from HanTa)."""

from __future__ import annotations

from dataclasses import dataclass

from teilhabe_desktop.core.plain_check.language import tag
from teilhabe_desktop.core.plain_check.tokens import Kind, Sentence, Token


@dataclass(frozen=True, slots=True)
class Word:
    token: Token
    lemma: str
    #: STTS tag as HanTa writes it: ``NN``, ``NE``, ``ART``, ``VA(FIN)``, ``VV(PP)``, ``$,`` …
    pos: str

    @property
    def text(self) -> str:
        return self.token.text

    @property
    def lower(self) -> str:
        return self.token.text.casefold()

    @property
    def is_finite_verb(self) -> bool:
        return self.pos.endswith("(FIN)")

    @property
    def is_letters(self) -> bool:
        """Only letters (hyphens between them allowed): a word, not a number or sign."""
        return self.token.kind is Kind.WORD


def tag_sentence(sentence: Sentence) -> list[Word]:
    tagged = tag(tuple(t.text for t in sentence.tokens))
    return [Word(t, lemma, pos) for t, (lemma, pos) in zip(sentence.tokens, tagged, strict=True)]


def clauses(words: list[Word]) -> list[list[Word]]:
    """The sentence cut at commas, dashes, colons and semicolons and before "und"/"oder"."""
    parts: list[list[Word]] = [[]]
    for word in words:
        if word.pos in ("$,", "$(", "$.") or word.pos == "KON":
            parts.append([])
            if word.pos != "KON":
                continue
        parts[-1].append(word)
    return [p for p in parts if p]
