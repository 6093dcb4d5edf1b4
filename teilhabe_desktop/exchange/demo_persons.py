"""Three fictional persons with complete plans for ``--demo`` (idempotent, stable ids).

Each has one finalised version and a draft with a small change after it. Offers of the
example catalogue are linked with a note on what was agreed: the intended example offer
when the catalogue has it, otherwise the best suggestion that fits the person's needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from teilhabe_desktop.core.plan import (
    Barrier,
    FormalService,
    Goal,
    GoalKind,
    GoalStatus,
    NetworkContact,
    NetworkSector,
    OfferLink,
    Person,
    Plan,
    Step,
    StepOwner,
    Strength,
    StrengthKind,
    Wish,
)
from teilhabe_desktop.core.plan_validation import add_months
from teilhabe_desktop.exchange.demo_gesamtplan import complete_gesamtplan
from teilhabe_desktop.exchange.demo_plain import add_plain_texts
from teilhabe_desktop.store.offer_candidates import suggest_offers
from teilhabe_desktop.store.persons import PersonRepository
from teilhabe_desktop.store.plans import PlanRepository

CASEWORKER = "Frau Beispiel (Fallmanagement)"
F, N, W, P = (NetworkSector.FAMILY, NetworkSector.FRIENDS, NetworkSector.WORK,
              NetworkSector.PROFESSIONAL)  # fmt: skip


@dataclass(frozen=True)
class DemoLink:
    goal_id: str
    offer_id: str  # the intended offer of the example catalogue
    note: str  # what was agreed, as the caseworker writes it


@dataclass
class DemoCase:
    person: Person
    plan: Plan
    change: Callable[[Plan, date], None]  # applied to the draft after finalising
    links: list[DemoLink] = field(default_factory=list)


def _lobeda(today: date) -> DemoCase:
    pid = "demo-person-lobeda"
    person = Person(
        pid, "Mira", "Sommerfeld", date(1994, 5, 17), "EGH-2025-0117", "Karl-Marx-Allee 12",
        "07747", "Jena", "Lobeda-West", phone="03641 555 0117", wheelchair=True,
        walking_distance_m=0, uses_public_transport=True,
        trusted_person="Lena Sommerfeld (Schwester)",
        consent_given=True, consent_date=today - timedelta(days=30), caseworker=CASEWORKER,
        caseworker_phone="03641 49-0000",
    )  # fmt: skip
    plan = Plan(pid, add_months(today, 12), sozialraum_ids=["lobeda", "west_zentrum"])
    said = today - timedelta(days=14)
    plan.wishes = [
        Wish(f"{pid}-w1", "Ich möchte mit Tieren arbeiten.", said, "Mira Sommerfeld", "d8"),
        Wish(f"{pid}-w2", "Ich will Freunde finden, mit denen ich was unternehmen kann.",
             said, "Mira Sommerfeld", "d7"),
    ]  # fmt: skip
    plan.goals = [
        Goal(f"{pid}-g1", f"{pid}-w1", "Mira arbeitet mit Tieren", GoalKind.LEITZIEL, "d8"),
        Goal(f"{pid}-g2", f"{pid}-w1", "Ein Praktikum mit Tieren ausprobieren",
             GoalKind.HANDLUNGSZIEL, "d8",
             "Mira hat viermal bei einem Tierprojekt mitgeholfen.",
             add_months(today, 6)),
        Goal(f"{pid}-g3", f"{pid}-w2", "Eine Freizeitgruppe in Lobeda besuchen",
             GoalKind.HANDLUNGSZIEL, "d9",
             "Mira geht regelmäßig zu einer Gruppe und kennt dort zwei Leute mit Namen.",
             add_months(today, 9)),
    ]  # fmt: skip
    plan.strengths = [
        Strength(f"{pid}-s1", "Geht ruhig und geduldig mit Tieren um"),
        Strength(f"{pid}-s2", "Fotografieren", StrengthKind.INTEREST),
        Strength(f"{pid}-s3", "Kann sich gut mit dem Handy organisieren", StrengthKind.ABILITY),
    ]
    plan.network = [
        NetworkContact(f"{pid}-n1", "Lena Sommerfeld (Schwester)", F, 1, "Fahrten, Mut machen"),
        NetworkContact(f"{pid}-n2", "Herr Kaya (Nachbar)", N, 2, "trägt Einkäufe hoch"),
        NetworkContact(f"{pid}-n3", "Assistenzdienst", P, 2, "Alltag, Begleitung"),
    ]
    plan.barriers = [
        Barrier(f"{pid}-b1", "Der Aufzug im Haus fällt oft aus."),
        Barrier(f"{pid}-b2", "Viele Treffpunkte haben Stufen am Eingang."),
    ]
    plan.steps = [
        Step(f"{pid}-st1", "Tierprojekte in Jena anrufen und nach Praktikum fragen",
             StepOwner.PERSON, "Mira", today + timedelta(days=21), False, f"{pid}-g2"),
        Step(f"{pid}-st2", "Stufenlosen Zugang der Gruppe vorher prüfen",
             StepOwner.CASEWORKER, CASEWORKER, today + timedelta(days=14), False, f"{pid}-g3"),
        Step(f"{pid}-st3", "Zum ersten Treffen begleiten", StepOwner.NETWORK,
             "Lena Sommerfeld", today + timedelta(days=35), False, f"{pid}-g3"),
    ]  # fmt: skip
    plan.services = [
        FormalService(f"{pid}-f1", "Assistenzleistung (§ 113 SGB IX)", "Assistenzdienst Jena",
                      6.0, today, add_months(today, 12)),
    ]  # fmt: skip
    plan.procedure = "Gespräch mit ITP Thüringen; Hausbesuch"
    plan.own_activities = "Mira ruft selbst bei Tierprojekten an und sucht im Internet."
    plan.wunsch_und_wahlrecht = (
        "Mira möchte Angebote in Lobeda, die sie mit dem Rollstuhl erreicht."
    )

    def change(draft: Plan, day: date) -> None:
        draft.steps[0].done = True
        draft.goals[1].status = GoalStatus.IN_PROGRESS

    links = [
        DemoLink(f"{pid}-g2", "bsp-fiktiv-lobeda-tierhof-treff",
                 "Schnuppertag am Mittwoch; Lena fährt mit."),
        DemoLink(f"{pid}-g3", "bsp-fiktiv-lobeda-freizeittreff",
                 "Freitag vorbeischauen, Lena kommt mit."),
    ]  # fmt: skip
    return DemoCase(person, plan, change, links)


def _nord(today: date) -> DemoCase:
    pid = "demo-person-nord"
    person = Person(
        pid, "Jonas", "Petrović", date(2001, 11, 3), "EGH-2025-0342", "Dornburger Straße 40",
        "07743", "Jena", "Jena-Nord", phone="0151 555 0342", consent_given=True,
        consent_date=today - timedelta(days=60), caseworker=CASEWORKER,
        caseworker_phone="03641 49-0000",
    )  # fmt: skip
    # his review is soon, so the list shows a review that is due ("fällig")
    plan = Plan(pid, today + timedelta(weeks=6), sozialraum_ids=["nord"])
    said = today - timedelta(days=10)
    plan.wishes = [
        Wish(f"{pid}-w1", "Ich will nicht mehr den ganzen Tag im Bett liegen. Ich brauch "
             "was, wo ich morgens hingehen kann.", said, "Jonas Petrović", "d2"),
        Wish(f"{pid}-w2", "Irgendwann will ich wieder arbeiten.", said, "Jonas Petrović", "d8"),
    ]  # fmt: skip
    plan.goals = [
        Goal(f"{pid}-g1", f"{pid}-w1", "Einen festen Tagesablauf haben", GoalKind.LEITZIEL, "d2"),
        Goal(f"{pid}-g2", f"{pid}-w1", "Drei Vormittage pro Woche einen Treffpunkt besuchen",
             GoalKind.HANDLUNGSZIEL, "d2",
             "Jonas ist an drei Vormittagen pro Woche vor 10 Uhr unterwegs.",
             today + timedelta(weeks=4)),
        Goal(f"{pid}-g3", f"{pid}-w2", "Eine Beschäftigung für ein paar Stunden ausprobieren",
             GoalKind.HANDLUNGSZIEL, "d8", "Jonas hat einen Probetag gemacht.",
             today + timedelta(weeks=6), differing_view="Die Mutter findet, das ist noch zu früh."),
    ]  # fmt: skip
    plan.strengths = [
        Strength(f"{pid}-s1", "Kann gut mit Computern umgehen", StrengthKind.ABILITY),
        Strength(f"{pid}-s2", "Musik, Gitarre", StrengthKind.INTEREST),
        Strength(f"{pid}-s3", "Ist ehrlich und sagt, wenn es ihm nicht gut geht"),
    ]
    plan.network = [
        NetworkContact(f"{pid}-n1", "Mutter", F, 1, "Wäsche, Geld"),
        NetworkContact(f"{pid}-n2", "Tim (Freund aus der Schule)", N, 2, "zusammen Musik"),
        NetworkContact(f"{pid}-n3", "Psychiatrische Institutsambulanz", P, 2, "Behandlung"),
    ]
    plan.barriers = [Barrier(f"{pid}-b1", "Morgens fällt es schwer, aus dem Haus zu gehen.")]
    plan.steps = [
        Step(f"{pid}-st1", "Zwei Treffpunkte in Nord gemeinsam anschauen", StepOwner.CASEWORKER,
             CASEWORKER, today + timedelta(days=14), False, f"{pid}-g2"),
        Step(f"{pid}-st2", "Wecker stellen und Wochenplan an den Kühlschrank hängen",
             StepOwner.PERSON, "Jonas", today + timedelta(days=7), False, f"{pid}-g1"),
    ]  # fmt: skip
    plan.services = [
        FormalService(f"{pid}-f1", "Ambulant betreutes Wohnen (§ 113 SGB IX)",
                      "Träger Beispiel e. V.", 3.0, today, add_months(today, 12)),
    ]  # fmt: skip
    plan.procedure = "Gespräch mit ITP Thüringen"
    plan.differing_views = "Die Mutter wünscht mehr Betreuungsstunden."

    def change(draft: Plan, day: date) -> None:
        draft.strengths.append(
            Strength(f"{pid}-s4", "Hat zwei Wochen lang den Wecker genutzt", StrengthKind.ABILITY)
        )

    links = [
        DemoLink(f"{pid}-g2", "bsp-fiktiv-nord-fruehstueckstreff",
                 "Di und Do Frühstück; erstes Mal gemeinsam."),
        DemoLink(f"{pid}-g2", "bsp-fiktiv-nord-tagesstaette",
                 "Vorgespräch vereinbart; dritter Vormittag."),
        DemoLink(f"{pid}-g3", "bsp-fiktiv-nord-gartenprojekt",
                 "Probetag nach Rücksprache mit der Ambulanz."),
    ]  # fmt: skip
    return DemoCase(person, plan, change, links)


def _winzerla(today: date) -> DemoCase:
    pid = "demo-person-winzerla"
    person = Person(
        pid, "Gerda", "Köhler", date(1958, 2, 21), "EGH-2024-0861", "Oßmaritzer Straße 5",
        "07745", "Jena", "Winzerla", phone="03641 555 0861", easy_language=True,
        walking_distance_m=500, guardian="Herr Richter, Betreuungsverein (rechtliche Betreuung)",
        consent_given=True, consent_date=today - timedelta(days=20), caseworker=CASEWORKER,
        caseworker_phone="03641 49-0000",
    )  # fmt: skip
    plan = Plan(pid, add_months(today, 12), sozialraum_ids=["winzerla"])
    said = today - timedelta(days=7)
    plan.wishes = [
        Wish(f"{pid}-w1", "Ich möchte selber kochen. Nicht immer nur Essen auf Rädern.",
             said, "Gerda Köhler", "d6"),
        Wish(f"{pid}-w2", "Ich will unter Leute kommen.", said, "Gerda Köhler", "d9"),
    ]  # fmt: skip
    plan.goals = [
        Goal(f"{pid}-g1", f"{pid}-w1", "Zwei einfache Gerichte selbst kochen",
             GoalKind.HANDLUNGSZIEL, "d6", "Gerda kocht einmal pro Woche selbst ein Gericht.",
             add_months(today, 6)),
        Goal(f"{pid}-g2", f"{pid}-w2", "Einen Treffpunkt in Winzerla kennenlernen",
             GoalKind.HANDLUNGSZIEL, "d9", "Gerda war dreimal beim Treffpunkt.",
             add_months(today, 6)),
    ]  # fmt: skip
    plan.strengths = [
        Strength(f"{pid}-s1", "Hat früher gern gebacken", StrengthKind.INTEREST),
        Strength(f"{pid}-s2", "Ist freundlich und kommt leicht ins Gespräch"),
    ]
    plan.network = [
        NetworkContact(f"{pid}-n1", "Nichte Sandra", F, 2, "besucht sie sonntags"),
        NetworkContact(f"{pid}-n2", "Frau Wagner (Nachbarin)", N, 2, "gemeinsam einkaufen"),
        NetworkContact(f"{pid}-n3", "Herr Richter (rechtliche Betreuung)", P, 3, "Post, Geld"),
    ]
    plan.barriers = [Barrier(f"{pid}-b1", "Briefe und Aushänge sind oft schwer zu verstehen.")]
    plan.steps = [
        Step(f"{pid}-st1", "Rezepte in Leichter Sprache besorgen", StepOwner.CASEWORKER,
             CASEWORKER, today + timedelta(days=10), False, f"{pid}-g1"),
        Step(f"{pid}-st2", "Mit Frau Wagner zusammen einkaufen und kochen", StepOwner.NETWORK,
             "Frau Wagner", today + timedelta(days=21), False, f"{pid}-g1"),
    ]  # fmt: skip
    plan.services = [
        FormalService(f"{pid}-f1", "Assistenz im Haushalt (§ 113 SGB IX)", "Pflege- und "
                      "Assistenzdienst Beispiel", 2.0, today, add_months(today, 12)),
    ]  # fmt: skip
    plan.procedure = "Gespräch mit ITP Thüringen in Leichter Sprache; Betreuer dabei"

    def change(draft: Plan, day: date) -> None:
        draft.goals[1].status = GoalStatus.IN_PROGRESS
        draft.goals[1].evaluation_note = "War einmal da, hat es ihr gefallen."
        draft.goals[1].evaluation_date = day

    links = [
        DemoLink(f"{pid}-g1", "bsp-fiktiv-winzerla-kochkurs",
                 "Platz im Donnerstagskurs angefragt."),
        DemoLink(f"{pid}-g2", "bsp-fiktiv-winzerla-kaffeerunde",
                 "Mittwochs Kaffeerunde, Frau Wagner geht mit."),
    ]  # fmt: skip
    return DemoCase(person, plan, change, links)


def _link_offers(store, case: DemoCase) -> None:
    """Link the intended offer of each :class:`DemoLink`; without it the best that fits."""
    wishes = {w.id: w for w in case.plan.wishes}
    goals = {g.id: g for g in case.plan.goals}
    for number, link in enumerate(case.links, 1):
        goal = goals[link.goal_id]
        wish = wishes.get(goal.wish_id) if goal.wish_id else None
        taken = {o.offer_id for o in case.plan.offer_links if o.goal_id == goal.id}
        fitting = [
            s.offer.id
            for s in suggest_offers(store.db, goal, wish, case.person, case.plan.sozialraum_ids)
            if s.unfit == 0 and s.offer.id not in taken
        ]
        offer_id = link.offer_id if link.offer_id in fitting else next(iter(fitting), None)
        if offer_id is not None:
            case.plan.offer_links.append(
                OfferLink(f"{goal.id}-l{number}", goal.id, offer_id, link.note)
            )


def load_demo_persons(store, today: date | None = None) -> None:
    """Add the three example persons unless they are there already."""
    today = today or date.today()
    persons = PersonRepository(store.db, today=lambda: today)
    plans = PlanRepository(store.db, today=lambda: today)
    for build in (_lobeda, _nord, _winzerla):
        case = build(today)
        if persons.exists(case.person.id):
            continue
        complete_gesamtplan(case.person, case.plan, today)
        add_plain_texts(case.plan, today)
        with store.db.atomic():
            persons.save(case.person)
            _link_offers(store, case)
            plans.save_draft(case.plan)
            plans.finalise(case.person.id, CASEWORKER)
            draft = plans.draft(case.person.id)
            case.change(draft, today)
            plans.save_draft(draft)
