"""Every plan section of the registry is shown by a block of each report."""

from __future__ import annotations

import pytest

from teilhabe_desktop.core.plan_sections import section_keys
from teilhabe_desktop.reports import formal_sections, person_plan


@pytest.mark.parametrize("key", section_keys())
def test_every_section_has_a_gesamtplan_block_that_is_printed(key):
    block = formal_sections.PLAN_SECTION_BLOCKS[key]
    assert block in formal_sections.SECTIONS


@pytest.mark.parametrize("key", section_keys())
def test_every_section_is_in_mein_plan_or_deliberately_left_out(key):
    assert key in person_plan.PLAN_SECTION_BLOCKS
    block = person_plan.PLAN_SECTION_BLOCKS[key]
    assert block is None or block in person_plan.BLOCKS


def test_no_block_for_an_unknown_section():
    assert set(formal_sections.PLAN_SECTION_BLOCKS) == set(section_keys())
    assert set(person_plan.PLAN_SECTION_BLOCKS) == set(section_keys())
    # "Mein Plan" leaves out only what is for the file (the Sozialräume as chosen, the
    # procedure); the Leistungen print in plain words
    left_out = {k for k, b in person_plan.PLAN_SECTION_BLOCKS.items() if b is None}
    assert left_out == {"sozialraeume", "gesamtplan"}
