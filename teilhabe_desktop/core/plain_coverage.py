"""Which items of a plan still lack their text in Leichter Sprache, and how many
checker findings the texts that *Mein Plan* prints still have.

The keys are the object names of the fields in the plan workspace (``goal:ID:plain_title``
…), so a list can jump to the field where the text is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from teilhabe_desktop.core.catalogue import Offer
from teilhabe_desktop.core.plain_check import PlainChecker
from teilhabe_desktop.core.plan import GoalStatus, Plan


@dataclass(frozen=True)
class MissingPlain:
    section: str  # the workspace section (core.plan_sections key)
    key: str  # object name of the field
    label: str  # German, for the list: "Ziel „Praktikum“"


def _short(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def missing_plain(plan: Plan) -> list[MissingPlain]:
    """Items *Mein Plan* shows whose plain text is empty (discarded goals and done steps
    are left out: *Mein Plan* does not print them)."""
    found: list[MissingPlain] = []
    for goal in plan.goals:
        if goal.status is GoalStatus.DISCARDED:
            continue
        name = _short(goal.title) or "ohne Titel"
        if not goal.plain_title.strip():
            found.append(MissingPlain("goals", f"goal:{goal.id}:plain_title", f"Ziel „{name}“"))
        if goal.indicator.strip() and not goal.plain_indicator.strip():
            found.append(
                MissingPlain(
                    "goals", f"goal:{goal.id}:plain_indicator", f"Woran merken: Ziel „{name}“"
                )
            )
    for step in plan.steps:
        if not step.done and step.what.strip() and not step.plain_text.strip():
            found.append(
                MissingPlain("steps", f"step:{step.id}:plain", f"Schritt „{_short(step.what)}“")
            )
    for strength in plan.strengths:
        if strength.text.strip() and not strength.plain_text.strip():
            label = f"Ressource „{_short(strength.text)}“"
            found.append(MissingPlain("resources", f"strength:{strength.id}:plain", label))
    for contact in plan.network:
        if contact.name.strip() and not contact.plain_text.strip():
            label = f"Kontakt „{_short(contact.name)}“"
            found.append(MissingPlain("resources", f"contact:{contact.id}:plain", label))
    for service in plan.services:
        if service.type.strip() and not service.plain_text.strip() and not service.kind:
            label = f"Leistung „{_short(service.type)}“"  # with a kind it prints by itself
            found.append(MissingPlain("services", f"service:{service.id}:plain", label))
    return found


def plain_texts(plan: Plan, offers: Iterable[Offer] = ()) -> list[str]:
    """The texts written for the person that *Mein Plan* prints."""
    texts = [g.plain_title for g in plan.goals if g.status is not GoalStatus.DISCARDED]
    texts += [g.plain_indicator for g in plan.goals if g.status is not GoalStatus.DISCARDED]
    texts += [s.plain_text for s in plan.steps if not s.done]
    texts += [s.plain_text for s in (*plan.strengths, *plan.network, *plan.services)]
    texts += [o.plain_description for o in offers]
    return [t for t in texts if t.strip()]


def findings_count(texts: Iterable[str], glossary: Iterable[str] = ()) -> int:
    """How many findings the checker has for ``texts`` together."""
    checker = PlainChecker(glossary)
    return sum(len(s.findings) for text in texts for s in checker.check(text))


@dataclass(frozen=True)
class PlainSummary:
    missing: int  # items without a plain text
    findings: int  # checker findings of the plain texts Mein Plan prints


def summarize(snapshot) -> PlainSummary:
    """Both figures for a :class:`~teilhabe_desktop.core.plan.PlanSnapshot`; the plan's
    Wörter-Buch (shipped and the caseworker's terms) counts as known words."""
    from teilhabe_desktop.core.glossary import GlossaryEntry, known_words, merged

    extra = [GlossaryEntry(term, text) for term, text in snapshot.glossary.items()]
    texts = plain_texts(snapshot.plan, snapshot.offers.values())
    return PlainSummary(
        len(missing_plain(snapshot.plan)), findings_count(texts, known_words(merged(extra)))
    )
