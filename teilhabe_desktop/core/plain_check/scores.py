"""Precision and recall of the checker per finding code, over labelled sentences.

A sentence counts for a code when the checker finds that code in it at least once; the
test suite and ``make bench`` both score ``tests/data/plain_sentences.json`` with this.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from teilhabe_desktop.core.plain_check.checker import PlainChecker
from teilhabe_desktop.core.plain_check.findings import CODES


@dataclass(frozen=True, slots=True)
class CodeScore:
    code: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


@dataclass(frozen=True, slots=True)
class Miss:
    """A labelled sentence where the checker's codes differ from the expected ones."""

    text: str
    missing: frozenset[str]
    unexpected: frozenset[str]


def score(
    labelled: Iterable[Mapping], glossary: Iterable[str] = ()
) -> tuple[dict[str, CodeScore], list[Miss]]:
    """``labelled``: ``{"text": …, "expected": [codes]}`` per sentence."""
    checker = PlainChecker(glossary)
    counts = {code: [0, 0, 0] for code in CODES}
    misses = []
    for item in labelled:
        expected = frozenset(item["expected"])
        found = frozenset(c for s in checker.check(item["text"]) for c in s.codes)
        for code in CODES:
            if code in found and code in expected:
                counts[code][0] += 1
            elif code in found:
                counts[code][1] += 1
            elif code in expected:
                counts[code][2] += 1
        if found != expected:
            misses.append(Miss(item["text"], expected - found, found - expected))
    return {code: CodeScore(code, *n) for code, n in counts.items()}, misses
