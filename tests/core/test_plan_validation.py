"""Dates typed by people, the 24-month review rule and plan checks."""

from __future__ import annotations

from datetime import date

import pytest

from teilhabe_desktop.core.plan import Goal
from teilhabe_desktop.core.plan_checks import check_draft, check_finalise, plan_problems
from teilhabe_desktop.core.plan_validation import (
    InvalidInput,
    PlanInvalid,
    WishInUse,
    add_months,
    latest_review_date,
    parse_date,
)
from tests.plan_fixtures import full_person, full_plan

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("24.12.2026", date(2026, 12, 24)), ("1.2.2026", date(2026, 2, 1)),
     ("2026-02-28", date(2026, 2, 28)), ("", None), ("  ", None)],
)  # fmt: skip
def test_parse_date_accepts_german_and_iso(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [("31.02.2026", "gibt es nicht"), ("29.02.2025", "gibt es nicht"), ("00.01.2026", "gibt es"),
     ("morgen", "kein Datum"), ("1.1.1800", "nicht plausibel"), ("x" * 100_000, "kein Datum")],
)  # fmt: skip
def test_impossible_dates_give_a_german_message(text, message):
    with pytest.raises(InvalidInput, match=message):
        parse_date(text)


def test_review_limit_is_24_months_and_handles_month_ends():
    assert latest_review_date(date(2026, 3, 1)) == date(2028, 3, 1)
    assert latest_review_date(date(2026, 2, 28)) == date(2028, 2, 28)
    assert add_months(date(2024, 2, 29), 24) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_a_complete_plan_has_no_problems():
    assert plan_problems(full_plan(), TODAY) == []
    check_finalise(full_person(), full_plan(), TODAY)


def test_goal_of_an_unknown_wish_blocks_saving():
    plan = full_plan()
    plan.goals.append(Goal("g9", "gone", "Ohne Wunsch"))
    with pytest.raises(WishInUse, match="Wunsch, den es nicht gibt"):
        check_draft(plan, TODAY)


def test_hint_level_problems_let_autosave_through_but_not_finalising():
    plan = full_plan()
    plan.review_date = date(2026, 6, 1)  # before the goal's target date
    plan.goals[1].title = ""
    hints = check_draft(plan, TODAY)
    assert {p.field for p in hints} == {"target_date", "title"}
    assert not any(p.blocking for p in hints)
    with pytest.raises(PlanInvalid):
        check_finalise(full_person(), plan, TODAY)


def test_review_date_in_the_past_blocks_finalising():
    plan = full_plan()
    plan.review_date = date(2026, 1, 1)
    plan.goals[0].target_date = None
    with pytest.raises(PlanInvalid, match="Vergangenheit"):
        check_finalise(full_person(), plan, TODAY)


def test_other_bad_values_are_reported():
    plan = full_plan()
    plan.network[0].closeness = 7
    plan.services[0].hours_per_week = -1
    plan.goals[0].life_domain = "d0"
    plan.steps[0].goal_id = "nope"
    messages = " ".join(p.message for p in plan_problems(plan, TODAY))
    for part in ("Nähe", "Stunden pro Woche", "Lebensbereich", "Schritt gehört zu keinem Ziel"):
        assert part in messages
