"""What the three demo persons' Gesamtplan holds beyond the planning itself.

The procedure (§ 19 Abs. 2, §§ 117–122 SGB IX), the ITP Thüringen items and the
structured Leistungen, so that each demo plan is complete and can be finalised as a
real one would be: every mandatory item filled or marked "entfällt" with a reason.
All persons, names and facts are invented.
"""

from __future__ import annotations

from datetime import date, timedelta

from teilhabe_desktop.core.plan import (
    Barrier,
    Capability,
    Consent,
    ConsentPurpose,
    FactorKind,
    Housing,
    Participant,
    ParticipantRole,
    PaymentForm,
    Person,
    Plan,
    Rater,
    ResourceState,
)

AUTHORITY = "Stadt Jena, Fachdienst Soziales"
INSTRUMENT = "ITP Thüringen"
AVAILABLE, TO_ACTIVATE = ResourceState.AVAILABLE, ResourceState.TO_ACTIVATE
NO_CONFERENCE = "keine Gesamtplankonferenz durchgeführt; Beteiligte im Gespräch gehört"
NO_REPORTS = "keine sozialmedizinischen Gutachten vorhanden"


def _procedure(plan: Plan, today: date, applied_days_ago: int, forwarded: str = "") -> None:
    plan.authority = AUTHORITY
    plan.application_date = today - timedelta(days=applied_days_ago)
    plan.responsible_since = plan.application_date + timedelta(days=7)
    plan.forwarded_from = forwarded
    plan.assessment_instrument = INSTRUMENT
    plan.assessment_date = today - timedelta(days=14)


def _capabilities(plan: Plan, rated: dict[str, tuple[int, str]]) -> None:
    plan.capabilities = [Capability(code, q, text) for code, (q, text) in sorted(rated.items())]


def _states(items, states) -> None:
    for item, state in zip(items, states, strict=True):
        item.state = state


def _lobeda(person: Person, plan: Plan, today: date) -> None:
    pid = person.id
    person.housing = Housing.OWN_HOME
    person.care_level = 0
    person.consents = [
        Consent(ConsentPurpose.PROVIDERS, True, person.consent_date, "Assistenzdienst Jena"),
        Consent(ConsentPurpose.REHABILITATION, True, person.consent_date, "Agentur für Arbeit"),
    ]
    _procedure(plan, today, 70)
    plan.needs_findings = (
        "Mira braucht Assistenz im Alltag und bei Wegen außer Haus (Rollstuhl). "
        "Für die Teilhabe am Arbeitsleben wird eine passende Beschäftigung mit Tieren "
        "gesucht; für Kontakte eine erreichbare Freizeitgruppe."
    )
    plan.employment_agency_statement = (
        "Die Agentur für Arbeit hält ein Praktikum im Tierbereich für sinnvoll; über "
        "Leistungen zur Teilhabe am Arbeitsleben wird danach entschieden."
    )
    plan.participants = [
        Participant(f"{pid}-p1", "Mira Sommerfeld", ParticipantRole.PERSON),
        Participant(f"{pid}-p2", "Lena Sommerfeld", ParticipantRole.TRUSTED, "Schwester"),
        Participant(f"{pid}-p3", "Frau Beispiel", ParticipantRole.CASEWORKER),
        Participant(f"{pid}-p4", "Herr Muster", ParticipantRole.EMPLOYMENT_AGENCY,
                    "Reha-Beratung, telefonisch"),
    ]  # fmt: skip
    plan.waivers["conference"] = NO_CONFERENCE
    plan.waivers["caring_relatives"] = "keine pflegenden Angehörigen"
    plan.waivers["medical"] = NO_REPORTS
    plan.previous_support = "Assistenzdienst seit zwei Jahren, 4 Stunden pro Woche."
    plan.previous_experiences = "Mit der Assistenz gute Erfahrungen; Wechsel der Kräfte belastet."
    plan.work_and_day = "Keine Arbeit; Tagesstruktur durch Assistenz und Termine."
    _capabilities(plan, {
        "d1": (0, "Lernt neue Abläufe schnell."),
        "d2": (1, "Plant den Tag mit dem Handy."),
        "d3": (0, "Spricht klar und gern."),
        "d4": (3, "Rollstuhl; Stufen und Aufzugsausfälle sind Hürden."),
        "d5": (1, "Braucht Hilfe beim Duschen."),
        "d6": (2, "Einkaufen und Putzen mit Assistenz."),
        "d7": (1, "Ist eher zurückhaltend mit Fremden."),
        "d8": (3, "Keine Arbeit oder Beschäftigung."),
        "d9": (2, "Wenige Freizeitkontakte außerhalb der Familie."),
    })  # fmt: skip
    _states(plan.strengths, (AVAILABLE, AVAILABLE, AVAILABLE))
    _states(plan.network, (AVAILABLE, TO_ACTIVATE, AVAILABLE))
    plan.barriers[0].life_domain = "d4"
    plan.barriers[1].life_domain = "d9"
    plan.barriers.append(
        Barrier(f"{pid}-b3", "Straßenbahn in Lobeda ist stufenlos.", FactorKind.FACILITATOR,
                "d4", "lobeda")
    )  # fmt: skip
    plan.goals[0].indicator = "Mira hat eine feste Beschäftigung mit Tieren."
    service = plan.services[0]
    service.type = "Assistenz im Alltag und bei Wegen"
    service.kind = "assistance_simple"
    service.content = "Begleitung zu Terminen und Treffen, Hilfe beim Einkaufen."
    service.payment = PaymentForm.IN_KIND
    service.goal_ids = [f"{pid}-g2", f"{pid}-g3"]
    plan.lump_sum_choice = (
        "Eine pauschale Geldleistung wurde besprochen; Mira möchte die Assistenz als "
        "Sachleistung, weil der Dienst die Vertretung regelt."
    )


def _nord(person: Person, plan: Plan, today: date) -> None:
    pid = person.id
    person.housing = Housing.WITH_FAMILY
    person.care_level = 0
    person.consents = [
        Consent(ConsentPurpose.DOCTORS, True, person.consent_date,
                "nur Psychiatrische Institutsambulanz"),
        Consent(ConsentPurpose.PROVIDERS, True, person.consent_date),
    ]  # fmt: skip
    _procedure(plan, today, 90, "Deutsche Rentenversicherung (§ 14 SGB IX)")
    plan.needs_findings = (
        "Jonas braucht Unterstützung für einen festen Tagesablauf und für den Weg zu "
        "einer Beschäftigung; die Behandlung in der Ambulanz läuft weiter."
    )
    plan.waivers["employment_agency"] = "noch nicht angefragt; erst nach dem Probetag (Ziel 3)"
    plan.participants = [
        Participant(f"{pid}-p1", "Jonas Petrović", ParticipantRole.PERSON),
        Participant(f"{pid}-p2", "Frau Petrović", ParticipantRole.OTHER, "Mutter"),
        Participant(f"{pid}-p3", "Dr. Beispiel", ParticipantRole.DOCTOR,
                    "Psychiatrische Institutsambulanz, schriftlich"),
        Participant(f"{pid}-p4", "Frau Beispiel", ParticipantRole.CASEWORKER),
    ]  # fmt: skip
    plan.conference_date = today - timedelta(days=12)
    plan.conference_participants = "Jonas, seine Mutter, Frau Beispiel, Träger Beispiel e. V."
    plan.conference_results = (
        "Start mit Treffpunkten am Vormittag; Beschäftigung erst nach sechs Wochen prüfen."
    )
    plan.caring_relatives = "Die Mutter unterstützt im Haushalt und wünscht Entlastung."
    plan.medical_findings = "Bericht der Ambulanz: stabil; Antrieb morgens eingeschränkt."
    plan.previous_support = "Keine Hilfen der Eingliederungshilfe; Behandlung in der Ambulanz."
    plan.previous_experiences = "Eine Maßnahme der Agentur für Arbeit wurde abgebrochen."
    plan.work_and_day = "Ohne Arbeit seit der Ausbildung; schläft oft bis mittags."
    _capabilities(plan, {
        "d1": (0, "Lernt gern am Computer."),
        "d2": (3, "Kommt morgens schwer in Gang."),
        "d3": (1, "Spricht offen, wenn er Vertrauen hat."),
        "d4": (0, "Fährt mit Bus und Rad."),
        "d5": (1, "Vergisst Mahlzeiten."),
        "d6": (2, "Die Mutter macht Wäsche und Geld."),
        "d7": (2, "Zieht sich zurück, wenn es ihm schlecht geht."),
        "d8": (3, "Keine Arbeit oder Ausbildung."),
        "d9": (1, "Macht mit Tim Musik."),
    })  # fmt: skip
    _states(plan.strengths, (AVAILABLE, AVAILABLE, AVAILABLE))
    _states(plan.network, (AVAILABLE, TO_ACTIVATE, AVAILABLE))
    plan.barriers[0].life_domain = "d2"
    plan.goals[0].indicator = "Jonas ist an fünf Tagen pro Woche vor 10 Uhr aufgestanden."
    plan.goals[0].evaluation_date = today - timedelta(days=1)
    plan.goals[0].attainment = -1
    plan.goals[0].rated_by = Rater.TOGETHER
    service = plan.services[0]
    service.type = "Ambulant betreutes Wohnen"
    service.kind = "assistance_qualified"
    service.content = "Wochenplan üben, zu Treffpunkten begleiten, Rückschläge besprechen."
    service.hours_per_week = None
    service.hours_per_month = 13.5
    service.payment = PaymentForm.IN_KIND
    service.goal_ids = [f"{pid}-g1", f"{pid}-g2"]
    plan.own_activities = "Jonas stellt sich einen Wecker und führt einen Wochenplan."
    plan.wunsch_und_wahlrecht = "Jonas wählt Angebote in Nord, die er mit dem Rad erreicht."
    plan.lump_sum_choice = "Jonas möchte keine pauschale Geldleistung; besprochen."


def _winzerla(person: Person, plan: Plan, today: date) -> None:
    pid = person.id
    person.housing = Housing.SPECIAL
    person.care_level = 2
    person.consents = [
        Consent(ConsentPurpose.CARE_INSURANCE, True, person.consent_date),
        Consent(ConsentPurpose.CONFERENCE, False, None, "möchte keine Konferenz"),
    ]
    _procedure(plan, today, 60)
    plan.needs_findings = (
        "Frau Köhler braucht Anleitung beim Kochen und Begleitung zu Treffpunkten; "
        "Texte braucht sie in Leichter Sprache."
    )
    plan.waivers["employment_agency"] = "Altersrente; keine Teilhabe am Arbeitsleben"
    plan.participants = [
        Participant(f"{pid}-p1", "Gerda Köhler", ParticipantRole.PERSON),
        Participant(f"{pid}-p2", "Herr Richter", ParticipantRole.GUARDIAN, "Betreuungsverein"),
        Participant(f"{pid}-p3", "Frau Beispiel", ParticipantRole.CASEWORKER),
        Participant(f"{pid}-p4", "Pflegekasse Beispiel", ParticipantRole.CARE_INSURANCE,
                    "schriftlich"),
    ]  # fmt: skip
    plan.waivers["conference"] = "Frau Köhler möchte keine Konferenz; Gespräch zu dritt"
    plan.waivers["caring_relatives"] = "keine pflegenden Angehörigen"
    plan.waivers["medical"] = NO_REPORTS
    plan.cash_advice = (
        "Frau Köhler behält einen Barbetrag für Kaffee und Bus; Herr Richter zahlt ihn "
        "wöchentlich aus."
    )
    plan.previous_support = "Essen auf Rädern; Pflegedienst zweimal pro Woche."
    plan.previous_experiences = "Mit dem Pflegedienst zufrieden."
    plan.work_and_day = "Rentnerin; Tagesstruktur durch Mahlzeiten und Fernsehen."
    _capabilities(plan, {
        "d1": (2, "Liest langsam; braucht Leichte Sprache."),
        "d2": (1, "Plant gern mit festen Tagen."),
        "d3": (1, "Versteht Gesprochenes gut."),
        "d4": (2, "Geht etwa 500 Meter."),
        "d5": (1, "Versorgt sich mit Pflegedienst."),
        "d6": (3, "Kocht nicht mehr selbst."),
        "d7": (0, "Kommt leicht ins Gespräch."),
        "d8": (0, "Rente."),
        "d9": (2, "Kaum Kontakte außer Familie."),
    })  # fmt: skip
    _states(plan.strengths, (TO_ACTIVATE, AVAILABLE))
    _states(plan.network, (AVAILABLE, AVAILABLE, AVAILABLE))
    plan.barriers[0].life_domain = "d1"
    service = plan.services[0]
    service.type = "Assistenz im Haushalt"
    service.kind = "assistance_qualified"
    service.content = "Gemeinsam einkaufen und kochen üben, bis Frau Köhler es allein kann."
    service.payment = PaymentForm.IN_KIND
    service.goal_ids = [f"{pid}-g1"]
    plan.own_activities = "Frau Köhler sucht sich zwei Rezepte aus und kauft mit ein."
    plan.wunsch_und_wahlrecht = "Frau Köhler möchte nur Angebote in Winzerla, zu Fuß erreichbar."
    plan.lump_sum_choice = "Eine pauschale Geldleistung wurde erklärt; sie möchte sie nicht."


COMPLETE = {
    "demo-person-lobeda": _lobeda,
    "demo-person-nord": _nord,
    "demo-person-winzerla": _winzerla,
}


def complete_gesamtplan(person: Person, plan: Plan, today: date) -> None:
    """Fill what the Gesamtplan needs for the demo person ``person``."""
    COMPLETE[person.id](person, plan, today)
