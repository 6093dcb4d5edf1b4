"""HSDS 3.0 values read the same way by the import and the export."""

from __future__ import annotations

from teilhabe_desktop.core.catalogue import Offer, OfferStatus, Schedule
from teilhabe_desktop.core.catalogue_validation import validate_offer

_WEEKDAYS = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}
STATUS_FROM_HSDS = {
    "active": OfferStatus.ACTIVE,
    "inactive": OfferStatus.ENDED,
    "defunct": OfferStatus.ENDED,
    "temporarily closed": OfferStatus.PAUSED,
}


def hsds_phone(number: str) -> str:
    return (number or "").strip().strip('"').strip()


def hsds_schedules(rows: list[dict[str, str]]) -> list[Schedule]:
    """Weekly openings of HSDS schedule rows (``byday`` with ``opens_at``)."""
    found = []
    for row in rows:
        opens, closes = row.get("opens_at", "")[:5], row.get("closes_at", "")[:5]
        for day in (row.get("byday") or "").split(","):
            day = day.strip().upper()[-2:]
            if day in _WEEKDAYS and opens:
                found.append(Schedule(_WEEKDAYS[day], opens, closes, row.get("notes", "")))
    return found


def own_phone(phones: list[dict[str, str]], service_id: str, location: dict | None) -> dict | None:
    """The phone an offer shows: the service's own, else its location's, else the first
    (its organization's)."""
    location_id = location.get("id") if location else None
    return next(
        (p for p in phones if p.get("service_id") == service_id),
        next((p for p in phones if location_id and p.get("location_id") == location_id), None)
        or next(iter(phones), None),
    )


def dropped(attr: str, old, new) -> bool:
    """True when the import left ``attr`` empty because the catalogue cannot hold ``old``:
    the value lives in the HSDS rows only, and the export keeps it there."""
    if new or old in (None, "", []):
        return False
    probe = Offer(id="probe", name="probe")
    setattr(probe, attr, old)
    return any(error.field == attr for error in validate_offer(probe))
