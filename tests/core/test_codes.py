"""Stable stored codes: every enum member has an ASCII code and a German label, and the
German values stored up to schema 5 still read as the right member."""

from __future__ import annotations

import re
from enum import Enum

import pytest

from teilhabe_desktop.core import catalogue, plan
from teilhabe_desktop.core.codes import LEGACY_VALUES, CodedEnum
from teilhabe_desktop.core.plan import GoalStatus, PlanSnapshot
from teilhabe_desktop.core.plan_codec import CodecError, from_data, to_data
from tests.plan_fixtures import full_person, full_plan

CODE = re.compile(r"^[a-z]+(_[a-z]+)*$")
ENUMS = sorted(
    {
        value
        for module in (catalogue, plan)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, CodedEnum) and value is not CodedEnum
    },
    key=lambda cls: cls.__name__,
)


def test_every_enum_of_catalogue_and_plan_is_coded():
    names = {cls.__name__ for cls in ENUMS}
    assert names == {
        "Availability",
        "Cost",
        "OfferStatus",
        "GoalKind",
        "GoalStatus",
        "NetworkSector",
        "StepOwner",
        "StrengthKind",
        "ResourceState",
        "Housing",
        "ConsentPurpose",
        "FactorKind",
        "ParticipantRole",
        "Rater",
        "PaymentForm",
    }
    for module in (catalogue, plan):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Enum):
                assert issubclass(value, CodedEnum), value


@pytest.mark.parametrize("enum", ENUMS, ids=lambda cls: cls.__name__)
def test_codes_are_ascii_snake_case_and_unique_and_every_member_has_a_label(enum):
    codes = [member.value for member in enum]
    labels = [member.label for member in enum]
    assert all(CODE.match(code) and code.isascii() for code in codes), codes
    assert len(set(codes)) == len(codes)
    assert all(isinstance(label, str) and label.strip() for label in labels)
    assert len(set(labels)) == len(labels)
    assert enum.labels() == dict(zip(enum, labels, strict=True))
    for member in enum:
        assert enum(member.value) is member


#: the enums that existed up to schema 5, when values were stored in German
SCHEMA_5_ENUMS = [cls for cls in ENUMS if cls.__name__ in LEGACY_VALUES]


@pytest.mark.parametrize("enum", SCHEMA_5_ENUMS, ids=lambda cls: cls.__name__)
def test_every_member_has_its_frozen_schema_5_value(enum):
    legacy = LEGACY_VALUES[enum.__name__]
    assert sorted(legacy.values()) == sorted(member.value for member in enum)
    codes = {member.value for member in enum}
    for old, code in legacy.items():
        assert old not in codes or old == code  # an old value never means another member
        assert enum(old) is enum(code)


def test_legacy_table_names_only_existing_enums():
    assert len(SCHEMA_5_ENUMS) == len(LEGACY_VALUES) == 8


def test_an_unknown_value_is_still_refused():
    with pytest.raises(ValueError):
        GoalStatus("fertig")
    with pytest.raises(ValueError):
        GoalStatus("Open")  # codes are exact


def _with_old_values(data, enum_by_key):
    """``data`` with every coded value replaced by its German schema-5 value."""
    if isinstance(data, dict):
        out = {}
        for key, value in data.items():
            enum = enum_by_key.get(key)
            if enum is not None and isinstance(value, str):
                out[key] = _old(enum, value)
            elif key == "accessibility" and isinstance(value, dict):
                out[key] = {k: _old(catalogue.Availability, v) for k, v in value.items()}
            else:
                out[key] = _with_old_values(value, enum_by_key)
        return out
    if isinstance(data, list):
        return [_with_old_values(v, enum_by_key) for v in data]
    return data


def _old(enum, code: str) -> str:
    inverse = {c: old for old, c in LEGACY_VALUES[enum.__name__].items()}
    return inverse[code]


def test_a_snapshot_written_with_the_old_german_values_still_decodes():
    offer = catalogue.Offer(
        "o1",
        "Tierheim",
        cost=catalogue.Cost.REDUCED,
        status=catalogue.OfferStatus.PAUSED,
        accessibility={"step_free": catalogue.Availability.NO},
    )
    snapshot = PlanSnapshot(full_person(), full_plan(offer_id="o1"), offers={"o1": offer})
    snapshot.plan.goals[0].status = GoalStatus.PARTLY
    new = to_data(snapshot)
    old = _with_old_values(new, {"sector": plan.NetworkSector, "owner": plan.StepOwner})
    # "status" and "kind" belong to two enums each: replace them where they are
    for goal in old["plan"]["goals"]:
        goal["status"] = _old(GoalStatus, goal["status"])
        goal["kind"] = _old(plan.GoalKind, goal["kind"])
    for strength in old["plan"]["strengths"]:
        strength["kind"] = _old(plan.StrengthKind, strength["kind"])
    for item in old["offers"].values():
        item["status"] = _old(catalogue.OfferStatus, item["status"])
        item["cost"] = _old(catalogue.Cost, item["cost"])
    assert old != new
    assert "teilweise erreicht" in str(old) and "ermäßigt möglich" in str(old)
    assert from_data(PlanSnapshot, old) == snapshot
    assert to_data(from_data(PlanSnapshot, old)) == new  # re-encoded, it holds codes


def test_a_wrong_value_names_the_codes_with_their_labels():
    data = to_data(full_plan())
    data["goals"][0]["status"] = "fertig"
    with pytest.raises(CodecError, match=r"„in_progress“ \(in Arbeit\)"):
        from_data(plan.Plan, data)
