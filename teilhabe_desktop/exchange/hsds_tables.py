"""Open Referral HSDS 3.0 tables: names, files, columns and how they link."""

from __future__ import annotations

import functools
import hashlib
import re
import uuid

from teilhabe_desktop.core.offer_fields import FIELDS_BY_ATTR, Kind, hsds_service_columns

#: resource name -> (file name, columns in the order of the HSDS 3.0 schema)
HSDS_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "organization": (
        "organizations.csv",
        (
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "tax_status",
            "tax_id",
            "year_incorporated",
            "legal_status",
            "logo",
            "uri",
            "parent_organization_id",
        ),
    ),
    "program": ("programs.csv", ("id", "organization_id", "name", "alternate_name", "description")),
    "service": (
        "services.csv",
        (
            "id",
            "organization_id",
            "program_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "fees",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "assurer_email",
            "licenses",
            "alert",
            "last_modified",
        ),
    ),
    "attribute": (
        "attributes.csv",
        ("id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"),
    ),
    "service_at_location": (
        "service_at_location.csv",
        ("id", "service_id", "location_id", "description"),
    ),
    "location": (
        "locations.csv",
        (
            "id",
            "location_type",
            "url",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "transportation",
            "latitude",
            "longitude",
            "external_identifier",
            "external_identifier_type",
        ),
    ),
    "phone": (
        "phones.csv",
        (
            "id",
            "location_id",
            "service_id",
            "organization_id",
            "contact_id",
            "service_at_location_id",
            "number",
            "extension",
            "type",
            "description",
        ),
    ),
    "contact": (
        "contacts.csv",
        (
            "id",
            "organization_id",
            "service_id",
            "service_at_location_id",
            "location_id",
            "name",
            "title",
            "department",
            "email",
        ),
    ),
    "address": (
        "addresses.csv",
        (
            "id",
            "location_id",
            "attention",
            "address_1",
            "address_2",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ),
    ),
    "schedule": (
        "schedules.csv",
        (
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "valid_from",
            "valid_to",
            "dtstart",
            "timezone",
            "until",
            "count",
            "wkst",
            "freq",
            "interval",
            "byday",
            "byweekno",
            "bymonthday",
            "byyearday",
            "description",
            "opens_at",
            "closes_at",
            "schedule_link",
            "attending_type",
            "notes",
        ),
    ),
    "funding": ("funding.csv", ("id", "organization_id", "service_id", "source")),
    "service_area": (
        "service_areas.csv",
        ("id", "service_id", "name", "description", "extent", "extent_type", "uri"),
    ),
    "required_document": ("required_documents.csv", ("id", "service_id", "document", "uri")),
    "language": (
        "languages.csv",
        ("id", "service_id", "location_id", "phone_id", "name", "code", "note"),
    ),
    "accessibility": ("accessibility.csv", ("id", "location_id", "description", "details", "url")),
    "taxonomy_term": (
        "taxonomy_terms.csv",
        (
            "id",
            "code",
            "name",
            "description",
            "parent_id",
            "taxonomy",
            "language",
            "taxonomy_id",
            "term_uri",
        ),
    ),
    "metadata": (
        "metadata.csv",
        (
            "id",
            "resource_id",
            "resource_type",
            "last_action_date",
            "last_action_type",
            "field_name",
            "previous_value",
            "replacement_value",
            "updated_by",
        ),
    ),
    "meta_table_description": (
        "meta_table_descriptions.csv",
        ("id", "name", "language", "character_set"),
    ),
    "cost_option": (
        "cost_options.csv",
        (
            "id",
            "service_id",
            "valid_from",
            "valid_to",
            "option",
            "currency",
            "amount",
            "amount_description",
        ),
    ),
    "organization_identifier": (
        "organization_identifiers.csv",
        ("id", "organization_id", "identifier_scheme", "identifier_type", "identifier"),
    ),
    "taxonomy": ("taxonomies.csv", ("id", "name", "description", "uri", "version")),
}
FILE_TO_TABLE = {file: name for name, (file, _) in HSDS_TABLES.items()}
#: Plural spellings of table names seen in ``link_entity`` (``"services"``).
_PLURALS = {file.removesuffix(".csv"): name for name, (file, _) in HSDS_TABLES.items()}


def entity_table(value: str) -> str | None:
    """The table an ``attribute.link_entity`` or ``metadata.resource_type`` names, or None."""
    word = (value or "").strip().lower().replace(" ", "_")
    if word in HSDS_TABLES:
        return word
    return _PLURALS.get(word)


#: Columns by which a row points at another entity -> the table of that entity. HSDS ids
#: are unique per table only: organization "1" and service "1" are different things.
LINK_COLUMNS = {
    "service_id": "service", "organization_id": "organization", "location_id": "location",
    "service_at_location_id": "service_at_location", "contact_id": "contact",
    "phone_id": "phone", "link_id": None, "resource_id": None,
}  # fmt: skip
#: Columns whose target table another column names (``None`` above): attribute.link_entity
#: and metadata.resource_type hold a table name ("service", "organization" …).
ENTITY_COLUMNS = {"link_id": "link_entity", "resource_id": "resource_type"}
#: Order in which rows are assigned to services (later tables point at earlier ones).
ASSIGN_ORDER = (
    "service_at_location", "location", "contact", "phone", "address", "schedule",
    "accessibility", "language", "funding", "service_area", "required_document",
    "cost_option", "organization_identifier", "attribute", "metadata",
)  # fmt: skip

#: Our own taxonomy for Jena's fields, written as HSDS attributes of each service.
#: Offer attribute -> column of the HSDS ``service`` table (one-to-one, from the field map).
SERVICE_COLUMNS: dict[str, str] = hsds_service_columns()
#: The text fields among them, copied as they are in both directions.
SERVICE_TEXT_COLUMNS: dict[str, str] = {
    attr: column
    for attr, column in SERVICE_COLUMNS.items()
    if FIELDS_BY_ATTR[attr].kind in (Kind.TEXT, Kind.LONG_TEXT)
}
JENA_TAXONOMY_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "teilhabe-desktop:taxonomy:jena"))
JENA_KINDS = (
    "life_domain", "category", "target_group", "mainstream", "sozialraum", "district_code",
    "ortsteil_id", "place", "cost", "cost_note", "opening_hours", "needs_review",
    "review_note", "source", "is_example", "accessibility",
    "offer_id", "organization_id", "organization_name", "street", "postcode", "city",
    "email", "website", "verified_by", "plain_description",
)  # fmt: skip
#: German descriptions of our taxonomy's terms (HSDS requires a description).
JENA_KIND_DESCRIPTIONS = {
    "life_domain": "Lebensbereich nach ICF (d1–d9), dem das Angebot dient",
    "category": "Kategorie des Angebots",
    "target_group": "Zielgruppe des Angebots",
    "mainstream": "Regelangebot für alle (ja) oder Fachangebot der Eingliederungshilfe (nein)",
    "sozialraum": "Sozialraum der Stadt Jena",
    "district_code": "Statistischer Bezirk der Stadt Jena (Nummer)",
    "ortsteil_id": "Ortsteil der Stadt Jena (Nummer)",
    "place": "Ort, wie er geschrieben wurde (Ortsteil oder gebräuchlicher Name)",
    "cost": "Kosten: free (kostenlos), reduced (ermäßigt möglich), fee (Beitrag) oder unknown",
    "cost_note": "Hinweis zu den Kosten",
    "opening_hours": "Öffnungszeiten als Text",
    "needs_review": "Eintrag ist zu prüfen (ja/nein)",
    "review_note": "Hinweis, was zu prüfen ist",
    "source": "Quelle der Angaben",
    "is_example": "Erfundener Beispieleintrag (ja/nein)",
    "accessibility": "Barrierefreiheit: Merkmal=yes (ja), no (nein) oder unknown (unbekannt)",
    "offer_id": "Eigene Kennung des Angebots im Katalog (wenn sie keine UUID ist)",
    "organization_id": "Eigene Kennung des Trägers im Katalog (leer: kein Träger erfasst)",
    "organization_name": "Name des Trägers im Katalog, wenn er von der Organisation abweicht",
    "street": "Straße und Hausnummer, wenn die Adresse für HSDS unvollständig ist",
    "postcode": "Postleitzahl, wenn die Adresse für HSDS unvollständig ist",
    "city": "Ort, wenn die Adresse für HSDS unvollständig ist",
    "email": "E-Mail-Adresse, wie sie im Katalog steht, wenn HSDS sie so nicht annimmt",
    "website": "Internetadresse, wie sie im Katalog steht (HSDS verlangt https:// davor)",
    "verified_by": "Wer den Eintrag geprüft hat, wenn es keine E-Mail-Adresse ist",
    "plain_description": "Kurze Beschreibung in Leichter Sprache (für „Mein Plan“)",
}


@functools.cache
def jena_term_id(kind: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"teilhabe-desktop:term:{kind}"))


JENA_TERM_KIND = {jena_term_id(kind): kind for kind in JENA_KINDS}


_NAMESPACE = uuid.NAMESPACE_URL.bytes + b"teilhabe-desktop:"
_VARIANT = "89ab89ab89ab89ab"  # RFC 4122 variant bits over the hex digit they replace


def derived_id(*parts: str) -> str:
    """``str(uuid.uuid5(NAMESPACE_URL, "teilhabe-desktop:" + ":".join(parts)))``, written
    out: an export makes millions of them, and the ``uuid`` object costs 4 × the hash."""
    h = hashlib.sha1(_NAMESPACE + ":".join(parts).encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[int(h[16], 16)]}{h[17:20]}-{h[20:32]}"


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)


def is_uuid(value: str) -> bool:
    return bool(_UUID.match(value or ""))


@functools.lru_cache(maxsize=65536)
def hsds_uuid(value: str) -> str:
    """``value`` if it is a UUID, else a UUID derived from it (the same on every export).

    Cached: the rows of one service name its id (and its provider's) many times over.
    """
    return value if not value or is_uuid(value) else derived_id("id", value)


@functools.cache
def uuid_columns(table: str) -> tuple[str, ...]:
    """Columns HSDS 3.0 declares with ``format: uuid`` (all ids but ``tax_id``)."""
    return tuple(
        c
        for c in HSDS_TABLES.get(table, ("", ()))[1]
        if c == "id" or (c.endswith("_id") and c != "tax_id")
    )


#: The organization for services whose provider is not known (HSDS requires one).
UNKNOWN_ORGANIZATION_ID = derived_id("organization", "unbekannt")
