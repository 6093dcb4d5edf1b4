"""Mapping between :class:`Offer` and the rows of the catalogue tables."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
    Schedule,
)
from teilhabe_desktop.core.catalogue_query import OfferRow
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.core.text_fold import index_text, sort_key

#: Columns of table ``offer`` written from an :class:`Offer` (besides ``num``).
OFFER_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "name_key",
    "description",
    "organization_id",
    "target_groups",
    "mainstream",
    "street",
    "postcode",
    "city",
    "place",
    "sozialraum_id",
    "district_code",
    "ortsteil_id",
    "lat",
    "lon",
    "phone",
    "email",
    "website",
    "opening_hours",
    *(f"acc_{key}" for key in ACCESSIBILITY_FEATURES),
    "cost",
    "cost_note",
    "status",
    "last_verified",
    "verified_by",
    "needs_review",
    "review_note",
    "source",
    "is_example",
    "updated_at",
    "extra",
)

#: Columns of the results table query, in the order :func:`offer_row` reads them.
ROW_SELECT = """o.id, o.name, COALESCE(g.name, ''),
    COALESCE((SELECT group_concat(c.name, ', ') FROM
        (SELECT c.name FROM offer_category_link l JOIN offer_category c ON c.id = l.category_id
         WHERE l.offer_num = o.num ORDER BY l.position) AS c), ''),
    o.sozialraum_id, o.place, o.cost, o.mainstream, o.status, o.last_verified,
    o.needs_review, o.is_example"""

_COSTS = {c.value: c for c in Cost}
_STATUSES = {s.value: s for s in OfferStatus}
_AVAILABILITY = {a.value: a for a in Availability}


@lru_cache(maxsize=4096)
def organization_id_for(name: str) -> str:
    """A stable organization id derived from its name (for sources without ids)."""
    return "org-" + str(uuid.uuid5(uuid.NAMESPACE_URL, "teilhabe-org:" + fold(name)))


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _parse_datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def offer_to_row(offer: Offer) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": offer.id,
        "name": offer.name.strip(),
        "name_key": sort_key(offer.name),
        "description": offer.description or "",
        "organization_id": offer.organization_id,
        "target_groups": json.dumps(list(offer.target_groups), ensure_ascii=False),
        "mainstream": int(bool(offer.mainstream)),
        "street": offer.street or "",
        "postcode": (offer.postcode or "").strip(),
        "city": offer.city or "",
        "place": offer.place or "",
        "sozialraum_id": offer.sozialraum_id,
        "district_code": offer.district_code,
        "ortsteil_id": offer.ortsteil_id,
        "lat": offer.lat,
        "lon": offer.lon,
        "phone": offer.phone or "",
        "email": (offer.email or "").strip(),
        "website": (offer.website or "").strip(),
        "opening_hours": offer.opening_hours or "",
        "cost": offer.cost.value,
        "cost_note": offer.cost_note or "",
        "status": offer.status.value,
        "last_verified": offer.last_verified.isoformat() if offer.last_verified else None,
        "verified_by": offer.verified_by or "",
        "needs_review": int(bool(offer.needs_review)),
        "review_note": offer.review_note or "",
        "source": offer.source or "",
        "is_example": int(bool(offer.is_example)),
        "updated_at": offer.updated_at.isoformat() if offer.updated_at else None,
        "extra": json.dumps(offer.extra or {}, ensure_ascii=False, sort_keys=True),
    }
    for key in ACCESSIBILITY_FEATURES:
        row[f"acc_{key}"] = offer.access(key).value
    return {column: row[column] for column in OFFER_COLUMNS}


def row_to_offer(
    row: dict[str, Any],
    organization: tuple[str, str] | None,
    categories: list[str],
    domains: list[str],
    schedules: list[Schedule],
) -> Offer:
    return Offer(
        id=row["id"],
        name=row["name"],
        description=row["description"],
        organization_id=row["organization_id"],
        organization_name=organization[1] if organization else "",
        category_ids=categories,
        target_groups=json.loads(row["target_groups"]),
        life_domains=domains,
        mainstream=bool(row["mainstream"]),
        street=row["street"],
        postcode=row["postcode"],
        city=row["city"],
        place=row["place"],
        sozialraum_id=row["sozialraum_id"],
        district_code=row["district_code"],
        ortsteil_id=row["ortsteil_id"],
        lat=row["lat"],
        lon=row["lon"],
        phone=row["phone"],
        email=row["email"],
        website=row["website"],
        opening_hours=row["opening_hours"],
        schedules=schedules,
        accessibility={
            key: _AVAILABILITY[row[f"acc_{key}"]]
            for key in ACCESSIBILITY_FEATURES
            if row[f"acc_{key}"] != Availability.UNKNOWN.value
        },
        cost=_COSTS[row["cost"]],
        cost_note=row["cost_note"],
        status=_STATUSES[row["status"]],
        last_verified=_parse_date(row["last_verified"]),
        verified_by=row["verified_by"],
        needs_review=bool(row["needs_review"]),
        review_note=row["review_note"],
        source=row["source"],
        is_example=bool(row["is_example"]),
        updated_at=_parse_datetime(row["updated_at"]),
        extra=json.loads(row["extra"]),
    )


def offer_row(values: tuple) -> OfferRow:
    """Build a results-table line from the columns of :data:`ROW_SELECT`."""
    return OfferRow(
        id=values[0],
        name=values[1],
        organization_name=values[2],
        category_names=values[3],
        sozialraum_id=values[4],
        place=values[5],
        cost=_COSTS[values[6]],
        mainstream=bool(values[7]),
        status=_STATUSES[values[8]],
        last_verified=_parse_date(values[9]),
        needs_review=bool(values[10]),
        is_example=bool(values[11]),
    )


def fts_values(offer: Offer, category_names: list[str]) -> tuple[str, str, str, str, str]:
    """Folded texts for the columns of ``offer_fts``."""
    address = " ".join(
        part for part in (offer.street, offer.postcode, offer.city, offer.place) if part
    )
    categories = " ".join([*category_names, *offer.target_groups])
    return (
        index_text(offer.name),
        index_text(offer.description),
        index_text(offer.organization_name),
        index_text(address),
        index_text(categories),
    )
