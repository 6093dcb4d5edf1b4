"""Planning report and Sozialraumprofil: from the database to the files, for CLI and GUI.

``save_report`` writes the published (suppressed) report by the file's ending – CSV
for Excel, JSON, PDF; ``save_merge_input`` the confidential exact figures of this
workstation; ``merged_table`` reads several merge inputs and suppresses after adding
them up. Every file is written completely or not at all.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.offer_coverage import coverage
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.core.planning_report import Period, PlanningCounts, count, merge
from teilhabe_desktop.core.planning_suppression import MIN_CELL, PlanningTable, suppress
from teilhabe_desktop.core.reference import Sozialraum
from teilhabe_desktop.core.sozialraum_profile import SozialraumProfile, split_reference
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.planning_csv import write_report_csv
from teilhabe_desktop.exchange.planning_json import (
    read_merge_input,
    write_merge_input,
    write_report_json,
)

REPORT_SUFFIXES = (".csv", ".json", ".pdf")


def planning_counts(store, period: Period = Period()) -> PlanningCounts:  # noqa: B008
    names = {s.id: s.name for s in store.reference.sozialraeume()}
    return count(store.planning.goal_facts(), names, period, store.planning.person_name_words())


def planning_table(store, period: Period = Period(), min_cell: int = MIN_CELL) -> PlanningTable:  # noqa: B008
    return suppress(planning_counts(store, period), min_cell)


def find_sozialraum(store, text: str) -> Sozialraum:
    """A Sozialraum by its id ("west_zentrum") or name ("West/Zentrum", "west zentrum")."""
    wanted = fold(text or "").replace("_", " ")
    for sozialraum in store.reference.sozialraeume():
        if wanted in (fold(sozialraum.id).replace("_", " "), fold(sozialraum.name)):
            return sozialraum
    names = ", ".join(s.id for s in store.reference.sozialraeume())
    raise UserError(f"Einen Sozialraum „{text}“ gibt es nicht. Möglich sind: {names}.")


def sozialraum_profile(
    store,
    sozialraum_id: str,
    today: date,
    period: Period = Period(),  # noqa: B008
    min_cell: int = MIN_CELL,
) -> SozialraumProfile:
    reference = store.reference
    sozialraeume = reference.sozialraeume()
    sozialraum = find_sozialraum(store, sozialraum_id)
    areas = store.places.district_areas()  # only from boundaries the user imported
    all_districts = [
        replace(d, area_km2=areas.get(d.code, d.area_km2)) for d in reference.districts()
    ]
    districts, ortsteile, partly = split_reference(
        sozialraum.id, all_districts, reference.ortsteile()
    )
    ids = [s.id for s in sozialraeume]
    return SozialraumProfile(
        sozialraum=sozialraum,
        sozialraeume=sozialraeume,
        text=store.sozialraum_profiles.text(sozialraum.id),
        districts=districts,
        ortsteile=ortsteile,
        partly=partly,
        coverage=coverage(store.sozialraum_profiles.offer_facts(), ids, today),
        planning=planning_table(store, period, min_cell),
        made_on=today,
        domain_names={d.code: d.name for d in reference.life_domains()},
    )


def render_profile_pdf(profile: SozialraumProfile) -> bytes:
    from teilhabe_desktop.reports.sozialraum_profile import build_profile_pdf

    buffer = io.BytesIO()
    build_profile_pdf(profile, buffer)
    return buffer.getvalue()


def render_report_pdf(table: PlanningTable, now: datetime) -> bytes:
    from teilhabe_desktop.reports.planning_report import build_planning_pdf

    buffer = io.BytesIO()
    build_planning_pdf(table, buffer, now)
    return buffer.getvalue()


def report_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if path.name.lower().endswith(".vertraulich.json"):
        raise UserError(
            "„.vertraulich.json“ ist die Endung der Datei zum Zusammenführen; ein "
            "Bericht zum Weitergeben endet auf .csv, .json oder .pdf."
        )
    if suffix not in REPORT_SUFFIXES:
        raise UserError(
            f"Der Bericht kann als .csv, .json oder .pdf gespeichert werden, nicht als "
            f"„{suffix or path.name}“."
        )
    return suffix[1:]


def save_report(path: Path, table: PlanningTable, now: datetime) -> None:
    """The published report, by the ending of ``path``."""
    path = Path(path)
    kind = report_kind(path)
    safe_write.check_target(path)
    if kind == "csv":
        write_report_csv(path, table)
    elif kind == "json":
        write_report_json(path, table, now)
    else:
        safe_write.write_bytes(path, render_report_pdf(table, now))


def save_merge_input(
    path: Path, counts: PlanningCounts, now: datetime, passphrase: str | None = None
) -> None:
    write_merge_input(Path(path), counts, now, passphrase)


def merged_counts(paths: Sequence[Path], passphrase: str | None = None) -> PlanningCounts:
    """The figures of all ``paths``; sealed ones open with the one shared ``passphrase``."""
    if len(set(map(str, paths))) != len(paths):
        raise UserError("Eine Datei ist mehrfach angegeben; jede zählt nur einmal.")
    return merge([read_merge_input(path, passphrase) for path in paths])


def merged_table(
    paths: Sequence[Path], min_cell: int = MIN_CELL, passphrase: str | None = None
) -> PlanningTable:
    return suppress(merged_counts(paths, passphrase), min_cell)
