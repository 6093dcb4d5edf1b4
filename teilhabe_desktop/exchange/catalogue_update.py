"""Updating a workstation's catalogue from a signed package: verify, preview, apply.

:func:`preview_update` reads only: it checks the package (signature, members, sequence),
reads its entries and merges them three-way with this catalogue
(:mod:`core.catalogue_merge`). :func:`apply_update` writes a complete preview in one
transaction. A refused package changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.catalogue_merge import Chooser, Conflict, MergeResult, merge
from teilhabe_desktop.exchange.catalogue_package import (
    Package,
    PackageRefused,
    open_package,
    package_offers,
)
from teilhabe_desktop.store.catalogue_sync import CatalogueSync
from teilhabe_desktop.store.offer_handover import HandoverMarks

#: German names of the fields a conflict can be about (the rest by their code).
FIELD_NAMES = {
    "name": "Name",
    "description": "Beschreibung",
    "organization_name": "Träger",
    "street": "Straße",
    "postcode": "PLZ",
    "place": "Ort",
    "phone": "Telefon",
    "email": "E-Mail",
    "website": "Internetseite",
    "opening_hours": "Öffnungszeiten",
    "status": "Status",
    "cost": "Kosten",
    "accessibility": "Barrierefreiheit",
    "life_domains": "Lebensbereiche",
    "category_ids": "Kategorien",
}


class AlreadyApplied(PackageRefused):
    """The same package once more: nothing to do."""

    exit_code = 0


@dataclass
class UpdatePreview:
    package: Package
    result: MergeResult
    names: dict[str, str]  # offer id -> name, to show

    def describe(self, conflict: Conflict) -> str:
        what = FIELD_NAMES.get(conflict.field, conflict.field)
        return (
            f"„{conflict.name}“ ({conflict.offer_id}), {what}: hier „{_shown(conflict.mine)}“, "
            f"zentral „{_shown(conflict.theirs)}“"
        )

    def summary(self) -> str:
        r = self.result
        p = self.package
        lines = [
            f"Katalogpaket Nr. {p.sequence} von {p.publisher} "
            f"({p.published_at:%d.%m.%Y %H:%M}), Signatur geprüft:",
            f"  neu: {len(r.new)}, geändert: {len(r.changed) + len(r.from_handover)}, "
            f"unverändert: {len(r.unchanged)}, eingestellt (zentral): {len(r.removed)}, "
            f"Konflikte: {len(r.open_conflicts) + len(r.decided)}",
        ]
        for offer_id in r.removed:
            lines.append(f"  eingestellt (zentral) – „{self.names.get(offer_id, offer_id)}“")
        for conflict, choice in r.decided:
            kept = "hier behalten" if choice == "mine" else "zentral übernommen"
            lines.append(f"  Konflikt ({kept}) – {self.describe(conflict)}")
        for conflict in r.open_conflicts:
            lines.append(f"  Konflikt, offen – {self.describe(conflict)}")
        return "\n".join(lines)


def _shown(value) -> str:
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _entries(store, package: Package) -> dict[str, Offer]:
    read = package_offers(package)
    problems = list(read.invalid)
    theirs: dict[str, Offer] = {}
    for item in read.incoming:
        offer, errors = store.catalogue.prepare(item.offer)
        if errors:
            problems.append(f"„{offer.name}“: {errors[0].message}")
            continue
        theirs[offer.id] = offer
    if problems:
        first = problems[0] if isinstance(problems[0], str) else problems[0].describe()
        raise PackageRefused(
            f"Das Katalogpaket passt nicht zu diesem Programm ({len(problems)} Einträge, "
            f"z. B. {first}). Es wurde nichts verändert."
        )
    return theirs


def preview_update(store, path: Path | str, choose: Chooser | None = None) -> UpdatePreview:
    """What applying the package at ``path`` (file or folder) would do. Reads only."""
    sync = CatalogueSync(store.db)
    package = open_package(Path(path), sync.trusted())
    applied = sync.applied()
    if applied is not None and package.sequence == applied.sequence:
        raise AlreadyApplied(
            f"Das Katalogpaket Nr. {package.sequence} ist bereits eingespielt. "
            "Es wurde nichts verändert."
        )
    if applied is not None and package.sequence < applied.sequence:
        raise PackageRefused(
            f"Das Katalogpaket Nr. {package.sequence} ist älter als das zuletzt eingespielte "
            f"(Nr. {applied.sequence}). Es wurde nichts verändert."
        )
    theirs = _entries(store, package)
    base, removed = sync.base()
    ids = set(base) | set(theirs)
    mine = store.catalogue.get_many(ids)
    remembered = sync.decisions()

    def chooser(conflict: Conflict) -> str | None:
        known = remembered.get((conflict.offer_id, conflict.field))
        if known is not None and known[0] == conflict.theirs:
            return known[1]
        return choose(conflict) if choose is not None else None

    marked = HandoverMarks(store.db).marked() & ids
    result = merge(base, removed, mine, theirs, marked, chooser)
    names = {i: o.name for i, o in {**theirs, **mine}.items()}
    return UpdatePreview(package, result, names)


def apply_update(store, preview: UpdatePreview) -> None:
    """Write a preview without open conflicts, all or nothing."""
    if not preview.result.complete:
        raise PackageRefused(
            f"{len(preview.result.open_conflicts)} Konflikte sind noch nicht entschieden. "
            "Es wurde nichts verändert."
        )
    p = preview.package
    CatalogueSync(store.db).apply(preview.result, p.publisher, p.sequence, p.published_at)
