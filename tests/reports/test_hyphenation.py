"""German hyphenation: the Gesamtplan splits long words by syllable where a line ends,
"Mein Plan" (Leichte Sprache) never breaks a word."""

from __future__ import annotations

import pyphen

from tests.reports.pdfcheck import build, text
from tests.reports.snapshots import lobeda_snapshot

LONG_WORDS = [
    "Eingliederungshilfe",
    "Wohnungsbaugenossenschaft",
    "Nachbarschaftshilfe",
    "Freizeitgestaltung",
    "Arbeitsassistenz",
    "Teilhabeplanung",
]
#: Long words in a narrow table column (Gesamtplan) and in a goal block (Mein Plan).
INDICATOR = " ".join(LONG_WORDS * 4) + " Gemeinschaftsgarten-Projektgruppe" * 4


def _splits(content: str) -> list[tuple[str, str]]:
    """(head, tail) of every long word that is split with a hyphen at a line end."""
    found = []
    for word in LONG_WORDS:
        for cut in range(1, len(word)):
            head, tail = word[:cut], word[cut:]
            found += [(head, tail)] * content.count(f"{head}- {tail}")
    return found


def _snapshot():
    snapshot = lobeda_snapshot()
    snapshot.plan.goals[0].indicator = INDICATOR
    snapshot.plan.goals[0].plain_indicator = INDICATOR  # what Mein Plan prints
    return snapshot


def test_pyphen_brings_the_german_dictionary():
    assert "de_DE" in pyphen.LANGUAGES
    assert pyphen.Pyphen(lang="de_DE").inserted("Eingliederungshilfe") == "Ein-glie-de-rungs-hil-fe"


def test_the_gesamtplan_hyphenates_long_words_by_syllable():
    content = text(build("formal", _snapshot()))
    splits = _splits(content)
    assert splits, "no long word was hyphenated in the narrow indicator column"
    dictionary = pyphen.Pyphen(lang="de_DE")
    for head, tail in splits:
        assert (head, tail) in dictionary.iterate(head + tail)  # a syllable boundary
    # every word is there: whole or in two parts
    whole = sum(content.count(word) for word in LONG_WORDS)
    assert whole + len(splits) >= len(LONG_WORDS) * 4


def test_mein_plan_never_breaks_a_word():
    content = text(build("person", _snapshot()))
    assert _splits(content) == []
    for word in [*LONG_WORDS, "Gemeinschaftsgarten-Projektgruppe"]:
        assert content.count(word) == 4


def test_a_split_at_a_words_own_hyphen_shows_one_hyphen():
    snapshot = lobeda_snapshot()
    snapshot.plan.goals[0].indicator = "Werner-Seelenbinder-Straße Lobeda-Ost " * 12
    content = text(build("formal", snapshot))
    assert "Werner-Seelenbinder-" in content
    assert "--" not in content  # never "Lobeda-" and "-Ost" on the next line
