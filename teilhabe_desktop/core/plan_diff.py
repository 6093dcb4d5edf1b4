"""What changed between two plans (a version and the one before, or the draft)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from teilhabe_desktop.core.codes import CodedEnum
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.formatting import shorten
from teilhabe_desktop.core.plan import PLAN_TEXT_LABELS, Plan, PlanSnapshot

ADDED = "hinzugefügt"
REMOVED = "entfernt"
CHANGED = "geändert"
#: length of an item's text in a change line (references to other items: QUOTE_LENGTH)
ITEM_LENGTH = 50


@dataclass(frozen=True)
class Change:
    section: str  # "Wünsche", "Ziele", … as in the plan workspace
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
    return shorten(str(value))


_LABELS = {
    "wishes": {"text": "Wortlaut", "said_on": "gesagt am", "said_by": "gesagt von",
               "life_domain": "Lebensbereich"},
    "goals": {"title": "Text", "wish_id": "Wunsch", "kind": "Art", "life_domain": "Lebensbereich",
              "indicator": "Woran merken wir es", "target_date": "Zieldatum", "status": "Status",
              "evaluation_note": "Bewertung", "evaluation_date": "bewertet am",
              "differing_view": "Abweichende Sichtweise",
              "no_offer_found": "kein passendes Angebot",
              "missing_offer_note": "Was fehlt"},
    "strengths": {"text": "Text", "kind": "Art"},
    "network": {"name": "Name", "sector": "Bereich", "closeness": "Nähe",
                "helps_with": "hilft bei", "contact": "Kontakt"},
    "barriers": {"text": "Text"},
    "offer_links": {"goal_id": "Ziel", "offer_id": "Angebot", "note": "Notiz"},
    "steps": {"what": "Was", "owner": "Wer", "who": "Name", "due_date": "bis", "done": "erledigt",
              "goal_id": "Ziel"},
    "services": {"type": "Art", "provider": "Anbieter", "hours_per_week": "Stunden pro Woche",
                 "start": "Beginn", "end": "Ende"},
}  # fmt: skip


def _items(
    changes: list[Change],
    section: str,
    noun: str,
    key: str,
    old: Sequence,
    new: Sequence,
    name: Callable[[Any], str],
    show: Callable[[str, Any], str] | None = None,
) -> None:
    show = show or (lambda _field, value: _show(value))
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
                label = _LABELS[key].get(f.name, f.name)
                changes.append(
                    Change(
                        section,
                        CHANGED,
                        f"{noun} „{name(previous)}“: {label} {show(f.name, was)} → "
                        f"{show(f.name, now)}",
                    )
                )


def diff_plans(
    old: Plan,
    new: Plan,
    sozialraum_names: dict[str, str] | None = None,
    offer_names: dict[str, str] | None = None,
) -> list[Change]:
    """The changes from ``old`` to ``new``, in the order of the plan workspace."""
    rooms = sozialraum_names or {}
    offers = offer_names or {}
    goal_titles = {g.id: g.title for g in [*old.goals, *new.goals]}
    wish_texts = {w.id: w.text for w in [*old.wishes, *new.wishes]}

    def show_ref(field: str, value: Any) -> str:
        if value is None:
            return "–"
        if field == "goal_id":
            return f"„{shorten(goal_titles.get(value, value))}“"
        if field == "wish_id":
            return f"„{shorten(wish_texts.get(value, value))}“"
        if field == "offer_id":
            return f"„{shorten(offers.get(value, value))}“"
        return _show(value)

    changes: list[Change] = []
    if old.review_date != new.review_date:
        changes.append(
            Change(
                "Überprüfung",
                CHANGED,
                f"Überprüfung: {_show(old.review_date)} → {_show(new.review_date)}",
            )
        )
    _items(changes, "Wünsche", "Wunsch", "wishes", old.wishes, new.wishes,
           lambda w: shorten(w.text, ITEM_LENGTH), show_ref)  # fmt: skip
    _items(changes, "Ziele", "Ziel", "goals", old.goals, new.goals,
           lambda g: shorten(g.title, ITEM_LENGTH), show_ref)  # fmt: skip
    _items(changes, "Ressourcen", "Ressource", "strengths", old.strengths, new.strengths,
           lambda s: shorten(s.text, ITEM_LENGTH))  # fmt: skip
    _items(changes, "Netzwerk", "Kontakt", "network", old.network, new.network,
           lambda n: shorten(n.name, ITEM_LENGTH))  # fmt: skip
    _items(changes, "Barrieren", "Barriere", "barriers", old.barriers, new.barriers,
           lambda b: shorten(b.text, ITEM_LENGTH))  # fmt: skip
    for room in new.sozialraum_ids:
        if room not in old.sozialraum_ids:
            changes.append(
                Change("Sozialräume", ADDED, f"Sozialraum {rooms.get(room, room)} {ADDED}")
            )
    for room in old.sozialraum_ids:
        if room not in new.sozialraum_ids:
            changes.append(
                Change("Sozialräume", REMOVED, f"Sozialraum {rooms.get(room, room)} {REMOVED}")
            )
    _items(changes, "Angebote", "Angebot", "offer_links", old.offer_links, new.offer_links,
           lambda o: shorten(offers.get(o.offer_id, o.offer_id), ITEM_LENGTH),
           show_ref)  # fmt: skip
    _items(changes, "Schritte", "Schritt", "steps", old.steps, new.steps,
           lambda s: shorten(s.what, ITEM_LENGTH), show_ref)  # fmt: skip
    _items(changes, "Leistungen", "Leistung", "services", old.services, new.services,
           lambda s: shorten(s.type, ITEM_LENGTH))  # fmt: skip
    for field, label in PLAN_TEXT_LABELS.items():
        if getattr(old, field) != getattr(new, field):
            changes.append(Change("Formaler Plan", CHANGED, f"{label} geändert"))
    return changes


def diff_snapshots(old: PlanSnapshot, new: PlanSnapshot) -> list[Change]:
    """Changes between two snapshots, named with the offers and Sozialräume they hold."""
    offers = {i: o.name for i, o in old.offers.items()} | {i: o.name for i, o in new.offers.items()}
    rooms = old.sozialraum_names | new.sozialraum_names
    return diff_plans(old.plan, new.plan, rooms, offers)
