"""Anonymous planning figures: persons with goals per Sozialraum × life domain.

The report counts **persons, not goals**: a person with three goals in d9 counts once
in the cell (Sozialraum, d9), and once in each total. Per cell five measures are
counted (:data:`MEASURES`): persons with a goal in the cell, with a goal linked to a
Regelangebot, to a Fachangebot, with a goal without any linked offer, and with a goal
marked "kein passendes Angebot im Sozialraum". The short notes of what is missing are
kept per cell with the number of persons who wrote them.

:class:`PlanningCounts` holds the **exact** figures. They are additive across
workstations (each laptop holds its own persons), so :func:`merge` adds them up; the
protection against re-identification (:mod:`core.planning_suppression`) is applied
only to what is shown or published, after any merge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.name_filter import contains_name
from teilhabe_desktop.core.reference import LIFE_DOMAINS

#: The measures of a cell, in display order, with their German labels.
MEASURES: dict[str, str] = {
    "persons": "Personen mit Zielen",
    "mainstream": "mit Regelangebot",
    "special": "mit Fachangebot",
    "no_link": "ohne verknüpftes Angebot",
    "no_offer_found": "mit „kein passendes Angebot“",
}
#: Row key of persons whose Sozialraum is not known; column key of goals without domain.
UNKNOWN = "none"
#: Row and column key of the totals.
TOTAL = "total"
COLUMNS: tuple[str, ...] = (*LIFE_DOMAINS, UNKNOWN)
UNKNOWN_ROW_LABEL = "Sozialraum unbekannt"
UNKNOWN_COLUMN_LABEL = "ohne Lebensbereich"

Cell = tuple[str, str]  # (row, column)


@dataclass(frozen=True)
class GoalFact:
    """What the report needs of one goal, and nothing more."""

    person_key: str  # distinguishes persons within one database; never leaves it
    sozialraum_id: str | None  # the person's Sozialraum (home, else the first used)
    life_domain: str | None
    linked_mainstream: bool = False
    linked_special: bool = False
    no_offer_found: bool = False
    missing_note: str = ""
    started_on: date | None = None  # when the wish behind it was said
    ended_on: date | None = None  # evaluation date of a finished goal


@dataclass(frozen=True)
class Period:
    """Goals active in ``start`` … ``end`` (both included; ``None``: open)."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise UserError("Der Zeitraum endet vor seinem Beginn („--from“ nach „--to“).")

    def covers(self, fact: GoalFact) -> bool:
        if self.end is not None and fact.started_on is not None and fact.started_on > self.end:
            return False
        return not (self.start is not None and fact.ended_on and fact.ended_on < self.start)

    def as_data(self) -> dict[str, str | None]:
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
        }


@dataclass
class PlanningCounts:
    """Exact figures: ``counts[(row, column)][measure]`` including the totals
    (``TOTAL`` as row and/or column), ``notes[(row, column)][note]`` = persons."""

    rows: tuple[str, ...]  # Sozialraum ids and UNKNOWN
    row_names: dict[str, str] = field(default_factory=dict)  # Sozialraum id -> name
    period: Period = field(default_factory=Period)
    counts: dict[Cell, dict[str, int]] = field(default_factory=dict)
    notes: dict[Cell, dict[str, int]] = field(default_factory=dict)
    dropped_notes: int = 0  # notes left out because they contain a name
    workstations: int = 1
    export_ids: tuple[str, ...] = ()  # of the merge inputs read (one file counts once)

    def value(self, row: str, column: str, measure: str) -> int:
        return self.counts.get((row, column), {}).get(measure, 0)


def _measures(fact: GoalFact) -> list[str]:
    found = ["persons"]
    if fact.linked_mainstream:
        found.append("mainstream")
    if fact.linked_special:
        found.append("special")
    if not (fact.linked_mainstream or fact.linked_special):
        found.append("no_link")
    if fact.no_offer_found:
        found.append("no_offer_found")
    return found


def normal_note(text: str) -> str:
    return " ".join((text or "").split())


def count(
    facts: Iterable[GoalFact],
    sozialraum_names: dict[str, str],
    period: Period = Period(),
    names: frozenset[str] = frozenset(),
) -> PlanningCounts:
    """Count persons per cell and in the totals. ``sozialraum_names``: id -> name of
    the rows, in order; ``names``: the folded words of the names of persons in the
    database (:func:`~core.name_filter.name_words`): a note containing one is left out."""
    sozialraum_ids = tuple(sozialraum_names)
    rows = (*sozialraum_ids, UNKNOWN)
    persons: dict[Cell, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    noted: dict[Cell, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    dropped = 0
    for fact in facts:
        if not period.covers(fact):
            continue
        row = fact.sozialraum_id if fact.sozialraum_id in sozialraum_ids else UNKNOWN
        column = fact.life_domain if fact.life_domain in LIFE_DOMAINS else UNKNOWN
        for measure in _measures(fact):
            for cell in ((row, column), (row, TOTAL), (TOTAL, column), (TOTAL, TOTAL)):
                persons[cell][measure].add(fact.person_key)
        note = normal_note(fact.missing_note)
        if fact.no_offer_found and note:
            if contains_name(note, names):
                dropped += 1
            else:
                noted[(row, column)][note].add(fact.person_key)
    return PlanningCounts(
        rows=rows,
        row_names={**sozialraum_names, UNKNOWN: UNKNOWN_ROW_LABEL},
        period=period,
        counts={
            cell: {m: len(keys) for m, keys in by_measure.items()}
            for cell, by_measure in persons.items()
        },
        notes={cell: {n: len(keys) for n, keys in by.items()} for cell, by in noted.items()},
        dropped_notes=dropped,
    )


def merge(parts: Sequence[PlanningCounts]) -> PlanningCounts:
    """The city-wide figures of several workstations (persons are held on one laptop
    each, so the exact counts add up). All parts must cover the same period."""
    if not parts:
        raise UserError("Es wurden keine Planungsdaten zum Zusammenführen angegeben.")
    ids = [i for part in parts for i in part.export_ids]
    if len(ids) != len(set(ids)):
        raise UserError(
            "Dieselben Planungsdaten sind mehrfach angegeben (auch unter anderem Namen); "
            "jeder Arbeitsplatz zählt nur einmal."
        )
    periods = {part.period for part in parts}
    if len(periods) > 1:
        raise UserError(
            "Die Dateien decken verschiedene Zeiträume ab und lassen sich nicht "
            "zusammenführen. Bitte alle Arbeitsplätze mit demselben Zeitraum auswerten."
        )
    rows = list(parts[0].rows)
    row_names: dict[str, str] = {}
    counts: dict[Cell, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    notes: dict[Cell, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for part in parts:
        rows += [row for row in part.rows if row not in rows]
        row_names.update({k: v for k, v in part.row_names.items() if k not in row_names})
        for cell, values in part.counts.items():
            for measure, value in values.items():
                counts[cell][measure] += value
        for cell, by_note in part.notes.items():
            for note, value in by_note.items():
                notes[cell][note] += value
    if UNKNOWN in rows:  # the unknown row stays last
        rows.remove(UNKNOWN)
        rows.append(UNKNOWN)
    return PlanningCounts(
        rows=tuple(rows),
        row_names=row_names,
        period=parts[0].period,
        counts={cell: dict(values) for cell, values in counts.items()},
        notes={cell: dict(values) for cell, values in notes.items()},
        dropped_notes=sum(part.dropped_notes for part in parts),
        workstations=sum(part.workstations for part in parts),
        export_ids=tuple(ids),
    )
