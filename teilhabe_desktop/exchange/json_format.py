"""Lossless JSON export and import of the whole catalogue.

Version 2 writes costs, status and accessibility as stable codes (``"free"``,
``"active"``, ``"yes"``); files of version 1 held their German values and still import.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import UTC, date, datetime
from pathlib import Path

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
    Schedule,
)
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    Incoming,
    ReadResult,
    RowProblem,
)
from teilhabe_desktop.exchange.text_files import decode_text, read_bytes

FORMAT_NAME = "teilhabe-desktop-katalog"
FORMAT_VERSION = 2
Progress = Callable[[int, int], None]
_FIELDS = {f.name for f in fields(Offer)}


def offer_to_dict(offer: Offer) -> dict:
    return {
        "id": offer.id,
        "name": offer.name,
        "description": offer.description,
        "organization_id": offer.organization_id,
        "organization_name": offer.organization_name,
        "category_ids": list(offer.category_ids),
        "target_groups": list(offer.target_groups),
        "life_domains": list(offer.life_domains),
        "mainstream": offer.mainstream,
        "street": offer.street,
        "postcode": offer.postcode,
        "city": offer.city,
        "place": offer.place,
        "sozialraum_id": offer.sozialraum_id,
        "district_code": offer.district_code,
        "ortsteil_id": offer.ortsteil_id,
        "lat": offer.lat,
        "lon": offer.lon,
        "phone": offer.phone,
        "email": offer.email,
        "website": offer.website,
        "opening_hours": offer.opening_hours,
        "schedules": [
            {"weekday": s.weekday, "opens": s.opens, "closes": s.closes, "note": s.note}
            for s in offer.schedules
        ],
        "accessibility": {k: offer.access(k).value for k in ACCESSIBILITY_FEATURES},
        "cost": offer.cost.value,
        "cost_note": offer.cost_note,
        "status": offer.status.value,
        "last_verified": offer.last_verified.isoformat() if offer.last_verified else None,
        "verified_by": offer.verified_by,
        "needs_review": offer.needs_review,
        "review_note": offer.review_note,
        "source": offer.source,
        "is_example": offer.is_example,
        "updated_at": offer.updated_at.isoformat() if offer.updated_at else None,
        "extra": offer.extra,
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


def offer_from_dict(data: dict) -> Offer:
    """An offer from its JSON form. Raises ``ValueError`` with a German message."""
    if not isinstance(data, dict):
        raise ValueError("Eintrag ist kein Objekt.")
    try:
        # codes since version 2; version 1 files hold the German values ("ja", "kostenlos"),
        # which the enums still accept (core.codes)
        accessibility = {
            k: access
            for k, v in (data.get("accessibility") or {}).items()
            if (access := Availability(v)) is not Availability.UNKNOWN
        }
        schedules = [
            Schedule(int(s["weekday"]), s.get("opens", ""), s.get("closes", ""), s.get("note", ""))
            for s in data.get("schedules") or []
        ]
        cost = Cost(data.get("cost") or Cost.UNKNOWN.value)
        status = OfferStatus(data.get("status") or OfferStatus.ACTIVE.value)
        verified = data.get("last_verified")
        updated = data.get("updated_at")
        extra = data.get("extra") or {}
        if not isinstance(extra, dict):
            raise ValueError("„extra“ muss ein Objekt sein.")
        return Offer(
            id=_text(data, "id"),
            name=_text(data, "name"),
            description=_text(data, "description"),
            organization_id=data.get("organization_id") or None,
            organization_name=_text(data, "organization_name"),
            category_ids=_str_list(data.get("category_ids"), "category_ids"),
            target_groups=_str_list(data.get("target_groups"), "target_groups"),
            life_domains=_str_list(data.get("life_domains"), "life_domains"),
            mainstream=bool(data.get("mainstream", True)),
            street=_text(data, "street"),
            postcode=_text(data, "postcode"),
            city=_text(data, "city"),
            place=_text(data, "place"),
            sozialraum_id=data.get("sozialraum_id") or None,
            district_code=_optional_int(data.get("district_code")),
            ortsteil_id=_optional_int(data.get("ortsteil_id")),
            lat=_optional_float(data.get("lat")),
            lon=_optional_float(data.get("lon")),
            phone=_text(data, "phone"),
            email=_text(data, "email"),
            website=_text(data, "website"),
            opening_hours=_text(data, "opening_hours"),
            schedules=schedules,
            accessibility=accessibility,
            cost=cost,
            cost_note=_text(data, "cost_note"),
            status=status,
            last_verified=date.fromisoformat(verified) if verified else None,
            verified_by=_text(data, "verified_by"),
            needs_review=bool(data.get("needs_review", False)),
            review_note=_text(data, "review_note"),
            source=_text(data, "source"),
            is_example=bool(data.get("is_example", False)),
            updated_at=datetime.fromisoformat(updated) if updated else None,
            extra=extra,
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"Eintrag ist unvollständig oder falsch aufgebaut ({exc}).") from None


def write_json(
    path: Path | str, offers: Iterable[Offer], total: int = 0, progress: Progress | None = None
) -> int:
    path = Path(path)
    items = []
    for offer in offers:
        items.append(offer_to_dict(offer))
        if progress and len(items) % 1000 == 0:
            progress(len(items), total)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "offers": items,
    }
    safe_write.write_text(path, json.dumps(document, ensure_ascii=False, indent=1))
    if progress:
        progress(len(items), total or len(items))
    return len(items)


def load_json_document(path: Path) -> object:
    text, _ = decode_text(read_bytes(path), path.name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            f"Die Datei „{path.name}“ ist kein gültiges JSON (Zeile {exc.lineno}, Spalte "
            f"{exc.colno}). Es wurde nichts übernommen."
        ) from None


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
            result.invalid.append(RowProblem(path.name, number, "", f"Eintrag {number}: {exc}"))
            continue
        unknown = sorted(set(data) - _FIELDS)
        if unknown:
            result.warnings.append(
                RowProblem(path.name, number, ", ".join(unknown), "Unbekannte Felder übergangen.")
            )
        result.incoming.append(Incoming(offer, path.name, number))
    return result
