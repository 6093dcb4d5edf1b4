"""The whole catalogue as JSON objects, one text per offer, built by SQLite itself.

A JSON export of 100,000 entries through :class:`Offer` objects spends most of its
time creating and converting them. The stored columns already hold what the JSON form
holds (codes, ISO dates, lists as JSON), so SQLite's ``json_object`` writes each entry
directly, in the key order of :data:`OFFER_FIELDS`. Only the coordinates are written
by Python: SQLite prints reals with 15 digits, Python's ``repr`` with as many as it
takes to read back the same number.

The texts equal ``json.dumps(offer_to_dict(offer))`` in content (a test checks it).
"""

from __future__ import annotations

from collections.abc import Iterator

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES
from teilhabe_desktop.core.offer_fields import OFFER_FIELDS, Kind, accessibility_column
from teilhabe_desktop.store.sql import Database


def _value(attr: str, kind: Kind, column: str | None) -> str:
    """The SQL expression of one field's JSON value."""
    if kind is Kind.FLOAT:
        return "NULL"
    if kind is Kind.BOOL:
        return f"json(CASE WHEN o.{column} THEN 'true' ELSE 'false' END)"
    if kind in (Kind.TEXT_LIST, Kind.MAPPING) and column is not None:
        return f"json(o.{column})"
    if attr == "organization_name":
        return "COALESCE(g.name, '')"
    if attr == "category_ids":
        return (
            "(SELECT json_group_array(category_id) FROM (SELECT category_id FROM "
            "offer_category_link WHERE offer_num = o.num ORDER BY position))"
        )
    if attr == "life_domains":
        return (
            "(SELECT json_group_array(code) FROM (SELECT code FROM offer_life_domain "
            "WHERE offer_num = o.num ORDER BY code))"
        )
    if kind is Kind.SCHEDULES:
        return (
            "(SELECT json_group_array(json_object('weekday', weekday, 'opens', opens, "
            "'closes', closes, 'note', note)) FROM (SELECT weekday, opens, closes, note "
            "FROM offer_schedule WHERE offer_num = o.num ORDER BY position))"
        )
    if kind is Kind.ACCESSIBILITY:
        pairs = ", ".join(
            f"'{key}', o.{accessibility_column(key)}" for key in ACCESSIBILITY_FEATURES
        )
        return f"json_object({pairs})"
    return f"o.{column}"


def _select() -> str:
    pairs = ", ".join(
        f"'{spec.json}', {_value(spec.attr, spec.kind, spec.column)}" for spec in OFFER_FIELDS
    )
    return (
        f"SELECT json_object({pairs}), o.lat, o.lon FROM offer o "
        "LEFT JOIN organization g ON g.id = o.organization_id ORDER BY o.num"
    )


_SELECT = _select()


def iter_offer_json(db: Database) -> Iterator[str]:
    """Every offer as a JSON object (text), in insertion order."""
    for text, lat, lon in db.conn.execute(_SELECT):
        if lat is not None or lon is not None:
            text = text.replace('"lat":null,"lon":null', f'"lat":{_num(lat)},"lon":{_num(lon)}', 1)
        yield text


def _num(value: float | None) -> str:
    return "null" if value is None else repr(float(value))
