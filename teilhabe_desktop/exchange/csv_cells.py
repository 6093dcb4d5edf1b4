"""The cells of one row of a list (CSV or spreadsheet) as an :class:`Offer`.

One bad cell never costs the row: a value that cannot be read ("#WERT!", "htttps://",
"0" as a phone number) is left out of its field with a warning naming row and column,
and its text stays at the entry (``extra["csv"]``) so nothing the list said is lost.
Only a row without a usable name is refused, by the caller.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import lru_cache

from teilhabe_desktop.core.catalogue import (
    ACCESSIBILITY_FEATURES,
    Availability,
    Cost,
    Offer,
    OfferStatus,
)
from teilhabe_desktop.core.catalogue_validation import MAX_TEXT, validate_offer
from teilhabe_desktop.core.offer_fields import (
    FIELDS_BY_ATTR,
    OFFER_FIELDS,
    Kind,
    OfferField,
    accessibility_column,
)
from teilhabe_desktop.core.places import fold
from teilhabe_desktop.exchange import csv_columns as cols
from teilhabe_desktop.exchange.catalogue_import import RowProblem

#: Error values of Excel and LibreOffice (German and English): never content.
SPREADSHEET_ERRORS = frozenset(
    {
        "#WERT!", "#VALUE!", "#NV", "#N/A", "#DIV/0!", "#BEZUG!", "#REF!", "#NAME?",
        "#ZAHL!", "#NUM!", "#NULL!", "#ÜBERLAUF!", "#SPILL!", "#CALC!", "#FEHLER!",
        "ERR:502", "ERR:504", "ERR:508", "ERR:522",
    }
)  # fmt: skip
#: Postcodes that lie wholly in Jena; 07751 also covers villages around the city.
JENA_POSTCODES = frozenset({"07743", "07745", "07747", "07749"})
#: Fields whose bad value refuses the row (there is no entry without them).
ESSENTIAL = frozenset({"id", "name"})
KEPT = "Die Zelle wurde nicht übernommen; ihr Text bleibt am Eintrag gespeichert."


def stable_id(name: str, street: str, postcode: str, place: str) -> str:
    """Id for rows without one: the same row gets the same id on every import."""
    key = "|".join(fold(v) for v in (name, street, postcode, place))
    return "csv-" + str(uuid.uuid5(uuid.NAMESPACE_URL, "teilhabe-offer:" + key))


class CellReader:
    """Reads the cells of one row into offer attributes, field by field of the map."""

    def __init__(self, cells, reference, file, line, columns, warnings):
        self.cells = cells
        self.reference = reference
        self.file, self.line, self.columns = file, line, columns
        self.warnings = warnings
        self.kept: dict[str, str] = {}  # header -> text of a cell left out

    def get(self, attr: str) -> str:
        return (self.cells.get(attr) or "").strip()

    def drop(self, attr: str, reason: str) -> None:
        """Leave the cell of ``attr`` out, keep its text and say so."""
        column = self.column(attr)
        self.warn(attr, f"{reason} {KEPT}")
        text = self.cells.get(attr)
        if text and len(text) <= MAX_TEXT:
            self.kept[column] = text

    def parse(self, attr: str, parser, default=None, empty=None):
        text = self.cells.get(attr)
        if not text:
            return empty  # what ``parser("")`` gives, without the call
        try:
            return parser(text)
        except cols.ValueProblem as exc:
            self.drop(attr, str(exc))
            return default

    def column(self, attr: str) -> str:
        """The file's header of ``attr``, or the field's German name if the file lacks it."""
        return self.columns.get(attr) or cols.CSV_COLUMNS.get(attr, attr)

    def warn(self, attr: str, reason: str) -> None:
        self.warnings.append(RowProblem(self.file, self.line, self.column(attr), reason))

    def long_text(self, attr: str) -> str:
        return self.cells.get(attr) or ""

    def optional_text(self, attr: str) -> str | None:
        return self.get(attr) or None

    def text_list(self, attr: str) -> list[str]:
        return cols.split_list(self.cells.get(attr) or "", ";|")

    def schedules(self, attr: str) -> list:
        return self.parse(attr, cols.parse_schedules, []) if self.cells.get(attr) else []

    def accessibility(self, _attr: str = "") -> dict[str, Availability]:
        found = {}
        for key in ACCESSIBILITY_FEATURES:
            attr = accessibility_column(key)
            if attr in self.cells:
                value = self.parse(attr, cols.parse_availability, None, Availability.UNKNOWN)
                if value is not None:
                    found[key] = value
        return found

    def categories(self, attr: str) -> list[str]:
        categories, unknown = [], []
        for part in cols.split_list(self.cells.get(attr) or "", ";|,/"):
            cid = self.reference.category_id(part)
            (categories.append(cid) if cid else unknown.append(part))
        if unknown:
            self.warn(attr, f"Kategorie nicht bekannt, nur mitgeführt: {', '.join(unknown)}.")
            self.kept["Kategorie (unbekannt)"] = "; ".join(unknown)
        return categories

    def life_domains(self, attr: str) -> list[str]:
        codes = [d.lower() for d in cols.split_list(self.cells.get(attr) or "")]
        known = [c for c in codes if len(c) == 2 and c[0] == "d" and c[1] in "123456789"]
        if len(known) != len(codes):
            self.drop(attr, "Lebensbereiche sind d1 bis d9; die übrigen wurden ausgelassen.")
        return known

    def mainstream(self, attr: str) -> bool:
        return self.parse(attr, cols.parse_mainstream, True, True)

    def postcode(self, attr: str) -> str:
        postcode = self.get(attr)
        if postcode.isdigit() and len(postcode) == 4:
            postcode = "0" + postcode  # Excel dropped the leading zero
            self.warn(attr, "Postleitzahl hatte 4 Ziffern; führende Null ergänzt.")
        return postcode

    def city(self, attr: str) -> str:
        """The cell, else "Jena" only where the postcode or the place says so."""
        city = self.get(attr)
        if city:
            return city
        postcode = self.get("postcode").zfill(5)
        place = self.get("place")
        if postcode in JENA_POSTCODES or (place and self.reference.is_jena_place(place)):
            return "Jena"
        if self.get("street") or postcode.strip("0"):
            self.warn(
                attr,
                "Ort fehlt und ergibt sich weder aus der PLZ noch aus dem Stadtteil; bleibt leer.",
            )
        return ""

    def sozialraum(self, attr: str) -> str | None:
        sozialraum = self.get(attr)
        if not sozialraum:
            return None
        sozialraum_id = self.reference.sozialraum_id(sozialraum)
        if sozialraum_id is None:
            self.drop(attr, f"Sozialraum „{sozialraum}“ nicht eindeutig; bitte zuordnen.")
        return sozialraum_id

    def _known_number(self, attr: str, known: frozenset[int], label: str) -> int | None:
        number = self.parse(attr, cols.parse_int)
        if number is not None and known and number not in known:
            self.drop(attr, f"Unbekannte {label} „{number}“.")
            return None
        return number

    def district_code(self, attr: str) -> int | None:
        return self._known_number(attr, self.reference.district_codes, "Bezirksnummer")

    def ortsteil_id(self, attr: str) -> int | None:
        return self._known_number(attr, self.reference.ortsteil_ids, "Ortsteilnummer")


_BY_KIND = {
    Kind.TEXT: CellReader.get,
    Kind.LONG_TEXT: CellReader.long_text,
    Kind.OPTIONAL_TEXT: CellReader.optional_text,
    Kind.TEXT_LIST: CellReader.text_list,
    Kind.SCHEDULES: CellReader.schedules,
    Kind.ACCESSIBILITY: CellReader.accessibility,
}
#: Fields whose cells mean more than their kind says (names of the reference, defaults).
_SPECIAL_READERS = {
    "category_ids": CellReader.categories,
    "life_domains": CellReader.life_domains,
    "mainstream": CellReader.mainstream,
    "postcode": CellReader.postcode,
    "city": CellReader.city,
    "sozialraum_id": CellReader.sozialraum,
    "district_code": CellReader.district_code,
    "ortsteil_id": CellReader.ortsteil_id,
}
#: Parsers of the kinds whose default is a single immutable value.
_PARSERS = {
    Kind.BOOL: cols.parse_bool,
    Kind.INT: cols.parse_int,
    Kind.FLOAT: cols.parse_float,
    Kind.DATE: cols.parse_date,
    Kind.DATETIME: cols.parse_datetime,
    Cost: cols.parse_cost,
    OfferStatus: cols.parse_status,
}


def _parsed(spec: OfferField) -> Callable[[CellReader, str], object]:
    parser, default = _PARSERS[spec.enum or spec.kind], spec.default
    return lambda row, attr: row.parse(attr, parser, default, default)


def _reader_of(spec: OfferField) -> Callable[[CellReader, str], object]:
    return _SPECIAL_READERS.get(spec.attr) or _BY_KIND.get(spec.kind) or _parsed(spec)


#: The fields a CSV row holds (all but ``extra``, which carries unmapped columns).
_CSV_FIELDS = tuple(f for f in OFFER_FIELDS if f.csv is not None or f.kind is Kind.ACCESSIBILITY)
#: (attribute, how its cells are read), field by field.
_READ_PLAN = tuple((spec.attr, _reader_of(spec)) for spec in _CSV_FIELDS)


def _reads_default_when_absent(attr: str, read) -> bool:
    """Whether a row without a cell for ``attr`` gives the offer's default, silently."""
    if attr in ("id", "name") or attr in _SPECIAL_READERS or read is CellReader.accessibility:
        return False
    warnings: list[RowProblem] = []
    value = read(CellReader({}, None, "", 1, {}, warnings), attr)
    return not warnings and value == FIELDS_BY_ATTR[attr].default


#: Fields left to the dataclass default when the file has no column for them (checked
#: here once rather than read from an absent cell in every row of a big file).
_DEFAULT_WHEN_ABSENT = frozenset(
    attr for attr, read in _READ_PLAN if _reads_default_when_absent(attr, read)
)


@lru_cache(maxsize=64)
def _plan_for(mapped: frozenset[str]) -> tuple:
    """The read plan of a file whose columns hold ``mapped`` (the same for every row)."""
    return tuple(
        (attr, read)
        for attr, read in _READ_PLAN
        if attr in mapped or attr not in _DEFAULT_WHEN_ABSENT
    )


def _without_invalid(row: CellReader, offer: Offer) -> list[RowProblem]:
    """Leave out the fields :func:`validate_offer` rejects; problems of essential fields."""
    refused: list[RowProblem] = []
    for error in validate_offer(offer):
        attr = error.field
        if attr in ESSENTIAL:
            refused.append(RowProblem(row.file, row.line, row.column(attr), error.message))
        elif attr in ("lat", "lon"):
            for side in ("lat", "lon"):
                if getattr(offer, side) is not None:
                    row.drop(side, error.message)
            offer.lat = offer.lon = None
        elif attr in FIELDS_BY_ATTR:
            default = FIELDS_BY_ATTR[attr].default
            if getattr(offer, attr) != default:
                row.drop(attr, error.message)
            setattr(offer, attr, default)
    return refused


def offer_from_cells(
    cells, reference, file, line, columns, warnings
) -> tuple[Offer | None, list[RowProblem], dict[str, str]]:
    """One offer from the cells of a row, what refuses it, and the text of cells left out.

    An empty or missing cell means the default.
    """
    row = CellReader(cells, reference, file, line, columns, warnings)
    for attr, text in cells.items():
        if text and text[0] in "#E" and text.strip().upper() in SPREADSHEET_ERRORS:
            row.drop(attr, f"„{text.strip()}“ ist ein Fehlerwert der Tabellenkalkulation.")
            cells[attr] = ""
    values = {attr: read(row, attr) for attr, read in _plan_for(frozenset(cells))}
    if not values["id"]:
        values["id"] = stable_id(
            values["name"],
            values.get("street", ""),
            values.get("postcode", ""),
            values.get("place", ""),
        )
    offer = Offer(**values)
    refused = _without_invalid(row, offer)
    return (None if refused else offer), refused, row.kept
