"""Checking a text against the rules of Leichte Sprache, sentence by sentence."""

from __future__ import annotations

from collections.abc import Iterable

from teilhabe_desktop.core.plain_check import grammar_rules, word_rules
from teilhabe_desktop.core.plain_check.findings import CODES, Finding, SentenceCheck
from teilhabe_desktop.core.plain_check.tagged import tag_sentence
from teilhabe_desktop.core.plain_check.tokens import split_sentences

_SENTENCE_RULES = (
    grammar_rules.too_long,
    grammar_rules.passive,
    grammar_rules.negation,
    grammar_rules.subjunctive,
    grammar_rules.genitive,
    word_rules.abbreviations,
    word_rules.number_words,
    grammar_rules.nested_clauses,
)
_ORDER = {code: n for n, code in enumerate(CODES)}


def normalize_glossary(words: Iterable[str]) -> frozenset[str]:
    """The glossary as the checker compares it: each word of each entry, case-folded
    ("Persönliches Budget" explains both words)."""
    return frozenset(part.casefold() for entry in words for part in entry.split() if part)


class PlainChecker:
    """Checks texts with one glossary of explained words (Sozialraum, Assistenz, …)."""

    def __init__(self, glossary: Iterable[str] = ()) -> None:
        self.glossary = normalize_glossary(glossary)

    def check(self, text: str) -> list[SentenceCheck]:
        results = []
        for sentence in split_sentences(text):
            words = tag_sentence(sentence)
            found: list[Finding] = [x for rule in _SENTENCE_RULES for x in rule(words)]
            found += word_rules.rare_and_long_words(words, self.glossary)
            found.sort(key=lambda x: (x.start, _ORDER[x.code], x.end))
            results.append(
                SentenceCheck(
                    sentence.start, sentence.end, text[sentence.start : sentence.end], tuple(found)
                )
            )
        return results


def check_text(text: str, glossary: Iterable[str] = ()) -> list[SentenceCheck]:
    """The sentences of ``text`` with their findings (see :mod:`.findings` for the codes)."""
    return PlainChecker(glossary).check(text)
