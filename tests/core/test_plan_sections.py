"""The plan-section registry: one ordered list of sections that the rest follows."""

from __future__ import annotations

import copy
import dataclasses
import typing
from datetime import date, timedelta
from enum import Enum

import pytest

from teilhabe_desktop.core import plan_diff
from teilhabe_desktop.core.plan import Plan
from teilhabe_desktop.core.plan_checks import plan_problems
from teilhabe_desktop.core.plan_diff import CHANGED, diff_plans
from teilhabe_desktop.core.plan_sections import (
    ITEM_LISTS,
    PLAN_SECTIONS,
    check_every_section,
    plan_section,
    section_keys,
    section_of,
)
from tests.plan_fixtures import full_plan

PLAN_FIELDS = {f.name for f in dataclasses.fields(Plan)}


def test_keys_are_unique_and_numbered_one_to_n_in_order():
    keys = [spec.key for spec in PLAN_SECTIONS]
    assert len(set(keys)) == len(keys) == 9
    assert [spec.number for spec in PLAN_SECTIONS] == list(range(1, len(PLAN_SECTIONS) + 1))
    assert section_keys() == tuple(keys)
    assert all(plan_section(key).key == key for key in keys)
    with pytest.raises(KeyError):
        plan_section("person")


def test_order_and_labels_are_those_of_the_workspace():
    assert [(s.key, s.label) for s in PLAN_SECTIONS] == [
        ("wishes", "Wünsche und Wille"),
        ("goals", "Ziele"),
        ("resources", "Ressourcen und Netzwerk"),
        ("sozialraeume", "Sozialräume"),
        ("offers", "Angebote"),
        ("steps", "Schritte"),
        ("services", "Leistungen"),
        ("gesamtplan", "Verfahren und Bedarf"),
        ("review", "Überprüfung und Versionen"),
    ]


def test_item_lists_are_plan_attributes_with_a_label_for_every_field():
    hints = typing.get_type_hints(Plan)
    attrs = [item_list.attr for spec in PLAN_SECTIONS for item_list in spec.lists]
    assert len(set(attrs)) == len(attrs) and list(ITEM_LISTS) == attrs
    for spec in PLAN_SECTIONS:
        assert set(spec.plan_fields) <= PLAN_FIELDS
    for attr, item_list in ITEM_LISTS.items():
        assert attr in PLAN_FIELDS
        (item_type,) = typing.get_args(hints[attr])
        if item_list.ids_only:
            assert item_type is str
            continue
        names = {f.name for f in dataclasses.fields(item_type)} - {"id"}
        assert set(item_list.fields) == names, attr
        assert item_list.name_field in names | {"id"}, attr


def _other(value):
    """A value of the same kind that differs from ``value``."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, Enum):
        return next(m for m in type(value) if m is not value)
    if isinstance(value, date):
        return value + timedelta(days=1)
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, list):
        return [*value, "neu"]
    return value + " (neu)"


def test_every_change_line_is_labelled_from_the_registry():
    old = full_plan(offer_id="o1")
    for attr, item_list in ITEM_LISTS.items():
        if item_list.ids_only:
            continue
        for field in item_list.fields:
            new = copy.deepcopy(old)
            item = getattr(new, attr)[0]
            if field == "closeness":
                setattr(item, field, 2)
            else:
                setattr(item, field, _other(getattr(item, field)))
            (change,) = diff_plans(old, new)
            assert change.section == item_list.label
            assert change.kind == CHANGED
            assert change.description.startswith(f"{item_list.noun} „")
            assert f"“: {item_list.fields[field]} " in change.description, (attr, field)


def test_sections_plan_fields_and_id_lists_are_labelled_from_the_registry():
    old = full_plan()
    new = copy.deepcopy(old)
    new.review_date = date(2027, 6, 30)
    new.sozialraum_ids.remove("nord")
    review, rooms = diff_plans(old, new, {"nord": "Nord"})
    assert review.section == plan_section("review").short_label
    assert review.description.startswith(plan_section("review").plan_fields["review_date"])
    assert rooms.section == ITEM_LISTS["sozialraum_ids"].label
    assert rooms.description == "Sozialraum Nord entfernt"


def test_the_comparison_follows_a_changed_registry(monkeypatch):
    def relabel(item_list):
        return dataclasses.replace(
            item_list,
            label=item_list.label.upper(),
            fields={k: v.upper() for k, v in item_list.fields.items()},
        )

    relabelled = tuple(
        dataclasses.replace(spec, lists=tuple(relabel(i) for i in spec.lists))
        for spec in reversed(PLAN_SECTIONS)
    )
    monkeypatch.setattr(plan_diff, "PLAN_SECTIONS", relabelled)
    old = full_plan()
    new = copy.deepcopy(old)
    new.goals[0].status = _other(new.goals[0].status)
    new.wishes[0].text = "Anders."
    goal, wish = diff_plans(old, new)  # reversed order: goals before wishes
    assert (goal.section, wish.section) == ("ZIELE", "WÜNSCHE")
    assert ": STATUS " in goal.description and ": WORTLAUT " in wish.description


def test_every_problem_of_a_broken_plan_has_a_registry_location():
    plan = full_plan(offer_id="o1")
    for attr, item_list in ITEM_LISTS.items():
        items = getattr(plan, attr)
        if not item_list.ids_only:
            items.append(copy.deepcopy(items[0]))  # the same id twice
    plan.sozialraum_ids.append("nord")
    plan.review_date = date(2999, 1, 1)
    plan.procedure = "x" * 20_000
    problems = plan_problems(plan, date(2026, 1, 1))
    locations = {(p.section, p.field) for p in problems}
    assert {section for section, _ in locations} == set(ITEM_LISTS) - {"sozialraum_ids"} | {"plan"}
    for section, field in locations:
        spec = section_of(section, field)
        if field == "procedure":
            assert spec is None  # a formal plan text, no plan section
        else:
            assert spec is not None, (section, field)
    assert section_of("plan", "review_date") is plan_section("review")
    assert section_of("plan", "sozialraum_ids") is plan_section("sozialraeume")
    assert section_of("network") is plan_section("resources")
    assert section_of("person", "last_name") is None
    duplicate = next(p for p in problems if p.section == "strengths" and p.field == "id")
    assert "„Ressourcen“" in duplicate.message  # the German label, not the attribute


def test_a_registry_of_widgets_or_blocks_must_cover_every_section():
    complete = dict.fromkeys(section_keys(), "block")
    check_every_section(complete, "block", {"block"})
    with pytest.raises(RuntimeError, match=r"without block.*'review'"):
        check_every_section({k: v for k, v in complete.items() if k != "review"}, "block")
    with pytest.raises(RuntimeError, match=r"unknown keys: \['map'\]"):
        check_every_section(complete | {"map": "block"}, "block")
    with pytest.raises(RuntimeError, match="never printed"):
        check_every_section(complete, "block", {"another block"})
    check_every_section(dict.fromkeys(section_keys()), "block", ())  # None: left out
