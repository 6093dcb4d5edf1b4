"""Stable stored codes with German labels apart.

Every enum of the catalogue and the plan is a :class:`CodedEnum`: its ``value`` is a
stable ASCII code (lower snake case English, e.g. ``"in_progress"``) that the database,
the snapshots of finalised versions and every file written store; its ``label`` is the
German text the UI and the printouts show. A label may be reworded at any time; a code
never changes.

Databases up to schema version 5, person files of format 1, catalogue JSON of version 1
and HSDS files of that time stored the German text instead of the code. Those texts are
frozen in :data:`LEGACY_VALUES` (never edit them, even when a label changes: they are
what old files contain) and are accepted wherever a code is read: ``GoalStatus("in
Arbeit")`` is ``GoalStatus.IN_PROGRESS`` just as ``GoalStatus("in_progress")`` is.
Migration ``0006_stable_codes.sql`` rewrites the rows of the database with the same
pairs; snapshots of finalised versions stay as they were frozen (their checksums keep
verifying) and are decoded through this table.
"""

from __future__ import annotations

from enum import Enum
from typing import Self

#: Enum class name -> {German value stored up to schema 5 -> code}. Frozen.
LEGACY_VALUES: dict[str, dict[str, str]] = {
    "Availability": {"ja": "yes", "nein": "no", "unbekannt": "unknown"},
    "Cost": {
        "kostenlos": "free",
        "ermäßigt möglich": "reduced",
        "Beitrag": "fee",
        "unbekannt": "unknown",
    },
    "OfferStatus": {
        "aktiv": "active",
        "vorübergehend geschlossen": "paused",
        "eingestellt": "ended",
    },
    "GoalKind": {"Leitziel": "guiding_goal", "Handlungsziel": "action_goal"},
    "GoalStatus": {
        "offen": "open",
        "in Arbeit": "in_progress",
        "erreicht": "achieved",
        "teilweise erreicht": "partly_achieved",
        "nicht erreicht": "not_achieved",
        "verworfen": "discarded",
    },
    "NetworkSector": {
        "Familie": "family",
        "Freundschaft/Nachbarschaft": "friends",
        "Arbeit/Schule": "work",
        "Fachkräfte/Dienste": "professional",
    },
    "StepOwner": {
        "die Person selbst": "person",
        "Kontakt aus dem Netzwerk": "network",
        "Dienst oder Angebot": "service",
        "Fallmanagement": "caseworker",
    },
    "StrengthKind": {"Stärke": "strength", "Interesse": "interest", "Fähigkeit": "ability"},
}


class CodedEnum(Enum):
    """An enum whose members are declared as ``NAME = "code", "German label"``.

    ``value`` is the code (stored and serialised), ``label`` the German display text.
    Looking a member up by value also accepts the frozen German value of
    :data:`LEGACY_VALUES`, so everything written before schema 6 still reads.
    """

    label: str

    def __new__(cls, code: str, label: str) -> Self:
        member = object.__new__(cls)
        member._value_ = code
        member.label = label
        return member

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if isinstance(value, str):
            code = LEGACY_VALUES.get(cls.__name__, {}).get(value)
            if code is not None:
                return cls(code)
        return None

    @classmethod
    def labels(cls) -> dict[Self, str]:
        """Member -> German label, in declaration order."""
        return {member: member.label for member in cls}
