"""Realistic plan snapshots for the printing tests (fictional persons and offers)."""

from __future__ import annotations

from datetime import date

from teilhabe_desktop.core.catalogue import Availability, Cost, Offer, Schedule
from teilhabe_desktop.core.plan import (
    Barrier,
    Capability,
    FactorKind,
    FormalService,
    Goal,
    GoalKind,
    GoalStatus,
    Housing,
    NetworkContact,
    NetworkSector,
    OfferLink,
    Participant,
    ParticipantRole,
    PaymentForm,
    Person,
    Plan,
    PlanSnapshot,
    Rater,
    ResourceState,
    Step,
    StepOwner,
    Strength,
    StrengthKind,
    Wish,
)
from tests.plan_fixtures import complete_gesamtplan

SOZIALRAUM_NAMES = {
    "lobeda": "Lobeda",
    "winzerla": "Winzerla",
    "west_zentrum": "West/Zentrum",
    "nord": "Nord",
    "ost": "Ost",
}
YES, NO = Availability.YES, Availability.NO


def lobeda_offers() -> dict[str, Offer]:
    offers = [
        Offer(
            id="o-tierhof",
            name="Tierhof „Pfote & Huf“",
            organization_name="Pfote & Huf e. V.",
            life_domains=["d8", "d9"],
            street="Am Kalkhügel 3",
            postcode="07747",
            place="Lobeda-Ost",
            sozialraum_id="lobeda",
            phone="03641 123456",
            website="www.pfote-und-huf.example",
            opening_hours="Di–Sa 10–16 Uhr",
            schedules=[Schedule(day, "10:00", "16:00") for day in range(2, 7)],
            plain_description="Auf dem Hof leben viele Tiere.\nIch kann dort mithelfen.",
            accessibility={"step_free": YES, "accessible_wc": YES, "easy_language": YES},
            cost=Cost.FREE,
            is_example=True,
        ),
        Offer(
            id="o-ifd",
            name="Integrationsfachdienst Jena",
            description="Beratung zu Arbeit, Praktikum und Ausbildung",
            life_domains=["d8"],
            mainstream=False,
            street="Löbstedter Straße 50",
            postcode="07749",
            place="Jena-Nord",
            sozialraum_id="nord",
            phone="03641 654321",
            email="kontakt@ifd-jena.example",
            opening_hours="Montag bis Donnerstag 9 bis 15 Uhr",
            accessibility={"step_free": YES, "sign_language": YES},
            cost=Cost.FREE,
            is_example=True,
        ),
        Offer(
            id="o-lisa",
            name="Stadtteilzentrum LISA",
            life_domains=["d7", "d9"],
            street="Werner-Seelenbinder-Straße 28a",
            postcode="07747",
            place="Lobeda-West",
            sozialraum_id="lobeda",
            phone="03641 222333",
            website="https://lisa-lobeda.example/treff",
            opening_hours="Montag bis Freitag 14 bis 19 Uhr",
            accessibility={"step_free": YES, "accessible_wc": YES, "quiet_room": YES},
            cost=Cost.REDUCED,
            cost_note="Kaffee 1 Euro",
            is_example=True,
        ),
        Offer(
            id="o-bahn",
            name="Bus- und Bahntraining",
            organization_name="Jenaer Nahverkehr",
            life_domains=["d4"],
            street="Stadtrodaer Straße 1",
            postcode="07747",
            sozialraum_id="winzerla",
            phone="03641 414141",
            opening_hours="nach Vereinbarung",
            accessibility={"step_free": NO},
            cost=Cost.UNKNOWN,
            is_example=True,
        ),
    ]
    return {o.id: o for o in offers}


def lobeda_person() -> Person:
    return Person(
        id="p-lobeda",
        first_name="Marie",
        last_name="Schönfeld",
        birth_date=date(1991, 4, 17),
        file_number="EGH-2026-0142",
        street="Karl-Marx-Allee 12",
        postcode="07747",
        place="Neulobeda",
        home_sozialraum_id="lobeda",
        phone="0176 1234567",
        easy_language=True,
        wheelchair=True,
        walking_distance_m=0,
        uses_public_transport=True,
        trusted_person="Helga Schönfeld (Mutter), 03641 998877",
        consent_given=True,
        consent_date=date(2026, 2, 3),
        housing=Housing.WITH_FAMILY,
        caseworker="Sabine Krüger",
        caseworker_phone="03641 49-3210",
    )


def lobeda_plan() -> Plan:
    """The Lobeda example with a complete Gesamtplan: each item with its own content."""
    plan = _lobeda_plan()
    plan.authority = "Stadt Jena, Fachdienst Soziales"
    plan.application_date = date(2025, 12, 1)
    plan.responsible_since = date(2025, 12, 8)
    plan.forwarded_from = "Agentur für Arbeit Jena"
    plan.assessment_instrument = "ITP Thüringen"
    plan.assessment_date = date(2026, 1, 20)
    plan.needs_findings = "Marie braucht Begleitung auf Wegen und Assistenz im Praktikum."
    plan.employment_agency_statement = "Die Agentur für Arbeit empfiehlt ein Praktikum."
    plan.participants = [
        Participant("pa1", "Marie Schönfeld", ParticipantRole.PERSON),
        Participant("pa2", "Helga Schönfeld", ParticipantRole.TRUSTED, "Mutter"),
        Participant("pa3", "Lebenshilfe Jena e. V.", ParticipantRole.PROVIDER, "schriftlich"),
    ]
    plan.waivers = {
        "conference": "keine Konferenz; alle Beteiligten im Gespräch am 03.02.2026",
        "medical": "keine sozialmedizinischen Gutachten vorhanden",
    }
    plan.caring_relatives = "Die Mutter fährt Marie zu Terminen und wünscht Entlastung."
    plan.previous_support = "Bisher Hilfe nur durch die Mutter."
    plan.previous_experiences = "Ein Kurs im Berufsbildungswerk war zu weit weg."
    plan.work_and_day = "Ohne Arbeit; nachmittags mit der Mutter unterwegs."
    plan.capabilities = [
        Capability(f"d{n}", q, text)
        for n, (q, text) in enumerate(
            [(0, "Lernt gern Neues."), (1, "Plant mit Kalender."), (0, "Spricht klar."),
             (3, "Rollstuhl; Aufzüge fallen aus."), (1, "Braucht Hilfe beim Duschen."),
             (2, "Kocht mit Hilfe."), (1, "Schüchtern mit Fremden."),
             (3, "Keine Arbeit."), (2, "Wenige Kontakte.")], start=1)
    ]  # fmt: skip
    plan.lump_sum_choice = "Besprochen; Marie möchte die Assistenz als Sachleistung."
    for item, state in zip(plan.strengths, ("available", "available", "to_activate"), strict=True):
        item.state = ResourceState(state)
    for item, state in zip(plan.network, ("available", "to_activate"), strict=True):
        item.state = ResourceState(state)
    plan.barriers.append(
        Barrier("b2", "Straßenbahn nach Lobeda ist stufenlos", FactorKind.FACILITATOR, "d4")
    )
    plan.barriers[0].life_domain = "d4"
    service = plan.services[0]
    service.kind = "assistance_qualified"
    service.content = "Begleitung zum Tierhof und Üben des Weges"
    service.hours_per_month = 6.5
    service.payment = PaymentForm.IN_KIND
    service.goal_ids = ["g1", "g3"]
    plan.goals[0].attainment, plan.goals[0].rated_by = 1, Rater.TOGETHER
    plan.goals[0].evaluation_date = date(2026, 2, 20)
    return complete_gesamtplan(plan)


def _lobeda_plan() -> Plan:
    return Plan(
        person_id="p-lobeda",
        review_date=date(2027, 3, 1),
        wishes=[
            Wish(
                "w1",
                "Ich möchte mit Tieren arbeiten. Am liebsten mit Pferden.",
                date(2026, 2, 3),
                "Marie Schönfeld",
                "d8",
            ),
            Wish(
                "w2",
                "Ich will mehr rauskommen und neue Leute kennenlernen.",
                date(2026, 2, 3),
                "Marie Schönfeld",
                "d9",
            ),
        ],
        goals=[
            Goal(
                "g1",
                "w1",
                "Ich mache ein Praktikum auf dem Tierhof.",
                GoalKind.HANDLUNGSZIEL,
                "d8",
                "Marie arbeitet zwei Tage pro Woche auf dem Tierhof.",
                date(2026, 9, 30),
                GoalStatus.IN_PROGRESS,
            ),
            Goal(
                "g2",
                "w2",
                "Ich gehe jede Woche zum Treff im Stadtteilzentrum.",
                GoalKind.HANDLUNGSZIEL,
                "d9",
                "Marie war in 8 von 10 Wochen beim Treff.",
                date(2026, 6, 30),
            ),
            Goal(
                "g3",
                "w1",
                "Ich fahre allein mit der Straßenbahn zum Tierhof.",
                GoalKind.HANDLUNGSZIEL,
                "d4",
                "Marie fährt den Weg dreimal ohne Begleitung.",
                date(2026, 8, 31),
                differing_view="Die Mutter hält den Weg allein für zu früh.",
            ),
        ],
        strengths=[
            Strength("s1", "Ich kann gut mit Tieren umgehen.", StrengthKind.ABILITY),
            Strength("s2", "Ich bin zuverlässig und pünktlich.", StrengthKind.STRENGTH),
            Strength("s3", "Pferde und Hunde", StrengthKind.INTEREST),
        ],
        network=[
            NetworkContact(
                "n1",
                "Helga Schönfeld",
                NetworkSector.FAMILY,
                1,
                "fährt mich zu Terminen",
                "03641 998877",
            ),
            NetworkContact(
                "n2", "Jana aus dem Nachbarhaus", NetworkSector.FRIENDS, 2, "geht mit mir einkaufen"
            ),
        ],
        barriers=[Barrier("b1", "Haltestelle Lobeda-Ost: Aufzug oft defekt")],
        sozialraum_ids=["lobeda", "winzerla"],
        offer_links=[
            OfferLink("l1", "g1", "o-tierhof", "Nach Herrn Brandt fragen."),
            OfferLink("l2", "g1", "o-ifd"),
            OfferLink("l3", "g2", "o-lisa"),
            OfferLink("l4", "g3", "o-bahn"),
        ],
        steps=[
            Step(
                "st1",
                "Ich rufe beim Tierhof an und mache einen Termin.",
                StepOwner.PERSON,
                "",
                date(2026, 3, 15),
                goal_id="g1",
            ),
            Step(
                "st2",
                "Beratungsgespräch zum Praktikum beim Integrationsfachdienst.",
                StepOwner.SERVICE,
                "Integrationsfachdienst Jena",
                date(2026, 3, 31),
                goal_id="g1",
            ),
            Step(
                "st3",
                "Wir üben den Weg mit der Straßenbahn.",
                StepOwner.NETWORK,
                "Helga Schönfeld",
                date(2026, 4, 30),
                goal_id="g3",
            ),
            Step(
                "st4",
                "Antrag auf Assistenz stellen.",
                StepOwner.CASEWORKER,
                "",
                date(2026, 2, 28),
                done=True,
            ),
        ],
        services=[
            FormalService(
                "sv1",
                "Assistenzleistung (§ 113 SGB IX)",
                "Lebenshilfe Jena e. V.",
                4.5,
                date(2026, 4, 1),
                date(2027, 3, 31),
            ),
        ],
        procedure="ITP Thüringen; Gespräch am 03.02.2026 mit Frau Schönfeld und ihrer Mutter.",
        own_activities="Frau Schönfeld sucht selbst Kontakt zum Tierhof und übt den Weg.",
        wunsch_und_wahlrecht=(
            "Frau Schönfeld wünscht ein Praktikum in Lobeda statt einer Werkstatt."
        ),
        medical_findings="",
        cash_advice="",
        differing_views="",
    )


#: The plain-language layer of the Lobeda example: what Mein Plan prints (item id -> text).
PLAIN_GOALS = {
    "g1": ("Ich mache ein Praktikum auf dem Tierhof.", "Ich arbeite 2 Tage in der Woche dort."),
    "g2": ("Ich gehe jede Woche zum Treff im Stadtteilzentrum.", ""),
    "g3": ("Ich fahre allein mit der Straßenbahn zum Tierhof.", "Ich fahre 3 Mal allein."),
}
PLAIN_TEXTS = {
    "s1": "Ich kann gut mit Tieren umgehen.",
    "s2": "Ich bin pünktlich.",
    "n1": "Meine Mutter bringt mich zu Terminen.",
    "st1": "Ich rufe beim Tierhof an.\nIch mache einen Termin.",
    "st3": "Wir üben den Weg mit der Straßenbahn.",
}


def add_plain_layer(plan: Plan) -> Plan:
    for goal in plan.goals:
        goal.plain_title, goal.plain_indicator = PLAIN_GOALS.get(goal.id, ("", ""))
    for item in (*plan.strengths, *plan.network, *plan.steps):
        item.plain_text = PLAIN_TEXTS.get(item.id, "")
    return plan


def lobeda_snapshot() -> PlanSnapshot:
    """The wheelchair user from Lobeda who wants to work with animals."""
    return PlanSnapshot(
        person=lobeda_person(),
        plan=add_plain_layer(lobeda_plan()),
        offers=lobeda_offers(),
        sozialraum_names=dict(SOZIALRAUM_NAMES),
    )


def minimal_snapshot(first: str = "Łukasz", last: str = "Yılmaz") -> PlanSnapshot:
    """A person with a name and nothing else filled in."""
    return PlanSnapshot(
        person=Person(id="p-min", first_name=first, last_name=last), plan=Plan(person_id="p-min")
    )
