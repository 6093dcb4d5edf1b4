"""HSDS 3.0 values read the same way by the import and the export."""

from __future__ import annotations

from teilhabe_desktop.core.catalogue import OfferStatus, Schedule

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
