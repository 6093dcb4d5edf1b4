"""A Leistung in plain words for *Mein Plan*: "Eine Assistenz hilft mir 6 Stunden in der
Woche." The caseworker's own plain text comes first; otherwise the sentence is built
from the kind of Leistung and its scope, never from the Gesamtplan's wording."""

from __future__ import annotations

from teilhabe_desktop.core.plan import FormalService
from teilhabe_desktop.core.service_kinds import SERVICE_KINDS

_PLAIN = {kind.code: kind.plain for kind in SERVICE_KINDS}
WITHOUT_KIND = "Ich bekomme Hilfe."


def spoken_hours_amount(hours: float) -> str:
    """6.0 -> "6 Stunden", 1.0 -> "1 Stunde", 1.5 -> "1 Stunde und 30 Minuten"."""
    minutes = round(hours * 60)
    whole, rest = divmod(minutes, 60)
    parts = []
    if whole:
        parts.append(f"{whole} Stunde" if whole == 1 else f"{whole} Stunden")
    if rest:
        parts.append(f"{rest} Minuten" if rest != 1 else "1 Minute")
    return " und ".join(parts) or "0 Stunden"


def scope_words(service: FormalService) -> str:
    """ "6 Stunden in der Woche", "20 Stunden im Monat" or ""."""
    if service.hours_per_week:
        return f"{spoken_hours_amount(service.hours_per_week)} in der Woche"
    if service.hours_per_month:
        return f"{spoken_hours_amount(service.hours_per_month)} im Monat"
    return ""


def service_sentence(service: FormalService) -> str:
    """The Leistung as the person reads it (one or more lines)."""
    if service.plain_text.strip():
        return service.plain_text.strip()
    base = _PLAIN.get(service.kind or "", WITHOUT_KIND).rstrip(".")
    scope = scope_words(service)
    if not scope:
        return f"{base}."
    if "," in base:  # "Ich bekomme Hilfe, um zu fahren": the scope gets its own sentence
        return f"{base}.\nDas sind {scope}."
    return f"{base} {scope}."
