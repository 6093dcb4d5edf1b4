"""Lossless JSON export and import of the whole catalogue.

Version 2 writes costs, status and accessibility as stable codes (``"free"``,
``"active"``, ``"yes"``); files of version 1 held their German values and still import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Availability, Offer, Schedule
from teilhabe_desktop.core.offer_fields import OFFER_FIELDS, Kind, OfferField
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    Incoming,
    ReadResult,
    RowProblem,
)
from teilhabe_desktop.exchange.json_safe import load_json
from teilhabe_desktop.exchange.text_files import read_bytes

FORMAT_NAME = "teilhabe-desktop-katalog"
FORMAT_VERSION = 2
Progress = Callable[[int, int], None]
_FIELDS = {f.json for f in OFFER_FIELDS}


def _list(value) -> list:
    return list(value)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _code(value) -> str:
    return value.value


def _schedule_dicts(value) -> list[dict]:
    return [
        {"weekday": s.weekday, "opens": s.opens, "closes": s.closes, "note": s.note} for s in value
    ]


def _access_codes(value) -> dict[str, str]:
    return {k: value.get(k, Availability.UNKNOWN).value for k in ACCESSIBILITY_FEATURES}


#: kind -> its JSON form (codes, ISO dates, plain lists: lossless); others as they are.
_TO_JSON = {
    Kind.TEXT_LIST: _list,
    Kind.DATE: _iso,
    Kind.DATETIME: _iso,
    Kind.ENUM: _code,
    Kind.SCHEDULES: _schedule_dicts,
    Kind.ACCESSIBILITY: _access_codes,
}
_JSON_PLAN = tuple((spec.json, spec.attr, _TO_JSON.get(spec.kind)) for spec in OFFER_FIELDS)


def offer_to_dict(offer: Offer) -> dict:
    values = vars(offer)
    return {
        key: values[attr] if convert is None else convert(values[attr])
        for key, attr, convert in _JSON_PLAN
    }


def _text(data: dict, key: str) -> str:
    value = data.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"„{key}“ muss ein Text sein.")
    return value


def _optional_int(value) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"„{value}“ ist keine ganze Zahl.")
    return value


def _optional_float(value) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"„{value}“ ist keine Zahl.")
    return float(value)


def _str_list(value, key: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"„{key}“ muss eine Liste von Texten sein.")
    return list(value)


def _accessibility(value) -> dict[str, Availability]:
    return {
        k: access
        for k, v in (value or {}).items()
        if (access := Availability(v)) is not Availability.UNKNOWN
    }


def _schedules(value) -> list[Schedule]:
    return [
        Schedule(int(s["weekday"]), s.get("opens", ""), s.get("closes", ""), s.get("note", ""))
        for s in value or []
    ]


def _mapping(value, key: str) -> dict:
    value = value or {}
    if not isinstance(value, dict):
        raise ValueError(f"„{key}“ muss ein Objekt sein.")
    return value


def _optional_text(value, _key: str) -> str | None:
    return value or None


def _date(value, _key: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _datetime(value, _key: str) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _from_json(spec: OfferField) -> Callable[[dict], object]:
    """How one field is read from an entry of the ``offers`` list."""
    key, kind, default = spec.json, spec.kind, spec.default
    if kind in (Kind.TEXT, Kind.LONG_TEXT):
        return lambda data: _text(data, key)
    if kind is Kind.BOOL:
        return lambda data: bool(data.get(key, default))
    if kind is Kind.ENUM:
        # codes since version 2; version 1 files hold the German values ("kostenlos"),
        # which the enums still accept (core.codes)
        enum = spec.enum
        return lambda data: enum(data.get(key) or default.value)
    convert = {
        Kind.OPTIONAL_TEXT: _optional_text,
        Kind.TEXT_LIST: _str_list,
        Kind.INT: lambda value, _key: _optional_int(value),
        Kind.FLOAT: lambda value, _key: _optional_float(value),
        Kind.DATE: _date,
        Kind.DATETIME: _datetime,
        Kind.SCHEDULES: lambda value, _key: _schedules(value),
        Kind.ACCESSIBILITY: lambda value, _key: _accessibility(value),
        Kind.MAPPING: _mapping,
    }[kind]
    return lambda data: convert(data.get(key), key)


_FROM_JSON = tuple((spec.attr, _from_json(spec)) for spec in OFFER_FIELDS)


def offer_from_dict(data: dict) -> Offer:
    """An offer from its JSON form. Raises ``ValueError`` with a German message."""
    if not isinstance(data, dict):
        raise ValueError("Eintrag ist kein Objekt.")
    try:
        return Offer(**{attr: read(data) for attr, read in _FROM_JSON})
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"Eintrag ist unvollständig oder falsch aufgebaut ({exc}).") from None


def write_json(
    path: Path | str, offers: Iterable[Offer], total: int = 0, progress: Progress | None = None
) -> int:
    """Write ``offers`` as a catalogue document, one at a time (memory stays flat)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    return write_json_texts(path, (encode(offer_to_dict(o)) for o in offers), total, progress)


def write_json_texts(
    path: Path | str, entries: Iterable[str], total: int = 0, progress: Progress | None = None
) -> int:
    """Write the catalogue document from each entry's JSON text, streamed to the file."""
    path = Path(path)
    head = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }
    count = 0
    with (
        safe_write.atomic_target(path) as tmp,
        tmp.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as handle,
    ):
        handle.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2])
        handle.write(',\n "offers": [')
        for entry in entries:
            handle.write(",\n  " if count else "\n  ")
            handle.write(entry)
            count += 1
            if progress and count % 1000 == 0:
                progress(count, total)
        handle.write("\n ]\n}\n")
    if progress:
        progress(count, total or count)
    return count


def load_json_document(path: Path) -> object:
    """The document in ``path``: UTF-8, bounded and checked (see ``json_safe``)."""
    data = read_bytes(path)
    if not data.strip():
        raise ImportFileError(f"Die Datei „{path.name}“ ist leer.")
    return load_json(data, path.name)


def read_catalogue_json(path: Path, document: dict) -> ReadResult:
    offers = document.get("offers")
    if not isinstance(offers, list):
        raise ImportFileError(f"In „{path.name}“ fehlt die Liste „offers“.")
    if not offers:
        raise ImportFileError(f"Die Datei „{path.name}“ enthält keine Angebote.")
    result = ReadResult(format="JSON (Teilhabe Desktop)")
    for number, data in enumerate(offers, start=1):
        try:
            offer = offer_from_dict(data)
        except ValueError as exc:
            result.invalid.append(RowProblem(path.name, number, "", str(exc), "Eintrag"))
            continue
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            result.warnings.append(
                RowProblem(
                    path.name,
                    number,
                    ", ".join(unknown),
                    "Unbekannte Felder übergangen.",
                    "Eintrag",
                )
            )
        result.incoming.append(Incoming(offer, path.name, number, unit="Eintrag"))
    return result
