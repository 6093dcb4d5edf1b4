"""The sections of the formal plan; each returns (heading, legal reference, flowables).

An empty flowable list means "leave the section out"; a section that holds a mandatory
item of the Gesamtplan (``core.gesamtplan_check``) is never empty: it says "entfällt: …"
or, in a draft, that the item is still open.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from teilhabe_desktop.core.catalogue import ACCESSIBILITY_FEATURES, Availability, Offer
from teilhabe_desktop.core.dates import german_date
from teilhabe_desktop.core.formatting import german_hours
from teilhabe_desktop.core.gesamtplan_check import REQUIREMENT_BY_KEY, ItemState, item_state
from teilhabe_desktop.core.network_figures import RING_NAMES
from teilhabe_desktop.core.person_words import care_level_text, consent_lines
from teilhabe_desktop.core.plan import (
    GAS_LEVELS,
    ICF_QUALIFIERS,
    FactorKind,
    Goal,
    PlanSnapshot,
    StepOwner,
)
from teilhabe_desktop.core.plan_sections import check_every_section
from teilhabe_desktop.core.service_kinds import service_kind_label
from teilhabe_desktop.reports.address_breaks import break_addresses
from teilhabe_desktop.reports.blocks import DOMAIN_NAMES, bullets, cell, grid, labelled
from teilhabe_desktop.reports.contact_card import address_line
from teilhabe_desktop.reports.escaping import clean, esc_lines
from teilhabe_desktop.reports.fonts import REGULAR
from teilhabe_desktop.reports.network_map import formal_network_block
from teilhabe_desktop.reports.sozialraum_map import card_numbers, formal_map_block
from teilhabe_desktop.reports.styles import Styles
from teilhabe_desktop.reports.text import para

WIDTH = 172 * mm
CONTACT_WIDTH = 42 * mm  # the offers table's column of phone, e-mail and web address
CELL_PADDING = 8  # points left and right inside a grid cell (blocks.grid)
#: the network table's text width for "Freundschaft/Nachbarschaft"
SECTOR_WIDTH = 32 * mm - CELL_PADDING
Section = tuple[str, str, list[Flowable]]


def _header_row(labels: list[str], styles: Styles) -> list:
    return [para(label, styles.cell_bold) for label in labels]


def _key_values(rows: list[tuple[str, str]], styles: Styles) -> list[Flowable]:
    data = [[cell(k, styles.cell_bold), cell(v, styles.cell)] for k, v in rows if clean(v).strip()]
    if not data:
        return []
    return [grid(data, [48 * mm, WIDTH - 48 * mm], header=False, shade_first_column=True)]


def _text(text: str, styles: Styles) -> list[Flowable]:
    return [Paragraph(line, styles.body) for line in esc_lines(text)]


def _yes(flag: bool, text: str) -> list[str]:
    return [text] if flag else []


def _required(key: str, s: PlanSnapshot, styles: Styles, content: list[Flowable]) -> list:
    """``content``, or what the plan says about the mandatory item ``key`` instead:
    "entfällt: …" where it is marked so or does not apply, "noch nicht ausgefüllt" in a
    draft. What was written always prints; "entfällt" only where nothing was."""
    state, reason = item_state(REQUIREMENT_BY_KEY[key], s.person, s.plan)
    if content and state is not ItemState.WAIVED:
        return content
    if state is ItemState.WAIVED or state is ItemState.NOT_APPLICABLE:
        return [*content, para(f"entfällt: {reason}", styles.body)]
    return content or [para("noch nicht ausgefüllt (Entwurf)", styles.body)]


def _dated(text: str, when) -> str:
    return f"{text} ({german_date(when)})" if when and clean(text).strip() else text


def personal_data(s: PlanSnapshot, styles: Styles) -> Section:
    p = s.person
    sozialraum = s.sozialraum_names.get(p.home_sozialraum_id or "", p.home_sozialraum_id or "")
    if sozialraum and p.home_sozialraum_overridden:
        sozialraum += " (von Hand zugeordnet)"
    communication = _yes(p.easy_language, "Leichte Sprache") + _yes(
        p.sign_language, "Gebärdensprache"
    )
    if p.interpreter_language.strip():
        communication.append(f"Dolmetschen: {clean(p.interpreter_language)}")
    mobility = _yes(p.wheelchair, "nutzt einen Rollstuhl")
    if p.walking_distance_m == 0:
        mobility.append("kann nicht gehen")
    elif p.walking_distance_m is not None:
        mobility.append(f"Gehstrecke etwa {p.walking_distance_m} m")
    mobility.append("nutzt Bus und Bahn" if p.uses_public_transport else "nutzt Bus und Bahn nicht")
    town = " ".join(x for x in (p.postcode, p.city) if x)
    caseworker = ", Telefon ".join(x for x in (clean(p.caseworker), clean(p.caseworker_phone)) if x)
    rows = [
        ("Name", p.display_name),
        ("Geburtsdatum", german_date(p.birth_date)),
        ("Aktenzeichen", p.file_number),
        ("Anschrift", ", ".join(x for x in (p.street, town) if x)),
        ("Wohnort (Ortsteil)", p.place),
        ("Sozialraum (Wohnort)", sozialraum),
        ("Telefon", p.phone),
        ("E-Mail", p.email),
        ("Kommunikation", "; ".join(communication)),
        ("Mobilität", "; ".join(mobility)),
        ("Rechtliche Betreuung", p.guardian),
        ("Vertrauensperson", p.trusted_person),
        ("Wohnform", p.housing.label if p.housing else ""),
        ("Pflegegrad", care_level_text(p.care_level)),
        ("Einwilligungen", "\n".join(consent_lines(p))),
        ("Fallmanagement", caseworker),
    ]
    return "Angaben zur Person", "§ 117 Abs. 3 SGB IX", _key_values(rows, styles)


def procedure_data(s: PlanSnapshot, styles: Styles) -> Section:
    plan = s.plan
    responsible = german_date(plan.responsible_since)
    if responsible and clean(plan.forwarded_from).strip():
        responsible += f", weitergeleitet von {clean(plan.forwarded_from)}"
    assessment = _dated(plan.assessment_instrument, plan.assessment_date)
    rows = [
        ("Leistungsträger", plan.authority),
        ("Antragseingang", german_date(plan.application_date)),
        ("Zuständig seit", responsible),
        ("Bedarfsermittlung", assessment),
    ]
    content = _key_values(rows, styles)
    content += labelled("Feststellungen über den individuellen Bedarf", plan.needs_findings,
                        styles.body)  # fmt: skip
    for key in ("application", "responsibility", "instrument", "needs"):
        if item_state(REQUIREMENT_BY_KEY[key], s.person, plan)[0] is ItemState.MISSING:
            content.append(para(f"noch offen: {REQUIREMENT_BY_KEY[key].label}", styles.body))
    return "Verfahren und Bedarfsermittlung", "§ 19 Abs. 2 Nr. 1–3, §§ 14, 15, 118 SGB IX", content


def employment_agency(s: PlanSnapshot, styles: Styles) -> Section:
    content = _text(s.plan.employment_agency_statement, styles)
    return (
        "Stellungnahme der Bundesagentur für Arbeit",
        "§ 19 Abs. 2 Nr. 4, § 54 SGB IX",
        _required("employment_agency", s, styles, content),
    )


def participants(s: PlanSnapshot, styles: Styles) -> Section:
    rows = [_header_row(["Name", "Rolle", "Hinweis"], styles)]
    for x in s.plan.participants:
        if clean(x.name).strip():
            rows.append(
                [
                    cell(x.name, styles.cell),
                    cell(x.role.label, styles.cell),
                    cell(x.note, styles.cell),
                ]
            )
    content = [grid(rows, [60 * mm, 55 * mm, WIDTH - 115 * mm])] if len(rows) > 1 else []
    return (
        "Beteiligte am Gesamtplanverfahren",
        "§ 117 Abs. 1 und 2, § 121 Abs. 3 SGB IX",
        _required("participants", s, styles, content),
    )


def situation(s: PlanSnapshot, styles: Styles) -> Section:
    content: list[Flowable] = []
    for key, attr in (
        ("previous_support", "previous_support"),
        ("previous_experiences", "previous_experiences"),
        ("work_and_day", "work_and_day"),
    ):
        requirement = REQUIREMENT_BY_KEY[key]
        content.append(Paragraph(requirement.label, styles.h2))
        content += _required(key, s, styles, _text(getattr(s.plan, attr), styles))
    return "Bisherige Situation", "ITP Thüringen", content


def capabilities(s: PlanSnapshot, styles: Styles) -> Section:
    rows = [_header_row(["Lebensbereich", "Beurteilung", "Beschreibung"], styles)]
    for c in sorted(s.plan.capabilities, key=lambda c: int(c.id[1:]) if c.id[1:].isdigit() else 99):
        if c.qualifier is None and not clean(c.description).strip():
            continue
        rows.append(
            [
                cell(_domain(s, c.id), styles.cell),
                cell(ICF_QUALIFIERS.get(c.qualifier, "") if c.qualifier is not None else "–",
                     styles.cell),
                cell(c.description, styles.cell),
            ]
        )  # fmt: skip
    content = [grid(rows, [52 * mm, 36 * mm, WIDTH - 88 * mm])] if len(rows) > 1 else []
    return (
        "Fähigkeiten und Beeinträchtigungen",
        "ITP Thüringen; ICF-Beurteilungsmerkmal 0 (keine) bis 4 (voll ausgeprägt)",
        _required("capabilities", s, styles, content),
    )


def conference(s: PlanSnapshot, styles: Styles) -> Section:
    plan = s.plan
    content: list[Flowable] = []
    if plan.conference_date:
        content.append(para(f"Am {german_date(plan.conference_date)}", styles.body))
    content += labelled("Teilnehmende", plan.conference_participants, styles.body)
    content += labelled("Ergebnisse", plan.conference_results, styles.body)
    content = _required("conference", s, styles, content)
    if plan.agreement_date or clean(plan.agreement_content).strip():
        content.append(Paragraph("Teilhabezielvereinbarung (§ 122 SGB IX)", styles.h2))
        if plan.agreement_date:
            content.append(para(f"geschlossen am {german_date(plan.agreement_date)}", styles.body))
        content += _text(plan.agreement_content, styles)
    return "Gesamtplankonferenz", "§ 19 Abs. 2 Nr. 9, § 119 SGB IX", content


def caring_relatives(s: PlanSnapshot, styles: Styles) -> Section:
    return (
        "Belange pflegender Angehöriger",
        "§ 19 Abs. 2 Nr. 11 SGB IX",
        _required("caring_relatives", s, styles, _text(s.plan.caring_relatives, styles)),
    )


def procedure(s: PlanSnapshot, styles: Styles) -> Section:
    content = _text(s.plan.procedure, styles)
    names = [s.sozialraum_names.get(i, i) for i in s.plan.sozialraum_ids]
    if names:
        content += labelled("Einbezogene Sozialräume", ", ".join(names), styles.body)
    if content and any(clean(g.indicator).strip() for g in s.plan.goals):
        content.append(
            Paragraph("Kriterien der Wirkungsprüfung: die Indikatoren je Ziel.", styles.body)
        )
    if s.plan.review_date:
        content.append(
            para(f"Überprüfungszeitpunkt: {german_date(s.plan.review_date)}", styles.body)
        )
    return (
        "Verfahren, Instrumente und Wirkungskontrolle",
        "§ 121 Abs. 4 Nr. 1 SGB IX",
        _required("procedure", s, styles, content),
    )


def wishes(s: PlanSnapshot, styles: Styles) -> Section:
    content: list[Flowable] = []
    for wish in s.plan.wishes:
        lines = esc_lines(wish.text)
        if not lines:
            continue
        lines[0] = "„" + lines[0]
        lines[-1] += "“"
        content += [Paragraph(line, styles.quote) for line in lines]
        meta = []
        if wish.said_on:
            meta.append(f"geäußert am {german_date(wish.said_on)}")
        if wish.said_by.strip():
            meta.append(f"von {clean(wish.said_by)}")
        if wish.life_domain:
            meta.append(f"Lebensbereich {_domain(s, wish.life_domain)}")
        if meta:
            content.append(para(", ".join(meta), styles.small))
        content.append(Spacer(1, 4))
    return "Wünsche und Wille der Person (in ihren eigenen Worten)", "§ 19 SGB IX", content


def _domain(s: PlanSnapshot, code: str) -> str:
    return f"{code} {s.life_domain_names.get(code) or DOMAIN_NAMES.get(code, '')}".strip()


def _goal_cell(goal: Goal, s: PlanSnapshot, styles: Styles) -> list[Flowable]:
    out = [para(goal.kind.label, styles.small)]
    out += cell(goal.title, styles.cell_bold)
    offers = [
        clean(s.offers[link.offer_id].name)
        for link in s.plan.offer_links
        if link.goal_id == goal.id and link.offer_id in s.offers
    ]
    if offers:
        out += labelled("Angebote", ", ".join(offers), styles.cell)
    if goal.no_offer_found:
        out += labelled(
            "Kein passendes Angebot im Sozialraum", goal.missing_offer_note or "–", styles.cell
        )
    if goal.attainment is not None or goal.evaluation_note.strip():
        when = f" am {german_date(goal.evaluation_date)}" if goal.evaluation_date else ""
        who = f" von {goal.rated_by.label}" if goal.rated_by else ""
        level = GAS_LEVELS.get(goal.attainment, "") if goal.attainment is not None else ""
        text = "; ".join(x for x in (level, clean(goal.evaluation_note)) if x)
        out += labelled(f"Letzte Auswertung{when}{who}", text, styles.cell)
    out += labelled("Abweichende Sichtweise", goal.differing_view, styles.cell)
    return out


def goals(s: PlanSnapshot, styles: Styles) -> Section:
    by_domain: dict[str, list[Goal]] = {}
    for goal in s.plan.goals:
        by_domain.setdefault(goal.life_domain or "", []).append(goal)
    order = sorted(by_domain, key=lambda c: (c == "", int(c[1:]) if c[1:].isdigit() else 99, c))
    widths = [70 * mm, 56 * mm, 23 * mm, WIDTH - 149 * mm]
    content: list[Flowable] = []
    for code in order:
        title = _domain(s, code) if code else "Ohne Lebensbereich"
        rows = [_header_row(["Ziel", "Indikator (woran erkennbar)", "Bis", "Status"], styles)]
        for goal in by_domain[code]:
            rows.append(
                [
                    _goal_cell(goal, s, styles),
                    cell(goal.indicator, styles.cell),
                    cell(german_date(goal.target_date), styles.cell),
                    cell(goal.status.label, styles.cell),
                ]
            )
        content += [para(title, styles.h2), grid(rows, widths)]
    return (
        "Ziele nach Lebensbereichen",
        "§ 19 Abs. 2 Nr. 6, § 121 Abs. 4 Nr. 1 SGB IX; Zielerreichung −2 … +2 (0: wie erwartet)",
        _required("goals", s, styles, content),
    )


def own_activities(s: PlanSnapshot, styles: Styles) -> Section:
    content = _text(s.plan.own_activities, styles)
    own = [
        st.what + (f" (bis {german_date(st.due_date)})" if st.due_date else "")
        for st in s.plan.steps
        if st.owner is StepOwner.PERSON and clean(st.what).strip()
    ]
    if own:
        content.append(Paragraph("Schritte, die die Person selbst übernimmt:", styles.label))
        content += bullets(own, styles.body)
    return (
        "Aktivitäten der Person selbst",
        "§ 121 Abs. 4 Nr. 2 SGB IX",
        _required("own_activities", s, styles, content),
    )


def _access_words(offer: Offer) -> str:
    words = [
        label
        for key, label in ACCESSIBILITY_FEATURES.items()
        if offer.access(key) is Availability.YES
    ]
    if offer.access("step_free") is Availability.NO:
        words.append("nicht stufenlos")
    return ", ".join(words) or "Barrierefreiheit unbekannt"


def resources(s: PlanSnapshot, styles: Styles) -> Section:
    content: list[Flowable] = []
    kinds: dict[str, list[str]] = {}
    for strength in s.plan.strengths:
        if clean(strength.text).strip():
            state = f" ({strength.state.label})" if strength.state else ""
            kinds.setdefault(strength.kind.label, []).append(clean(strength.text) + state)
    if kinds:
        content.append(Paragraph("Persönliche Ressourcen", styles.h2))
        content += _key_values([(k, "\n".join(v)) for k, v in kinds.items()], styles)
    network = [c for c in s.plan.network if clean(c.name).strip()]
    if network:
        rows = [_header_row(["Name", "Bereich", "Nähe", "Unterstützt bei", "Kontakt"], styles)]
        for c in network:
            name = clean(c.name) + (f"\n{c.state.label}" if c.state else "")
            rows.append(
                [
                    cell(name, styles.cell),
                    cell(break_addresses(c.sector.label, styles.cell, SECTOR_WIDTH), styles.cell),
                    cell(RING_NAMES.get(c.closeness, str(c.closeness)), styles.cell),
                    cell(c.helps_with, styles.cell),
                    cell(c.contact, styles.cell),
                ]
            )
        content.append(Paragraph("Netzwerk", styles.h2))
        widths = [36 * mm, SECTOR_WIDTH + CELL_PADDING, 16 * mm, 48 * mm]
        content.append(grid(rows, [*widths, WIDTH - sum(widths)]))
    content += formal_network_block(s, styles)  # the network map and its figures
    content = _required("self_help", s, styles, content)
    content += _sozialraum_offers(s, styles)
    content += formal_map_block(s, styles)  # the map of the Sozialräume, offers by number
    factors = []
    for kind in (FactorKind.FACILITATOR, FactorKind.BARRIER):
        for b in s.plan.barriers:
            if b.kind is kind and clean(b.text).strip():
                where = [_domain(s, b.life_domain) if b.life_domain else ""]
                where.append(s.sozialraum_names.get(b.sozialraum_id or "", ""))
                if b.offer_id in s.offers:
                    where.append(clean(s.offers[b.offer_id].name))
                detail = "; ".join(x for x in where if x)
                factors.append(
                    f"{kind.label}: {clean(b.text)}" + (f" ({detail})" if detail else "")
                )
    content.append(Paragraph("Umweltfaktoren (Förderfaktoren und Barrieren)", styles.h2))
    content += _required("environment", s, styles, bullets(factors, styles.body))
    return (
        "Ressourcen: Person, Netzwerk, Sozialraum",
        "§ 121 Abs. 4 Nr. 3 SGB IX (vorhandene und zu aktivierende Selbsthilfepotentiale)",
        content,
    )


def _sozialraum_offers(s: PlanSnapshot, styles: Styles) -> list[Flowable]:
    titles = {g.id: clean(g.title) for g in s.plan.goals}
    linked: dict[str, list[str]] = {}
    for link in s.plan.offer_links:
        if link.offer_id in s.offers:
            goals_of = linked.setdefault(link.offer_id, [])
            if titles.get(link.goal_id) and titles[link.goal_id] not in goals_of:
                goals_of.append(titles[link.goal_id])
    if not linked:
        return []
    rows = [_header_row(["Angebot", "Ort", "Kontakt und Zeiten", "Zugang und Kosten"], styles)]
    numbers = card_numbers(s, person_view=False)  # as on the map and in Mein Plan
    for offer_id, goal_titles in linked.items():
        o = s.offers[offer_id]
        kind = "Regelangebot" if o.mainstream else "Fachangebot"
        number = numbers.get(offer_id)
        name = [
            *cell(f"{number} – {o.name}" if number else o.name, styles.cell_bold),
            *cell(f"{kind}; {o.organization_name}".strip("; "), styles.cell),
        ]
        name += labelled("Zu Ziel", "; ".join(goal_titles), styles.cell)
        where = "\n".join(
            x for x in (address_line(o), s.sozialraum_names.get(o.sozialraum_id or "", "")) if x
        )
        contact = "\n".join(x for x in (o.phone, o.email, o.website, o.opening_hours) if x)
        cost = o.cost.label + (f" – {o.cost_note}" if o.cost_note else "")
        rows.append(
            [
                name,
                cell(where, styles.cell),
                cell(
                    break_addresses(contact, styles.cell, CONTACT_WIDTH - CELL_PADDING), styles.cell
                ),
                cell(f"{_access_words(o)}\nKosten: {cost}", styles.cell),
            ]
        )
    return [
        Paragraph("Ressourcen im Sozialraum (verknüpfte Angebote)", styles.h2),
        grid(rows, [50 * mm, 38 * mm, CONTACT_WIDTH, WIDTH - 88 * mm - CONTACT_WIDTH]),
    ]


def steps(s: PlanSnapshot, styles: Styles) -> Section:
    rows = [_header_row(["Schritt", "Wer", "Bis", "Stand"], styles)]
    for st in s.plan.steps:
        if not clean(st.what).strip():
            continue
        who = st.owner.label + (f": {clean(st.who)}" if st.who.strip() else "")
        rows.append(
            [
                cell(st.what, styles.cell),
                cell(who, styles.cell),
                cell(german_date(st.due_date), styles.cell),
                cell("erledigt" if st.done else "offen", styles.cell),
            ]
        )
    if len(rows) == 1:
        return "Vereinbarte Schritte", "", []
    return "Vereinbarte Schritte", "", [grid(rows, [80 * mm, 50 * mm, 23 * mm, WIDTH - 153 * mm])]


def services(s: PlanSnapshot, styles: Styles) -> Section:
    titles = {g.id: clean(g.title) for g in s.plan.goals}
    rows = [_header_row(["Leistung und Inhalt", "Umfang und Dauer", "Form und Erbringer"], styles)]
    for sv in s.plan.services:
        what = cell(service_kind_label(sv.kind) or sv.type, styles.cell_bold)
        if sv.kind and clean(sv.type).strip():
            what += cell(sv.type, styles.cell)
        what += labelled("Inhalt", sv.content, styles.cell)
        served = [titles[g] for g in sv.goal_ids if titles.get(g)]
        what += labelled("Zu den Zielen", "; ".join(served), styles.cell)
        scope = [
            german_hours(sv.hours_per_week, "Woche"),
            german_hours(sv.hours_per_month, "Monat"),
        ]
        period = " bis ".join(german_date(d) for d in (sv.start, sv.end) if d)
        if sv.start and not sv.end:
            period = f"ab {german_date(sv.start)}"
        form = sv.payment.label if sv.payment else ""
        rows.append(
            [
                what,
                cell("\n".join(x for x in (*scope, period) if x), styles.cell),
                cell("\n".join(x for x in (form, clean(sv.provider)) if x), styles.cell),
            ]
        )
    content = [grid(rows, [80 * mm, 40 * mm, WIDTH - 120 * mm])] if len(rows) > 1 else []
    content = _required("services", s, styles, content)
    if not any(clean(sv.provider).strip() or sv.provider_organization_id for sv in s.plan.services):
        content = _required("providers", s, styles, content)
    return (
        "Leistungen: Art, Inhalt, Umfang und Dauer",
        "§ 121 Abs. 4, § 19 Abs. 2 Nr. 5 SGB IX",
        content,
    )


def wunsch_und_wahlrecht(s: PlanSnapshot, styles: Styles) -> Section:
    content = _required(
        "wunsch_und_wahlrecht", s, styles, _text(s.plan.wunsch_und_wahlrecht, styles)
    )
    content.append(Paragraph("Im Hinblick auf eine pauschale Geldleistung (§ 116 Abs. 1 SGB IX)",
                             styles.h2))  # fmt: skip
    content += _required("lump_sum", s, styles, _text(s.plan.lump_sum_choice, styles))
    return (
        "Berücksichtigung des Wunsch- und Wahlrechts",
        "§ 19 Abs. 2 Nr. 7, § 121 Abs. 4 Nr. 4, § 8 SGB IX",
        content,
    )


def medical(s: PlanSnapshot, styles: Styles) -> Section:
    return (
        "Erkenntnisse aus sozialmedizinischen Gutachten",
        "§ 121 Abs. 4 Nr. 5 SGB IX",
        _required("medical", s, styles, _text(s.plan.medical_findings, styles)),
    )


def cash(s: PlanSnapshot, styles: Styles) -> Section:
    return (
        "Beratung zum Barbetrag",
        "§ 121 Abs. 4 Nr. 6 SGB IX",
        _required("cash", s, styles, _text(s.plan.cash_advice, styles)),
    )


def differing_views(s: PlanSnapshot, styles: Styles) -> Section:
    content = _text(s.plan.differing_views, styles)
    for goal in s.plan.goals:
        if goal.differing_view.strip():
            content += labelled(f"Zum Ziel „{clean(goal.title)}“", goal.differing_view, styles.body)
    return "Abweichende Sichtweisen", "", content


def review(s: PlanSnapshot, styles: Styles) -> Section:
    if not s.plan.review_date:
        return "Überprüfung", "", []
    text = f"Der Plan wird spätestens am {german_date(s.plan.review_date)} überprüft."
    return (
        "Überprüfung",
        "§ 121 Abs. 2 SGB IX (spätestens nach zwei Jahren)",
        [para(text, styles.body)],
    )


def signatures(s: PlanSnapshot, styles: Styles) -> Section:
    people = [("Leistungsberechtigte Person", s.person.display_name)]
    if s.person.guardian.strip():
        people.append(("Rechtliche Betreuung", s.person.guardian))
    people.append(("Fallmanagement", s.person.caseworker))
    rows: list[list] = []
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ]
    for role, name in people:
        caption = f"{role}: {clean(name)}" if clean(name).strip() else role
        commands.append(("LINEBELOW", (0, len(rows)), (0, len(rows)), 0.7, "black"))
        commands.append(("LINEBELOW", (2, len(rows)), (2, len(rows)), 0.7, "black"))
        rows.append(["", "", ""])
        rows.append([Paragraph("Ort, Datum", styles.small), "", para(caption, styles.small)])
    heights = [40 if i % 2 == 0 else None for i in range(len(rows))]
    table = Table(
        rows, colWidths=[55 * mm, 10 * mm, WIDTH - 65 * mm], rowHeights=heights, hAlign="LEFT"
    )
    table.setStyle(TableStyle(commands))
    said = (
        "Der Plan wurde mit der leistungsberechtigten Person besprochen. "
        "Sie erhält eine Ausfertigung (§ 121 Abs. 5 SGB IX)."
        if s.person.consent_given
        # a draft only: without consent no version can be finalised
        else "Die Einwilligung der Person in die Gesamtplanung liegt noch nicht vor "
        "(§ 117 Abs. 3 SGB IX); der Plan kann so nicht abgeschlossen werden."
    )
    intro = Paragraph(said, styles.body)
    return "Unterschriften", "", [KeepTogether([intro, table])]


Builder = Callable[[PlanSnapshot, Styles], Section]

#: The Gesamtplan in the order of § 121 Abs. 4 SGB IX (not the workspace's order).
SECTIONS: tuple[Builder, ...] = (
    personal_data,
    procedure_data,
    participants,
    procedure,
    wishes,
    situation,
    capabilities,
    goals,
    own_activities,
    resources,
    steps,
    services,
    employment_agency,
    wunsch_und_wahlrecht,
    medical,
    cash,
    conference,
    caring_relatives,
    differing_views,
    review,
    signatures,
)

#: The block of ``SECTIONS`` that shows each plan section (``core.plan_sections``).
PLAN_SECTION_BLOCKS: dict[str, Builder] = {
    "wishes": wishes,
    "goals": goals,
    "resources": resources,
    "sozialraeume": procedure,  # "Einbezogene Sozialräume" under Verfahren
    "offers": resources,  # "Ressourcen im Sozialraum"; also named in the goals table
    "steps": steps,  # the person's own steps also under own_activities
    "services": services,
    "gesamtplan": procedure_data,  # with participants, situation, capabilities, conference
    "review": review,
}
check_every_section(PLAN_SECTION_BLOCKS, "Gesamtplan block", SECTIONS)
