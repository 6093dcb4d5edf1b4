"""The figures shown below the network map, as easyNWK shows them: the network's size,
the contacts per sector and closeness, and the share of professionals.

Only contacts with a name count: an empty card that was just added is no contact yet
(the formal plan's network table leaves it out the same way).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from teilhabe_desktop.core.plan import NetworkContact, NetworkSector, ResourceState

#: closeness 1–3 as the map's circles name them (inner to outer), in the words of the
#: contact card's "Wie nah" box
RING_NAMES = {1: "sehr nah", 2: "mittel", 3: "eher lose"}


def named_contacts(contacts: Iterable[NetworkContact]) -> list[NetworkContact]:
    """The contacts that have a name, in the plan's order."""
    return [c for c in contacts if " ".join(c.name.split())]


def ring_of(contact: NetworkContact) -> int:
    """The closeness circle 1–3 of ``contact``; a value outside falls to the nearest."""
    closeness = 2 if contact.closeness is None else int(contact.closeness)
    return min(max(closeness, 1), 3)


@dataclass(frozen=True)
class NetworkFigures:
    total: int
    per_sector: dict[NetworkSector, int]  # every sector, in the enum's order
    per_ring: dict[int, int]  # closeness 1, 2, 3
    available: int  # marked "vorhanden"
    to_activate: int  # marked "zu aktivieren"

    @property
    def professionals(self) -> int:
        return self.per_sector[NetworkSector.PROFESSIONAL]

    @property
    def professional_share(self) -> float | None:
        """Share of the contacts that are professionals (0–1); None without contacts."""
        return self.professionals / self.total if self.total else None


def network_figures(contacts: Iterable[NetworkContact]) -> NetworkFigures:
    named = named_contacts(contacts)
    per_sector = {s: 0 for s in NetworkSector}
    per_ring = {1: 0, 2: 0, 3: 0}
    for contact in named:
        per_sector[contact.sector] += 1
        per_ring[ring_of(contact)] += 1
    return NetworkFigures(
        total=len(named),
        per_sector=per_sector,
        per_ring=per_ring,
        available=sum(c.state is ResourceState.AVAILABLE for c in named),
        to_activate=sum(c.state is ResourceState.TO_ACTIVATE for c in named),
    )


def percent(share: float) -> str:
    """A share as a whole German percentage: ``25 %``."""
    return f"{round(share * 100)} %"


def figure_lines(figures: NetworkFigures) -> list[str]:
    """The figures in German, one statement per line (formal plan, screen reader)."""
    if not figures.total:
        return ["Keine Kontakte im Netzwerk eingetragen."]
    word = "Kontakt" if figures.total == 1 else "Kontakte"
    sectors = ", ".join(f"{s.label} {n}" for s, n in figures.per_sector.items())
    rings = ", ".join(f"{RING_NAMES[r]} {n}" for r, n in figures.per_ring.items())
    share = figures.professional_share or 0.0
    lines = [
        f"{figures.total} {word} im Netzwerk.",
        f"Je Bereich: {sectors}.",
        f"Nähe: {rings}.",
        f"Anteil Fachkräfte/Dienste: {percent(share)} "
        f"({figures.professionals} von {figures.total}).",
    ]
    if figures.available or figures.to_activate:
        lines.append(f"vorhanden {figures.available}, zu aktivieren {figures.to_activate}.")
    return lines
