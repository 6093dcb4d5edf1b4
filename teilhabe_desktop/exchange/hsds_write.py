"""Writing an Open Referral HSDS 3.0 tabular datapackage (folder or .zip).

Rows an offer brought from an HSDS import are written back as they were; fields the
app models overwrite them only where they differ in meaning. Jena's own fields
(life domains, categories, accessibility facets …) travel as HSDS attributes of a
taxonomy "teilhabe-desktop-jena".

Every table conforms to the HSDS 3.0 schemas (see ``hsds_conform``): ids that are not
UUIDs are written as stable UUIDs and our own id travels as an attribute ``offer_id``
(likewise ``organization_id``), so that an import restores the same ids. A service
without a provider points at one "Unbekannter Träger" organization. An address is
written only with street, postcode and city; otherwise those travel as attributes.
"""

from __future__ import annotations

import copy
import csv
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Availability, Offer, OfferStatus
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange import safe_write
from teilhabe_desktop.exchange.hsds_conform import conform
from teilhabe_desktop.exchange.hsds_formats import fit
from teilhabe_desktop.exchange.hsds_jena import conformed_jena_rows, jena_taxonomy
from teilhabe_desktop.exchange.hsds_tables import (
    HSDS_TABLES,
    SERVICE_COLUMNS,
    SERVICE_TEXT_COLUMNS,
    UNKNOWN_ORGANIZATION_ID,
    derived_id,
    hsds_uuid,
    uuid_columns,
)
from teilhabe_desktop.exchange.hsds_values import (
    STATUS_FROM_HSDS,
    dropped,
    hsds_phone,
    hsds_schedules,
    own_phone,
)
from teilhabe_desktop.exchange.html_text import plain_text
from teilhabe_desktop.exchange.safe_write import atomic_target, cannot_write

Progress = Callable[[int, int], None]
#: zlib level of the archive: 1 packs 100,000 entries several times faster than the
#: default 6, for an archive about a fifth larger
ZIP_LEVEL = 1
Rows = dict[str, list[dict[str, str]]]
_STATUS_TO_HSDS = {
    OfferStatus.ACTIVE: "active",
    OfferStatus.PAUSED: "temporarily closed",
    OfferStatus.ENDED: "defunct",
}
_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
_HSDS_STATUSES = {"active", "inactive", "defunct", "temporarily closed"}
UNKNOWN_ORGANIZATION = {
    "id": UNKNOWN_ORGANIZATION_ID,
    "name": "Unbekannter Träger",
    "description": "Platzhalter für Angebote, zu denen im Katalog kein Träger erfasst ist.",
}
ORGANIZATION_DESCRIPTION = "Keine Beschreibung erfasst (Angebotskatalog Teilhabe Desktop)."
Notes = list[tuple[str, str]]  # Jena attributes that keep what HSDS could not carry


def _set(row: dict, column: str, value: str, same=None) -> None:
    """Write ``value`` unless the row's value already means the same."""
    old = row.get(column, "")
    if old == value:
        return
    if same is not None and old:
        try:
            if same(old):
                return
        except (ValueError, cols.ValueProblem):
            pass
    row[column] = value


def _same_text(attr: str, old: str, value: str) -> bool:
    """The row's text says what the offer says: the same without its HTML markup (kept
    for other HSDS readers), or a value the catalogue could not hold (``dropped``)."""
    return plain_text(old) == value or dropped(attr, old, value)


def _float_same(value: float | None):
    return lambda old: cols.parse_float(old) == value


def state_of(city: str) -> str:
    """The federal state of ``city`` where we know it (Jena only), else ""."""
    words = re.split(r"[\s,/()-]+", city.strip().casefold())
    return "Thüringen" if words and words[0] == "jena" else ""


def offer_tables(offer: Offer) -> Rows:
    """The HSDS rows of one offer, conforming to the HSDS 3.0 schemas."""
    tables: Rows = copy.deepcopy((offer.extra or {}).get("hsds") or {})
    service = (tables.setdefault("service", []) or [{}])[0]
    tables["service"] = [service, *tables["service"][1:]]
    notes: Notes = []
    source_id = service.get("id") or offer.id  # as the rows of an imported package name it
    service["id"] = hsds_uuid(offer.id)
    if service["id"] != offer.id:
        notes.append(("offer_id", offer.id))
    _organization_rows(offer, service, tables, notes)
    for attr, column in SERVICE_TEXT_COLUMNS.items():
        value = getattr(offer, attr)
        _set(service, column, value, lambda old, a=attr, v=value: _same_text(a, old, v))
        if value and fit("service", column, value) != value:
            notes.append((attr, value))  # e.g. a name in assurer_email: kept as an attribute
    _set(
        service,
        "status",
        _STATUS_TO_HSDS[offer.status],
        lambda old: old in _HSDS_STATUSES and STATUS_FROM_HSDS.get(old) == offer.status,
    )
    _set(
        service,
        SERVICE_COLUMNS["last_verified"],
        offer.last_verified.isoformat() if offer.last_verified else "",
        lambda old: (
            cols.parse_date(old) == offer.last_verified
            or dropped("last_verified", cols.parse_date(old), offer.last_verified)
        ),
    )
    _set(
        service,
        SERVICE_COLUMNS["updated_at"],
        offer.updated_at.isoformat() if offer.updated_at else "",
        lambda old: cols.parse_datetime(old) == offer.updated_at,
    )
    _location_rows(offer, tables, notes, source_id)
    _schedule_rows(offer, tables)
    result = conform(tables)
    result.setdefault("attribute", []).extend(conformed_jena_rows(offer, notes))
    return result


def _organization_rows(offer: Offer, service: dict, tables: Rows, notes: Notes) -> None:
    """HSDS requires every service to have an organization with name and description."""
    name = offer.organization_name.strip()
    if offer.organization_id:
        org_id = hsds_uuid(offer.organization_id)
        if org_id != offer.organization_id:
            notes.append(("organization_id", offer.organization_id))
    else:
        notes.append(("organization_id", ""))
        org_id = derived_id("organization-name", name) if name else UNKNOWN_ORGANIZATION_ID
    service["organization_id"] = org_id
    orgs = tables.setdefault("organization", [])
    org = next((o for o in orgs if o.get("id") in (org_id, offer.organization_id)), None)
    if org is None:
        org = {}
        orgs.append(org)
    org["id"] = org_id
    if org_id == UNKNOWN_ORGANIZATION_ID:
        org.update(UNKNOWN_ORGANIZATION)
    else:
        if name and plain_text(org.get("name", "")) != offer.organization_name:
            org["name"] = offer.organization_name
        if not org.get("name", "").strip():
            org["name"] = "Träger ohne Namen"
        if not org.get("description", "").strip():
            org["description"] = ORGANIZATION_DESCRIPTION
    if plain_text(org["name"]) != offer.organization_name:
        notes.append(("organization_name", offer.organization_name))


def _location_rows(offer: Offer, tables: Rows, notes: Notes, source_id: str) -> None:
    has_place = offer.street or offer.postcode or offer.lat is not None or offer.place
    locations = tables.setdefault("location", [])
    sals = tables.setdefault("service_at_location", [])
    location = address = None
    for sal in sals:
        location = next((r for r in locations if r.get("id") == sal.get("location_id")), None)
        if location:
            break
    if location is None and locations:
        location = locations[0]
    if location is None and has_place:
        location = {
            "id": derived_id("location", offer.id),
            "location_type": "physical",
            "name": offer.name,
        }
        locations.append(location)
        sals.append(
            {
                "id": derived_id("sal", offer.id),
                "service_id": offer.id,
                "location_id": location["id"],
            }
        )
    if location is not None:
        if offer.lat is not None:
            _set(location, "latitude", repr(offer.lat), _float_same(offer.lat))
            _set(location, "longitude", repr(offer.lon), _float_same(offer.lon))
        addresses = tables.setdefault("address", [])
        address = next((a for a in addresses if a.get("location_id") == location["id"]), None)
        if address is None and offer.street and offer.postcode and offer.city:
            address = {
                "id": derived_id("address", offer.id),
                "location_id": location["id"],
                "country": "DE",
                "address_type": "physical",
            }
            addresses.append(address)
        if address is not None:
            _set(address, "address_1", offer.street)
            _set(address, "address_2", offer.place)
            _set(address, "city", offer.city)
            if offer.postcode or not cols.parse_int_safe(address.get("postal_code", "")):
                _set(address, "postal_code", offer.postcode, lambda old: not offer.postcode)
            if not address.get("state_province", "").strip():
                address["state_province"] = state_of(address.get("city", ""))
            if not all(address.get(c, "").strip() for c in ("address_1", "postal_code", "city")):
                addresses.remove(address)  # HSDS requires them; never a made-up postcode
                address = None
        facets = [
            ACCESSIBILITY_FEATURES[k]
            for k in ACCESSIBILITY_FEATURES
            if offer.access(k) == Availability.YES
        ]
        rows = tables.setdefault("accessibility", [])
        if facets and not any(r.get("location_id") == location["id"] for r in rows):
            rows.append(
                {
                    "id": derived_id("accessibility", offer.id),
                    "location_id": location["id"],
                    "description": ", ".join(facets),
                }
            )
    if address is None:
        notes.extend(
            (k, getattr(offer, k)) for k in ("street", "postcode", "city") if getattr(offer, k)
        )
    _phone_rows(offer, tables, source_id, location)


def _phone_rows(offer: Offer, tables: Rows, source_id: str, location: dict | None) -> None:
    """The offer's phone goes where the import took it from; a phone of its organization
    or location is changed only as the service's own new phone."""
    phones = tables.setdefault("phone", [])
    phone = own_phone(phones, source_id, location)

    def same(old: str) -> bool:
        return hsds_phone(old) == offer.phone or dropped("phone", hsds_phone(old), offer.phone)

    if phone is not None and (phone.get("service_id") == source_id or same(phone["number"])):
        _set(phone, "number", offer.phone, same)
    elif offer.phone:
        phones.append(
            {
                "id": derived_id("phone", offer.id),
                "service_id": offer.id,
                "number": offer.phone,
                "type": "voice",
            }
        )


def _schedule_rows(offer: Offer, tables: Rows) -> None:
    rows = tables.setdefault("schedule", [])
    found = hsds_schedules(rows)
    described = not offer.opening_hours or any(
        plain_text(r.get("description", "")) == offer.opening_hours for r in rows
    )
    if found == offer.schedules and described:
        return
    if dropped("schedules", found, offer.schedules):  # the catalogue could not hold them
        if not described:
            rows.append(
                {
                    "id": derived_id("schedule", offer.id, "text"),
                    "service_id": offer.id,
                    "description": offer.opening_hours,
                }
            )
        return
    kept = [
        r
        for r in rows
        if not r.get("byday") and plain_text(r.get("description", "")) != offer.opening_hours
    ]
    for index, s in enumerate(offer.schedules):
        kept.append(
            {
                "id": derived_id("schedule", offer.id, str(index)),
                "service_id": offer.id,
                "freq": "WEEKLY",
                "byday": _DAYS[s.weekday - 1],
                "opens_at": s.opens,
                "closes_at": s.closes,
                "notes": s.note,
                "description": offer.opening_hours if index == 0 else "",
            }
        )
    if not offer.schedules and offer.opening_hours:
        kept.append(
            {
                "id": derived_id("schedule", offer.id, "text"),
                "service_id": offer.id,
                "description": offer.opening_hours,
            }
        )
    tables["schedule"] = kept


#: Tables whose rows many services share: each row is written once.
_SHARED_TABLES = frozenset({"organization", "taxonomy", "taxonomy_term"})


def iter_rows(
    offers: Iterable[Offer], total: int = 0, progress: Progress | None = None
) -> Iterator[tuple[str, dict[str, str]]]:
    """``(table, row)`` of every offer, one offer at a time, each row id once per table.

    Rows derived from an offer's own id are unique by construction; only the shared
    tables and the rows an offer kept from an imported package (which other services
    of that package may also hold) are remembered, so memory does not grow with the
    catalogue.
    """
    seen: set[tuple[str, str]] = set()
    for table, rows in jena_taxonomy().items():
        for row in rows:
            seen.add((table, row["id"]))
            yield table, row
    count = 0
    for offer in offers:
        kept = bool((offer.extra or {}).get("hsds"))
        for table, rows in offer_tables(offer).items():
            remember = kept or table in _SHARED_TABLES
            for row in rows:
                key = (table, row.get("id", ""))
                if key in seen:
                    continue
                if remember:
                    seen.add(key)
                yield table, row
        count += 1
        if progress and count % 1000 == 0:
            progress(count, total)


def build_tables(offers: Iterable[Offer], total: int = 0, progress: Progress | None = None) -> Rows:
    """All rows in memory, table by table (for small catalogues and tests)."""
    merged: Rows = {table: [] for table in HSDS_TABLES}
    for table, row in iter_rows(offers, total, progress):
        merged.setdefault(table, []).append(row)
    return merged


def _resource(table: str, file: str) -> dict:
    uuids = uuid_columns(table)
    return {
        "name": table,
        "path": file,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "profile": "tabular-data-resource",
        "schema": {
            "primaryKey": "id",
            "fields": [
                {"name": c, "type": "string", **({"format": "uuid"} if c in uuids else {})}
                for c in HSDS_TABLES[table][1]
            ],
        },
    }


def _write_table_files(
    folder: Path, offers: Iterable[Offer], total: int, progress: Progress | None
) -> int:
    """One CSV file per HSDS table in ``folder``, written row by row; returns services."""
    with ExitStack() as files:
        writers = {}
        for table, (file, columns) in HSDS_TABLES.items():
            handle = files.enter_context(
                (folder / file).open("w", encoding="utf-8", newline="", buffering=1 << 20)
            )
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(columns)
            writers[table] = (writer.writerow, columns)
        services = 0
        for table, row in iter_rows(offers, total, progress):
            found = writers.get(table)
            if found is None:
                continue
            write, columns = found
            write([row.get(c, "") for c in columns])
            services += table == "service"
    return services


def _descriptor() -> bytes:
    package = {
        "name": "teilhabe-desktop-katalog",
        "title": "Angebotskatalog (Teilhabe Desktop)",
        "profile": "tabular-data-package",
        "version": "3.0",
        "resources": [_resource(table, file) for table, (file, _c) in HSDS_TABLES.items()],
    }
    return json.dumps(package, ensure_ascii=False, indent=1).encode("utf-8")


def write_package(
    path: Path | str, offers: Iterable[Offer], total: int = 0, progress: Progress | None = None
) -> int:
    """Write a datapackage; ``path`` ending in .zip gives an archive, else a folder.

    The tables are written row by row into temporary files and then streamed into the
    archive (or the folder): memory stays the same for 1,000 or 1,000,000 entries.
    """
    path = Path(path)
    if path.suffix.lower() == ".zip":
        safe_write.check_target(path)  # before the work, not after it
    with tempfile.TemporaryDirectory(prefix="teilhabe-hsds-") as tmp:
        folder = Path(tmp)
        services = _write_table_files(folder, offers, total, progress)
        names = [file for file, _columns in HSDS_TABLES.values()]
        if path.suffix.lower() == ".zip":
            with (
                atomic_target(path) as part,
                zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as zf,
            ):
                for name in names:
                    zf.write(folder / name, name)
                zf.writestr("datapackage.json", _descriptor())
        else:
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise cannot_write(path, error) from error
            for name in names:
                with atomic_target(path / name) as part:
                    shutil.copyfile(folder / name, part)
            safe_write.write_bytes(path / "datapackage.json", _descriptor())
    if progress:
        progress(services, total or services)
    return services
