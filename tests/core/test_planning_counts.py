"""Counting persons, not goals; the < 3 rule and the totals over a hidden cell; merging."""

from __future__ import annotations

from datetime import date

import pytest

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.name_filter import contains_name, name_words
from teilhabe_desktop.core.planning_report import TOTAL, UNKNOWN, GoalFact, Period, count, merge
from teilhabe_desktop.core.planning_suppression import suppress

ROWS = {"lobeda": "Lobeda", "nord": "Nord"}


def fact(person: str, sozialraum: str | None = "lobeda", domain: str | None = "d9", **kw):
    return GoalFact(person, sozialraum, domain, **kw)


def test_a_person_with_several_goals_in_a_cell_counts_once():
    facts = [fact("a"), fact("a"), fact("a", domain="d4"), fact("b")]
    counts = count(facts, ROWS)
    assert counts.value("lobeda", "d9", "persons") == 2
    assert counts.value("lobeda", "d4", "persons") == 1
    # the row total counts persons over all domains: a and b, not 3 goals' worth
    assert counts.value("lobeda", TOTAL, "persons") == 2
    assert counts.value(TOTAL, TOTAL, "persons") == 2


def test_linked_offers_and_the_marker_are_counted_per_person():
    facts = [
        fact("a", linked_mainstream=True),
        fact("a", linked_special=True),
        fact("b", no_offer_found=True),
        fact("c"),
    ]
    counts = count(facts, ROWS)
    values = counts.counts[("lobeda", "d9")]
    assert values == {"persons": 3, "mainstream": 1, "special": 1, "no_link": 2,
                      "no_offer_found": 1}  # fmt: skip


def test_unknown_sozialraum_and_domain_have_their_own_row_and_column():
    counts = count([fact("a", sozialraum=None, domain=None)], ROWS)
    assert counts.value(UNKNOWN, UNKNOWN, "persons") == 1
    table = suppress(counts)
    assert UNKNOWN in table.rows and UNKNOWN in table.columns
    assert UNKNOWN not in suppress(count([fact("a")], ROWS)).rows


def test_cells_below_three_are_never_numbers_and_their_totals_are_hidden():
    facts = [fact(p) for p in "abc"] + [fact("d", domain="d4")]
    table = suppress(count(facts, ROWS))
    assert table.value("lobeda", "d9", "persons") == 3
    assert table.value("lobeda", "d4", "persons") is None
    assert table.text("lobeda", "d4", "persons") == "< 3"
    # 4 − 3 would give the hidden cell away: the row, column and grand totals go too
    assert table.value("lobeda", TOTAL, "persons") is None
    assert table.value(TOTAL, "d4", "persons") is None
    assert table.value(TOTAL, TOTAL, "persons") is None
    # a column without a hidden cell keeps its total; a zero is shown as 0
    assert table.value(TOTAL, "d9", "persons") == 3
    assert table.value("nord", "d9", "persons") == 0


def test_a_row_with_only_shown_cells_keeps_its_total():
    facts = [fact(p) for p in "abc"] + [fact(p, sozialraum="nord", domain="d1") for p in "x"]
    table = suppress(count(facts, ROWS))
    assert table.value("lobeda", TOTAL, "persons") == 3
    assert table.value("nord", TOTAL, "persons") is None


def test_two_plus_two_become_four_after_merging():
    one = count([fact("a"), fact("b")], ROWS)
    two = count([fact("a"), fact("b")], ROWS)  # other laptop, other persons
    assert suppress(one).value("lobeda", "d9", "persons") is None
    merged = merge([one, two])
    assert merged.value("lobeda", "d9", "persons") == 4
    assert suppress(merged).value("lobeda", "d9", "persons") == 4
    assert suppress(merged).value(TOTAL, TOTAL, "persons") == 4
    assert merged.workstations == 2


def test_one_plus_one_stay_hidden_after_merging():
    merged = merge([count([fact("a")], ROWS), count([fact("b")], ROWS)])
    assert suppress(merged).value("lobeda", "d9", "persons") is None


def test_merging_refuses_different_periods_and_the_same_file_twice():
    a = count([fact("a")], ROWS, Period(date(2026, 1, 1), None))
    b = count([fact("b")], ROWS, Period(None, None))
    with pytest.raises(UserError, match="Zeiträume"):
        merge([a, b])
    a.export_ids = ("same",)
    with pytest.raises(UserError, match="mehrfach"):
        merge([a, a])


def test_notes_show_only_from_three_persons_on():
    notes = [fact(p, no_offer_found=True, missing_note=f"Chor {p}") for p in "ab"]
    table = suppress(count(notes, ROWS))
    assert table.notes == {} and table.notes_withheld == 1
    third = fact("c", no_offer_found=True, missing_note="  Chor   c ")
    table = suppress(count([*notes, third], ROWS))
    assert table.notes[("lobeda", "d9")] == ("Chor a", "Chor b", "Chor c")


def test_a_note_with_a_persons_name_is_dropped():
    names = name_words(["Karl", "Weiß", "von der Heide"])
    facts = [fact(p, no_offer_found=True, missing_note="Tandem mit Herrn Weiss") for p in "abc"]
    counts = count(facts, ROWS, names=names)
    assert counts.notes == {} and counts.dropped_notes == 3
    assert contains_name("Treffen bei KARL", names)
    assert contains_name("Fahrdienst Heide", names)
    assert not contains_name("Karlsruhe und der Chor", names)  # whole words; "der" is no name


def test_the_period_keeps_goals_active_in_it():
    old = fact("a", ended_on=date(2025, 12, 31))
    future = fact("b", started_on=date(2026, 7, 1))
    running = fact("c", started_on=date(2025, 1, 1))
    counts = count([old, future, running], ROWS, Period(date(2026, 1, 1), date(2026, 6, 30)))
    assert counts.value("lobeda", "d9", "persons") == 1
    with pytest.raises(UserError):
        Period(date(2026, 2, 1), date(2026, 1, 1))


def test_min_cell_below_three_is_refused():
    with pytest.raises(UserError, match="3 oder größer"):
        suppress(count([], ROWS), min_cell=2)
    table = suppress(count([fact(p) for p in "abcd"], ROWS), min_cell=5)
    assert table.text("lobeda", "d9", "persons") == "< 5"
