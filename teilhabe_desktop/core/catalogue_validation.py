"""Checking an offer before it is saved; German messages for the user."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Offer, Schedule
from teilhabe_desktop.core.contact_rules import is_email, is_german_postcode
from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.reference import is_life_domain

STALE_AFTER_DAYS = 365
_PHONE = re.compile(r"^[+(]?[0-9][0-9 ()/\-–.]*$")
_PHONE_NOTE = re.compile(r"\([^()]*[^\d\s()+/\-–.][^()]*\)")
_PHONE_DIGITS = re.compile(r"\d")
_URL = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(?::\d+)?(/\S*)?$", re.IGNORECASE)
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$")
MAX_NAME = 300
MAX_TEXT = 20_000


@dataclass(frozen=True)
class FieldError:
    field: str  # Offer attribute name
    message: str  # German


class OfferInvalid(UserError):
    """An offer cannot be saved; ``errors`` says which fields and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        text = "; ".join(e.message for e in errors)
        super().__init__(f"Das Angebot kann so nicht gespeichert werden: {text}")
        self.errors = errors


def _check_phone(phone: str) -> str | None:
    # Notes in brackets are allowed: "03641 49-3163 (SpDi) / 03641 49-3177 (Gruppe)".
    bare = _PHONE_NOTE.sub(" ", phone).strip()
    digits = len(_PHONE_DIGITS.findall(bare))
    if digits < 3 or digits > 40:
        return "Die Telefonnummer braucht mindestens 3 Ziffern, z. B. „03641 49-2835“."
    if not _PHONE.match(bare):
        return (
            "Die Telefonnummer enthält Zeichen, die dort nicht stehen können. "
            "Beispiel: „03641 49-2835“ oder „+49 3641 492835“; Hinweise bitte in Klammern."
        )
    return None


def _check_schedule(index: int, schedule: Schedule) -> list[FieldError]:
    errors = []
    if not isinstance(schedule.weekday, int) or not 1 <= schedule.weekday <= 7:
        errors.append(
            FieldError("schedules", f"Öffnungszeit {index}: Wochentag muss 1 (Mo) bis 7 (So) sein.")
        )
    for label, value in (("Beginn", schedule.opens), ("Ende", schedule.closes)):
        if value and not _TIME.match(value):
            errors.append(
                FieldError(
                    "schedules",
                    f"Öffnungszeit {index}: {label} „{value}“ ist keine Uhrzeit (HH:MM).",
                )
            )
    return errors


def validate_offer(offer: Offer) -> list[FieldError]:
    """All problems of ``offer``; an empty list means it may be saved."""
    errors: list[FieldError] = []
    if not (offer.id or "").strip():
        errors.append(FieldError("id", "Das Angebot hat keine Kennung (ID)."))
    name = (offer.name or "").strip()
    if not name:
        errors.append(FieldError("name", "Bitte geben Sie einen Namen für das Angebot an."))
    elif len(name) > MAX_NAME:
        errors.append(FieldError("name", f"Der Name ist zu lang (höchstens {MAX_NAME} Zeichen)."))
    for attr in ("description", "opening_hours", "review_note", "source", "cost_note"):
        if len(getattr(offer, attr) or "") > MAX_TEXT:
            errors.append(FieldError(attr, f"Der Text ist zu lang (höchstens {MAX_TEXT} Zeichen)."))
    postcode = (offer.postcode or "").strip()
    if postcode and not is_german_postcode(postcode):
        errors.append(
            FieldError("postcode", f"Die Postleitzahl „{postcode}“ muss aus 5 Ziffern bestehen.")
        )
    if (offer.phone or "").strip():
        problem = _check_phone(offer.phone)
        if problem:
            errors.append(FieldError("phone", problem))
    email = (offer.email or "").strip()
    if email and not is_email(email):
        errors.append(
            FieldError("email", f"„{email}“ ist keine gültige E-Mail-Adresse (name@beispiel.de).")
        )
    website = (offer.website or "").strip()
    if website and not _URL.match(website):
        errors.append(
            FieldError(
                "website", f"„{website}“ ist keine gültige Internetadresse (https://beispiel.de)."
            )
        )
    for attr, low, high, label in (
        ("lat", -90, 90, "Breitengrad"),
        ("lon", -180, 180, "Längengrad"),
    ):
        value = getattr(offer, attr)
        if value is None:
            continue
        if not isinstance(value, int | float) or math.isnan(value) or not low <= value <= high:
            errors.append(FieldError(attr, f"Der {label} muss zwischen {low} und {high} liegen."))
    if (offer.lat is None) != (offer.lon is None):
        errors.append(
            FieldError("lat", "Koordinaten brauchen Breiten- und Längengrad, nicht nur einen.")
        )
    for code in offer.life_domains:
        if not is_life_domain(code):
            errors.append(
                FieldError("life_domains", f"„{code}“ ist kein Lebensbereich (d1 bis d9).")
            )
    for key in offer.accessibility:
        if key not in ACCESSIBILITY_FEATURES:
            errors.append(
                FieldError(
                    "accessibility", f"„{key}“ ist kein bekanntes Merkmal der Barrierefreiheit."
                )
            )
    for index, schedule in enumerate(offer.schedules, start=1):
        errors.extend(_check_schedule(index, schedule))
    if offer.last_verified is not None and offer.last_verified > date.today():
        errors.append(FieldError("last_verified", "Das Prüfdatum liegt in der Zukunft."))
    return errors


def is_stale(offer_or_row, today: date) -> bool:
    """True when the entry was last verified more than 12 months ago, or never."""
    verified = getattr(offer_or_row, "last_verified", None)
    if verified is None:
        return True
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return verified < year_ago
