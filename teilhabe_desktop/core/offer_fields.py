"""The one map of :class:`Offer` fields: stored column, CSV header, JSON key and kind.

Every format (CSV, JSON, the rows of the database, the flat HSDS service columns)
takes its names from :data:`OFFER_FIELDS` instead of writing the field list out again.
The order is the order of the dataclass, which is also the order of the CSV columns and
of the JSON keys. A field added to :class:`Offer` must be added here too (a test checks
that every dataclass field appears exactly once).

Accessibility is one field of the dataclass but one CSV column and one database column
per facet (:data:`ACCESSIBILITY_FEATURES`): :func:`csv_columns` and
:func:`stored_columns` spell them out as ``acc_<facet>``.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from enum import StrEnum

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Cost, Offer, OfferStatus
from teilhabe_desktop.core.codes import CodedEnum


class Kind(StrEnum):
    """What a field holds; each format converts a kind one way."""

    TEXT = "text"  # one line of text, empty when missing; CSV cells are read trimmed
    LONG_TEXT = "long_text"  # text that may span lines; read as it is
    OPTIONAL_TEXT = "optional_text"  # str or None (ids of other records)
    TEXT_LIST = "text_list"  # list[str]
    BOOL = "bool"
    INT = "int"  # int or None
    FLOAT = "float"  # float or None
    DATE = "date"  # date or None
    DATETIME = "datetime"  # datetime or None
    ENUM = "enum"  # a CodedEnum member; stored and serialised as its code
    SCHEDULES = "schedules"  # list[Schedule]
    ACCESSIBILITY = "accessibility"  # dict facet -> Availability
    MAPPING = "mapping"  # dict (imported fields we do not model)


@dataclass(frozen=True)
class OfferField:
    """One attribute of :class:`Offer` and its name in each place it travels."""

    attr: str
    kind: Kind
    csv: str | None  # German CSV header; None: not a CSV column
    column: str | None  # column of table ``offer``; None: kept in a table of its own
    enum: type[CodedEnum] | None = None
    trimmed: bool = False  # stored without surrounding white space
    hsds: str | None = None  # column of the HSDS ``service`` table when it maps one-to-one

    @property
    def json(self) -> str:
        """The key of the field in the catalogue JSON (the attribute name)."""
        return self.attr

    @property
    def default(self):
        """The dataclass default (a fresh value for list and dict fields)."""
        spec = _DATACLASS_FIELDS[self.attr]
        if spec.default is not MISSING:
            return spec.default
        if spec.default_factory is not MISSING:
            return spec.default_factory()
        return None


_T, _LT, _L = Kind.TEXT, Kind.LONG_TEXT, Kind.TEXT_LIST

#: Every field of :class:`Offer`, in the dataclass order (= CSV and JSON order).
OFFER_FIELDS: tuple[OfferField, ...] = (
    OfferField("id", _T, "ID", "id"),
    OfferField("name", _T, "Name", "name", trimmed=True, hsds="name"),
    OfferField("description", _LT, "Beschreibung", "description", hsds="description"),
    OfferField("organization_id", Kind.OPTIONAL_TEXT, "Träger-ID", "organization_id"),
    OfferField("organization_name", _T, "Träger", None),
    OfferField("category_ids", _L, "Kategorien", None),
    OfferField("target_groups", _L, "Zielgruppen", "target_groups"),
    OfferField("life_domains", _L, "Lebensbereiche", None),
    OfferField("mainstream", Kind.BOOL, "Angebotsart", "mainstream"),
    OfferField("street", _T, "Straße", "street"),
    OfferField("postcode", _T, "PLZ", "postcode", trimmed=True),
    OfferField("city", _T, "Ort", "city"),
    OfferField("place", _T, "Stadtteil", "place"),
    OfferField("sozialraum_id", Kind.OPTIONAL_TEXT, "Sozialraum", "sozialraum_id"),
    OfferField("district_code", Kind.INT, "Bezirk-Nr", "district_code"),
    OfferField("ortsteil_id", Kind.INT, "Ortsteil-Nr", "ortsteil_id"),
    OfferField("lat", Kind.FLOAT, "Breitengrad", "lat"),
    OfferField("lon", Kind.FLOAT, "Längengrad", "lon"),
    OfferField("phone", _T, "Telefon", "phone"),
    OfferField("email", _T, "E-Mail", "email", trimmed=True, hsds="email"),
    OfferField("website", _T, "Internet", "website", trimmed=True, hsds="url"),
    OfferField("opening_hours", _LT, "Öffnungszeiten", "opening_hours"),
    OfferField("schedules", Kind.SCHEDULES, "Öffnungszeiten (strukturiert)", None),
    OfferField("accessibility", Kind.ACCESSIBILITY, None, None),
    OfferField("cost", Kind.ENUM, "Kosten", "cost", Cost),
    OfferField("cost_note", _LT, "Kostenhinweis", "cost_note", hsds="fees_description"),
    OfferField("status", Kind.ENUM, "Status", "status", OfferStatus),
    OfferField("last_verified", Kind.DATE, "Zuletzt geprüft", "last_verified", hsds="assured_date"),
    OfferField("verified_by", _T, "Geprüft von", "verified_by", hsds="assurer_email"),
    OfferField("needs_review", Kind.BOOL, "Zu prüfen", "needs_review"),
    OfferField("review_note", _LT, "Prüfhinweis", "review_note"),
    OfferField("source", _LT, "Quelle", "source"),
    OfferField("is_example", Kind.BOOL, "Beispiel", "is_example"),
    OfferField("updated_at", Kind.DATETIME, "Geändert am", "updated_at", hsds="last_modified"),
    OfferField("extra", Kind.MAPPING, None, "extra"),
    OfferField("plain_description", _LT, "Beschreibung in Leichter Sprache", "plain_description"),
)

_DATACLASS_FIELDS = {f.name: f for f in fields(Offer)}
FIELDS_BY_ATTR: dict[str, OfferField] = {f.attr: f for f in OFFER_FIELDS}


def accessibility_column(facet: str) -> str:
    """The CSV attribute and database column of one accessibility facet."""
    return f"acc_{facet}"


def csv_columns() -> dict[str, str]:
    """CSV attribute -> German header, in export order (one column per facet)."""
    columns: dict[str, str] = {}
    for spec in OFFER_FIELDS:
        if spec.kind is Kind.ACCESSIBILITY:
            columns.update(
                {accessibility_column(k): label for k, label in ACCESSIBILITY_FEATURES.items()}
            )
        elif spec.csv is not None:
            columns[spec.attr] = spec.csv
    return columns


def stored_columns() -> tuple[str, ...]:
    """The columns of table ``offer`` that hold fields, in field order (one per facet)."""
    columns: list[str] = []
    for spec in OFFER_FIELDS:
        if spec.kind is Kind.ACCESSIBILITY:
            columns.extend(accessibility_column(k) for k in ACCESSIBILITY_FEATURES)
        elif spec.column is not None:
            columns.append(spec.column)
    return tuple(columns)


def hsds_service_columns() -> dict[str, str]:
    """Offer attribute -> column of the HSDS ``service`` table, for one-to-one fields."""
    return {f.attr: f.hsds for f in OFFER_FIELDS if f.hsds is not None}
