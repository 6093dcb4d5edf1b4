"""Exchange of one person as a JSON file: the person, the plan draft and all versions.

The format is documented in ``docs/person-json.md``. Export → import → export gives a
byte-identical file. Import is all-or-nothing: on any problem nothing is stored.

Format 2 writes enums as their stable codes (``"in_progress"``); files of format 1 held
the German values (``"in Arbeit"``) and still import (see ``core.codes``). Format 1
programs refuse a format 2 file with a hint to update instead of a wrong-value error.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import Person, Plan, PlanSnapshot, PlanVersion
from teilhabe_desktop.core.plan_codec import CodecError, from_data, to_data
from teilhabe_desktop.core.plan_validation import PlanInvalid
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.store.plan_rows import read_plan
from teilhabe_desktop.store.plans import PersonNotFound

FORMAT = "teilhabe-desktop-person"
FORMAT_VERSION = 3  # 3: the Gesamtplan fields (§ 19 Abs. 2, § 121 SGB IX), plain texts
MAX_FILE_BYTES = 50 * 1024 * 1024


class PersonFileError(UserError):
    """The file cannot be imported; nothing was stored."""


def person_document(store, person_id: str) -> dict[str, Any]:
    """Everything about one person as JSON data (see ``docs/person-json.md``)."""
    person = store.persons.get(person_id)
    if person is None:
        raise PersonNotFound(person_id)
    plan = read_plan(store.db, person_id)
    versions = store.plans.versions(person_id)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "person": to_data(person),
        "plan": to_data(plan) if plan is not None else None,
        "versions": [
            {
                "number": v.number,
                "finalised_at": v.finalised_at.isoformat(),
                "finalised_by": v.finalised_by,
                "snapshot": to_data(v.snapshot),
            }
            for v in versions
        ],
    }


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_person(store, person_id: str, path: Path | str) -> None:
    """Write the person's file to ``path`` (atomically: a failed write leaves no half file)."""
    safe_write.write_text(path, render(person_document(store, person_id)))


def _read(path: Path) -> dict[str, Any]:
    try:
        if path.is_dir():
            raise PersonFileError(f"„{path}“ ist ein Ordner, keine Datei.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PersonFileError(f"Die Datei „{path}“ ist zu groß für eine Personendatei.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise PersonFileError(f"Die Datei „{path}“ gibt es nicht.") from None
    except OSError as exc:
        raise PersonFileError(
            f"Die Datei „{path}“ kann nicht gelesen werden: {exc.strerror}."
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PersonFileError(f"Die Datei „{path}“ ist keine UTF-8-Textdatei.") from None
    except json.JSONDecodeError as exc:
        raise PersonFileError(
            f"Die Datei „{path}“ ist kein gültiges JSON (Zeile {exc.lineno}, Spalte {exc.colno})."
        ) from None
    except RecursionError:
        raise PersonFileError(f"Die Datei „{path}“ ist zu tief verschachtelt.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise PersonFileError(f"Die Datei „{path}“ ist keine Personendatei von Teilhabe Desktop.")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PersonFileError("Die Personendatei hat keine gültige Formatversion.")
    if version > FORMAT_VERSION:
        raise PersonFileError(
            f"Die Personendatei stammt aus einer neueren Version von Teilhabe Desktop "
            f"(Format {version}). Bitte aktualisieren Sie das Programm."
        )
    return data


def _decode(data: dict[str, Any]) -> tuple[Person, Plan | None, list[PlanVersion]]:
    person = from_data(Person, data.get("person"), "person")
    plan_data = data.get("plan")
    plan = from_data(Plan, plan_data, "plan") if plan_data is not None else None
    if plan is not None and plan.person_id != person.id:
        raise PersonFileError("Der Plan in der Datei gehört zu einer anderen Person.")
    raw_versions = data.get("versions", [])
    if not isinstance(raw_versions, list):
        raise PersonFileError("„versions“ muss eine Liste sein.")
    versions: list[PlanVersion] = []
    for index, item in enumerate(raw_versions):
        where = f"versions[{index}]"
        if not isinstance(item, dict):
            raise PersonFileError(f"„{where}“ muss ein Objekt sein.")
        number = item.get("number")
        if number != index + 1:
            raise PersonFileError(f"Die Versionen müssen 1, 2, 3 … heißen („{where}“).")
        by = item.get("finalised_by")
        if not isinstance(by, str) or not by.strip():
            raise PersonFileError(f"„{where}.finalised_by“ muss ein Name sein.")
        at = item.get("finalised_at")
        try:
            finalised_at = datetime.fromisoformat(at) if isinstance(at, str) else None
        except ValueError:
            finalised_at = None
        if finalised_at is None:
            raise PersonFileError(f"„{where}.finalised_at“ ist kein gültiger Zeitpunkt.")
        snapshot = from_data(PlanSnapshot, item.get("snapshot"), f"{where}.snapshot")
        if snapshot.plan.person_id != person.id or snapshot.person.id != person.id:
            raise PersonFileError(f"Die Version {number} gehört zu einer anderen Person.")
        versions.append(PlanVersion(person.id, number, finalised_at, by, snapshot))
    return person, plan, versions


def import_person(store, path: Path | str) -> Person:
    """Read a person's file into the database, all or nothing. Returns the person."""
    data = _read(Path(path))
    try:
        person, plan, versions = _decode(data)
    except CodecError as exc:
        raise PersonFileError(f"Die Personendatei ist fehlerhaft: {exc.message}") from None
    persons = store.persons
    plans = store.plans
    if persons.exists(person.id):
        raise PersonFileError(
            f"Die Person „{person.display_name}“ (Kennung {person.id}) ist bereits vorhanden. "
            "Löschen Sie sie zuerst, wenn die Datei sie ersetzen soll."
        )
    try:
        with store.db.atomic():
            persons.save(person, derive_home=False)
            if plan is not None:
                plans.save_draft(plan)
            for version in versions:
                plans.restore_version(version)
    except PlanInvalid as exc:
        missing = sorted(
            {
                link.offer_id
                for link in (plan.offer_links if plan else [])
                for p in exc.problems
                if p.field == "offer_id" and p.item_id == link.id
            }
        )
        if missing:
            raise PersonFileError(
                "Der Plan verknüpft Angebote, die im Katalog dieser Datenbank fehlen: "
                f"{', '.join(missing)}. Bitte übernehmen Sie zuerst den Katalog. "
                "Es wurde nichts gespeichert."
            ) from None
        raise PersonFileError(f"{exc.message}\nEs wurde nichts gespeichert.") from None
    except UserError as exc:
        raise PersonFileError(f"{exc.message}\nEs wurde nichts gespeichert.") from None
    return person
