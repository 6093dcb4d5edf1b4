"""A person's Wohnform, Pflegegrad and consents in words, for every printout."""

from __future__ import annotations

from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.plan import Person


def care_level_text(level: int | None) -> str:
    if level is None:
        return ""
    return "kein Pflegegrad" if level == 0 else f"Pflegegrad {level}"


def consent_lines(person: Person) -> list[str]:
    """One line per consent: the Gesamtplanung first, then each further purpose."""
    main = "Gesamtplanung und Datenverarbeitung: " + (
        "erteilt" + (f" am {german_date(person.consent_date)}" if person.consent_date else "")
        if person.consent_given
        else "nicht erteilt"
    )
    lines = [main]
    for consent in person.consents:
        state = "erteilt" if consent.given else "nicht erteilt"
        if consent.given and consent.given_on:
            state += f" am {german_date(consent.given_on)}"
        note = f" ({consent.note.strip()})" if consent.note.strip() else ""
        lines.append(f"{consent.purpose.label}: {state}{note}")
    return lines
