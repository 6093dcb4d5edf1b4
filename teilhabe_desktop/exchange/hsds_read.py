"""Reading Open Referral HSDS 3.0: tabular datapackage (folder or .zip) and service_full JSON.

Every HSDS row that belongs to a service is kept verbatim in ``offer.extra["hsds"]`` so
that an export gives the same tables back; the modelled fields are read from them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import TypeVar

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
)
from teilhabe_desktop.core.catalogue_validation import validate_offer
from teilhabe_desktop.core.codes import CodedEnum
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    Incoming,
    ReadResult,
    RowProblem,
)
from teilhabe_desktop.exchange.hsds_assign import assign_rows
from teilhabe_desktop.exchange.hsds_files import PackageTables
from teilhabe_desktop.exchange.hsds_tables import (
    HSDS_TABLES,
    JENA_TERM_KIND,
    SERVICE_COLUMNS,
    SERVICE_TEXT_COLUMNS,
    UNKNOWN_ORGANIZATION_ID,
)
from teilhabe_desktop.exchange.hsds_values import (
    STATUS_FROM_HSDS,
    hsds_phone,
    hsds_schedules,
    own_phone,
)
from teilhabe_desktop.exchange.hsds_write import offer_tables

Rows = dict[str, list[dict]]  # table -> rows (with their line number as "_line")
E = TypeVar("E", bound=CodedEnum)
_DROPPABLE = {"postcode", "phone", "email", "website", "lat", "lon", "schedules", "last_verified"}


# -- service_full JSON ---------------------------------------------------------------

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
    if me not in seen:
        seen.add(me)
        row["_line"] = None
        rows.setdefault(table, []).append(row)
    return me[1]


def rows_from_service_json(document) -> Rows:
    services = document if isinstance(document, list) else [document]
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        services = document["contents"]  # a service_list page
    rows: Rows = {}
    seen: set = set()
    for service in services:
        if not isinstance(service, dict) or "id" not in service or "name" not in service:
            raise ImportFileError("Die JSON-Datei enthält keinen HSDS-Dienst (service).")
        _flatten(service, "service", rows, seen)
    return rows


# -- tables to offers ----------------------------------------------------------------


def _clean(rows: Rows) -> Rows:
    """Rows as kept in ``extra``: no line numbers, our own Jena attributes left out."""
    out: Rows = {}
    for table, table_rows in rows.items():
        kept = []
        for row in table_rows:
            if table == "attribute" and row.get("taxonomy_term_id") in JENA_TERM_KIND:
                continue
            if table == "taxonomy_term" and row.get("id") in JENA_TERM_KIND:
                continue
            if table == "taxonomy" and row.get("name") == "teilhabe-desktop-jena":
                continue
            if table == "organization" and row.get("id") == UNKNOWN_ORGANIZATION_ID:
                continue  # our placeholder for "no provider", written again on export
            kept.append({k: v for k, v in row.items() if k != "_line"})
        if kept:
            out[table] = kept
    return out


def _coded(enum: type[E], value: str) -> E | None:
    """The member of ``enum`` for its code or the German value files of schema 5 held."""
    try:
        return enum(value)
    except ValueError:
        return None


def _apply_jena(offer: Offer, own: Rows) -> None:
    for attr in own.get("attribute", []):
        kind = JENA_TERM_KIND.get(attr.get("taxonomy_term_id", ""))
        value = attr.get("value", "")
        if kind is None:
            continue
        if kind == "life_domain":
            offer.life_domains.append(value)
        elif kind == "category":
            offer.category_ids.append(value)
        elif kind == "target_group":
            offer.target_groups.append(value)
        elif kind == "accessibility" and "=" in value:
            key, _, state = value.partition("=")
            access = _coded(Availability, state)
            if key in ACCESSIBILITY_FEATURES and access is not None:
                offer.accessibility[key] = access
        elif kind in ("mainstream", "needs_review", "is_example"):
            setattr(offer, kind, value == "ja")
        elif kind == "cost" and _coded(Cost, value) is not None:
            offer.cost = Cost(value)
        elif kind in ("district_code", "ortsteil_id") and value.isdigit():
            setattr(offer, kind, int(value))
        elif kind == "sozialraum":
            offer.sozialraum_id = value or None
        elif kind in (
            "place",
            "cost_note",
            "opening_hours",
            "review_note",
            "source",
            "verified_by",
        ):
            setattr(offer, kind, value)
        elif kind in ("street", "postcode", "city", "organization_name", "email", "website"):
            setattr(offer, kind, value)  # what HSDS could not carry in its own tables
        elif kind == "offer_id" and value.strip():
            offer.id = value  # our own id, written as a UUID in the HSDS tables
        elif kind == "organization_id":
            offer.organization_id = value or None


def offer_from_rows(own: Rows) -> Offer:
    service = own["service"][0]
    org = (own.get("organization") or [{}])[0]
    offer = Offer(id=service["id"], name="")
    for attr, column in SERVICE_TEXT_COLUMNS.items():
        setattr(offer, attr, service.get(column, ""))
    offer.name = offer.name.strip()
    offer.organization_id = service.get("organization_id") or None
    offer.organization_name = org.get("name", "")
    offer.status = STATUS_FROM_HSDS.get(service.get("status", "").lower(), OfferStatus.ACTIVE)
    offer.city = ""
    try:
        offer.last_verified = cols.parse_date(service.get(SERVICE_COLUMNS["last_verified"], ""))
        offer.updated_at = cols.parse_datetime(service.get(SERVICE_COLUMNS["updated_at"], ""))
    except cols.ValueProblem:
        pass
    location = _first_location(own)
    if location:
        try:
            offer.lat = cols.parse_float(location.get("latitude", ""))
            offer.lon = cols.parse_float(location.get("longitude", ""))
        except cols.ValueProblem:
            offer.lat = offer.lon = None
        address = next(
            (a for a in own.get("address", []) if a.get("location_id") == location["id"]), None
        )
        if address:
            offer.street = address.get("address_1", "")
            offer.place = address.get("address_2", "")
            offer.postcode = address.get("postal_code", "")
            offer.city = address.get("city", "")
    phone = own_phone(own.get("phone", []), service["id"], location)
    if phone:
        offer.phone = hsds_phone(phone.get("number", ""))
    schedules = own.get("schedule", [])
    offer.schedules = hsds_schedules(schedules)
    offer.opening_hours = next((s.get("description", "") for s in schedules), "")
    _apply_jena(offer, own)
    return offer


def _first_location(own: Rows) -> dict | None:
    locations = {r["id"]: r for r in own.get("location", []) if r.get("id")}
    for sal in own.get("service_at_location", []):
        if sal.get("location_id") in locations:
            return locations[sal["location_id"]]
    return next(iter(locations.values()), None)


def _check_references(rows: Rows, file_of, result: ReadResult) -> set[str]:
    """Broken references that make a service unusable; returns the ids of those services."""
    broken: set[str] = set()
    ids = {t: {r.get("id") for r in rs} for t, rs in rows.items()}
    seen: dict[tuple[str, str], str] = {}
    for table, table_rows in rows.items():
        for row in table_rows:
            key = (table, row.get("id", ""))
            if key in seen:
                result.invalid.append(
                    RowProblem(file_of(table), _line(row), "id", f"Doppelte ID „{key[1]}“.")
                )
                if table == "service":
                    broken.add(key[1])
            seen[key] = row.get("_line", "")
    for service in rows.get("service", []):
        org = service.get("organization_id", "")
        if org and org not in ids.get("organization", set()):
            result.invalid.append(
                RowProblem(
                    file_of("service"),
                    _line(service),
                    "organization_id",
                    f"Verweis auf Organisation „{org}“, die in {file_of('organization')} fehlt.",
                )
            )
            broken.add(service["id"])
    for sal in rows.get("service_at_location", []):
        for column, table in (("service_id", "service"), ("location_id", "location")):
            value = sal.get(column, "")
            if value and value not in ids.get(table, set()):
                result.invalid.append(
                    RowProblem(
                        file_of("service_at_location"),
                        _line(sal),
                        column,
                        f"Verweis auf „{value}“, das in {file_of(table)} fehlt.",
                    )
                )
                broken.add(sal.get("service_id", ""))
    return broken


def _line(row: dict) -> int | None:
    return row.get("_line")


def rows_to_result(package: PackageTables, tabular: bool) -> ReadResult:
    rows, label = package.rows, package.label
    result = ReadResult(format="HSDS 3.0 " + ("Datenpaket" if tabular else "JSON"))
    result.warnings.extend(package.notes)

    def file_of(table: str) -> str:
        return package.file_of(table) if tabular else label

    if not rows.get("service"):
        raise ImportFileError(f"„{label}“ enthält keine Dienste (services).")
    broken = _check_references(rows, file_of, result)
    for service_id, own in assign_rows(rows).items():
        if service_id in broken:
            continue
        service = own["service"][0]
        offer = offer_from_rows(own)
        offer.extra = {"hsds": _clean(own)}
        for error in validate_offer(offer):
            if error.field in _DROPPABLE:
                result.warnings.append(
                    RowProblem(
                        file_of("service"),
                        _line(service),
                        error.field,
                        f"{error.message} Der Wert bleibt nur in den HSDS-Daten erhalten.",
                    )
                )
                if error.field in ("lat", "lon"):
                    offer.lat = offer.lon = None
                else:
                    setattr(
                        offer,
                        error.field,
                        []
                        if error.field == "schedules"
                        else None
                        if error.field == "last_verified"
                        else "",
                    )
        ours = any(a.get("taxonomy_term_id") in JENA_TERM_KIND for a in own.get("attribute", []))
        if ours and offer_tables(offer) == offer_tables(replace(offer, extra={})):
            offer.extra = {}  # the rows say nothing the offer's own fields do not say
        result.incoming.append(
            Incoming(offer, file_of("service"), _line(service), {"name": "name", "id": "id"})
        )
    return result
