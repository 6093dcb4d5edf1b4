"""Reading HSDS 3.0 JSON (what an HSDS API answers) into the rows of its tables.

Read are services (``service_full``, a ``service_list`` page or a list of services)
and organizations with their nested services (``organization_full``, an organization
list). What is neither — a taxonomy, a taxonomy term, an organization without
services — is refused with a message saying what the file holds. Services are numbered
in the order they stand in the file ("Dienst 3"), for the messages.
"""

from __future__ import annotations

import json

from teilhabe_desktop.exchange.catalogue_import import ImportFileError
from teilhabe_desktop.exchange.hsds_tables import HSDS_TABLES

Rows = dict[str, list[dict]]
_NOTHING = "Es wurde nichts übernommen."
#: Keys only a service has (HSDS 3.0 ``service`` and ``service_full``).
_SERVICE_KEYS = frozenset(HSDS_TABLES["service"][1]) - frozenset(HSDS_TABLES["organization"][1]) | {
    "service_at_locations",
    "organization",
    "program",
    "schedules",
    "service_areas",
}
_TERM_KEYS = frozenset({"code", "parent_id", "taxonomy", "taxonomy_detail", "term_uri"})
_TAXONOMY_KEYS = frozenset({"id", "name", "description", "uri", "version", "metadata"})
_ORGANIZATION_KEYS = frozenset(HSDS_TABLES["organization"][1]) - {"id", "name", "description"}
_KIND_NAMES = {
    "taxonomy": "eine HSDS-Taxonomie (taxonomy), kein Dienst",
    "taxonomy_term": "ein HSDS-Taxonomiebegriff (taxonomy_term), kein Dienst",
    "organization": "eine HSDS-Organisation ohne Dienste",
    "other": "nicht als HSDS-Eintrag erkennbar (es fehlen „id“ oder „name“)",
}
_READABLE = (
    "Gelesen werden HSDS-Dienste (service_full, service_list) und Organisationen mit ihren "
    "Diensten (organization_full, Liste von Organisationen)."
)


_NESTED = {
    "organization": "organization",
    "program": "program",
    "location": "location",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_detail": "taxonomy",
    "phones": "phone",
    "languages": "language",
    "schedules": "schedule",
    "service_areas": "service_area",
    "service_at_locations": "service_at_location",
    "contacts": "contact",
    "addresses": "address",
    "accessibility": "accessibility",
    "funding": "funding",
    "locations": "location",
    "programs": "program",
    "organization_identifiers": "organization_identifier",
    "cost_options": "cost_option",
    "required_documents": "required_document",
    "attributes": "attribute",
    "metadata": "metadata",
    "services": "service",  # organization_full: the organization's services
}


#: Tables whose rows name what they belong to by id and table name.
_NESTED_LINKS = {
    "attribute": ("link_id", "link_entity"),
    "metadata": ("resource_id", "resource_type"),
}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _flatten(obj: dict, table: str, rows: Rows, seen: set, parent=None) -> str:
    """Add ``obj`` and its nested objects as table rows; nested rows get the link columns."""
    row: dict[str, str] = {k: _cell(v) for k, v in obj.items() if k not in _NESTED}
    columns = HSDS_TABLES.get(table, ("", ()))[1]
    if parent is not None and f"{parent[0]}_id" in columns:
        row.setdefault(f"{parent[0]}_id", parent[1])
    if parent is not None and table in _NESTED_LINKS:  # an attribute of what it is nested in
        id_column, entity_column = _NESTED_LINKS[table]
        if not row.get(id_column):
            row[id_column], row[entity_column] = parent[1], parent[0]
    me = (table, row.get("id", ""))
    for key, value in obj.items():
        if key not in _NESTED:
            continue
        child = _NESTED[key]
        if isinstance(value, dict):
            child_id = _flatten(value, child, rows, seen, me)
            if f"{child}_id" in columns:
                row.setdefault(f"{child}_id", child_id)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    _flatten(item, child, rows, seen, me)
    if table == "service":  # every service, a repeated one too (named as a duplicate)
        row["_line"] = len(rows.setdefault("service", [])) + 1
        rows["service"].append(row)
    elif me not in seen:  # the same organization or location nested in many services
        seen.add(me)
        row["_line"] = None
        rows.setdefault(table, []).append(row)
    return me[1]


def kind_of(obj) -> str:
    """``service``, ``organization_with_services``, ``organization`` (without),
    ``taxonomy``, ``taxonomy_term`` or ``other``."""
    if not isinstance(obj, dict) or "id" not in obj or "name" not in obj:
        return "other"
    keys = frozenset(obj)
    if isinstance(obj.get("services"), list) and obj["services"]:
        return "organization_with_services"
    if keys & _SERVICE_KEYS:
        return "service"
    if keys & _TERM_KEYS:
        return "taxonomy_term"
    if "version" in keys and keys <= _TAXONOMY_KEYS:
        return "taxonomy"
    if keys & _ORGANIZATION_KEYS or "services" in keys:
        return "organization"
    return "service"  # only id, name (and a description): read as a service, as before


def rows_from_json(document, label: str) -> Rows:
    """The table rows of an HSDS JSON document. Raises :class:`ImportFileError`."""
    items = document if isinstance(document, list) else [document]
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        items = document["contents"]  # a page of a list (service_list, organization_list)
    rows: Rows = {}
    seen: set = set()
    for number, item in enumerate(items, start=1):
        kind = kind_of(item)
        if kind == "service":
            _flatten(item, "service", rows, seen)
        elif kind == "organization_with_services":
            _flatten(item, "organization", rows, seen)
        else:
            where = f"„{label}“" if len(items) == 1 else f"„{label}“, Eintrag {number},"
            raise ImportFileError(f"{where} ist {_KIND_NAMES[kind]}. {_READABLE} {_NOTHING}")
    if not rows.get("service"):
        raise ImportFileError(f"„{label}“ enthält keine Dienste (services). {_NOTHING}")
    return rows
