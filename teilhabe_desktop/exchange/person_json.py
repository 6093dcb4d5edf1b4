"""Exchange of one person as a JSON file: the person, the plan draft, all versions and
the catalogue entries the draft links (a case handed over whole).

The format is documented in ``docs/person-json.md``. Export → import → export gives a
byte-identical file (the plaintext; a sealed file differs in salt and nonce only).
Storing a read file is :mod:`person_handover`; it is all-or-nothing.

Format 2 writes enums as their stable codes (``"in_progress"``); files of format 1 held
the German values (``"in Arbeit"``) and still import (see ``core.codes``). Format 1
programs refuse a format 2 file with a hint to update instead of a wrong-value error.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.plan import Person, Plan, PlanSnapshot, PlanVersion
from teilhabe_desktop.core.plan_codec import CodecError, from_data, to_data
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.sealed_file import seal, sealed_header, unseal
from teilhabe_desktop.store.plan_rows import read_plan
from teilhabe_desktop.store.plans import PersonNotFound

FORMAT = "teilhabe-desktop-person"
#: 3: the Gesamtplan fields (§ 19 Abs. 2, § 121 SGB IX), plain texts; 4: ``offers``, the
#: catalogue entries the draft links, so that a file imports into any catalogue
FORMAT_VERSION = 4
MAX_FILE_BYTES = 50 * 1024 * 1024
#: What a sealed file says it holds (``exchange.sealed_file``).
SEALED_KIND = FORMAT


class PersonFileError(UserError):
    """The file cannot be imported; nothing was stored."""


class PassphraseNeeded(PersonFileError):
    """The file is encrypted and no passphrase was given (the front end asks)."""

    def __init__(self) -> None:
        super().__init__(
            "Die Personendatei ist verschlüsselt. Bitte geben Sie die Passphrase an, mit "
            "der sie exportiert wurde."
        )


@dataclass
class PersonFile:
    """A person's file as read: nothing is stored yet."""

    person: Person
    plan: Plan | None
    versions: list[PlanVersion]
    #: entries the draft links, as the sending catalogue had them (format 4)
    offers: dict[str, Offer]
    #: SHA-256 of the file's bytes: which file (the audit trail of both sides names it)
    fingerprint: str
    encrypted: bool


def fingerprint_of(data: bytes) -> str:
    """The first 16 hex digits of SHA-256: names a file in the audit trail, no content."""
    return hashlib.sha256(data).hexdigest()[:16]


def linked_offer_ids(plan: Plan | None) -> list[str]:
    """Catalogue entries the draft refers to (offer links, then environment factors)."""
    if plan is None:
        return []
    ids = [link.offer_id for link in plan.offer_links]
    ids += [b.offer_id for b in plan.barriers if b.offer_id]
    return list(dict.fromkeys(ids))


def person_document(store, person_id: str) -> dict[str, Any]:
    """Everything about one person as JSON data (see ``docs/person-json.md``)."""
    person = store.persons.get(person_id)
    if person is None:
        raise PersonNotFound(person_id)
    plan = read_plan(store.db, person_id)
    versions = store.plans.versions(person_id)
    found = store.catalogue.get_many(linked_offer_ids(plan))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "person": to_data(person),
        "plan": to_data(plan) if plan is not None else None,
        "offers": {i: to_data(found[i]) for i in sorted(found)},
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


def export_person(store, person_id: str, path: Path | str, passphrase: str | None = None) -> str:
    """Write the person's file to ``path`` (atomically: a failed write leaves no half
    file), sealed with ``passphrase`` unless it is ``None``. Returns the fingerprint."""
    data = render(person_document(store, person_id)).encode("utf-8")
    if passphrase is not None:
        data = seal(data, passphrase, SEALED_KIND)
    safe_write.write_bytes(path, data)
    return fingerprint_of(data)


def _json(raw: bytes, path: Path) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PersonFileError(f"Die Datei „{path}“ ist keine UTF-8-Textdatei.") from None
    except json.JSONDecodeError as exc:
        raise PersonFileError(
            f"Die Datei „{path}“ ist kein gültiges JSON (Zeile {exc.lineno}, Spalte {exc.colno})."
        ) from None
    except RecursionError:
        raise PersonFileError(f"Die Datei „{path}“ ist zu tief verschachtelt.") from None


def _read(path: Path, passphrase: str | None) -> tuple[dict[str, Any], bytes, bool]:
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
    data = _json(raw, path)
    encrypted = sealed_header(data) is not None
    if encrypted:
        if passphrase is None:
            raise PassphraseNeeded()
        data = _json(unseal(data, passphrase, SEALED_KIND), path)
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
    return data, raw, encrypted


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


def _decode_offers(data: dict[str, Any]) -> dict[str, Offer]:
    raw = data.get("offers") or {}
    if not isinstance(raw, dict):
        raise PersonFileError("„offers“ muss ein Objekt sein.")
    offers = {}
    for offer_id, item in raw.items():
        offer = from_data(Offer, item, f"offers.{offer_id}")
        if offer.id != offer_id:
            raise PersonFileError(f"„offers.{offer_id}“ trägt eine andere Kennung.")
        offers[offer_id] = offer
    return offers


def read_person_file(path: Path | str, passphrase: str | None = None) -> PersonFile:
    """Read and check a person's file, plain or sealed. Stores nothing.

    Raises :class:`PassphraseNeeded` for a sealed file without ``passphrase``,
    ``WrongPassphrase`` for a wrong one and :class:`PersonFileError` for everything else.
    """
    path = Path(path)
    data, raw, encrypted = _read(path, passphrase)
    try:
        person, plan, versions = _decode(data)
        offers = _decode_offers(data)
    except CodecError as exc:
        raise PersonFileError(f"Die Personendatei ist fehlerhaft: {exc.message}") from None
    return PersonFile(person, plan, versions, offers, fingerprint_of(raw), encrypted)


def import_person(
    store,
    path: Path | str,
    passphrase: str | None = None,
    on_existing: str = "refuse",
    add_offers: bool = False,
) -> Person:
    """Read a person's file into the database, all or nothing. Returns the person."""
    from teilhabe_desktop.exchange.person_handover import store_person_file

    outcome = store_person_file(store, read_person_file(path, passphrase), on_existing, add_offers)
    found = store.persons.get(outcome.person_id)
    assert found is not None
    return found
