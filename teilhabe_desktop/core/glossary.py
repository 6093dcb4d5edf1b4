"""The Wörter-Buch of *Mein Plan*: hard words and what they mean, in Leichter Sprache.

The shipped terms below cover the words the plan itself prints; a caseworker can add
more (kept in the database). *Mein Plan* ends with the entries whose word the printed
texts actually use; the plain-language checker treats every glossary word as known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class GlossaryEntry:
    term: str  # as printed, e.g. "Sozial-Raum" or "Assistenz"
    explanation: str  # one statement per line
    #: other spellings that count as a use of the term ("Sozialraum", "Sozialräume")
    forms: tuple[str, ...] = ()

    def spellings(self) -> tuple[str, ...]:
        return (self.term, *self.forms)


SHIPPED: tuple[GlossaryEntry, ...] = (
    GlossaryEntry(
        "Ansprech-Person",
        "Das ist ein Mensch vom Amt.\nDieser Mensch hilft mir bei meinem Plan.",
        ("Ansprechperson",),
    ),
    GlossaryEntry(
        "Assistenz",
        "Eine Assistenz ist ein Mensch.\nDieser Mensch hilft mir im Alltag.\n"
        "Ich sage, wobei ich Hilfe brauche.",
        ("Assistenzdienst",),
    ),
    GlossaryEntry(
        "Eingliederungs-Hilfe",
        "Das ist Hilfe für Menschen mit Behinderung.\nDas Amt bezahlt die Hilfe.",
        ("Eingliederungshilfe",),
    ),
    GlossaryEntry(
        "Entwurf",
        "Ein Entwurf ist ein Plan.\nDer Plan ist noch offen.\nWir können ihn noch ändern.",
    ),
    GlossaryEntry(
        "Fach-Kraft",
        "Eine Fach-Kraft hat einen Beruf gelernt.\nSie kennt sich mit Hilfe gut aus.",
        ("Fachkraft",),
    ),
    GlossaryEntry(
        "Gebärden-Sprache",
        "Menschen sprechen mit den Händen.\nSo sprechen viele gehörlose Menschen.",
        ("Gebärdensprache",),
    ),
    GlossaryEntry(
        "Gesamtplan",
        "Das ist der Plan für das Amt.\nDort steht alles über meine Hilfe.\n"
        "Der Plan hat schwere Wörter.",
        ("Gesamt-Plan",),
    ),
    GlossaryEntry(
        "Hilfs-Mittel",
        "Ein Hilfs-Mittel ist ein Ding.\nDas Ding hilft mir im Alltag.\n"
        "Zum Beispiel ein Rollstuhl.",
        ("Hilfsmittel",),
    ),
    GlossaryEntry(
        "Hör-Anlage",
        "Eine Hör-Anlage macht Töne lauter.\nDas hilft Menschen mit einem Hör-Gerät.",
        ("Höranlage",),
    ),
    GlossaryEntry(
        "Hör-Gerät",
        "Ein Hör-Gerät trage ich am Ohr.\nDann höre ich besser.",
        ("Hörgerät",),
    ),
    GlossaryEntry(
        "Leichte Sprache",
        "Leichte Sprache hat kurze Sätze.\nDie Wörter sind einfach.",
    ),
    GlossaryEntry(
        "Leit-System",
        "Das sind Linien auf dem Boden.\nBlinde Menschen finden so den Weg.",
        ("Leitsystem",),
    ),
    GlossaryEntry(
        "Leistung",
        "Eine Leistung ist eine Hilfe.\nDas Amt bezahlt die Hilfe.",
        ("Leistungen",),
    ),
    GlossaryEntry(
        "Sozial-Raum",
        "Ein Sozial-Raum ist ein Teil von Jena.\nDort wohne ich.\nOder ich bin dort oft unterwegs.",
        ("Sozialraum", "Sozialräume", "Sozial-Räume"),
    ),
    GlossaryEntry(
        "Überprüfung",
        "Wir schauen zusammen auf meinen Plan.\nWas hat geklappt?\nWas ändern wir?",
        ("überprüfen",),
    ),
)


def _pattern(spellings: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])", re.IGNORECASE)


def merged(extra: Iterable[GlossaryEntry] = ()) -> list[GlossaryEntry]:
    """The shipped entries and the caseworker's, one per term (the caseworker's wins),
    in alphabetical order."""
    by_term = {e.term.casefold(): e for e in SHIPPED}
    for entry in extra:
        if entry.term.strip() and entry.explanation.strip():
            by_term[entry.term.strip().casefold()] = entry
    return sorted(by_term.values(), key=lambda e: e.term.casefold())


def used_entries(texts: Iterable[str], entries: Sequence[GlossaryEntry]) -> list[GlossaryEntry]:
    """The entries whose term (or one of its forms) occurs in ``texts``, in the order
    of ``entries``."""
    whole = "\n".join(texts)
    return [e for e in entries if _pattern(e.spellings()).search(whole)]


def known_words(entries: Iterable[GlossaryEntry]) -> list[str]:
    """Every spelling of every entry, for the checker (``PlainChecker(glossary=…)``);
    hyphenated terms also as their parts ("Sozial-Raum": "Sozial", "Raum")."""
    words: list[str] = []
    for entry in entries:
        for spelling in entry.spellings():
            words.append(spelling)
            words += [part for part in re.split(r"[-\s]", spelling) if part]
    return words
