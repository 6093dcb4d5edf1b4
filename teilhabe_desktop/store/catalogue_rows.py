"""Mapping between :class:`Offer` and the rows of the catalogue tables."""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
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
from teilhabe_desktop.core.offer_fields import (
    OFFER_FIELDS,
    Kind,
    OfferField,
    accessibility_column,
    stored_columns,
)
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.core.text_fold import index_text, sort_key


def _offer_columns() -> tuple[str, ...]:
    columns: list[str] = []
    for column in stored_columns():
        columns.append(column)
        if column == "name":
            columns.append("name_key")  # the sort key of the name, derived when written
    return tuple(columns)


#: Columns of table ``offer`` written from an :class:`Offer` (besides ``num``).
OFFER_COLUMNS: tuple[str, ...] = _offer_columns()

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


def _text(value):
    return value or ""


def _trimmed(value):
    return (value or "").strip()


def _raw(value):
    return value


def _list_json(value):
    return json.dumps(list(value), ensure_ascii=False) if value else _EMPTY_LIST_JSON


def _mapping_json(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else _EMPTY_DICT_JSON


def _flag(value):
    return int(bool(value))


def _code(value):
    return value._value_  # ``.value`` is a descriptor call; the field is the same value


def _iso(value):
    return value.isoformat() if value else None


_TO_COLUMN: dict[Kind, Callable[[Any], Any]] = {
    Kind.TEXT: _text,
    Kind.LONG_TEXT: _text,
    Kind.OPTIONAL_TEXT: _raw,
    Kind.TEXT_LIST: _list_json,
    Kind.BOOL: _flag,
    Kind.INT: _raw,
    Kind.FLOAT: _raw,
    Kind.DATE: _iso,
    Kind.DATETIME: _iso,
    Kind.ENUM: _code,
    Kind.MAPPING: _mapping_json,
}


def _codes(enum) -> Callable[[str], Any]:
    return {member.value: member for member in enum}.__getitem__


def _from_column(spec: OfferField) -> Callable[[Any], Any]:
    kind = spec.kind
    if kind in (Kind.TEXT_LIST, Kind.MAPPING):
        return json.loads
    if kind is Kind.BOOL:
        return bool
    if kind is Kind.ENUM:
        return _codes(spec.enum)
    if kind is Kind.DATE:
        return date_from_iso
    if kind is Kind.DATETIME:
        return datetime_from_iso
    return _raw


def _access_value(key: str) -> Callable[[Offer], str]:
    return lambda offer: offer.accessibility.get(key, _UNKNOWN)._value_


def _field_value(attr: str, convert: Callable[[Any], Any]) -> Callable[[Offer], Any]:
    if convert is _raw:
        return attrgetter(attr)
    return lambda offer: convert(getattr(offer, attr))


def _column_writers() -> tuple[Callable[[Offer], Any], ...]:
    """One function per column of :data:`OFFER_COLUMNS`: offer -> stored value."""
    writers: list[Callable[[Offer], Any]] = []
    for spec in OFFER_FIELDS:
        if spec.kind is Kind.ACCESSIBILITY:
            writers.extend(_access_value(key) for key in _ACCESS_KEYS)
        elif spec.column is not None:
            convert = _trimmed if spec.trimmed else _TO_COLUMN[spec.kind]
            writers.append(_field_value(spec.attr, convert))
            if spec.attr == "name":
                writers.append(lambda offer: sort_key(offer.name))
    return tuple(writers)


_WRITERS = _column_writers()
#: (attribute, column, converter) of the fields read back from table ``offer``.
_READERS = tuple(
    (spec.attr, spec.column, _from_column(spec)) for spec in OFFER_FIELDS if spec.column is not None
)


def offer_values(offer: Offer) -> tuple:
    """The values of :data:`OFFER_COLUMNS` for ``offer``, in that order (bulk writes)."""
    return tuple([write(offer) for write in _WRITERS])


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
    values = {attr: read(row[column]) for attr, column, read in _READERS}
    return Offer(
        **values,
        organization_name=organization[1] if organization else "",
        category_ids=categories,
        life_domains=domains,
        schedules=schedules,
        accessibility={
            key: _AVAILABILITY[row[column]]
            for key in _ACCESS_KEYS
            if row[column := accessibility_column(key)] != _UNKNOWN.value
        },
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
