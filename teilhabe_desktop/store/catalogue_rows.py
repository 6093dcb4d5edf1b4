"""Mapping between :class:`Offer` and the rows of the catalogue tables."""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
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
from teilhabe_desktop.core.dates import date_from_iso, datetime_from_iso
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


_ACCESS_KEYS = tuple(ACCESSIBILITY_FEATURES)
_UNKNOWN = Availability.UNKNOWN
_EMPTY_LIST_JSON = "[]"
_EMPTY_DICT_JSON = "{}"


def offer_values(offer: Offer) -> tuple:
    """The values of :data:`OFFER_COLUMNS` for ``offer``, in that order (bulk writes)."""
    access = offer.accessibility
    return (
        offer.id,
        offer.name.strip(),
        sort_key(offer.name),
        offer.description or "",
        offer.organization_id,
        json.dumps(list(offer.target_groups), ensure_ascii=False)
        if offer.target_groups
        else _EMPTY_LIST_JSON,
        int(bool(offer.mainstream)),
        offer.street or "",
        (offer.postcode or "").strip(),
        offer.city or "",
        offer.place or "",
        offer.sozialraum_id,
        offer.district_code,
        offer.ortsteil_id,
        offer.lat,
        offer.lon,
        offer.phone or "",
        (offer.email or "").strip(),
        (offer.website or "").strip(),
        offer.opening_hours or "",
        *(access.get(key, _UNKNOWN).value for key in _ACCESS_KEYS),
        offer.cost.value,
        offer.cost_note or "",
        offer.status.value,
        offer.last_verified.isoformat() if offer.last_verified else None,
        offer.verified_by or "",
        int(bool(offer.needs_review)),
        offer.review_note or "",
        offer.source or "",
        int(bool(offer.is_example)),
        offer.updated_at.isoformat() if offer.updated_at else None,
        json.dumps(offer.extra, ensure_ascii=False, sort_keys=True)
        if offer.extra
        else _EMPTY_DICT_JSON,
    )


def offer_to_row(offer: Offer) -> dict[str, Any]:
    """``offer`` as a row of table ``offer`` (column -> value)."""
    return dict(zip(OFFER_COLUMNS, offer_values(offer), strict=True))


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
        last_verified=date_from_iso(row["last_verified"]),
        verified_by=row["verified_by"],
        needs_review=bool(row["needs_review"]),
        review_note=row["review_note"],
        source=row["source"],
        is_example=bool(row["is_example"]),
        updated_at=datetime_from_iso(row["updated_at"]),
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
        last_verified=date_from_iso(values[9]),
        needs_review=bool(values[10]),
        is_example=bool(values[11]),
    )


#: Size at which the cache of :func:`fts_values` starts afresh (memory stays bounded).
_TEXT_CACHE_LIMIT = 300_000
#: A word as :func:`index_text` sees it (letters and digits; as ``core.text_fold``).
_INDEX_WORD = re.compile(r"[^\W_]+")


def _cached_index_text(text: str, cache: dict[str, str] | None) -> str:
    if cache is None:
        return index_text(text)
    found = cache.get(text)
    if found is None:
        if len(cache) >= _TEXT_CACHE_LIMIT:
            cache.clear()
        found = cache[text] = index_text(text)
    return found


def _joined_index_text(parts, cache: dict[str, str] | None) -> str:
    """``index_text(" ".join(parts))``, part by part (repeated parts come from the cache).

    Equal because parts are joined by a space, which no word spans.
    """
    folded = (_cached_index_text(part, cache) for part in parts if part)
    return " ".join(text for text in folded if text)


def _index_text_by_word(text: str, cache: dict[str, str] | None) -> str:
    """``index_text(text)``, word by word through ``cache`` (for long, varied texts).

    Equal because :func:`index_text` folds each word of the NFC text on its own and
    joins the results with spaces; a word of an NFC text is itself NFC.
    """
    if cache is None:
        return index_text(text)
    folded = []
    for word in _INDEX_WORD.findall(unicodedata.normalize("NFC", text or "")):
        found = cache.get(word)
        folded.append(found if found is not None else _cached_index_text(word, cache))
    return " ".join(folded)


def fts_values(
    offer: Offer, category_names: list[str], cache: dict[str, str] | None = None
) -> tuple[str, str, str, str, str]:
    """Folded texts for the columns of ``offer_fts``.

    ``cache`` (text or word -> folded text) speeds up bulk writes where words,
    providers, streets, places and categories repeat.
    """
    return (
        _index_text_by_word(offer.name, cache),
        _index_text_by_word(offer.description, cache),
        _cached_index_text(offer.organization_name, cache),
        _joined_index_text((offer.street, offer.postcode, offer.city, offer.place), cache),
        _joined_index_text((*category_names, *offer.target_groups), cache),
    )
