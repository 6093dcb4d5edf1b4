"""The Leichte-Sprache layer of the three demo persons: what the caseworker wrote for
the person ("In Leichter Sprache") and the kind of each Leistung, by item id.

Kept apart from the staff texts in ``demo_persons`` so both read as they would in a
real case; ``add_plain_texts`` fills them into a plan (items without an entry keep
theirs empty, as in a plan that is not finished yet).
"""

from __future__ import annotations

from datetime import date, timedelta

from teilhabe_desktop.core.plan import Plan

#: item id -> plain text (goals: (title, indicator))
GOALS: dict[str, tuple[str, str]] = {
    "demo-person-lobeda-g1": ("Ich arbeite mit Tieren.", ""),
    "demo-person-lobeda-g2": (
        "Ich mache ein Praktikum mit Tieren.",
        "Ich habe 4 Mal bei Tieren mitgeholfen.",
    ),
    "demo-person-lobeda-g3": (
        "Ich gehe zu einer Gruppe in Lobeda.",
        "Ich gehe oft zu der Gruppe.\nIch kenne dort 2 Menschen mit Namen.",
    ),
    "demo-person-nord-g1": ("Mein Tag hat einen festen Plan.", ""),
    "demo-person-nord-g2": (
        "Ich gehe an 3 Tagen in der Woche zu einem Treff.",
        "Ich bin an 3 Tagen vor 10 Uhr unterwegs.",
    ),
    "demo-person-nord-g3": (
        "Ich probiere eine Arbeit für ein paar Stunden aus.",
        "Ich habe einen Tag zur Probe gearbeitet.",
    ),
    "demo-person-winzerla-g1": (
        "Ich koche 2 einfache Gerichte selbst.",
        "Ich koche 1 Mal in der Woche selbst.",
    ),
    "demo-person-winzerla-g2": (
        "Ich lerne einen Treff in Winzerla kennen.",
        "Ich war 3 Mal bei dem Treff.",
    ),
}
TEXTS: dict[str, str] = {
    # strengths
    "demo-person-lobeda-s1": "Ich bin ruhig mit Tieren.\nIch habe viel Geduld.",
    "demo-person-lobeda-s2": "Ich mache gern Fotos.",
    "demo-person-lobeda-s3": "Ich plane viel mit meinem Handy.",
    "demo-person-nord-s1": "Ich kenne mich gut mit Computern aus.",
    "demo-person-nord-s2": "Ich mache gern Musik.\nIch spiele Gitarre.",
    "demo-person-nord-s3": "Ich bin ehrlich.\nIch sage, wenn es mir schlecht geht.",
    "demo-person-winzerla-s1": "Ich habe früher gern gebacken.",
    "demo-person-winzerla-s2": "Ich bin freundlich.\nIch rede gern mit Menschen.",
    # network
    "demo-person-lobeda-n1": "Lena fährt mit mir.\nLena macht mir Mut.",
    "demo-person-lobeda-n2": "Herr Kaya trägt meine Einkäufe nach oben.",
    "demo-person-lobeda-n3": "Der Dienst hilft mir im Alltag.",
    "demo-person-nord-n1": "Meine Mutter hilft mir bei der Wäsche und beim Geld.",
    "demo-person-nord-n2": "Tim macht mit mir Musik.",
    "demo-person-nord-n3": "Dort spreche ich mit meiner Ärztin.",
    "demo-person-winzerla-n1": "Sandra besucht mich am Sonntag.",
    "demo-person-winzerla-n2": "Frau Wagner geht mit mir einkaufen.",
    "demo-person-winzerla-n3": "Herr Richter hilft mir bei Briefen und beim Geld.",
    # steps
    "demo-person-lobeda-st1": "Ich rufe bei Tier-Projekten an.\nIch frage nach einem Praktikum.",
    "demo-person-lobeda-st2": "Frau Beispiel fragt bei der Gruppe nach Stufen.",
    "demo-person-lobeda-st3": "Lena geht mit mir zum 1. Treffen.",
    "demo-person-nord-st1": "Wir schauen uns 2 Treffs in Nord an.",
    "demo-person-nord-st2": (
        "Ich stelle meinen Wecker.\nIch hänge meinen Wochen-Plan an den Kühlschrank."
    ),
    "demo-person-winzerla-st1": "Frau Beispiel besorgt Rezepte in Leichter Sprache.",
    "demo-person-winzerla-st2": "Frau Wagner kauft mit mir ein.\nDann kochen wir zusammen.",
}
#: service id -> kind code (core.service_kinds)
SERVICE_KINDS: dict[str, str] = {
    "demo-person-lobeda-f1": "assistance_simple",
    "demo-person-nord-f1": "assistance_qualified",
    "demo-person-winzerla-f1": "assistance_simple",
}
#: the Prüflesen of one demo plan (who checked it with a reader of the target group)
CHECKED_BY = {"demo-person-lobeda": "Prüf-Gruppe Leichte Sprache Jena (Beispiel)"}


def add_plain_texts(plan: Plan, today: date) -> None:
    """Fill the demo plan's plain texts, kinds of Leistungen and Prüflesen record."""
    for goal in plan.goals:
        goal.plain_title, goal.plain_indicator = GOALS.get(goal.id, ("", ""))
    for item in (*plan.strengths, *plan.network, *plan.steps):
        item.plain_text = TEXTS.get(item.id, "")
    for service in plan.services:
        service.kind = SERVICE_KINDS.get(service.id, service.kind)
    if plan.person_id in CHECKED_BY:
        plan.plain_checked_by = CHECKED_BY[plan.person_id]
        plan.plain_checked_on = today - timedelta(days=3)
