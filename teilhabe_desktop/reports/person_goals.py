"""*Mein Plan*: one block per goal, with its steps split into "Das mache ich" and
"Dabei helfen mir", and the offers that help with it by their number on the map.

Only texts written for the person are printed (``plain_title``, ``plain_indicator``,
``Step.plain_text``); where one is missing the block says the structured facts in fixed
plain sentences (the date, who helps), never the third-person staff text.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph

from teilhabe_desktop.core.plan import Goal, GoalStatus, PlanSnapshot, Step, StepOwner
from teilhabe_desktop.reports import plain_texts as T
from teilhabe_desktop.reports.blocks import DOMAIN_PLAIN_NAMES, text_paragraphs
from teilhabe_desktop.reports.escaping import clean, esc
from teilhabe_desktop.reports.flow import IconLine, KeepWithStart, Look, Panel
from teilhabe_desktop.reports.person_layout import WIDTH
from teilhabe_desktop.reports.pictograms import domain_pictogram, plan_pictogram
from teilhabe_desktop.reports.sozialraum_map import card_numbers
from teilhabe_desktop.reports.styles import ACCENT, SOFT, Styles, date_long
from teilhabe_desktop.reports.text import para

PICTOGRAM = 46
ICON = 26
ICON_COLUMN = 36

#: A goal: a rule on top, the pictogram of its life domain on the left. It splits only
#: between its parts, and its heading stays with the first part (keepWithNext).
GOAL = Look(
    padding=(8, 6, 3, 0),
    rule=(1.5, ACCENT),
    side_width=PICTOGRAM + 14,
    side_left=True,
    side_padding=(0, 6),
    split_mode="parts",
)
BOXED = Look(padding=(8, 6, 8, 12), background=SOFT, bar=(4, ACCENT))


def shown_goals(snapshot: PlanSnapshot) -> list[Goal]:
    return [g for g in snapshot.plan.goals if g.status is not GoalStatus.DISCARDED]


def lines(text: str) -> str:
    """Paragraph markup of ``text``, one sentence per line as written."""
    return esc(text)


def is_the_person(name: str, snapshot: PlanSnapshot) -> bool:
    """``name`` names the person themselves ("Mira", "Mira Sommerfeld", "ich selbst")."""
    person = snapshot.person
    own = {person.display_name, person.first_name, "ich", "ich selbst", "selbst"}
    return clean(name).strip().casefold() in {n.strip().casefold() for n in own if n}


def helper_name(step: Step, snapshot: PlanSnapshot) -> str:
    """Who helps with a step that someone else does ('' if nobody is named)."""
    who = clean(step.who).strip()
    if step.owner is StepOwner.CASEWORKER and not who:
        who = clean(snapshot.person.caseworker).strip()
    return "" if is_the_person(who, snapshot) else who


def _when(step: Step) -> str:
    return T.STEP_BY.format(date=date_long(step.due_date)) if step.due_date else T.STEP_SOON


def _icon_line(key: str, markup: list[str], styles: Styles) -> IconLine:
    text = Paragraph("<br/>".join(m for m in markup if m), styles.body)
    return IconLine(plan_pictogram(key, ICON), text, ICON_COLUMN)


def own_step(step: Step, snapshot: PlanSnapshot, styles: Styles) -> IconLine:
    """A step the person does: the date, their plain text, who comes along."""
    markup = [f"<b>{esc(_when(step))}</b>"]
    caseworker = clean(snapshot.person.caseworker).strip()
    if step.plain_text.strip():
        markup.append(lines(step.plain_text))
    elif caseworker:
        markup.append(esc(T.STEP_EXPLAINED_BY.format(name=caseworker)))
    companion = "" if is_the_person(step.who, snapshot) else clean(step.who).strip()
    if companion:
        markup.append(esc(T.HELPER.format(name=companion)))
    return _icon_line("step", markup, styles)


def helper_step(step: Step, snapshot: PlanSnapshot, styles: Styles) -> IconLine:
    """A step that someone else does: who helps, their plain text, by when."""
    name = helper_name(step, snapshot)
    markup = [f"<b>{esc(T.HELPER.format(name=name) if name else T.HELPER_WITHOUT_NAME)}</b>"]
    if step.plain_text.strip():
        markup.append(lines(step.plain_text))
    markup.append(esc(_when(step)))
    return _icon_line("helper", markup, styles)


def split_steps(steps: list[Step]) -> tuple[list[Step], list[Step]]:
    """(steps the person does, steps others do), each by due date."""
    ordered = sorted(steps, key=lambda s: (s.due_date is None, s.due_date or date.max))
    mine = [s for s in ordered if s.owner is StepOwner.PERSON]
    return mine, [s for s in ordered if s.owner is not StepOwner.PERSON]


def step_parts(steps: list[Step], snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """ "Das mache ich:" and "Dabei helfen mir:" with their steps."""
    mine, others = split_steps(steps)
    out: list[Flowable] = []
    if mine:
        out.append(_label(T.I_DO + ":", styles))
        out += [own_step(s, snapshot, styles) for s in mine]
    if others:
        out.append(_label(T.HELPING_ME + ":", styles))
        out += [helper_step(s, snapshot, styles) for s in others]
    return out


def _label(text: str, styles: Styles) -> Paragraph:
    label = Paragraph(esc(text), styles.label)
    label.keepWithNext = 1
    return label


def open_steps(snapshot: PlanSnapshot) -> list[Step]:
    return [s for s in snapshot.plan.steps if not s.done]


def numbered_name(number: int | None, name: str) -> str:
    """ "Nummer 2: Tierhof" – the number the map and the contact card show."""
    return f"Nummer {number}: {clean(name)}" if number else clean(name)


def _wish_text(goal: Goal, snapshot: PlanSnapshot) -> str:
    wish = next((w for w in snapshot.plan.wishes if w.id == goal.wish_id), None)
    return clean(wish.text).strip() if wish else ""


def _heading(goal: Goal, snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    code = goal.life_domain
    domain = ""
    if code:
        domain = snapshot.life_domain_plain_names.get(code) or DOMAIN_PLAIN_NAMES.get(code, code)
    if domain:
        out.append(para(domain, styles.small))
    title = text_paragraphs(goal.plain_title, styles.h2)
    if title:
        return out + title
    out.append(Paragraph(T.GOAL_WITHOUT_TITLE, styles.h2))
    wish = _wish_text(goal, snapshot)
    caseworker = clean(snapshot.person.caseworker).strip()
    if wish:
        out.append(_label(T.MY_WISH, styles))
        out.append(Paragraph(f"„{esc(wish)}“", styles.body))
    elif caseworker:
        out.append(Paragraph(esc(T.GOAL_EXPLAINED_BY.format(name=caseworker)), styles.body))
    return out


def goal_block(goal: Goal, snapshot: PlanSnapshot, styles: Styles) -> Panel:
    head = _heading(goal, snapshot, styles)
    for flowable in head:
        flowable.keepWithNext = 1
    content: list[Flowable] = list(head)
    if goal.target_date:
        content.append(
            Paragraph(esc(T.TARGET_DATE.format(date=date_long(goal.target_date))), styles.body)
        )
    steps = [s for s in open_steps(snapshot) if s.goal_id == goal.id]
    content += step_parts(steps, snapshot, styles)
    numbers = card_numbers(snapshot, person_view=True)
    offers = [
        numbered_name(numbers.get(link.offer_id), snapshot.offers[link.offer_id].name)
        for link in snapshot.plan.offer_links
        if link.goal_id == goal.id and link.offer_id in snapshot.offers
    ]
    if offers:
        content.append(_label(T.GOAL_OFFERS, styles))
        content += [para(name, styles.body) for name in dict.fromkeys(offers)]
    if goal.plain_indicator.strip():
        indicator = Paragraph(lines(goal.plain_indicator.strip()), styles.body)
        content += [_label(T.INDICATOR, styles), indicator]
    if goal.differing_view.strip():
        content.append(Paragraph("<br/>".join(T.DIFFERING_VIEW), styles.body))
    if goal.status in T.STATUS:
        content.append(Paragraph(esc(T.STATUS[goal.status]), styles.label))
    side = [domain_pictogram(goal.life_domain, PICTOGRAM)]
    return Panel(content, WIDTH, GOAL, side=side, space_after=12)


def goals(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    shown = shown_goals(snapshot)
    if not shown:
        return []
    count = T.ONE_GOAL if len(shown) == 1 else T.GOAL_COUNT.format(count=len(shown))
    heading = [Paragraph(T.GOALS, styles.h1), Paragraph(count, styles.lead)]
    blocks = [goal_block(goal, snapshot, styles) for goal in shown]
    # the heading stays with the beginning of the first goal, which may split
    return [KeepWithStart(heading, blocks[0]), *blocks[1:]]


def other_steps(snapshot: PlanSnapshot, styles: Styles) -> list[Flowable]:
    """Steps that belong to no goal shown above."""
    goal_ids = {g.id for g in snapshot.plan.goals}
    steps = [s for s in open_steps(snapshot) if s.goal_id is None or s.goal_id not in goal_ids]
    if not steps:
        return []
    parts = step_parts(steps, snapshot, styles)
    return [KeepWithStart([Paragraph(T.MORE_STEPS, styles.h1)], Panel(parts, WIDTH, BOXED))]
