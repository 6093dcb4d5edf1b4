"""What changed between two plans (a version and the one before, or the draft)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from teilhabe_desktop.core.codes import CodedEnum
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.formatting import shorten
from teilhabe_desktop.core.gesamtplan_check import REQUIREMENT_BY_KEY
from teilhabe_desktop.core.plan import PLAN_TEXT_LABELS, Plan, PlanSnapshot
from teilhabe_desktop.core.plan_sections import PLAN_SECTIONS, ItemList

ADDED = "hinzugefügt"
REMOVED = "entfernt"
CHANGED = "geändert"
#: length of an item's text in a change line (references to other items: QUOTE_LENGTH)
ITEM_LENGTH = 50
#: the group of changes to the formal texts (PLAN_TEXT_LABELS, edited under Verfahren)
FORMAL_PLAN = "Formaler Plan"


@dataclass(frozen=True)
class Change:
    section: str  # "Wünsche", "Ziele", …: ItemList.label or SectionSpec.short_label
    kind: str  # ADDED, REMOVED or CHANGED
    description: str  # German sentence, e.g. "Ziel „…“: Status offen → erreicht"


def _show(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, date):
        return german_date(value)
    if isinstance(value, CodedEnum):
        return value.label
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    if isinstance(value, list):
        return shorten(", ".join(_show(v) for v in value)) if value else "–"
    return shorten(str(value))


def _waivers(changes: list[Change], section: str, label: str, was: dict, now: dict) -> None:
    """One line per mandatory item whose "entfällt" reason changed."""
    for key in sorted(set(was) | set(now)):
        if was.get(key) != now.get(key):
            item = REQUIREMENT_BY_KEY[key].label if key in REQUIREMENT_BY_KEY else key
            line = f"{label} – {item}: {_show(was.get(key))} → {_show(now.get(key))}"
            changes.append(Change(section, CHANGED, line))


def _items(
    changes: list[Change],
    item_list: ItemList,
    old: Sequence,
    new: Sequence,
    name: Callable[[Any], str],
    show: Callable[[str, Any], str],
) -> None:
    section, noun = item_list.label, item_list.noun
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    for item in new:
        if item.id not in before:
            changes.append(Change(section, ADDED, f"{noun} „{name(item)}“ {ADDED}"))
    for item in old:
        if item.id not in after:
            changes.append(Change(section, REMOVED, f"{noun} „{name(item)}“ {REMOVED}"))
    for item in new:
        previous = before.get(item.id)
        if previous is None:
            continue
        for f in fields(item):
            if f.name == "id":
                continue
            was, now = getattr(previous, f.name), getattr(item, f.name)
            if was != now:
                label = item_list.fields.get(f.name, f.name)
                changes.append(
                    Change(
                        section,
                        CHANGED,
                        f"{noun} „{name(previous)}“: {label} {show(f.name, was)} → "
                        f"{show(f.name, now)}",
                    )
                )


def _ids(changes: list[Change], item_list: ItemList, old: list, new: list, names: dict) -> None:
    section, noun = item_list.label, item_list.noun
    for item_id in new:
        if item_id not in old:
            changes.append(Change(section, ADDED, f"{noun} {names.get(item_id, item_id)} {ADDED}"))
    for item_id in old:
        if item_id not in new:
            changes.append(
                Change(section, REMOVED, f"{noun} {names.get(item_id, item_id)} {REMOVED}")
            )


def diff_plans(
    old: Plan,
    new: Plan,
    sozialraum_names: dict[str, str] | None = None,
    offer_names: dict[str, str] | None = None,
) -> list[Change]:
    """The changes from ``old`` to ``new``: the plan's single values first (the review
    date heads a comparison), then the items section by section in the order of
    :data:`PLAN_SECTIONS`, then the formal plan's texts."""
    rooms = sozialraum_names or {}
    offers = offer_names or {}
    goal_titles = {g.id: g.title for g in [*old.goals, *new.goals]}
    wish_texts = {w.id: w.text for w in [*old.wishes, *new.wishes]}
    references = {"goal_id": goal_titles, "wish_id": wish_texts, "offer_id": offers}

    def show_ref(field: str, value: Any) -> str:
        if value is None:
            return "–"
        if field in references:
            return f"„{shorten(references[field].get(value, value))}“"
        return _show(value)

    def name_of(item_list: ItemList) -> Callable[[Any], str]:
        names = references.get(item_list.name_field, {})

        def name(item: Any) -> str:
            value = getattr(item, item_list.name_field)
            return shorten(names.get(value, value), ITEM_LENGTH)

        return name

    changes: list[Change] = []
    for spec in PLAN_SECTIONS:
        for field, label in spec.plan_fields.items():
            was, now = getattr(old, field), getattr(new, field)
            if field == "waivers":
                _waivers(changes, spec.short_label, label, was, now)
            elif was != now:
                changes.append(
                    Change(spec.short_label, CHANGED, f"{label}: {_show(was)} → {_show(now)}")
                )
    for spec in PLAN_SECTIONS:
        for item_list in spec.lists:
            was, now = getattr(old, item_list.attr), getattr(new, item_list.attr)
            if item_list.ids_only:
                _ids(changes, item_list, was, now, rooms)
            else:
                _items(changes, item_list, was, now, name_of(item_list), show_ref)
    for field, label in PLAN_TEXT_LABELS.items():
        if getattr(old, field) != getattr(new, field):
            changes.append(Change(FORMAL_PLAN, CHANGED, f"{label} geändert"))
    return changes


def diff_snapshots(old: PlanSnapshot, new: PlanSnapshot) -> list[Change]:
    """Changes between two snapshots, named with the offers and Sozialräume they hold."""
    offers = {i: o.name for i, o in old.offers.items()} | {i: o.name for i, o in new.offers.items()}
    rooms = old.sozialraum_names | new.sozialraum_names
    return diff_plans(old.plan, new.plan, rooms, offers)
