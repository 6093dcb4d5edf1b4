"""The checker against the labelled sentences in ``tests/data/plain_sentences.json``.

The set has realistic plan sentences (rule-breaking and clean), sentences from the demo
plans and the issue's examples, labelled by hand. Every finding code must keep at least
this precision and recall on it; ``make bench`` prints the figures.
"""

from __future__ import annotations

import json

import pytest

from teilhabe_desktop.core.plain_check import CODES
from teilhabe_desktop.core.plain_check.scores import score
from tests.conftest import TEST_DATA

MIN_PRECISION = 0.9
MIN_RECALL = 0.8


@pytest.fixture(scope="module")
def labelled():
    return json.loads((TEST_DATA / "plain_sentences.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores(labelled):
    return score(labelled["sentences"], labelled["glossary"])[0]


def test_the_set_is_large_and_covers_every_code(labelled):
    sentences = labelled["sentences"]
    assert len(sentences) >= 100
    assert sum(not s["expected"] for s in sentences) >= 40  # clean sentences too
    for code in CODES:
        assert sum(code in s["expected"] for s in sentences) >= 7, code
    assert {c for s in sentences for c in s["expected"]} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_precision_and_recall_per_code(scores, code):
    result = scores[code]
    assert result.precision >= MIN_PRECISION, result
    assert result.recall >= MIN_RECALL, result
