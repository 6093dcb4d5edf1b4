"""Finalising only when the Gesamtplan is complete (§ 19 Abs. 2, § 121 Abs. 4 SGB IX)."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from teilhabe_desktop.core.gesamtplan_check import (
    REQUIREMENTS,
    ItemState,
    item_state,
    missing_items,
)
from teilhabe_desktop.core.plan import Housing, Person, Plan
from teilhabe_desktop.core.plan_checks import check_finalise
from teilhabe_desktop.core.plan_validation import PlanInvalid
from tests.plan_fixtures import complete_person, full_person, full_plan

TODAY = date(2026, 1, 15)

#: how to take each item away again from the complete fixture
REMOVE = {
    "consent": lambda p, plan: setattr(p, "consent_given", False),
    "housing": lambda p, plan: setattr(p, "housing", None),
    "authority": lambda p, plan: setattr(plan, "authority", " "),
    "application": lambda p, plan: setattr(plan, "application_date", None),
    "responsibility": lambda p, plan: setattr(plan, "responsible_since", None),
    "needs": lambda p, plan: setattr(plan, "needs_findings", ""),
    "instrument": lambda p, plan: setattr(plan, "assessment_date", None),
    "previous_support": lambda p, plan: setattr(plan, "previous_support", ""),
    "previous_experiences": lambda p, plan: setattr(plan, "previous_experiences", ""),
    "work_and_day": lambda p, plan: setattr(plan, "work_and_day", ""),
    "capabilities": lambda p, plan: plan.capabilities.pop(),
    "environment": lambda p, plan: plan.barriers.clear(),
    "employment_agency": lambda p, plan: setattr(plan, "employment_agency_statement", ""),
    "participants": lambda p, plan: plan.participants.clear(),
    "providers": lambda p, plan: [
        setattr(s, "provider", "") or setattr(s, "provider_organization_id", None)
        for s in plan.services
    ],
    "goals": lambda p, plan: setattr(plan.goals[0], "indicator", ""),
    "services": lambda p, plan: setattr(plan.services[0], "content", ""),
    "procedure": lambda p, plan: setattr(plan, "procedure", ""),
    "own_activities": lambda p, plan: (
        setattr(plan, "own_activities", ""),
        plan.steps.clear(),
    ),
    "self_help": lambda p, plan: [
        setattr(x, "state", None) for x in [*plan.strengths, *plan.network]
    ],
    "wunsch_und_wahlrecht": lambda p, plan: setattr(plan, "wunsch_und_wahlrecht", ""),
    "lump_sum": lambda p, plan: setattr(plan, "lump_sum_choice", ""),
    "medical": lambda p, plan: setattr(plan, "medical_findings", ""),
    "cash": lambda p, plan: (setattr(p, "housing", Housing.SPECIAL),
                             setattr(plan, "cash_advice", "")),
    "conference": lambda p, plan: setattr(plan, "conference_results", ""),
    "caring_relatives": lambda p, plan: setattr(plan, "caring_relatives", ""),
}  # fmt: skip


def _complete() -> tuple[Person, Plan]:
    plan = full_plan()
    plan.waivers = {}
    return full_person(), plan


def test_every_requirement_has_a_case_and_the_complete_fixture_misses_nothing():
    assert set(REMOVE) == {r.key for r in REQUIREMENTS}
    person, plan = _complete()
    assert missing_items(person, plan) == []
    check_finalise(person, plan, TODAY)


@pytest.mark.parametrize("requirement", REQUIREMENTS, ids=lambda r: r.key)
def test_the_gate_refuses_each_missing_item_and_names_it(requirement):
    person, plan = _complete()
    REMOVE[requirement.key](person, plan)
    assert [r.key for r in missing_items(person, plan)] == [requirement.key]
    with pytest.raises(PlanInvalid) as refused:
        check_finalise(person, plan, TODAY)
    assert f"Es fehlt: {requirement.label}" in refused.value.message
    assert "Abschnitt „" in refused.value.message


@pytest.mark.parametrize("requirement", [r for r in REQUIREMENTS if r.waivable],
                         ids=lambda r: r.key)  # fmt: skip
def test_an_item_that_may_be_left_out_passes_with_a_reason(requirement):
    person, plan = _complete()
    REMOVE[requirement.key](person, plan)
    plan.waivers[requirement.key] = "   "  # blank is no reason
    assert missing_items(person, plan) == [requirement]
    plan.waivers[requirement.key] = "liegt nicht vor"
    assert item_state(requirement, person, plan) == (ItemState.WAIVED, "liegt nicht vor")
    check_finalise(person, plan, TODAY)


@pytest.mark.parametrize("requirement", [r for r in REQUIREMENTS if not r.waivable],
                         ids=lambda r: r.key)  # fmt: skip
def test_an_item_that_the_law_requires_cannot_be_waived(requirement):
    person, plan = _complete()
    REMOVE[requirement.key](person, plan)
    plan.waivers[requirement.key] = "keine Zeit"
    assert missing_items(person, plan) == [requirement]


def test_cash_advice_applies_only_in_a_special_housing_form():
    person, plan = _complete()
    plan.cash_advice = ""
    for housing in Housing:
        person.housing = housing
        missing = [r.key for r in missing_items(person, plan)]
        assert missing == (["cash"] if housing is Housing.SPECIAL else [])


def test_a_name_only_person_misses_every_item():
    person = Person("p", "Anna", "Beispiel")
    missing = {r.key for r in missing_items(person, Plan("p"))}
    assert missing == {r.key for r in REQUIREMENTS} - {"cash"}
    complete_person(person)
    assert not {"consent", "housing"} & {r.key for r in missing_items(person, Plan("p"))}


def test_discarded_goals_do_not_need_an_indicator():
    from teilhabe_desktop.core.plan import GoalStatus

    person, plan = _complete()
    extra = copy.deepcopy(plan.goals[0])
    extra.id, extra.indicator, extra.status = "g-x", "", GoalStatus.DISCARDED
    plan.goals.append(extra)
    assert missing_items(person, plan) == []
