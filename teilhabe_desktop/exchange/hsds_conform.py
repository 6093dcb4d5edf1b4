"""Making exported rows conform to the HSDS 3.0 table schemas.

HSDS declares every id as a UUID and requires some fields we may not know. Our own
offers get complete rows from ``hsds_write``; this module is the last pass over all
rows of one service, including rows kept from an earlier import of a foreign package:
non-UUID ids become stable UUIDs (the same id gives the same UUID on every export),
required fields that are empty get an honest placeholder, columns HSDS does not know
are left out, values a column's type cannot hold are left out (``hsds_formats``) and
rows that cannot point at anything are dropped.
"""

from __future__ import annotations

import functools
import json

from teilhabe_desktop.exchange.hsds_formats import COLUMN_TYPES, fit, without_invisible
from teilhabe_desktop.exchange.hsds_tables import HSDS_TABLES, derived_id, hsds_uuid, uuid_columns

Rows = dict[str, list[dict[str, str]]]

#: Written where HSDS requires a value the source did not give.
UNKNOWN = "unbekannt"
#: Required text fields of the HSDS 3.0 schema -> value if the row has none.
REQUIRED_TEXT: dict[str, dict[str, str]] = {
    "organization": {"name": "Träger ohne Namen", "description": UNKNOWN},
    "program": {"name": UNKNOWN, "description": UNKNOWN},
    "service": {"name": UNKNOWN, "status": "active"},
    "attribute": {"link_entity": "service"},
    "location": {"location_type": "physical"},
    "phone": {"number": UNKNOWN},
    "address": {
        "address_1": UNKNOWN,
        "city": UNKNOWN,
        "state_province": UNKNOWN,
        "postal_code": UNKNOWN,
        "country": "ZZ",  # ISO 3166 user-assigned code, customary for "unknown country"
        "address_type": "physical",
    },
    "taxonomy_term": {"name": UNKNOWN, "description": UNKNOWN},
    "metadata": {
        "resource_type": UNKNOWN,
        "last_action_type": UNKNOWN,
        "field_name": UNKNOWN,
        "previous_value": UNKNOWN,
        "replacement_value": UNKNOWN,
        "updated_by": UNKNOWN,
    },
    "organization_identifier": {"identifier_type": UNKNOWN, "identifier": UNKNOWN},
    "taxonomy": {"name": UNKNOWN, "description": UNKNOWN},
}
#: Required references (and the one required date): a row without them is dropped.
REQUIRED_LINKS: dict[str, tuple[str, ...]] = {
    "program": ("organization_id",),
    "attribute": ("link_id", "taxonomy_term_id"),
    "service_at_location": ("service_id", "location_id"),
    "metadata": ("resource_id", "last_action_date"),
    "cost_option": ("service_id",),
    "organization_identifier": ("organization_id",),
}
#: Allowed values where HSDS has an enumeration -> value for anything else.
ENUMS: dict[tuple[str, str], tuple[frozenset[str], str]] = {
    ("location", "location_type"): (frozenset({"physical", "postal", "virtual"}), "physical"),
    ("address", "address_type"): (frozenset({"physical", "postal", "virtual"}), "physical"),
    ("service", "status"): (
        frozenset({"active", "inactive", "defunct", "temporarily closed"}),
        "active",
    ),
}
#: Enumerations of optional columns: anything else is left out.
OPTIONAL_ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("schedule", "wkst"): frozenset({"MO", "TU", "WE", "TH", "FR", "SA", "SU"}),
    ("schedule", "freq"): frozenset({"WEEKLY", "MONTHLY"}),
}


@functools.cache
def _plan(table: str) -> tuple:
    """What :func:`conform_row` checks in ``table``, looked up once per table."""
    columns = HSDS_TABLES[table][1]
    return (
        columns,
        frozenset(columns),
        frozenset(uuid_columns(table)),
        frozenset(c for c in columns if (table, c) in COLUMN_TYPES),
        {c: allowed for (t, c), allowed in OPTIONAL_ENUMS.items() if t == table},
        REQUIRED_LINKS.get(table, ()),
        REQUIRED_TEXT.get(table, {}),
        [(c, allowed, default) for (t, c), (allowed, default) in ENUMS.items() if t == table],
    )


def _visible(value: str) -> str:
    # the invisible characters are not ASCII: most ids need no search
    return value if value.isascii() else without_invisible(value)


def conform_row(table: str, row: dict[str, str]) -> dict[str, str] | None:
    """``row`` with HSDS columns only, UUID ids and required fields; None to drop it."""
    columns, known, ids, typed, optional, links, required, enums = _plan(table)
    out = {}
    for column, value in row.items():
        if not value or column not in known:
            continue
        if column in ids:
            value = _visible(value)
        elif column in typed:
            value = fit(table, column, value)
        if not value:
            continue
        allowed = optional.get(column)
        if allowed is None or value in allowed:
            out[column] = value
    for column in links:
        if not out.get(column):
            return None
    if not out.get("id"):
        out["id"] = derived_id("row", table, json.dumps(row, sort_keys=True))
    for column in ids:
        value = out.get(column)
        if value:
            out[column] = hsds_uuid(value)
    for column, default in required.items():
        if not out.get(column, "").strip():
            out[column] = default
    for column, allowed, default in enums:
        if out.get(column) and out[column] not in allowed:
            out[column] = default
    return {c: out[c] for c in columns if c in out}


def conform(tables: Rows) -> Rows:
    """All rows of ``tables`` made to conform; tables HSDS does not know are left out."""
    result: Rows = {}
    for table, rows in tables.items():
        if table not in HSDS_TABLES:
            continue
        kept = [r for r in (conform_row(table, row) for row in rows) if r is not None]
        if kept:
            result[table] = kept
    return result
