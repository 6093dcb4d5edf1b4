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

import json

from teilhabe_desktop.exchange.hsds_formats import fit, without_invisible
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


_COLUMNS = {table: frozenset(columns) for table, (_, columns) in HSDS_TABLES.items()}


def conform_row(table: str, row: dict[str, str]) -> dict[str, str] | None:
    """``row`` with HSDS columns only, UUID ids and required fields; None to drop it."""
    columns = HSDS_TABLES[table][1]
    known, ids = _COLUMNS[table], uuid_columns(table)
    out = {}
    for column, value in row.items():
        if not value or column not in known:
            continue
        value = without_invisible(value) if column in ids else fit(table, column, value)
        if value and value in OPTIONAL_ENUMS.get((table, column), (value,)):
            out[column] = value
    if any(not out.get(c) for c in REQUIRED_LINKS.get(table, ())):
        return None
    if not out.get("id"):
        out["id"] = derived_id("row", table, json.dumps(row, sort_keys=True))
    for column in ids:
        if out.get(column):
            out[column] = hsds_uuid(out[column])
    for column, default in REQUIRED_TEXT.get(table, {}).items():
        if not out.get(column, "").strip():
            out[column] = default
    for (enum_table, column), (allowed, default) in ENUMS.items():
        if enum_table == table and out.get(column) and out[column] not in allowed:
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
