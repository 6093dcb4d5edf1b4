"""Which items still lack a plain text, and the findings of Mein Plan's texts."""

from __future__ import annotations

from teilhabe_desktop.core.glossary import SHIPPED, known_words
from teilhabe_desktop.core.plain_coverage import findings_count, missing_plain, plain_texts
from teilhabe_desktop.core.plan import GoalStatus
from tests.reports.snapshots import lobeda_snapshot


def test_items_without_a_plain_text_are_listed_with_the_field_to_jump_to():
    snapshot = lobeda_snapshot()
    missing = {m.key: m for m in missing_plain(snapshot.plan)}
    assert "goal:g1:plain_title" not in missing  # written
    assert missing["goal:g2:plain_indicator"].section == "goals"
    assert missing["step:st2:plain"].label.startswith("Schritt „Beratungsgespräch")
    assert "step:st4:plain" not in missing  # done: Mein Plan leaves it out
    assert missing["strength:s3:plain"].section == "resources"
    assert "contact:n2:plain" in missing and "contact:n1:plain" not in missing
    assert "service:sv1:plain" not in missing  # its kind says it in plain words
    snapshot.plan.goals[1].status = GoalStatus.DISCARDED
    assert "goal:g2:plain_indicator" not in {m.key for m in missing_plain(snapshot.plan)}


def test_the_findings_of_the_printed_texts_are_counted():
    snapshot = lobeda_snapshot()
    texts = plain_texts(snapshot.plan, snapshot.offers.values())
    assert "Auf dem Hof leben viele Tiere.\nIch kann dort mithelfen." in texts
    glossary = known_words(SHIPPED)
    before = findings_count(texts, glossary)
    snapshot.plan.steps[0].plain_text = "Der Termin wird vom Tierhof vergeben."
    after = findings_count(plain_texts(snapshot.plan, snapshot.offers.values()), glossary)
    assert after == before + 1  # the passive
