"""Protection against re-identification: what of the exact figures may be shown.

Primary suppression: a figure of 1 … ``min_cell − 1`` persons is shown as "< 3" and
never as a number (0 is shown: it says nothing about anybody).

Secondary suppression: a total is shown only when no figure it covers is suppressed.
A row total (one Sozialraum over all life domains) is hidden as soon as one cell of
its row is, a column total as soon as one cell of its column is, the grand total as
soon as anything is. Otherwise "total minus the cells shown" would tell the hidden
cell (with one goal per person the totals add up exactly). This is stricter than
strictly needed for some tables; it is simple to check and never reveals a cell.

The notes of a cell ("was fehlt") are shown only where at least ``min_cell`` persons
marked "kein passendes Angebot" in that cell: a note of one person in a small cell
could tell who wrote it.

Everything here works on the exact, merged figures: suppression comes last.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from teilhabe_desktop.core.errors import UserError
from teilhabe_desktop.core.planning_report import (
    COLUMNS,
    MEASURES,
    TOTAL,
    UNKNOWN,
    Cell,
    Period,
    PlanningCounts,
)

MIN_CELL = 3


def check_min_cell(min_cell: int) -> int:
    if min_cell < MIN_CELL:
        raise UserError(
            f"Die Mindestzahl je Feld muss {MIN_CELL} oder größer sein; kleinere Werte "
            "würden einzelne Personen erkennbar machen."
        )
    return min_cell


def below_text(min_cell: int) -> str:
    """How a suppressed figure is written: "< 3"."""
    return f"< {min_cell}"


@dataclass
class PlanningTable:
    """What may be shown: ``values[(row, column)][measure]`` is a number or ``None``
    (suppressed); rows and columns that are empty throughout are left out."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    min_cell: int
    row_names: dict[str, str]
    period: Period
    values: dict[Cell, dict[str, int | None]] = field(default_factory=dict)
    notes: dict[Cell, tuple[str, ...]] = field(default_factory=dict)
    notes_withheld: int = 0  # cells whose notes are not shown (too few persons)
    dropped_notes: int = 0  # notes left out because they contained a name
    workstations: int = 1

    def value(self, row: str, column: str, measure: str) -> int | None:
        return self.values[(row, column)][measure]

    def row_name(self, row: str) -> str:
        return "alle Sozialräume" if row == TOTAL else self.row_names.get(row, row)

    def text(self, row: str, column: str, measure: str) -> str:
        value = self.value(row, column, measure)
        return below_text(self.min_cell) if value is None else str(value)

    @property
    def suppressed_any(self) -> bool:
        return any(v is None for cell in self.values.values() for v in cell.values())


def _primary(value: int, min_cell: int) -> int | None:
    return None if 0 < value < min_cell else value


def suppress(counts: PlanningCounts, min_cell: int = MIN_CELL) -> PlanningTable:
    """The figures of ``counts`` as they may be shown."""
    check_min_cell(min_cell)
    rows = tuple(r for r in counts.rows if r != UNKNOWN or counts.value(r, TOTAL, "persons") > 0)
    columns = tuple(c for c in COLUMNS if c != UNKNOWN or counts.value(TOTAL, c, "persons") > 0)
    values: dict[Cell, dict[str, int | None]] = {}
    for measure in MEASURES:
        for row in rows:
            for column in columns:
                shown = _primary(counts.value(row, column, measure), min_cell)
                values.setdefault((row, column), {})[measure] = shown
        for row in rows:
            hidden = any(values[(row, c)][measure] is None for c in columns)
            total = None if hidden else _primary(counts.value(row, TOTAL, measure), min_cell)
            values.setdefault((row, TOTAL), {})[measure] = total
        for column in columns:
            hidden = any(values[(r, column)][measure] is None for r in rows)
            total = None if hidden else _primary(counts.value(TOTAL, column, measure), min_cell)
            values.setdefault((TOTAL, column), {})[measure] = total
        hidden = any(values[(r, c)][measure] is None for r in rows for c in columns)
        grand = None if hidden else _primary(counts.value(TOTAL, TOTAL, measure), min_cell)
        values.setdefault((TOTAL, TOTAL), {})[measure] = grand
    notes: dict[Cell, tuple[str, ...]] = {}
    withheld = 0
    for cell, by_note in counts.notes.items():
        if not by_note:
            continue
        if counts.value(*cell, "no_offer_found") >= min_cell:
            notes[cell] = tuple(sorted(by_note, key=str.casefold))
        else:
            withheld += 1
    return PlanningTable(
        rows=rows,
        columns=columns,
        min_cell=min_cell,
        row_names=dict(counts.row_names),
        period=counts.period,
        values=values,
        notes=notes,
        notes_withheld=withheld,
        dropped_notes=counts.dropped_notes,
        workstations=counts.workstations,
    )
