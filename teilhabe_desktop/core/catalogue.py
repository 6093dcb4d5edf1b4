"""The offer catalogue: local resources of Jena (clubs, meeting places, counselling …).

Modelled on the core of Open Referral HSDS 3.0 (organization, service, location,
address, phone, schedule, accessibility) plus what the city needs: Sozialraum,
district/Ortsteil, life domains, Regel-/Fachangebot, structured accessibility, costs,
status and verification.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from teilhabe_desktop.core.codes import CodedEnum


class Availability(CodedEnum):
    YES = "yes", "ja"
    NO = "no", "nein"
    UNKNOWN = "unknown", "unbekannt"


#: Accessibility facets: key -> German label. Order is the display order.
ACCESSIBILITY_FEATURES: dict[str, str] = {
    "step_free": "Stufenlos / rollstuhlgerecht",
    "accessible_wc": "Barrierefreies WC",
    "easy_language": "Leichte Sprache",
    "sign_language": "Gebärdensprache",
    "hearing_loop": "Höranlage / Induktionsschleife",
    "guidance_system": "Blindenleitsystem",
    "quiet_room": "Ruhiger Raum",
}


class Cost(CodedEnum):
    FREE = "free", "kostenlos"
    REDUCED = "reduced", "ermäßigt möglich"
    FEE = "fee", "Beitrag"
    UNKNOWN = "unknown", "unbekannt"


class OfferStatus(CodedEnum):
    ACTIVE = "active", "aktiv"
    PAUSED = "paused", "vorübergehend geschlossen"
    ENDED = "ended", "eingestellt"


@dataclass
class Schedule:
    """One regular opening: ISO weekday 1 (Monday) … 7, times as "HH:MM"."""

    weekday: int
    opens: str
    closes: str
    note: str = ""


@dataclass
class Offer:
    id: str  # stable id (uuid or the HSDS service id); re-imports upsert on it
    name: str
    description: str = ""
    organization_id: str | None = None
    organization_name: str = ""
    category_ids: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    life_domains: list[str] = field(default_factory=list)  # "d1" … "d9"
    mainstream: bool = True  # Regelangebot (open to everyone) vs Fachangebot
    street: str = ""
    postcode: str = ""
    city: str = "Jena"
    place: str = ""  # place name as written (Ortsteil, district or everyday name)
    sozialraum_id: str | None = None
    district_code: int | None = None
    ortsteil_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    phone: str = ""
    email: str = ""
    website: str = ""
    opening_hours: str = ""  # as text, e.g. "Mo–Fr 9–12 Uhr"
    schedules: list[Schedule] = field(default_factory=list)
    accessibility: dict[str, Availability] = field(default_factory=dict)
    cost: Cost = Cost.UNKNOWN
    cost_note: str = ""
    status: OfferStatus = OfferStatus.ACTIVE
    last_verified: date | None = None
    verified_by: str = ""
    needs_review: bool = False  # "zu prüfen"
    review_note: str = ""
    source: str = ""
    is_example: bool = False  # fictional example entry
    updated_at: datetime | None = None
    extra: dict = field(default_factory=dict)  # imported fields we do not model (HSDS)
    #: a short description in Leichter Sprache for *Mein Plan* (the person reads it)
    plain_description: str = ""

    def access(self, feature: str) -> Availability:
        return self.accessibility.get(feature, Availability.UNKNOWN)
