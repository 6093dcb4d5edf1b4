"""The kinds of Leistungen of the Eingliederungshilfe (SGB IX Teil 2) a plan can name.

Stored by code (``FormalService.kind``); the label and the legal reference print in the
Gesamtplan. The list follows §§ 109–116 SGB IX. A code that is not in the list (from a
newer program or an imported file) keeps its code and prints as such, so the list can
grow without breaking older plans.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServiceKind:
    code: str
    label: str
    reference: str  # the paragraph
    plain: str  # in Leichter Sprache, for Mein Plan: "Eine Assistenz hilft mir"


SERVICE_KINDS: tuple[ServiceKind, ...] = (
    ServiceKind(
        "assistance_qualified",
        "Assistenzleistung, qualifiziert (Befähigung)",
        "§ 113 Abs. 2 Nr. 2, § 78 Abs. 2 Nr. 2 SGB IX",
        "Eine Fach-Kraft übt mit mir.",
    ),
    ServiceKind(
        "assistance_simple",
        "Assistenzleistung, einfach (Übernahme von Handlungen)",
        "§ 113 Abs. 2 Nr. 2, § 78 Abs. 2 Nr. 1 SGB IX",
        "Eine Assistenz hilft mir.",
    ),
    ServiceKind(
        "parent_assistance",
        "Elternassistenz",
        "§ 78 Abs. 3 SGB IX",
        "Eine Assistenz hilft mir mit meinem Kind.",
    ),
    ServiceKind(
        "curative_education",
        "Heilpädagogische Leistungen",
        "§ 113 Abs. 2 Nr. 3, § 79 SGB IX",
        "Eine Fach-Kraft fördert mein Kind.",
    ),
    ServiceKind(
        "living_space",
        "Leistungen für Wohnraum",
        "§ 113 Abs. 2 Nr. 5, § 77 SGB IX",
        "Ich bekomme Hilfe für meine Wohnung.",
    ),
    ServiceKind(
        "practical_skills",
        "Erwerb und Erhalt praktischer Kenntnisse und Fähigkeiten",
        "§ 113 Abs. 2 Nr. 5, § 81 SGB IX",
        "Ich lerne Dinge für meinen Alltag.",
    ),
    ServiceKind(
        "communication",
        "Förderung der Verständigung",
        "§ 113 Abs. 2 Nr. 6, § 82 SGB IX",
        "Ich bekomme Hilfe beim Verstehen und Sprechen.",
    ),
    ServiceKind(
        "mobility",
        "Leistungen zur Mobilität",
        "§ 113 Abs. 2 Nr. 7, § 83 SGB IX",
        "Ich bekomme Hilfe, um zu fahren.",
    ),
    ServiceKind(
        "aids",
        "Hilfsmittel",
        "§ 113 Abs. 2 Nr. 8, § 84 SGB IX",
        "Ich bekomme ein Hilfs-Mittel.",
    ),
    ServiceKind(
        "visits",
        "Besuchsbeihilfen",
        "§ 113 Abs. 2 Nr. 9 SGB IX",
        "Ich bekomme Geld für Besuche.",
    ),
    ServiceKind(
        "work",
        "Leistungen zur Beschäftigung (Werkstatt, anderer Leistungsanbieter, Budget für Arbeit)",
        "§ 111 SGB IX",
        "Ich bekomme Hilfe bei der Arbeit.",
    ),
    ServiceKind(
        "education",
        "Leistungen zur Teilhabe an Bildung",
        "§ 112 SGB IX",
        "Ich bekomme Hilfe beim Lernen.",
    ),
    ServiceKind(
        "medical_rehabilitation",
        "Leistungen zur medizinischen Rehabilitation",
        "§ 109 SGB IX",
        "Ich bekomme Hilfe für meine Gesundheit.",
    ),
    ServiceKind(
        "other_social",
        "Andere Leistung zur Sozialen Teilhabe",
        "§ 113 SGB IX",
        "Ich bekomme Hilfe im Alltag.",
    ),
)

_BY_CODE = {kind.code: kind for kind in SERVICE_KINDS}


def service_kind(code: str | None) -> ServiceKind | None:
    """The kind for ``code``; ``None`` for no code or one this program does not know."""
    return _BY_CODE.get(code or "")


def service_kind_label(code: str | None) -> str:
    """The label with its paragraph; an unknown code as itself."""
    kind = service_kind(code)
    if kind is None:
        return code or ""
    return f"{kind.label} ({kind.reference})"
