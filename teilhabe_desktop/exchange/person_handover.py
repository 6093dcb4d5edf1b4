"""Storing a person's file in this database: a case handed over whole, all or nothing.

The draft's linked offers are resolved against this catalogue: an entry with the same
id is linked as it is here; an entry this catalogue lacks comes from the file (format 4:
as the sending catalogue had it; older files: the newest frozen copy of a version) and
is stored marked "aus Übergabe – bitte prüfen" — or as a normal entry when the user
chooses ``add_offers``. Finalised versions bring their frozen offers and print as frozen.

A person whose id already exists is never merged: ``on_existing`` says ``"refuse"``
(:class:`PersonExists`), ``"replace"`` (the old one is erased in the same transaction)
or ``"keep_both"`` (the file's person gets a new id).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import Plan, PlanVersion
from teilhabe_desktop.core.plan_validation import PlanInvalid
from teilhabe_desktop.exchange.person_json import PersonFile, PersonFileError, linked_offer_ids
from teilhabe_desktop.store.connection import checkpoint
from teilhabe_desktop.store.offer_handover import HandoverMarks

ON_EXISTING = ("refuse", "replace", "keep_both")
#: The plan's lists whose items have ids that are unique in the whole database.
_ITEM_LISTS = (
    "wishes", "goals", "strengths", "network", "barriers", "offer_links", "steps", "services",
)  # fmt: skip


class PersonExists(PersonFileError):
    """The person is already here: the user chooses replace, keep both or cancel."""

    def __init__(self, name: str, person_id: str) -> None:
        super().__init__(
            f"Die Person „{name}“ (Kennung {person_id}) ist bereits vorhanden. Die Datei "
            "kann sie ersetzen (--replace) oder als zweite Person mit neuer Kennung "
            "hinzukommen (--keep-both). Es wurde nichts gespeichert."
        )


@dataclass
class ImportOutcome:
    person_id: str
    display_name: str
    linked: list[str] = field(default_factory=list)  # entries this catalogue had already
    marked: list[str] = field(default_factory=list)  # stored "aus Übergabe – bitte prüfen"
    added: list[str] = field(default_factory=list)  # stored as normal entries
    replaced: bool = False
    new_id: bool = False


def person_exists(store, file: PersonFile) -> bool:
    return store.persons.exists(file.person.id)


def _frozen_copy(versions: list[PlanVersion], offer_id: str) -> Offer | None:
    for version in reversed(versions):
        if offer_id in version.snapshot.offers:
            return version.snapshot.offers[offer_id]
    return None


def missing_offers(store, file: PersonFile) -> list[str]:
    """Entries the draft links that this catalogue lacks (they come from the file)."""
    needed = linked_offer_ids(file.plan)
    here = store.catalogue.get_many(needed)
    return [i for i in needed if i not in here]


def _carried(store, file: PersonFile) -> tuple[list[str], list[Offer]]:
    """(linked ids found here, entries to add from the file); refuses what no one has."""
    needed = linked_offer_ids(file.plan)
    here = store.catalogue.get_many(needed)
    carried: list[Offer] = []
    lacking: list[str] = []
    linked_ids = {link.offer_id for link in (file.plan.offer_links if file.plan else [])}
    for offer_id in needed:
        if offer_id in here:
            continue
        offer = file.offers.get(offer_id) or _frozen_copy(file.versions, offer_id)
        if offer is not None:
            carried.append(offer)
        elif offer_id in linked_ids:
            lacking.append(offer_id)
    if lacking:
        raise PersonFileError(
            "Der Plan verknüpft Angebote, die weder im Katalog dieser Datenbank noch in der "
            f"Datei stehen: {', '.join(lacking)}. Es wurde nichts gespeichert."
        )
    return [i for i in needed if i in here], carried


def _checked(store, offers: list[Offer]) -> list[Offer]:
    """The entries as they came; only a missing provider id is completed."""
    result = []
    for offer in offers:
        prepared, errors = store.catalogue.prepare(offer)
        if errors:
            reasons = "; ".join(e.message for e in errors)
            raise PersonFileError(
                f"Das mitgebrachte Angebot „{offer.name}“ passt nicht in diesen Katalog: "
                f"{reasons} Es wurde nichts gespeichert."
            )
        result.append(prepared if offer.organization_id is None else offer)
    return result


def _new_ids(plan: Plan) -> Plan:
    """The draft with fresh item ids (they are unique database-wide), links followed."""
    plan = replace(plan)
    mapping: dict[str, str] = {}
    for name in _ITEM_LISTS:
        items = [replace(item) for item in getattr(plan, name)]
        for item in items:
            mapping[item.id] = new = uuid.uuid4().hex
            item.id = new
        setattr(plan, name, items)
    for goal in plan.goals:
        goal.wish_id = mapping.get(goal.wish_id, goal.wish_id) if goal.wish_id else None
    for link in plan.offer_links:
        link.goal_id = mapping.get(link.goal_id, link.goal_id)
    for step in plan.steps:
        step.goal_id = mapping.get(step.goal_id, step.goal_id) if step.goal_id else None
    for service in plan.services:
        service.goal_ids = [mapping.get(g, g) for g in service.goal_ids]
    return plan


def _as_new_person(file: PersonFile) -> PersonFile:
    new_id = uuid.uuid4().hex
    person = replace(file.person, id=new_id)
    plan = replace(_new_ids(file.plan), person_id=new_id) if file.plan is not None else None
    versions = []
    for v in file.versions:
        snapshot = replace(
            v.snapshot,
            person=replace(v.snapshot.person, id=new_id),
            plan=replace(v.snapshot.plan, person_id=new_id),
        )
        versions.append(replace(v, person_id=new_id, snapshot=snapshot))
    return replace(file, person=person, plan=plan, versions=versions)


def store_person_file(
    store, file: PersonFile, on_existing: str = "refuse", add_offers: bool = False
) -> ImportOutcome:
    """Store a read person's file, all or nothing (see the module text)."""
    if on_existing not in ON_EXISTING:
        raise ValueError(on_existing)
    exists = person_exists(store, file)
    if exists and on_existing == "refuse":
        raise PersonExists(file.person.display_name, file.person.id)
    if exists and on_existing == "keep_both":
        file = _as_new_person(file)
    linked, carried = _carried(store, file)
    carried = _checked(store, carried)
    outcome = ImportOutcome(file.person.id, file.person.display_name, linked=linked)
    outcome.replaced = exists and on_existing == "replace"
    outcome.new_id = exists and on_existing == "keep_both"
    try:
        with store.db.atomic():
            if outcome.replaced:
                store.db.execute("DELETE FROM person WHERE id = ?", [file.person.id])
            if carried:
                store.catalogue.save_many(carried, checked=True)
                ids = [o.id for o in carried]
                if add_offers:
                    outcome.added = ids
                else:
                    HandoverMarks(store.db).mark(ids)
                    outcome.marked = ids
            store.persons.save(file.person, derive_home=False)
            if file.plan is not None:
                store.plans.save_draft(file.plan)
            for version in file.versions:
                store.plans.restore_version(version)
    except PlanInvalid as exc:
        raise PersonFileError(f"{exc.message}\nEs wurde nichts gespeichert.") from None
    except UserError as exc:
        raise PersonFileError(f"{exc.message}\nEs wurde nichts gespeichert.") from None
    if outcome.replaced:
        checkpoint(store.db)  # the replaced data leaves the WAL too (secure_delete is on)
    return outcome
