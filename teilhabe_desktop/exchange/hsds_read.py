"""Reading Open Referral HSDS 3.0: tabular datapackage (folder or .zip) and service_full JSON.

Every HSDS row that belongs to a service is kept verbatim in ``offer.extra["hsds"]`` so
that an export gives the same tables back; the modelled fields are read from them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TypeVar

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
)
from teilhabe_desktop.core.catalogue_validation import FieldError, validate_offer
from teilhabe_desktop.core.codes import CodedEnum
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.catalogue_import import (
    ImportFileError,
    Incoming,
    ReadResult,
    RowProblem,
)
from teilhabe_desktop.exchange.hsds_assign import assign_rows
from teilhabe_desktop.exchange.hsds_checks import check_rows, entry_name
from teilhabe_desktop.exchange.hsds_files import PackageTables
from teilhabe_desktop.exchange.hsds_formats import fit
from teilhabe_desktop.exchange.hsds_tables import (
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
from teilhabe_desktop.exchange.html_text import plain_text
from teilhabe_desktop.store.catalogue_bulk import paused_gc

Rows = dict[str, list[dict]]  # table -> rows (with their line number as "_line")
E = TypeVar("E", bound=CodedEnum)
_DROPPABLE = {"postcode", "phone", "email", "website", "lat", "lon", "schedules", "last_verified"}


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
            "plain_description",
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
    for attr, column in SERVICE_TEXT_COLUMNS.items():  # markup stays in the HSDS rows only
        setattr(offer, attr, plain_text(service.get(column, "")))
    offer.name = offer.name.strip()
    offer.organization_id = service.get("organization_id") or None
    offer.organization_name = plain_text(org.get("name", ""))
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
    offer.opening_hours = plain_text(next((s.get("description", "") for s in schedules), ""))
    _apply_jena(offer, own)
    return offer


def _first_location(own: Rows) -> dict | None:
    locations = {r["id"]: r for r in own.get("location", []) if r.get("id")}
    for sal in own.get("service_at_location", []):
        if sal.get("location_id") in locations:
            return locations[sal["location_id"]]
    return next(iter(locations.values()), None)


def _line(row: dict) -> int | None:
    return row.get("_line")


#: Offer field -> the HSDS columns its value comes from (for the notes on dropped values).
_SOURCE_COLUMNS = {
    "postcode": (("address", "postal_code"),),
    "phone": (("phone", "number"),),
    "email": (("service", "email"),),
    "website": (("service", "url"),),
    "lat": (("location", "latitude"),),
    "lon": (("location", "longitude"),),
    "schedules": (("schedule", "opens_at"), ("schedule", "closes_at")),
    "last_verified": (("service", SERVICE_COLUMNS["last_verified"]),),
}


def _kept_in_export(attr: str, own: Rows, exported: Rows) -> bool:
    """Whether the export writes the values ``attr`` was read from, as HSDS accepts them."""
    for table, column in _SOURCE_COLUMNS[attr]:
        values = {r.get(column, "") for r in own.get(table, [])} - {""}
        fitted = {fit(table, column, v) for v in values}
        written = {r.get(column) for r in exported.get(table, [])}
        if None in fitted or not fitted <= written:
            return False
    return True


def _unreadable(offer: Offer, own: Rows) -> list[FieldError]:
    """Values the reader could not read at all (a date that is no date …)."""
    errors = []
    date = own["service"][0].get(SERVICE_COLUMNS["last_verified"], "").strip()
    if date and offer.last_verified is None:
        errors.append(FieldError("last_verified", f"„{date}“ ist kein Datum (JJJJ-MM-TT)."))
    location = _first_location(own) or {}
    for column in ("latitude", "longitude"):
        value = location.get(column, "").strip()
        if value and offer.lat is None:
            errors.append(FieldError("lat", f"„{value}“ ({column}) ist keine Zahl."))
            break
    return errors


def _drop_invalid(offer: Offer, own: Rows, where: RowProblem) -> list[RowProblem]:
    """Empty the fields the catalogue cannot hold; say whether HSDS keeps the value.

    ``where`` gives file, entry and the entry's name (as the reason) for the notes.
    """
    errors = _unreadable(offer, own) + [e for e in validate_offer(offer) if e.field in _DROPPABLE]
    for error in errors:
        if error.field in ("lat", "lon"):
            offer.lat = offer.lon = None
        else:
            empty = {"schedules": [], "last_verified": None}.get(error.field, "")
            setattr(offer, error.field, empty)
    exported = offer_tables(offer) if errors else {}
    notes = []
    for error in errors:
        if _kept_in_export(error.field, own, exported):
            fate = (
                "Im Katalog bleibt das Feld leer; der Wert bleibt in den HSDS-Daten erhalten und "
                "wird mit ihnen exportiert."
            )
        else:
            fate = "Der Wert wird nicht übernommen (auch HSDS 3.0 lässt ihn so nicht zu)."
        reason = f"{where.reason}: {error.message} {fate}"
        notes.append(replace(where, column=error.field, reason=reason))
    return notes


def _filled(rows: Rows, skip: tuple[str, ...] = ()) -> Rows:
    """``rows`` as a package written from them holds them: no empty cells (written as
    empty columns), no line numbers, no empty tables."""
    return {
        table: [{k: v for k, v in row.items() if v != "" and k != "_line"} for row in table_rows]
        for table, table_rows in rows.items()
        if table_rows and table not in skip
    }


#: Tables written once per package, not per service (our taxonomy and its terms).
_PER_PACKAGE = ("taxonomy_term", "taxonomy")


def _says_nothing_more(offer: Offer, own: Rows) -> bool:
    """Whether the package's rows say nothing the offer's own fields do not say.

    Cheap first: rows exactly as the offer alone writes them (our own export read back)
    say nothing more; else compare what the offer writes with and without them.
    """
    alone = offer_tables(replace(offer, extra={}))
    if _filled(own, _PER_PACKAGE) == _filled(alone):
        return True
    return offer_tables(offer) == alone


def _offer_of(own: Rows, where: RowProblem, warnings: list[RowProblem]) -> Offer:
    offer = offer_from_rows(own)
    offer.extra = {"hsds": _clean(own)}
    warnings += _drop_invalid(offer, own, where)
    ours = any(a.get("taxonomy_term_id") in JENA_TERM_KIND for a in own.get("attribute", []))
    if ours and _says_nothing_more(offer, own):
        offer.extra = {}
    return offer


def _incoming(
    assigned: dict[str, Rows], rejected: set[str], file: str, unit: str, warnings: list
) -> Iterator[Incoming]:
    """The offers of the services, made one by one as they are taken (not kept here)."""
    for service_id in list(assigned):  # not next(iter()) after pops: that rescans the holes
        own = assigned.pop(service_id)
        if service_id in rejected:
            continue
        service = own["service"][0]
        line = _line(service)
        where = RowProblem(file, line, "", entry_name(service), unit)
        offer = _offer_of(own, where, warnings)
        yield Incoming(offer, file, line, {"name": "name", "id": "id"}, unit)


def rows_to_result(package: PackageTables, tabular: bool) -> ReadResult:
    """The package's services as a stream of offers; checks and notes on the package's
    rows are complete at once, notes on single offers when the stream has ended."""
    rows, label = package.rows, package.label
    result = ReadResult(format="HSDS 3.0 " + ("Datenpaket" if tabular else "JSON"))
    result.warnings.extend(package.notes)
    unit = "Zeile" if tabular else "Dienst"

    def file_of(table: str) -> str:
        return package.file_of(table) if tabular else label

    if not rows.get("service"):
        raise ImportFileError(f"„{label}“ enthält keine Dienste (services).")
    with paused_gc():  # hundreds of thousands of rows: the collector would rescan them all
        rejected = check_rows(rows, file_of, unit, result)
        assigned = assign_rows(rows)
    rows.clear()  # the rows live on in ``assigned`` only, and go with each offer made
    result.expected = len(assigned)
    result.incoming = _incoming(assigned, rejected, file_of("service"), unit, result.warnings)
    return result
