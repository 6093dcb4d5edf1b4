"""The documented CSV column layout and how cell values are read and written.

Export columns (German headers, in this order) are :data:`CSV_COLUMNS`. Import accepts
these headers and English or everyday variants in any case and spacing
(:data:`HEADER_ALIASES`); lists are separated by ";" (also "," or "|" for codes).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from teilhabe_desktop.core import dates
from teilhabe_desktop.core.catalogue import Availability, Cost, OfferStatus
from teilhabe_desktop.core.codes import LEGACY_VALUES, CodedEnum
from teilhabe_desktop.core.offer_fields import csv_columns
from teilhabe_desktop.core.places import fold_spelled

#: Offer attribute -> German column header, in export order (from the Offer field map).
CSV_COLUMNS: dict[str, str] = csv_columns()

_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("kennung", "angebot id", "angebots id", "service id", "uuid"),
    "name": (
        "angebot",
        "bezeichnung",
        "titel",
        "title",
        "angebotsname",
        "service",
        "name des angebots",
    ),
    "description": ("description", "beschreibung", "details"),
    "organization_id": ("organization id", "organisation id", "traeger id", "provider id"),
    "organization_name": (
        "organization",
        "organisation",
        "organization name",
        "traeger",
        "anbieter",
        "provider",
        "traegerin",
    ),
    "category_ids": ("categories", "category", "kategorie", "kategorien"),
    "target_groups": ("target groups", "target group", "zielgruppe", "zielgruppen"),
    "life_domains": ("life domains", "life domain", "domains", "lebensbereich", "icf"),
    "mainstream": ("mainstream", "regelangebot", "angebotsart"),
    "street": ("street", "strasse", "adresse", "address", "anschrift", "strasse und hausnummer"),
    "postcode": ("postcode", "postal code", "zip", "zip code", "postleitzahl", "plz"),
    "city": ("city", "stadt", "ort", "gemeinde"),
    "place": (
        "place",
        "ortsteil",
        "stadtteil",
        "quartier",
        "neighbourhood",
        "neighborhood",
    ),
    "sozialraum_id": ("sozialraum", "social area", "planungsraum"),
    "district_code": ("bezirk nr", "bezirksnummer", "district code"),
    "ortsteil_id": ("ortsteil nr", "ortsteil id", "ortsteil nummer"),
    "lat": ("lat", "latitude", "breite", "breitengrad"),
    "lon": ("lon", "lng", "long", "longitude", "laenge", "laengengrad"),
    "phone": ("phone", "telephone", "tel", "telefon", "telefonnummer", "fon"),
    "email": ("email", "e mail", "mail", "e mail adresse"),
    "website": ("website", "web", "url", "homepage", "internet", "internetseite", "webseite"),
    "opening_hours": ("opening hours", "hours", "oeffnungszeiten", "sprechzeiten"),
    "schedules": ("schedules", "schedule", "oeffnungszeiten strukturiert"),
    "acc_step_free": ("step free", "wheelchair", "rollstuhlgerecht", "stufenlos", "barrierefrei"),
    "acc_accessible_wc": (
        "accessible wc",
        "accessible toilet",
        "barrierefreies wc",
        "behinderten wc",
    ),
    "acc_easy_language": ("easy language", "leichte sprache", "easy read"),
    "acc_sign_language": ("sign language", "gebaerdensprache", "dgs"),
    "acc_hearing_loop": ("hearing loop", "hoeranlage", "induktionsschleife"),
    "acc_guidance_system": (
        "guidance system",
        "tactile guidance",
        "blindenleitsystem",
        "leitsystem",
    ),
    "acc_quiet_room": ("quiet room", "ruhiger raum", "ruheraum"),
    "cost": ("cost", "costs", "fees", "kosten", "preis", "gebuehr"),
    "cost_note": ("cost note", "fees description", "kostenhinweis", "kosten hinweis"),
    "status": ("status",),
    "last_verified": (
        "last verified",
        "verified",
        "geprueft am",
        "zuletzt geprueft",
        "assured date",
    ),
    "verified_by": ("verified by", "geprueft von", "pruefer", "assurer"),
    "needs_review": ("needs review", "zu pruefen"),
    "review_note": ("review note", "pruefhinweis", "pruef hinweis"),
    "source": ("source", "source url", "quelle", "quellen"),
    "is_example": ("is example", "fiktiv"),
    "updated_at": ("updated at", "last modified", "geaendert am", "aenderungsdatum", "geaendert"),
}

_SPACE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=4096)
def header_key(header: str) -> str:
    """Header as compared: folded, umlauts spelled out, any spacing or punctuation as one space."""
    return _SPACE.sub(" ", fold_spelled((header or "").replace("\ufeff", ""))).strip()


def _compact(header: str) -> str:
    return header_key(header).replace(" ", "")


HEADER_ALIASES: dict[str, str] = {}
for _attr, _names in _ALIASES.items():
    for _name in (*_names, _attr, CSV_COLUMNS[_attr]):
        HEADER_ALIASES.setdefault(_compact(_name), _attr)
for _attr, _label in CSV_COLUMNS.items():
    HEADER_ALIASES[_compact(_label)] = _attr


def guess_attribute(header: str) -> str | None:
    """The offer attribute a header names (spacing, case, umlauts ignored), or ``None``."""
    return HEADER_ALIASES.get(_compact(header))


# -- values -------------------------------------------------------------------------

_TRUE = {"ja", "j", "yes", "y", "true", "wahr", "1", "x", "vorhanden"}
_FALSE = {"nein", "n", "no", "false", "falsch", "0", "nicht vorhanden"}
_UNKNOWN = {"", "unbekannt", "unknown", "?", "k a", "keine angabe", "-"}
_COSTS = {
    "kostenlos": Cost.FREE,
    "frei": Cost.FREE,
    "free": Cost.FREE,
    "gratis": Cost.FREE,
    "0": Cost.FREE,
    "ermaessigt moeglich": Cost.REDUCED,
    "ermaessigt": Cost.REDUCED,
    "reduced": Cost.REDUCED,
    "beitrag": Cost.FEE,
    "fee": Cost.FEE,
    "kostenpflichtig": Cost.FEE,
    "unbekannt": Cost.UNKNOWN,
    "unknown": Cost.UNKNOWN,
    "": Cost.UNKNOWN,
}
_STATUSES = {
    "aktiv": OfferStatus.ACTIVE,
    "active": OfferStatus.ACTIVE,
    "": OfferStatus.ACTIVE,
    "voruebergehend geschlossen": OfferStatus.PAUSED,
    "pausiert": OfferStatus.PAUSED,
    "paused": OfferStatus.PAUSED,
    "temporarily closed": OfferStatus.PAUSED,
    "eingestellt": OfferStatus.ENDED,
    "beendet": OfferStatus.ENDED,
    "ended": OfferStatus.ENDED,
    "inactive": OfferStatus.ENDED,
    "inaktiv": OfferStatus.ENDED,
    "defunct": OfferStatus.ENDED,
}


def _complete(table: dict, enum: type[CodedEnum]) -> None:
    """Let ``table`` also read each member's code, label and schema-5 value."""
    for member in enum:
        table.setdefault(header_key(member.value), member)
        table.setdefault(header_key(member.label), member)
    for old, code in LEGACY_VALUES[enum.__name__].items():
        table.setdefault(header_key(old), enum(code))


_complete(_COSTS, Cost)
_complete(_STATUSES, OfferStatus)
_TRUE.add(header_key(Availability.YES.value))
_FALSE.add(header_key(Availability.NO.value))
_UNKNOWN.add(header_key(Availability.UNKNOWN.value))
_WEEKDAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
_SCHEDULE = re.compile(
    r"^(Mo|Di|Mi|Do|Fr|Sa|So)\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})(?:\s*\((.*)\))?$"
)


class ValueProblem(ValueError):
    """A cell value that cannot be read; the message is German."""


def parse_bool(text: str, default: bool = False) -> bool:
    key = header_key(text)
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    if key == "":
        return default
    raise ValueProblem(f"„{text}“ ist weder „ja“ noch „nein“.")


def parse_mainstream(text: str) -> bool:
    key = header_key(text)
    if key in ("regelangebot", "regel", "mainstream"):
        return True
    if key in ("fachangebot", "fach", "special", "specialist"):
        return False
    return parse_bool(text, default=True)


def parse_availability(text: str) -> Availability:
    key = header_key(text)
    if key in _UNKNOWN:
        return Availability.UNKNOWN
    if key in _TRUE:
        return Availability.YES
    if key in _FALSE:
        return Availability.NO
    raise ValueProblem(f"„{text}“: bitte „ja“, „nein“ oder „unbekannt“.")


def parse_cost(text: str) -> Cost:
    key = header_key(text)
    if key in _COSTS:
        return _COSTS[key]
    raise ValueProblem(f"„{text}“: bitte „kostenlos“, „ermäßigt möglich“ oder „Beitrag“.")


def parse_status(text: str) -> OfferStatus:
    key = header_key(text)
    if key in _STATUSES:
        return _STATUSES[key]
    raise ValueProblem(f"„{text}“: bitte „aktiv“, „vorübergehend geschlossen“ oder „eingestellt“.")


def parse_float(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise ValueProblem(f"„{text}“ ist keine Zahl.") from None


def parse_int(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValueProblem(f"„{text}“ ist keine ganze Zahl.") from None


def parse_date(text: str) -> date | None:
    """German (``1.3.2026``) or ISO dates, as :func:`core.dates.parse_date` reads them."""
    try:
        return dates.parse_date(text)
    except dates.InvalidDate as exc:
        raise ValueProblem(str(exc)) from None


def parse_datetime(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:  # a spreadsheet's date and time as shown: "01.03.2024 14:30"
        return datetime.strptime(text, "%d.%m.%Y %H:%M")
    except ValueError:
        day = parse_date(text)
        return datetime(day.year, day.month, day.day) if day else None


@lru_cache(maxsize=16)
def _separator_pattern(separators: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(separators) + "]")


def split_list(text: str, separators: str = ";|,") -> list[str]:
    if not text:
        return []
    parts = _separator_pattern(separators).split(text)
    return [p for p in map(str.strip, parts) if p]


def parse_schedules(text: str):
    from teilhabe_desktop.core.catalogue import Schedule

    found = []
    for part in split_list(text, ";"):
        match = _SCHEDULE.match(part)
        if not match:
            raise ValueProblem(f"„{part}“: bitte wie „Mo 09:00-12:00“ angeben.")
        day, opens, closes, note = match.groups()
        found.append(
            Schedule(_WEEKDAYS.index(day) + 1, opens.zfill(5), closes.zfill(5), note or "")
        )
    return found


def format_schedules(schedules) -> str:
    parts = []
    for s in schedules:
        day = _WEEKDAYS[s.weekday - 1] if 1 <= s.weekday <= 7 else str(s.weekday)
        part = f"{day} {s.opens}-{s.closes}"
        if s.note:
            part += f" ({s.note})"
        parts.append(part)
    return "; ".join(parts)


def format_float(value: float | None) -> str:
    return "" if value is None else repr(float(value)).replace(".", ",")


def format_bool(value: bool) -> str:
    return "ja" if value else "nein"


def parse_int_safe(text: str) -> int | None:
    try:
        return parse_int(text)
    except ValueProblem:
        return None
