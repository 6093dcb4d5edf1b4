"""A suggestion for the catalogue team: one entry as an HSDS 3.0 service JSON file.

The way a caseworker reports an offer they found: the entry's HSDS rows (from
:func:`hsds_write.offer_tables`, the same as in a package) nested as HSDS JSON does –
the organization and the locations with their addresses and phones inside the service.
The catalogue team reads it with *Importieren …* like any HSDS JSON file.
"""

from __future__ import annotations

import json
from pathlib import Path

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.hsds_write import offer_tables

#: table -> the key that holds its rows inside a service or location object
_LIST_KEYS = {
    "phone": "phones",
    "schedule": "schedules",
    "attribute": "attributes",
    "service_area": "service_areas",
    "language": "languages",
    "contact": "contacts",
    "cost_option": "cost_options",
    "required_document": "required_documents",
    "funding": "funding",
    "address": "addresses",
    "accessibility": "accessibility",
    "metadata": "metadata",
}


def suggestion_document(offer: Offer) -> dict:
    tables = {table: [dict(row) for row in rows] for table, rows in offer_tables(offer).items()}
    service = dict(tables.pop("service")[0])
    organizations = tables.pop("organization", [])
    if organizations:
        service["organization"] = organizations[0]
    locations = {row.get("id"): row for row in tables.pop("location", [])}
    at_locations = []
    for link in tables.pop("service_at_location", []):
        location = locations.pop(link.get("location_id"), None)
        if location is not None:
            link = {**link, "location": location}
        at_locations.append(link)
    if at_locations:
        service["service_at_locations"] = at_locations
    if locations:
        service["locations"] = list(locations.values())
    nested = {loc["location"]["id"]: loc["location"] for loc in at_locations if "location" in loc}
    for table, rows in tables.items():
        key = _LIST_KEYS.get(table)
        if key is None:
            continue  # taxonomy rows: the reader knows Jena's own terms without them
        for row in rows:
            owner = nested.get(row.get("location_id"), service)
            owner.setdefault(key, []).append(row)
    return service


def write_suggestion(offer: Offer, path: Path | str) -> None:
    text = json.dumps(suggestion_document(offer), ensure_ascii=False, indent=2) + "\n"
    safe_write.write_text(path, text)
