"""The round-trip fixtures must fill every field, or a dropped column goes unnoticed."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from teilhabe_desktop.core.plan import Person, Plan
from tests.plan_fixtures import full_person, full_plan


def _default(field: dataclasses.Field) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return dataclasses.MISSING


def _defaulted(value: Any, where: str) -> list[str]:
    """Paths of all fields below ``value`` that still hold their default."""
    found: list[str] = []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            current = getattr(value, field.name)
            path = f"{where}.{field.name}"
            if current == _default(field):
                found.append(path)
            found.extend(_defaulted(current, path))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            found.extend(_defaulted(item, f"{where}[{i}]"))
    elif isinstance(value, dict):
        for key, item in value.items():
            found.extend(_defaulted(item, f"{where}[{key!r}]"))
    return found


def _same_values(value: Any, where: str) -> list[str]:
    """Text or date fields of one item holding equal values (a swap would not show)."""
    found: list[str] = []
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        seen: dict[Any, str] = {}
        for field in dataclasses.fields(value):
            current = getattr(value, field.name)
            if isinstance(current, str | date):
                if current in seen:
                    found.append(f"{where}.{field.name} == {where}.{seen[current]}")
                seen[current] = field.name
            found.extend(_same_values(current, f"{where}.{field.name}"))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            found.extend(_same_values(item, f"{where}[{i}]"))
    return found


FIXTURES = [
    pytest.param(full_plan(offer_id="o1"), id="full_plan"),
    pytest.param(full_person(), id="full_person"),
]


@pytest.mark.parametrize("fixture", FIXTURES)
def test_no_field_of_the_fixture_keeps_its_default(fixture):
    assert _defaulted(fixture, type(fixture).__name__) == []


@pytest.mark.parametrize("fixture", FIXTURES)
def test_text_and_date_fields_of_one_item_differ(fixture):
    assert _same_values(fixture, type(fixture).__name__) == []


def test_the_guard_notices_a_default():
    plan = full_plan(offer_id="o1")
    plan.goals[1].no_offer_found = False
    plan.cash_advice = ""
    assert _defaulted(plan, "Plan") == ["Plan.goals[1].no_offer_found", "Plan.cash_advice"]
    assert _defaulted(Person("p", "A", "B", city="Weimar"), "Person")[0] == "Person.birth_date"
    assert "Plan.wishes" in _defaulted(Plan("p"), "Plan")
