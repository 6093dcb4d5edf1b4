"""The two printouts by name, and the version label shown on them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.plan import PlanSnapshot, PlanVersion
from teilhabe_desktop.reports.formal_plan import build_formal_plan_pdf
from teilhabe_desktop.reports.person_plan import build_person_plan_pdf

Builder = Callable[..., None]

#: variant name -> builder(snapshot, out, *, version_label, printed_on)
VARIANTS: dict[str, Builder] = {
    "person": build_person_plan_pdf,
    "formal": build_formal_plan_pdf,
}
DRAFT_LABEL = "Entwurf (noch nicht abgeschlossen)"


def version_label(version: PlanVersion | None) -> str:
    """ "Version 2 vom 05.03.2026" for a finalised version, the draft label otherwise."""
    if version is None:
        return DRAFT_LABEL
    return f"Version {version.number} vom {german_date(version.finalised_at)}"


def build_plan_pdf(
    variant: str,
    snapshot: PlanSnapshot,
    out: Path | BinaryIO,
    *,
    version_label: str,
    printed_on: date,
) -> None:
    VARIANTS[variant](snapshot, out, version_label=version_label, printed_on=printed_on)
