"""An offer's opening hours and costs in plain words, for *Mein Plan*.

Opening hours are spoken from the structured schedule ("Dienstag und Donnerstag, 9 bis
11 Uhr"), never from the catalogue's free text with its abbreviations ("Di+Do 9–11").
Costs are one clear sentence from the cost class; the catalogue's cost note is staff text
and stays in the catalogue and the Gesamtplan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from teilhabe_desktop.core.catalogue import Cost, Schedule

WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

COST_SENTENCES: dict[Cost, str] = {
    Cost.FREE: "Das ist kostenlos.",
    Cost.REDUCED: "Das kostet Geld.\nIch kann nach einem kleineren Preis fragen.",
    Cost.FEE: "Das kostet Geld.",
    Cost.UNKNOWN: "Ich frage vorher, was es kostet.",
}
#: Printed when an offer has no structured schedule.
HOURS_UNKNOWN = "Ich rufe vorher an und frage, wann offen ist."


def cost_sentence(cost: Cost) -> str:
    """What the person pays, one statement per line."""
    return COST_SENTENCES[cost]


def spoken_time(value: str) -> str:
    """ "09:00" -> "9", "08:30" -> "8:30", "24:00" -> "24"; anything else unchanged."""
    hours, sep, minutes = value.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit():
        return value.strip()
    if int(minutes) == 0:
        return str(int(hours))
    return f"{int(hours)}:{minutes}"


def spoken_days(days: Sequence[int]) -> str:
    """ISO weekdays as words: 3 or more in a row "Montag bis Freitag", else "… und …"."""
    ordered = sorted({d for d in days if 1 <= d <= 7})
    if not ordered:
        return ""
    names = [WEEKDAYS[d - 1] for d in ordered]
    if len(ordered) >= 3 and ordered[-1] - ordered[0] == len(ordered) - 1:
        return f"{names[0]} bis {names[-1]}"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " und " + names[-1]


def spoken_hours(schedules: Sequence[Schedule]) -> list[str]:
    """One line per opening time, days with the same times together, in weekday order:
    ``["Dienstag und Donnerstag, 9 bis 11 Uhr"]``; the schedule's note (a name such as
    "Kaffeerunde") comes first. Empty when there is no schedule."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for entry in schedules:
        key = (entry.note.strip(), entry.opens, entry.closes)
        groups.setdefault(key, []).append(entry.weekday)
    lines = []
    for (note, opens, closes), days in sorted(groups.items(), key=lambda kv: min(kv[1])):
        spoken = spoken_days(days)
        if not spoken:
            continue
        line = f"{spoken}, {spoken_time(opens)} bis {spoken_time(closes)} Uhr"
        lines.append(f"{note}: {line}" if note else line)
    return lines


_LEGAL_FORM = re.compile(
    r"\s*\b(?:gemeinnützige\s+)?(?:gGmbH|GmbH(?:\s*&\s*Co\.\s*KG)?|gUG|UG|AG|KG|eG|mbH)"
    r"(?:\s*\(haftungsbeschränkt\))?(?=\s|$|\))|\s*\be\.\s?V\.",
)


def without_legal_form(name: str) -> str:
    """An organisation's name as the person says it: "Grüne Arbeit Zwätzen gGmbH" ->
    "Grüne Arbeit Zwätzen", "Träger Beispiel e. V." -> "Träger Beispiel"."""
    return " ".join(_LEGAL_FORM.sub("", name or "").split())
