"""Three-way merge of a central catalogue package into a workstation's catalogue.

*Base* is each entry as the last applied package had it, *mine* the entry here now,
*theirs* the entry in the new package. Field by field:

* the centre changed a field the caseworker did not touch → theirs applies;
* the caseworker changed a field the centre did not → mine stays;
* both changed it to different values → a :class:`Conflict` for the user (keep mine /
  take theirs); an answer is remembered for that central value, so the same conflict
  is not asked again;
* an entry without a base that differs here (the first package on a workstation whose
  catalogue came from elsewhere) counts as changed on both sides: conflicts;
* an entry the package no longer has is marked ended – "eingestellt (zentral)" – and
  never deleted (plans may link it); entries that only exist here stay as they are;
* an entry that came with a person's file ("aus Übergabe") is replaced by the central
  one with the same id.

Pure: no database, no files. The result says what to write; nothing is written here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from teilhabe_desktop.core.catalogue import Offer, OfferStatus
from teilhabe_desktop.core.plan_codec import to_data

#: The fields merged one by one (the id is the key; the time stamp follows the write).
MERGED_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Offer) if f.name not in ("id", "updated_at")
)
MINE, THEIRS = "mine", "theirs"


def value_of(offer: Offer, name: str) -> Any:
    """A field as plain JSON data (comparable, and how an answer is remembered)."""
    return to_data(getattr(offer, name))


@dataclass(frozen=True)
class Conflict:
    offer_id: str
    name: str  # the entry's name here, to show
    field: str
    mine: Any
    theirs: Any


#: ``choose(conflict) -> "mine" | "theirs" | None`` (None: not decided yet)
Chooser = Callable[[Conflict], str | None]


@dataclass
class MergeResult:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # newly "eingestellt (zentral)"
    from_handover: list[str] = field(default_factory=list)  # replaced by the central entry
    open_conflicts: list[Conflict] = field(default_factory=list)
    decided: list[tuple[Conflict, str]] = field(default_factory=list)
    #: the entries to write, as they will be
    to_write: dict[str, Offer] = field(default_factory=dict)
    #: the new base: the package's entries, and the removed ones as marked
    base: dict[str, Offer] = field(default_factory=dict)
    #: the ids the package has (every other id in ``base`` is removed centrally)
    central_ids: set[str] = field(default_factory=set)

    @property
    def complete(self) -> bool:
        return not self.open_conflicts


def removed_centrally(offer: Offer) -> Offer:
    """The entry as marked when the centre no longer has it."""
    return dataclasses.replace(offer, status=OfferStatus.ENDED)


def _merge_one(
    mine: Offer,
    base: Offer | None,
    theirs: Offer,
    choose: Chooser,
    result: MergeResult,
) -> Offer:
    merged = dataclasses.replace(mine)
    for name in MERGED_FIELDS:
        ours, central = value_of(mine, name), value_of(theirs, name)
        if ours == central:
            continue
        if base is not None:
            before = value_of(base, name)
            if central == before:
                continue  # only the caseworker changed it: mine stays
            if ours == before:
                setattr(merged, name, getattr(theirs, name))  # only the centre changed it
                continue
        conflict = Conflict(mine.id, mine.name, name, ours, central)
        choice = choose(conflict)
        if choice is None:
            result.open_conflicts.append(conflict)
            continue
        result.decided.append((conflict, choice))
        if choice == THEIRS:
            setattr(merged, name, getattr(theirs, name))
    return merged


def merge(
    base: Mapping[str, Offer],
    removed_before: set[str],
    mine: Mapping[str, Offer],
    theirs: Mapping[str, Offer],
    from_handover: set[str],
    choose: Chooser,
) -> MergeResult:
    """What applying ``theirs`` does (see the module text).

    ``base``: every entry of the last applied package, the removed ones as marked;
    ``removed_before``: the ids an earlier package removed; ``mine``: this catalogue's
    entries with an id in ``base`` or ``theirs``; ``from_handover``: ids of entries
    marked "aus Übergabe".
    """
    result = MergeResult(central_ids=set(theirs))
    for offer_id, central in theirs.items():
        result.base[offer_id] = central
        here = mine.get(offer_id)
        if here is None:
            result.new.append(offer_id)
            result.to_write[offer_id] = central
            continue
        if offer_id in from_handover:
            result.from_handover.append(offer_id)
            result.to_write[offer_id] = central
            continue
        merged = _merge_one(here, base.get(offer_id), central, choose, result)
        if merged == here:
            result.unchanged.append(offer_id)
        else:
            result.changed.append(offer_id)
            result.to_write[offer_id] = merged
    for offer_id, before in base.items():
        if offer_id in theirs:
            continue
        if offer_id in removed_before:
            result.base[offer_id] = before  # stays "eingestellt (zentral)"
            continue
        result.removed.append(offer_id)
        result.base[offer_id] = removed_centrally(before)
        here = mine.get(offer_id)
        if here is not None and here.status != OfferStatus.ENDED:
            result.to_write[offer_id] = removed_centrally(here)
    return result
